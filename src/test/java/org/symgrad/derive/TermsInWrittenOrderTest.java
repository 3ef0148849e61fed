package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * The terms of a derivative in the order the input wrote the terms they come from (issue 9 item 5,
 * {@link org.symgrad.simplify.WrittenTermSources}), a bracket that would open with a subtracted term taking
 * the sign out: Koren et al.'s {@code -2*(e*p_f - lambda*q_f)} (matrix-factorisation.sg:6), the planar flow's
 * {@code delta(i,j) + …} (planar-flow.sg:6), PRML 3.27's data term before the decay. Asserted with and
 * without steps, numerically checked at every index assignment.
 */
class TermsInWrittenOrderTest {

    @Test
    void aBracketTakesTheSignOfItsFirstWrittenTerm() {
        assertDerived("e", "r - sum_k q_k*p_k", "e^2 + lambda*(sum_k q_k^2 + sum_k p_k^2)", "q_f", "-2*(e*p_f - lambda*q_f)");
        // other names, another weight, the penalty written first: the other order and sign
        assertDerived("d", "t - sum_k a_k*b_k", "d^2 + mu*sum_k a_k^2", "a_g", "-2*(d*b_g - mu*a_g)");
        assertDerived("d", "t - sum_k a_k*b_k", "mu*sum_k a_k^2 + d^2", "a_g", "2*(mu*a_g - d*b_g)");
    }

    @Test
    void aSumTakesTheWrittenOrder() {
        assertDerivativeBothPaths("3*x + x^2", "x", "3 + 2*x");
        assertDerivativeBothPaths("x^2 + 3*x", "x", "2*x + 3");
        assertDerivativeBothPaths("z_i + u_i*tanh(sum_k w_k*z_k + b)", "z_j",
                "delta(i,j) + u_i*w_j*(1 - tanh(sum(k, w_k*z_k) + b)^2)");
        // a leading subtracted term is still printed after an added one
        assertDerivativeBothPaths("-c*x + x^3", "x", "3*x^2 - c");
    }

    @Test
    void aMultipleOfOneTermsDerivativeKeepsItsWrittenDifference() {
        // scipy's rosen_der: the terms beside add no term, so no order moves and no sign comes out of the bracket
        assertDerivativeBothPaths("100*(y - x^2)^2 + (1 - x)^2", "y", "200*(y - x^2)");
        assertDerivativeBothPaths("3*(b - a^3)^2 + a", "b", "6*(b - a^3)");
        assertDerivativeBothPaths("c*x + 5*(y - x^2)^2", "y", "10*(y - x^2)");
    }

    @Test
    void termsThatMergeKeepTheNormalFormsOrder() {
        // x^2 + 2x and 3x: the derivative's x terms come from two written terms
        assertDerivativeBothPaths("x^2 + 2*x + x^3/3 + 3*x", "x", "x^2 + 2*x + 5");
    }

    private static void assertDerived(String target, String body, String of, String wrt, String expected) {
        Definitions definitions = Definitions.none().with(new Definition(parse(target), parse(body)));
        Deriver deriver = new Deriver(definitions, List.of());
        Expr input = parse(of);
        Expr x = parse(wrt);
        Expr plain = deriver.derivative(input, x);
        Derivation stepped = deriver.derive(input, x);
        assertEquals(expected, Printer.ascii(plain), "plain: " + of);
        assertEquals(expected, Printer.ascii(stepped.result()), "steps: " + of);
        assertEquals(expected, Printer.ascii(deriver.result(input, x).result()), "result only: " + of);
        assertEquals(List.of(), StepLeaps.checker().of(stepped), "leaps: " + of);
        EveryIndexAssignment.assertSameEverywhere(of, new Derivative(definitions.expand(input), x),
                definitions.expand(plain), Environment::random);
    }

    private static Expr parse(String s) {
        return Parser.parseExpression(s);
    }
}
