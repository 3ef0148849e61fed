package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * A Σ's body in the order of the summand the input wrote (issue 9 item 5, {@link WrittenFactorOrder}): where a
 * summand of the result holds two or more factors of a summand the input wrote (a power counted by its
 * base), those factors take their places in the written order and the others (the chain rule's) keep
 * theirs, among the factors of one display rank.
 * GloVe's {@code ½ Σ_ij F_ij D_ij²} differentiated by W_ae is {@code Σ_j F_aj D_aj U_je} (glove.sg:11),
 * not the normal form's {@code Σ_j D_aj F_aj U_je}. Each form asserted with and without steps, numerically
 * checked at every index assignment.
 */
class SummandsInWrittenOrderTest {

    @Test
    void gloveKeepsTheWeightBeforeTheDifference() {
        Map<String, String> lets = new LinkedHashMap<>();
        lets.put("F_ij", "where(X_ij < xm, (X_ij/xm)^2, 1)");
        lets.put("D_ij", "sum_d W_id*U_jd + b_i + c_j - log(1 + X_ij^2)");
        assertDerived(lets, "1/2*sum_i sum_j F_ij*D_ij^2", "W_ae", "sum(j, F_{aj}*D_{aj}*U_{je})");
        assertDerived(lets, "1/2*sum_i sum_j F_ij*D_ij^2", "U_ae", "sum(i, F_{ia}*D_{ia}*W_{ie})");
        assertDerived(lets, "1/2*sum_i sum_j F_ij*D_ij^2", "b_a", "sum(j, F_{aj}*D_{aj})");
    }

    @Test
    void otherNamesAndShapes() {
        // a weighted least squares: w before e as written, the chain rule's x_i after them
        Map<String, String> lets = new LinkedHashMap<>();
        lets.put("e_i", "y_i - b*x_i");
        assertDerived(lets, "sum_i w_i*e_i^2", "b", "-2*sum(i, w_i*e_i*x_i)");
        // a weight named after the difference, a chain factor whose name sorts first: it keeps its place
        Map<String, String> factorisation = new LinkedHashMap<>();
        factorisation.put("T_ij", "sum_d A_id*B_jd - Y_ij");
        assertDerived(factorisation, "1/2*sum_i sum_j M_ij*T_ij^2", "A_ae", "sum(j, B_{je}*M_{aj}*T_{aj})");
        // a cube: z before h as written, the chain rule's x_k in its place
        Map<String, String> cube = new LinkedHashMap<>();
        cube.put("h_k", "a*x_k + c");
        assertDerived(cube, "sum_k z_k*h_k^3", "a", "3*sum(k, x_k*z_k*h_k^2)");
    }

    @Test
    void aProductOutsideASumKeepsItsRule() {
        // no Σ: the factor the input did not write there keeps the normal form's order (FactorsInWrittenOrderTest)
        assertDerivativeBothPaths("exp(-y*F)*q*p", "F", "-p*q*y*exp(-y*F)");
    }

    private static void assertDerived(Map<String, String> lets, String of, String wrt, String expected) {
        Definitions definitions = Definitions.none();
        for (Map.Entry<String, String> let : lets.entrySet()) {
            definitions = definitions.with(new Definition(parse(let.getKey()), parse(let.getValue())));
        }
        Deriver deriver = new Deriver(definitions, List.of());
        Expr input = parse(of);
        Expr x = parse(wrt);
        Expr plain = deriver.derivative(input, x);
        Derivation stepped = deriver.derive(input, x);
        assertEquals(expected, Printer.ascii(plain), "plain: " + of);
        assertEquals(expected, Printer.ascii(stepped.result()), "steps: " + of);
        assertEquals(expected, Printer.ascii(deriver.result(input, x).result()), "result only: " + of);
        assertEquals(List.of(), org.symgrad.derive.StepLeaps.checker().of(stepped), "leaps: " + of);
        EveryIndexAssignment.assertSameEverywhere(of, new Derivative(definitions.expand(input), x),
                definitions.expand(plain), Environment::random);
    }

    private static Expr parse(String s) {
        return Parser.parseExpression(s);
    }
}
