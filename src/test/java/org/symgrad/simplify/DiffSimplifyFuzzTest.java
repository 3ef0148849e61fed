package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Deriver;
import org.symgrad.error.LimitException;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.print.Printer;
import org.symgrad.testing.CpuTime;
import org.symgrad.testing.RandomExprs;

/**
 * Seeded fuzzing of differentiation and simplification with random expressions: nothing escapes
 * but the typed errors, and a second run on the same input gives byte-identical output.
 */
class DiffSimplifyFuzzTest {
    private static final int EXPRESSIONS = 1500;

    @Test
    void simplifyAndDifferentiateRandomExpressions() {
        int[] limited = {0};
        CpuTime.assertWithin(Duration.ofSeconds(45), () -> {
            RandomExprs gen = new RandomExprs(9_090L);
            for (int i = 0; i < EXPRESSIONS; i++) {
                Expr e = gen.next(1 + i % 5);
                Expr x = Exprs.sym(RandomExprs.VARIABLES.get(i % 3));
                String described = Printer.ascii(e);
                check("simplify " + described, () -> Printer.ascii(Simplifier.simplifyPlain(e)), limited);
                check("diff " + described, () -> Printer.ascii(Deriver.plain().derivative(e, x)), limited);
                if (i % 10 == 0) {
                    check("derive " + described, () -> Deriver.plain().derive(e, x).steps().toString(), limited);
                }
            }
        });
        assertTrue(limited[0] < EXPRESSIONS / 100, limited[0] + " inputs hit a limit");
    }

    /** Runs {@code work} twice; the outputs (or typed errors) must agree byte for byte. */
    private static void check(String what, Supplier<String> work, int[] limited) {
        String first = run(what, work);
        String second = run(what, work);
        if (first.contains("limit exceeded (time)") || second.contains("limit exceeded (time)")) {
            limited[0]++; // a deadline depends on the machine's load, not on the input
            return;
        }
        if (first.startsWith("error: limit")) {
            limited[0]++;
        }
        assertEquals(first, second, () -> "not deterministic: " + what);
    }

    private static String run(String what, Supplier<String> work) {
        try {
            return work.get();
        } catch (SymgradException e) {
            return e.describe();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(what + " escaped with " + e, e);
            return null;
        }
    }

    @Test
    void expandingTooLargeAPowerNamesTheExponentLimit() {
        Poly sum = Poly.atom(Exprs.sym("x")).add(Poly.constant(org.symgrad.expr.Rational.ONE), Budget.standard());
        LimitException e = org.junit.jupiter.api.Assertions.assertThrows(LimitException.class,
                () -> sum.pow(1000, Budget.standard()));
        assertEquals("exponent", e.limit());
    }

    /**
     * A power of a sum too large to multiply out stays whole where the sum it is in would expand it
     * (fuzz seed 21: {@code log(1 + exp(300 log(1 + x²)))}' was a limit error), and its derivative
     * is still checked against finite differences.
     */
    @Test
    void aPowerOfASumTooLargeToExpandStaysWhole() {
        Expr x = Exprs.sym("x");
        Expr y = Exprs.sym("y");
        assertEquals("1 + (x + 1)^1000",
                Printer.ascii(Simplifier.simplifyPlain(Exprs.add(Exprs.pow(Exprs.add(x, Exprs.ONE), 1000), Exprs.ONE))));
        // 3 terms to the 150th: about 11,500 terms, each step of multiplying out above the term limit
        assertEquals("(x + y + 1)^150 - 1", Printer.ascii(Simplifier.simplifyPlain(
                Exprs.sub(Exprs.pow(Exprs.add(x, y, Exprs.ONE), 150), Exprs.ONE))));
        // the same sum and power in two terms still cancel
        Expr a = Exprs.pow(Exprs.add(x, Exprs.ONE), 300);
        assertEquals("2", Printer.ascii(Simplifier.simplifyPlain(Exprs.add(a, Exprs.ONE, Exprs.neg(a), Exprs.ONE))));
        // within the limits a power is multiplied out as before
        assertEquals("x*(2 + x)", Printer.ascii(Simplifier.simplifyPlain(
                Exprs.sub(Exprs.pow(Exprs.add(x, Exprs.ONE), 2), Exprs.ONE))));
        Expr f = org.symgrad.parse.Parser.parseExpression("log(1 + exp(300*log(1 + x^2)))");
        Expr d = Deriver.plain().derivative(f, x);
        assertEquals("600*x*(1 + x^2)^299/(1 + (1 + x^2)^300)", Printer.ascii(d));
        for (double at : new double[] {-0.3, 0.05, 0.2}) {
            double h = 1e-6;
            double numeric = (log1pPower(at + h) - log1pPower(at - h)) / (2 * h);
            double exact = 600 * at * Math.pow(1 + at * at, 299) / (1 + Math.pow(1 + at * at, 300));
            assertEquals(numeric, exact, 1e-5 * Math.max(1, Math.abs(exact)), "at x = " + at);
        }
    }

    private static double log1pPower(double x) {
        return Math.log1p(Math.exp(300 * Math.log1p(x * x)));
    }
}
