package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.parse.Parser;

/**
 * A clip is a switch the interval-by-interval proof decides ({@link IntervalBranches}), as the registry computes it:
 * {@code clip(u, lo, hi) = min(max(u, lo), hi)}. The hard swish's derivative, as its source writes it with a case split,
 * and JAX's sparse sigmoid, the derivative of sparse plus written as a clip, are proven away from the kinks (they were
 * only equal at the sampled points). Soundness: a wrong case value stays false, and a clip whose bounds may come in
 * either order is not read as if they were ordered.
 */
class ClipIntervalBranchesTest {
    private static Verdict check(String left, String right) {
        return new Checker(Definitions.none(), List.of(), Sampling.NONE).check(Parser.parseExpression(left),
                Parser.parseExpression(right));
    }

    @Test
    void aClipBetweenOrderedBoundsIsProven() {
        Verdict hardSwish = check("diff(x*clip(x + 3, 0, 6)/6, x)", "where(x < -3, 0, where(x <= 3, x/3 + 0.5, 1))");
        assertEquals(Verdict.Kind.PROVEN, hardSwish.kind(), hardSwish::toString);
        Verdict sparse = check("diff(where(x <= -1, 0, where(x >= 1, x, (x + 1)^2/4)), x)", "0.5*clip(x + 1, 0, 2)");
        assertEquals(Verdict.Kind.PROVEN, sparse.kind(), sparse::toString);
        assertEquals(Verdict.Kind.PROVEN, check("clip(x, 0, 6)", "min(max(x, 0), 6)").kind());
    }

    @Test
    void wrongCasesAndUnorderedBoundsAreNotProven() {
        assertEquals(Verdict.Kind.FALSE, check("diff(x*clip(x + 3, 0, 6)/6, x)",
                "where(x < -3, 0, where(x <= 3, x/3 + 0.4, 1))").kind());
        assertEquals(Verdict.Kind.FALSE, check("0.5*clip(x + 1, 0, 2)", "where(x < -1, 0, where(x < 1, (x + 1)/2, 2))").kind());
        // clip(x, a, b) is min(max(x, a), b) only for a < b: not the step form's value where b < a
        Verdict unordered = check("clip(x, a, b)", "a + (x - a)*heaviside(x - a) - (x - b)*heaviside(x - b)");
        assertEquals(false, unordered.kind() == Verdict.Kind.PROVEN, unordered::toString);
    }
}
