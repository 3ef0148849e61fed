package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round twenty-four ({@code fresh-homework}, from {@code chen-guestrin-xgboost-leaf.md} on in the
 * README's table) and the wrong verdicts it showed. A definition that gives one labelled thing by another of the same
 * letter, the Doppler shift's {@code f_o = f_s \\frac{c + v_o}{c - v_s}}, defines no family over o (every member would
 * be defined by a member at a free s that may be o itself): o and s are labels, and the right ∂f_o/∂v_o = f_s/(c − v_s)
 * was called false at o = s ({@code SelfDefinedLabels}). A family whose body uses its own index as a number, Rényi's
 * {@code H_\\alpha = \\frac{1}{1 - \\alpha} \\log \\sum_i p_i^\\alpha}, gives its member at α = 2 with 2 for α in the body
 * too (H_2 kept the body's α as an unrelated variable, and the right {@code H_2 = -\\log \\sum_i p_i^2} was called
 * false; {@code IndexValues}), and a step that writes α beside {@code H_\\alpha} means the definition's α
 * ({@code ValuedIndices}: it was refused as an index used as a value).
 */
class TwentyFourthRoundNotationTest {
    private static final String DOPPLER = "$$f_o = f_s \\frac{c + v_o}{c - v_s}$$\n\n";

    @Test
    void oneLabelledThingDefinedByAnotherOfTheSameLetterMakesItsLettersLabels() {
        assertMarks("✓", DOPPLER + "$$\\frac{\\partial f_o}{\\partial v_o} = \\frac{f_s}{c - v_s}$$\n");
        assertMarks("✓", DOPPLER + "$$\\frac{\\partial f_o}{\\partial v_s} = \\frac{f_s (c + v_o)}{(c - v_s)^2}$$\n");
        assertMarks("✗", DOPPLER + "$$\\frac{\\partial f_o}{\\partial v_s} = -\\frac{f_s (c + v_o)}{(c - v_s)^2}$$\n");
        assertMarks("✗", DOPPLER + "$$\\frac{\\partial f_o}{\\partial v_o} = \\frac{f_s}{c + v_s}$$\n");
        // a family over an index whose definition sums over another letter stays a family: the softmax's δ_ij is still found
        assertMarks("✗", "$$p_i = \\frac{e^{z_i}}{\\sum_{k=1}^{K} e^{z_k}}$$\n\n$$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j$$\n");
        assertMarks("✓", "$$p_i = \\frac{e^{z_i}}{\\sum_{k=1}^{K} e^{z_k}}$$\n\n"
                + "$$\\frac{\\partial p_i}{\\partial z_j} = p_i (\\delta_{ij} - p_j)$$\n");
    }

    private static final String RENYI = "$$H_{\\alpha} = \\frac{1}{1 - \\alpha} \\log \\sum_{i=1}^{n} p_i^{\\alpha}$$\n\n";

    @Test
    void aMemberOfAFamilyTakesItsIndexAsTheValueTheBodyUses() {
        assertMarks("✓", RENYI + "$$H_2 = -\\log \\sum_{i=1}^{n} p_i^2$$\n");
        assertMarks("✗", RENYI + "$$H_2 = \\log \\sum_{i=1}^{n} p_i^2$$\n");
        assertMarks("✓", RENYI + "$$\\frac{\\partial H_2}{\\partial p_k} = -\\frac{2 p_k}{\\sum_{i=1}^{n} p_i^2}$$\n");
        assertMarks("✓", "$$H_a = a^2 + x$$\n\n$$H_2 = 4 + x$$\n");
        assertMarks("✗", "$$H_a = a^2 + x$$\n\n$$H_3 = 4 + x$$\n");
    }

    @Test
    void aStepWritingTheOrderOfAFamilyAsAValueMeansTheDefinitionsOrder() {
        assertMarks("✓", RENYI + "$$\\frac{\\partial H_{\\alpha}}{\\partial p_k} = \\frac{\\alpha}{1 - \\alpha} \\cdot "
                + "\\frac{p_k^{\\alpha - 1}}{\\sum_{i=1}^{n} p_i^{\\alpha}}$$\n");
        assertMarks("✓", RENYI + "$$\\frac{\\partial H_{\\alpha}}{\\partial \\alpha} = \\frac{1}{(1 - \\alpha)^2} \\log "
                + "\\sum_{i=1}^{n} p_i^{\\alpha} + \\frac{1}{1 - \\alpha} \\cdot \\frac{\\sum_{i=1}^{n} p_i^{\\alpha} \\log p_i}"
                + "{\\sum_{i=1}^{n} p_i^{\\alpha}}$$\n");
        assertMarks("✗", RENYI + "$$\\frac{\\partial H_{\\alpha}}{\\partial \\alpha} = -\\frac{1}{(1 - \\alpha)^2} \\log "
                + "\\sum_{i=1}^{n} p_i^{\\alpha} + \\frac{1}{1 - \\alpha} \\cdot \\frac{\\sum_{i=1}^{n} p_i^{\\alpha} \\log p_i}"
                + "{\\sum_{i=1}^{n} p_i^{\\alpha}}$$\n");
        // a family whose body uses its index only as a subscript is read as before
        assertMarks("✓", "$$y_i = x_i^2$$\n\n$$\\frac{\\partial y_i}{\\partial x_i} = 2 x_i$$\n");
        assertMarks("✓", "$$y_i = x_i^2$$\n\n$$y_2 = x_2^2$$\n");
    }
}
