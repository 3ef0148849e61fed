package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stated sign ({@code Assume $x > 0$}) decides the switches of a quantity whose sign follows from it: |x|, √(x²),
 * max(0, x), relu, sign, the Heaviside step and log|x| take their branch, so a step that holds only there is proven
 * "under x > 0", not merely equal at the sampled points; a step that contradicts the branch is false; a quantity whose
 * sign the text leaves open (x − p) decides nothing.
 */
class StatedSignsDecideSwitchesTest {
    @Test
    void aStatedSignProvesTheBranchOfEverySwitchItDecides() {
        String doc = "Assume $x > 0$ and $0 < p < 1$.\n\n"
                + "$$\\frac{d}{dx} |x| = 1$$\n\n"
                + "$$\\frac{d}{dx} \\max(0, x) = 1$$\n\n"
                + "$$\\operatorname{sign}(-x) = -1$$\n\n"
                + "$$|x^2 + x| = x^2 + x$$\n\n"
                + "$$\\log(x (1+p)) = \\log x + \\log(1+p)$$\n\n"
                + "$$|p - 1| = 1 - p$$\n\n"
                + "$$\\frac{d}{dx} |x| = -1$$\n\n"
                + "$$\\operatorname{sign}(x - p) = 1$$\n";
        CheckedDocument d = PublicInputsTest.check(doc);
        List<PairVerdict> v = d.verdicts();
        String all = PublicInputsTest.describe(d);
        assertEquals(8, v.size(), all);
        for (int i = 0; i < 6; i++) {
            assertEquals(Outcome.PROVEN, v.get(i).outcome(), all);
            assertEquals(true, v.get(i).detail().startsWith("proven under "), all);
        }
        assertEquals("proven under x > 0 (assumed)", v.get(0).detail(), all);
        assertEquals(true, v.get(4).detail().contains("0 < p < 1") && v.get(4).detail().contains("x > 0"), all);
        assertEquals(Outcome.FALSE, v.get(6).outcome(), all);
        assertEquals(Outcome.FALSE, v.get(7).outcome(), all);
    }

    @Test
    void withoutTheStatedSignTheSameStepsAreNotProven() {
        String doc = "$$\\frac{d}{dx} |x| = 1$$\n\n$$\\operatorname{sign}(-x) = -1$$\n";
        CheckedDocument d = PublicInputsTest.check(doc);
        for (PairVerdict p : d.verdicts()) {
            assertEquals(Outcome.FALSE, p.outcome(), PublicInputsTest.describe(d));
        }
    }
}
