package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.parse.Parser;

/**
 * A quantity with stated values ({@code x in {0, 1}}) under a logarithm keeps those values where a step false at a point is
 * compared again with its quantities positive ({@link PositiveQuantities}): the Bernoulli score ∂/∂θ log(θ^x (1 − θ)^{1−x})
 * = x/θ + (1 − x)/(1 − θ), a sign slip, differs at x = 0 and is false. Was ≈ ("equal where θ > 0, x > 0"): x drawn positive,
 * then again in {0, 1}, was 1 at every point, where the slip's wrong term vanishes.
 */
class StatedValuesUnderLogsTest {
    private static final Sampling BINARY = Sampling.NONE.with(new Sampling.TwoValued("x", 0, 1));

    private static Verdict check(String left, String right) {
        return new Checker(Definitions.none(), List.of(), BINARY).check(Parser.parseExpression(left), Parser.parseExpression(right));
    }

    @Test
    void aSignSlipInTheBernoulliScoreIsFalse() {
        assertEquals(Verdict.Kind.FALSE, check("diff(log(theta^x*(1 - theta)^(1 - x)), theta)", "x/theta + (1 - x)/(1 - theta)").kind());
    }

    @Test
    void theRightScoreIsStillEqual() {
        Verdict v = check("diff(log(theta^x*(1 - theta)^(1 - x)), theta)", "x/theta - (1 - x)/(1 - theta)");
        assertEquals(true, v.kind() == Verdict.Kind.PROVEN || v.kind() == Verdict.Kind.NUMERICALLY_EQUAL, v.toString());
    }
}
