package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Rational;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.CheckedDerivatives;
import org.symgrad.testing.RandomExprs;
import org.symgrad.testing.SimplifiedValues;

/**
 * A root keeps the base the input wrote, and whole powers of that base beside it merge into it
 * ({@link WrittenRoots}): the pseudo-Huber gradient and Hessian as XGBoost writes them.
 */
class WrittenRootsTest {
    private static String derived(String input, String wrt) {
        return Printer.ascii(Symgrad.derive(Parser.parseExpression(input), Parser.parseExpression(wrt)).result());
    }

    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    @Test
    void thePseudoHuberDerivativesKeepTheWrittenBase() {
        // pseudo-huber.sg:6 and :9, dmlc/xgboost: grad = z/sqrt(scale), hess = 1/(scale*sqrt(scale)), printed
        // 1/(1 + (z/slope)^2)^(3/2) in the corpus (a lone negative power as the fraction it is in a product)
        assertEquals("z/(1 + (z/delta)^2)^(1/2)", derived("delta^2*(sqrt(1 + (z/delta)^2) - 1)", "z"));
        assertEquals("1/(1 + (z/delta)^2)^(3/2)", derived("diff(delta^2*(sqrt(1 + (z/delta)^2) - 1), z)", "z"));
    }

    /**
     * Ceres' SoftLOneLoss, rho(s) = 2a²(√(1 + s/a²) − 1), printed rho' as {@code 1/((a^2 + s)/a^2)^(1/2)}: the
     * power rule's exponent {@code 1/2 − 1} was not read as a number, so no written base was known, and a written
     * base with a quotient term was costed by its parse ({@code (a²)⁻¹}) against the normal form's {@code a⁻²}.
     */
    @Test
    void aBaseWrittenWithAQuotientTermAndARootWrittenAsAPowerKeepTheWrittenBase() {
        assertEquals("1/(1 + s/a^2)^(1/2)", derived("2*a^2*((1 + s/a^2)^(1/2) - 1)", "s"));
        assertEquals("-1/(2*a^2*(1 + s/a^2)^(3/2))", derived("diff(2*a^2*((1 + s/a^2)^(1/2) - 1), s)", "s"));
        // other names, a square over a square, and the pseudo-Huber loss with ^(1/2) for sqrt (was z/((delta^2 + z^2)/delta^2)^(1/2))
        CheckedDerivatives.assertDerivative("w^2*((1 + z^2/w^2)^(1/2) - 1)", "z", "z/(1 + z^2/w^2)^(1/2)");
        CheckedDerivatives.assertDerivative("delta^2*((1 + (z/delta)^2)^(1/2) - 1)", "z", "z/(1 + (z/delta)^2)^(1/2)");
        CheckedDerivatives.assertDerivative("(1 + t/q^2)^(3/2)", "t", "3*(1 + t/q^2)^(1/2)/(2*q^2)");
        assertEquals("1/(1 + z/w^2)^(1/2)", simplified("1/(1 + z/w^2)^(1/2)"));
        assertEquals("(1 + s/a^2)^(3/2)", simplified("(1 + s/a^2)^(3/2)"));
    }

    @Test
    void aWholePowerOfTheBaseMergesOnlyWhereTheTermHoldsIt() {
        assertEquals("x*(1 + (x/a)^2)^(1/2)", simplified("x*sqrt(1 + (x/a)^2)"));
        assertEquals("(1 + (x/a)^2)^(3/2)", simplified("sqrt(1 + (x/a)^2)*(a^2 + x^2)/a^2"));
        // a²/(a² + x²)² holds 1/v = a²/(a² + x²) once, and the other 1/(a² + x²) merges with the a² the base divides by
        // inside the root (was 1/((1 + (x/a)^2)^(1/2)*(a^2 + x^2)): the whole square merges)
        assertEquals("1/(a^2*(1 + (x/a)^2)^(3/2))", simplified("sqrt(1 + (x/a)^2)*a^2/(a^2 + x^2)^2"));
        assertEquals("1/(a^2*(1 + (x/a)^2)^(1/2))", simplified("sqrt(1 + (x/a)^2)/(a^2 + x^2)"));
        // a term that holds the base's factors on different sides of the bar merges nothing
        assertEquals("a^2*(1 + (x/a)^2)^(1/2)*(a^2 + x^2)", simplified("sqrt(1 + (x/a)^2)*a^2*(a^2 + x^2)"));
    }

