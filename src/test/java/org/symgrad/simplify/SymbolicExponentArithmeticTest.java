package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * Powers of one base whose exponents are sums over a name ({@code 1/n − 1}) meet as the polynomial
 * exponents do (issue 9 item 5, brief forms12 item 1): the normal form splits the whole number off
 * an exponent over a monomial ({@code x^{(1 − n)/n} = x^{1/n}·x^{−1}}), so {@code x^{1/n − 1}·x^{1/n − 2}}
 * is one power {@code x^{2/n − 3}}; and the power rule lowers an exponent's own number
 * ({@code 1/n − 1} to {@code 1/n − 2}, never {@code 1/n − 1 − 1}).
 */
class SymbolicExponentArithmeticTest {
    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    /** Bases of symbolic powers are drawn positive (0.5..2): every name here is a base or an exponent. */
    private static void assertSameAtPositivePoints(String what, Expr expected, Expr actual) {
        for (long seed = 0; seed < 12; seed++) {
            Environment env = Environment.random(seed, 3);
            for (String name : new String[] {"x", "t", "s", "z", "u", "w", "y", "p", "n", "m", "q", "k", "a", "g"}) {
                env = env.withScalar(name, 0.5 + Math.abs(env.scalar(name)));
            }
            double a = Evaluator.evaluate(expected, env);
            double v = Evaluator.evaluate(actual, env);
            assertTrue(Double.isFinite(a), what + " at seed " + seed);
            assertEquals(a, v, 1e-6 * Math.max(1, Math.abs(a)), what + ": " + Printer.ascii(actual) + " at seed " + seed);
        }
    }

    private static void assertSimplifies(String input, String expected) {
        Expr in = Parser.parseExpression(input);
        Expr out = Simplifier.simplifyPlain(in);
        assertEquals(expected, Printer.ascii(out), input);
        assertSameAtPositivePoints(input, in, out);
    }

    /** The derivative's form from the plain result and from the derivation with steps, and its value. */
    private static void assertDerivativeBothPaths(String input, String wrt, String expected) {
        Expr of = Parser.parseExpression(input);
        Expr var = Parser.parseExpression(wrt);
        Expr result = Deriver.plain().derivative(of, var);
        assertEquals(expected, Printer.ascii(result), input);
        assertEquals(expected, Printer.ascii(Deriver.plain().derive(of, var).result()), input + " with steps");
        assertEquals(expected, Printer.ascii(Deriver.plain().result(of, var).result()), input + " without steps");
        assertSameAtPositivePoints(input, new Derivative(of, var), result);
    }

    @Test
    void powersOfOneBaseWithExponentsOverANameAreOnePower() {
        // was 1/(x^((n - 1)/n)*x^((2*n - 1)/n))
        assertSimplifies("x^(1/n - 1)*x^(1/n - 2)", "x^(2/n - 3)");
        // variants: other names, other whole numbers, a sum as the base, a power beside its base
        assertSimplifies("t^(1/m + 1)*t^(1/m - 3)", "t^(2/m - 2)");
        assertSimplifies("(1 + s^2)^(1/q - 1)*(1 + s^2)^(1/q)", "(1 + s^2)^(2/q - 1)");
        assertSimplifies("z^(2/k + 1)*z", "z^(2/k + 2)");
        assertSimplifies("x^(1/n - 1)/x^(1/n)", "1/x");
        // what worked before stays: a polynomial exponent, the focal loss's (1 - p)(1 - p)^(g - 1)
        assertEquals("(1 - p)^g", simplified("(1 - p)*(1 - p)^(g - 1)"));
        assertEquals("x^(2*a)", simplified("x^(a - 1)*x^(a + 1)"));
        // an exponent the input wrote stays as written, and a fraction of a whole is not split
        assertEquals("x^((1 - n)/n)", simplified("x^((1 - n)/n)"));
        assertEquals("x^((n - 1)/(2*n))*x^((n + 1)/(2*n))", simplified("x^((n - 1)/(2*n))*x^((n + 1)/(2*n))"));
        // a fixed point
        assertEquals("x^(2/n - 3)", simplified(simplified("x^(1/n - 1)*x^(1/n - 2)")));
    }

    @Test
    void thePowerRuleLowersTheExponentsNumber() {
        // was x^(1/n - 1 - 1)*(1 - n)/n^2 (and (1 - n)/(n^2*x^(1/n)*x^(2*(n - 1)/n)) without the exponent split)
        assertDerivativeBothPaths("diff(x^(1/n), x)", "x", "x^(1/n - 2)*(1 - n)/n^2");
        assertDerivativeBothPaths("u^(1/n - 1)", "u", "u^(1/n - 2)*(1 - n)/n");
        assertDerivativeBothPaths("diff(w^(2/k), w)", "w", "2*w^(2/k - 2)*(2 - k)/k^2");
        assertDerivativeBothPaths("diff(diff(x^(1/n), x), x)", "x",
                "x^(1/n - 3)*(1 - 2*n)*(1 - n)/n^3");
        // a number term that reaches 0 leaves the name alone: (a + 2)(a + 1)y^a
        assertDerivativeBothPaths("diff(y^(a + 2), y)", "y", "y^a*(a + 1)*(a + 2)");
        assertDerivativeBothPaths("diff((1 + s^2)^(1/q), s)", "s",
                "2*(1 + s^2)^(1/q - 2)*(2*s^2 + q*(1 - s^2))/q^2");
    }

    @Test
    void theGeometricMeansHessianHasOnePowerOfTheProduct() {
        // boyd-convex.sg:23: was prod(k, v_k)^(1/n - 1)*prod(k, v_k)^(1/n - 1 - 1) beside
        // prod(k, v_k)^((2*n - 1)/n) and prod(k, v_k)^((n - 1)/n)
        String out = Printer.ascii(Symgrad.derive(Parser.parseExpression("diff(prod(k, v_k)^(1/n), v_i)"),
                Parser.parseExpression("v_j")).result());
        assertTrue(out.contains("prod(k, v_k)^(1/n - 2)"), out);
        assertFalse(out.contains("- 1 - 1") || out.contains("/n)"), out);
    }
}
