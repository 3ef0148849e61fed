package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.Parser;

/**
 * A range condition is decided by a case the document states of index letters: under "an interior sample $u_k$,
 * $1 < k < n$" (k − 1 &gt; 0, n − k &gt; 0) the bracket {@code [1 ≤ k − 1 ≤ n − 1]} the sum's contraction leaves is 1, and
 * {@code [2 ≤ k ≤ n]} too, so the interior gradient of a total-variation energy is proven, not only numerically equal;
 * {@code [1 ≤ k − n ≤ n]} is 0 there; without the case the step is false at k = 1.
 */
class IndexRangeCasesTest {
    private static final Sampling INTERIOR = Sampling.NONE
            .with(new Sampling.Holds(Parser.parseExpression("k - 1"), true, "1 < k < n"))
            .with(new Sampling.Holds(Exprs.sub(Exprs.N, Parser.parseExpression("k")), true, "1 < k < n"));

    private static Verdict check(Sampling sampling, String left, String right) {
        return new Checker(Definitions.none(), List.of(), sampling)
                .check(Parser.parseExpression(left), Parser.parseExpression(right));
    }

    @Test
    void anInteriorCaseMakesTheBracketsOne() {
        Verdict v = check(INTERIOR, "y*[1 <= k-1 <= n-1] + z*[2 <= k <= n]", "y + z");
        assertEquals(Verdict.Kind.PROVEN, v.kind(), v.toString());
        assertEquals(List.of("1 < k < n"), v.assumed());
        assertEquals(Verdict.Kind.PROVEN, check(INTERIOR, "y*[1 <= k-n <= n]", "0").kind());
    }

    @Test
    void withoutTheCaseTheBracketIsNotOne() {
        assertEquals(Verdict.Kind.FALSE, check(Sampling.NONE, "y*[1 <= k-1 <= n-1]", "y").kind());
    }
}
