package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.parse.Parser;

/**
 * A switch whose argument is not affine in the quantity but has its sign ({@link ArgumentSigns}): read through
 * factors of known sign and increasing functions, the interval-by-interval proof ({@link IntervalBranches}) decides
 * it. CELU's derivative {@code H(x) + e^{x/a} H(−a(e^{x/a} − 1))} against PyTorch's case split (celu.sg:7) is
 * proven for {@code a > 0} (it was only equal at the sampled points). Soundness: a wrong branch stays false, and
 * without the assumption that a is positive nothing is read through {@code 1/a}.
 */
class IncreasingArgumentBranchesTest {
    private static final Sampling A_POSITIVE = Sampling.NONE.with(new Sampling.Positive("a"));

    private static Verdict check(Sampling sampling, String left, String right) {
        return new Checker(Definitions.none(), List.of(), sampling).check(Parser.parseExpression(left), Parser.parseExpression(right));
    }

    @Test
    void celusDerivativeIsProvenAgainstItsCaseSplit() {
        Verdict celu = check(A_POSITIVE, "diff(max(0, x) + min(0, a*(exp(x/a) - 1)), x)", "where(x <= 0, exp(x/a), 1)");
        assertEquals(Verdict.Kind.PROVEN, celu.kind(), celu::toString);
        Verdict step = check(A_POSITIVE, "heaviside(x) + exp(x/a)*heaviside(-a*(exp(x/a) - 1))", "where(x <= 0, exp(x/a), 1)");
        assertEquals(Verdict.Kind.PROVEN, step.kind(), step::toString);
    }

    @Test
    void argumentsReadThroughIncreasingFunctions() {
        assertEquals(Verdict.Kind.PROVEN, check(Sampling.NONE, "heaviside(tanh(x - 1))", "where(x > 1, 1, 0)").kind());
        assertEquals(Verdict.Kind.PROVEN, check(Sampling.NONE, "heaviside(log(x) - log(2))", "heaviside(x - 2)").kind());
        assertEquals(Verdict.Kind.PROVEN, check(Sampling.NONE, "max(0, exp(x) - 1)", "where(x > 0, exp(x) - 1, 0)").kind());
        assertEquals(Verdict.Kind.PROVEN, check(Sampling.NONE, "heaviside(1/2 - sigma(3*x))", "heaviside(-x)").kind());
    }

    @Test
    void aWrongBranchOrAnUnknownSignIsNotProven() {
        assertEquals(Verdict.Kind.FALSE, check(A_POSITIVE, "heaviside(x) + exp(x/a)*heaviside(-a*(exp(x/a) - 1))",
                "where(x <= 0, exp(x/a), 2)").kind());
        // where a may be negative, 1/a is not read as positive (here the sides still agree: nothing may be proven wrong)
        Verdict unknown = check(Sampling.NONE, "heaviside(x/a)", "heaviside(x)");
        assertNotEquals(Verdict.Kind.PROVEN, unknown.kind(), unknown::toString);
        // cos is not increasing: cos(x) - 1 is not read as x
        Verdict cos = check(Sampling.NONE, "heaviside(cos(x) - 1)", "heaviside(x)");
        assertNotEquals(Verdict.Kind.PROVEN, cos.kind(), cos::toString);
    }

    @Test
    void everyIncreasingFunctionIncreases() {
        for (KnownFunction k : FunctionRegistry.ALL) {
            if (!k.increasing()) {
                continue;
            }
            double previous = Double.NaN;
            for (int i = -400; i <= 400; i++) {
                double x = i / 40.0;
                double v = k.value().applyAsDouble(new double[] {x});
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    previous = Double.NaN;
                    continue;
                }
                // never down (in doubles a saturated tanh or erf stays level)
                assertTrue(Double.isNaN(previous) || v >= previous, k.name() + " at " + x + ": " + v + " after " + previous);
                previous = v;
            }
        }
    }
}
