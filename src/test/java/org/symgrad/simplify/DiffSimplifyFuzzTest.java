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
        Expr x = Exprs.sym("x");
        LimitException e = org.junit.jupiter.api.Assertions.assertThrows(LimitException.class,
                () -> Simplifier.simplifyPlain(Exprs.add(Exprs.pow(Exprs.add(x, Exprs.ONE), 1000), Exprs.ONE)));
        assertEquals("exponent", e.limit());
    }
}
