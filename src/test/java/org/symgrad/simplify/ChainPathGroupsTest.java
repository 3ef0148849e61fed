package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * A chain-rule result that reaches the variable along several paths, written path by path with each
 * derivative pair whole ({@link ChainPathGroups}): a GRU cell's ∂h′/∂h as d2l and Chung et al. write it,
 * not the dozen monomials of its normal form; an LSTM's ∂c′/∂h without the pair i(1 − i) split; a
 * two-path chain f(u(x), v(x)). Each form on both paths (with and without steps), its value equal to
 * central finite differences, and a fixed point of the simplifier.
 */
class ChainPathGroupsTest {
    /** Asserts {@code of}'s derivative by {@code wrt} under the lets (name, body, name, body …) reads {@code expected}. */
    private static void assertDerived(List<String> lets, String of, String wrt, String expected) {
        Definitions definitions = Definitions.none();
        for (int k = 0; k < lets.size(); k += 2) {
            definitions = definitions.with(new Definition(parse(lets.get(k)), parse(lets.get(k + 1))));
        }
        Deriver deriver = new Deriver(definitions, List.of());
        Expr input = parse(of);
        Expr x = parse(wrt);
        Expr plain = deriver.derivative(input, x);
        assertEquals(expected, Printer.ascii(plain), "plain: " + of);
        assertEquals(expected, Printer.ascii(deriver.derive(input, x).result()), "steps: " + of);
        // a fixed point: simplified again, the form stays
        assertEquals(expected, Printer.ascii(deriver.simplified(plain)), "again: " + of);
        Expr truth = definitions.expand(input);
        Expr result = definitions.expand(plain);
        for (long seed = 0; seed < 12; seed++) {
            Environment env = Environment.random(seed, 3);
            double numeric = Evaluator.derivative(truth, x, env);
            double exact = Evaluator.evaluate(result, env);
            assertTrue(Double.isFinite(numeric), of + " at seed " + seed);
            assertEquals(numeric, exact, 1e-6 * Math.max(1, Math.abs(numeric)), of + " at seed " + seed);
        }
    }

    private static Expr parse(String s) {
        return Parser.parseExpression(s);
    }

    @Test
    void aGruCellIsWrittenPathByPath() {
        // was U*Ur*h*z*hc^2*r^2 - U*Ur*h*r*z*hc^2 - … - z + 1 (twelve monomials)
        assertDerived(List.of("z", "sigma(Wz*x + Uz*h)", "r", "sigma(Wr*x + Ur*h)", "hc", "tanh(W*x + U*(r*h))"),
                "(1 - z)*h + z*hc", "h", "1 - z + U*z*(1 - hc^2)*(r + Ur*h*r*(1 - r)) + Uz*z*(1 - z)*(hc - h)");
        // other names
        assertDerived(List.of("u", "sigma(A*x + B*s)", "q", "sigma(C*x + D*s)", "c", "tanh(E*x + F*(q*s))"),
                "(1 - u)*s + u*c", "s", "1 - u + F*u*(1 - c^2)*(q + D*q*s*(1 - q)) + B*u*(1 - u)*(c - s)");
    }

    @Test
    void aMinimalGruLikeCellIsWrittenPathByPath() {
        // one gate, its value inside the candidate's argument: the outer path's bracket holds the inner pair
        assertDerived(List.of("s", "sigma(w*x + q*h)", "t", "tanh(p*(s*h))"), "(1 - s)*h + s*t", "h",
                "1 - s + p*s*(1 - t^2)*(s + h*q*s*(1 - s)) + q*s*(1 - s)*(t - h)");
    }

    @Test
    void anLstmCellKeepsEachGatesPair() {
        // was i*(Ui*g + Ug*(1 - g^2)) + Uf*c*f*(1 - f) - Ui*g*i^2: i taken out of i(1 - i)
        assertDerived(List.of("f", "sigma(Wf*x + Uf*h)", "i", "sigma(Wi*x + Ui*h)", "g", "tanh(Wg*x + Ug*h)"),
                "f*c + i*g", "h", "Uf*c*f*(1 - f) + Ug*i*(1 - g^2) + Ui*g*i*(1 - i)");
    }

    @Test
    void aTwoPathChainIsWrittenPathByPath() {
        // was u*(a*v*(1 - u) + b*(1 - v^2))
        assertDerived(List.of("u", "sigma(a*x)", "v", "tanh(b*x)"), "u*v", "x", "a*u*v*(1 - u) + b*u*(1 - v^2)");
        // other names
        assertDerived(List.of("p", "sigma(k*t)", "q", "tanh(m*t)"), "p*q", "t", "k*p*q*(1 - p) + m*p*(1 - q^2)");
        // the function values themselves, no lets: was sigma(a*x)*(a*tanh(b*x)*(1 - sigma(a*x)) + b*(1 - tanh(b*x)^2))
        assertDerived(List.of(), "sigma(a*x)*tanh(b*x)", "x",
                "a*sigma(a*x)*tanh(b*x)*(1 - sigma(a*x)) + b*sigma(a*x)*(1 - tanh(b*x)^2)");
    }

    @Test
    void whatWasRightStays() {
        assertDerived(List.of(), "x*sigma(x)", "x", "sigma(x) + x*sigma(x)*(1 - sigma(x))");
        assertDerived(List.of(), "x*tanh(x)", "x", "tanh(x) + x*(1 - tanh(x)^2)");
        assertDerived(List.of("f", "sigma(Wf*x + Uf*h)"), "f*c", "h", "Uf*c*f*(1 - f)");
    }
}
