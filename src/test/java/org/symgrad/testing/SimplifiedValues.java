package org.symgrad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.symgrad.error.SymgradException;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.print.Printer;

/**
 * The property tests' value oracle for a simplifier law: {@code e} simplified (idempotence asserted
 * by {@link Idempotence#simplifiedOnce}) has the value of {@code e} at two random points.
 */
public final class SimplifiedValues {
    private SimplifiedValues() {
    }

    /**
     * How many points compared {@code e} with its simplified form (asserting them equal to 1e-8
     * relatively): the environments {@code Environment.random(seed * seedFactor + trial, 3)} for seeds
     * 1 and 2, skipping a point where {@code e} is not finite or above 1e8 in size; 0 when the
     * simplifier hit a resource limit on {@code e}.
     */
    public static int compared(Expr e, long seedFactor, long trial) {
        Expr once;
        try {
            once = Idempotence.simplifiedOnce(e);
        } catch (SymgradException limitOrInput) {
            return 0;
        }
        int compared = 0;
        for (long seed = 1; seed <= 2; seed++) {
            Environment env = Environment.random(seed * seedFactor + trial, 3);
            double x = Evaluator.evaluate(e, env);
            if (!Double.isFinite(x) || Math.abs(x) > 1e8) {
                continue;
            }
            assertEquals(x, Evaluator.evaluate(once, env), 1e-8 * Math.max(1, Math.abs(x)),
                    () -> Printer.ascii(e) + " became " + Printer.ascii(once));
            compared++;
        }
        return compared;
    }
}
