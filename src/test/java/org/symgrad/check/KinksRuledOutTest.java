package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.parse.Parser;

/**
 * A proof through a switch holds away from its kink ({@link Kinks}), unless what the text assumes keeps the switch's
 * argument from 0: {@code d/dx |x| = x/|x|} is proven "where x ≠ 0", and under {@code x > 0} simply proven. A condition
 * is said once however its argument is oriented. Soundness: an assumption about another name, or one that allows 0
 * ({@code x >= 0}), keeps the condition; a false pair stays false.
 */
class KinksRuledOutTest {
    private static Verdict check(Sampling sampling, String left, String right) {
        return new Checker(Definitions.none(), List.of(), sampling).check(Parser.parseExpression(left), Parser.parseExpression(right));
    }

    private static Sampling positive(String name) {
        return Sampling.NONE.with(new Sampling.Positive(name));
    }

    @Test
    void aPositiveNameHasNoKink() {
        Verdict free = check(Sampling.NONE, "diff(abs(x), x)", "x/abs(x)");
        assertEquals(Verdict.Kind.PROVEN, free.kind());
        assertEquals(List.of("x ≠ 0"), free.awayFrom());
        Verdict assumed = check(positive("x"), "diff(abs(x), x)", "x/abs(x)");
        assertEquals(Verdict.Kind.PROVEN, assumed.kind());
        assertEquals(List.of(), assumed.awayFrom(), assumed::toString);
        // 2x and x³ are not 0 where x > 0 either
        assertEquals(List.of(), check(positive("x"), "diff(abs(2*x^3), x)", "6*x^2*abs(x)/x").awayFrom());
    }

    @Test
    void otherAssumptionsKeepTheCondition() {
        assertEquals(List.of("x ≠ 0"), check(positive("y"), "diff(abs(x), x)", "x/abs(x)").awayFrom());
        assertEquals(List.of("x ≠ 0"), check(Sampling.NONE.with(new Sampling.NonNegative("x")), "diff(abs(x), x)", "x/abs(x)")
                .awayFrom());
        // w − a may be 0 though w > 0
        Verdict shifted = check(positive("w"), "diff(abs(w - a), w)", "(w - a)/abs(w - a)");
        assertEquals(1, shifted.awayFrom().size(), shifted::toString);
        assertTrue(shifted.awayFrom().get(0).endsWith("≠ 0"), shifted::toString);
        assertEquals(Verdict.Kind.FALSE, check(positive("x"), "diff(abs(x), x)", "-1").kind());
    }
}
