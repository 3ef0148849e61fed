package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * What a case's sentence says on the way to the display under it ("In the case $w > 0$, we have $|w| = w$, so the
 * derivative is") belongs to the case: the fact {@code |w| = w} names no magnitude of its own (an inline magnitude is
 * defined by other names only, as a display's is), a noun that names a case ("the case", "the region") sets no
 * parameter's sign for the whole document, and a hypothesis sentence ("Assume $w < 0$. Then $|w| = -w$ and") states the
 * case of the display its next sentence leads into. Was: |w| in the loss read as a free name after "$|w| = w$", so
 * d/dw of λ|w| was 0 and the right lasso steps ✗; "In the case $w > 0$" assumed w > 0 for every later step, so the
 * right step for w < 0 was ✗.
 */
class CaseConsequencesTest {
    private static final String LASSO = "The objective is\n$$L(w) = (w - y)^2 + \\lambda |w|$$\n\n";

    @Test
    void aFactAboutTheAbsoluteValueIsNoDefinitionOfIt() {
        check(LASSO + """
                In the case $w > 0$, we have $|w| = w$, so the derivative is
                $$\\frac{\\partial L}{\\partial w} = 2(w - y) + \\lambda$$

                Assume $w < 0$. Then $|w| = -w$ and
                $$\\frac{\\partial L}{\\partial w} = 2(w - y) - \\lambda$$
                """, "✓✓");
        check(LASSO + """
                In the case $w > 0$, we have $|w| = w$, so the derivative is
                $$\\frac{\\partial L}{\\partial w} = 2(w - y) - \\lambda$$

                Assume $w < 0$. Then $|w| = -w$ and
                $$\\frac{\\partial L}{\\partial w} = 2(w - y) + \\lambda$$
                """, "✗✗");
    }

    @Test
    void aMagnitudeByOtherNamesIsStillDefined() {
        check("""
                Let $|v| = \\sqrt{a^2 + b^2}$ be the speed.

                $$\\frac{\\partial |v|}{\\partial a} = \\frac{a}{|v|}$$

                $$\\frac{\\partial |v|}{\\partial a} = \\frac{b}{|v|}$$
                """, "✓✗");
    }

    @Test
    void aCaseNounSetsNoSignForTheDocument() {
        check(LASSO + """
                In the case $w > 0$, the derivative is
                $$\\frac{\\partial L}{\\partial w} = 2(w - y) + \\lambda$$

                In general the derivative is
                $$\\frac{\\partial L}{\\partial w} = 2(w - y) + \\lambda$$
                """, "✓✗");
    }
}