    @Test
    void aSymbolicPowerKeepsTheWrittenBaseAndTheExponentAsThePowerRuleWroteIt() {
        // barron-robust.sg:7, Barron 2019 §1: x/c^2*((x/c)^2/|alpha - 2| + 1)^(alpha/2 - 1); was
        // x*abs(a - 2)*((c^2*abs(a - 2) + x^2)/(c^2*abs(a - 2)))^(a/2)/(c^2*abs(a - 2) + x^2)
        CheckedDerivatives.assertDerivative("abs(a - 2)/a*(((x/c)^2/abs(a - 2) + 1)^(a/2) - 1)", "x",
                "x*((x/c)^2/abs(a - 2) + 1)^(a/2 - 1)/c^2");
        // variants: other names, a negative symbolic exponent, a base with a written difference in it
        // (was ((m^2 - 2*m*t + q*s^2 + t^2)/q)^(r/3): the square expanded inside the power)
        CheckedDerivatives.assertDerivative("(1 + (z/d)^2)^(g/2)", "z", "g*z*(1 + (z/d)^2)^(g/2 - 1)/d^2");
        CheckedDerivatives.assertDerivative("b*(1 + u^2/v^2)^(-p)", "u", "-2*b*p*u*(1 + u^2/v^2)^(-p - 1)/v^2");
        CheckedDerivatives.assertDerivative("w*(s^2 + (t - m)^2/q)^(r/3)", "t",
                "2*r*w*(s^2 + (t - m)^2/q)^(r/3 - 1)*(t - m)/(3*q)");
        // a base that is its own normal form was right before and stays
        CheckedDerivatives.assertDerivative("(1 + x^2)^(a/2)", "x", "a*x*(1 + x^2)^(a/2 - 1)");
    }

    @Test
    void aSymbolicPowerIsWrittenAsTheInputWroteItOnly() {
        // simplify keeps the input's power where it wrote it (was x*((c^2 + x^2)/c^2)^(a/2)/(c^2 + x^2)), and the
        // write-back is a fixed point
        assertEquals("x*(1 + (x/c)^2)^(a/2 - 1)/c^2", simplified("x*(1 + (x/c)^2)^(a/2 - 1)/c^2"));
        assertEquals("y*(k + (y - m)^2)^(b - 2)", simplified("y*(k + (y - m)^2)^(b - 2)"));
        assertEquals(simplified("x*(1 + (x/c)^2)^(a/2 - 1)/c^2"), simplified(simplified("x*(1 + (x/c)^2)^(a/2 - 1)/c^2")));
    }

    /** Roots over generated bases times whole powers of them: the value is kept and the result is a fixed point. */
    @Test
    void writtenRootsKeepTheValueAndAreAFixedPoint() {
        RandomExprs gen = new RandomExprs(4_242L);
        Random random = new Random(3L);
        int compared = 0;
        for (int t = 0; t < 150; t++) {
            Expr a = gen.next(1 + random.nextInt(2));
            Expr b = gen.next(1);
            Expr base = Exprs.add(Exprs.ONE, Exprs.pow(Exprs.div(a, Exprs.add(Exprs.num(2), Exprs.pow(b, 2))), 2));
            Expr root = Exprs.pow(base, Exprs.num(Rational.of(1 + 2 * random.nextInt(2), 2)));
            Expr whole = Exprs.pow(base, random.nextInt(5) - 2);
            Expr e = random.nextBoolean() ? Exprs.mul(List.of(a, root, whole)) : Exprs.add(Exprs.mul(root, whole), b);
            compared += SimplifiedValues.compared(e, 13, t);
        }
        assertTrue(compared > 150, "only " + compared + " usable points");
    }
}
