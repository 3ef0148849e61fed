package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round fifteen ({@code fresh-homework}, from {@code cover-thomas-binary-entropy.md} on):
 * a variance named by the square of any name, {@code S^2 = \frac{1}{n}\sum_i (X_i - \overline{X})^2} as statistics
 * writes it (it was \sigma^2 only; S^2 was a step comparing S with X, undecided, and every later use of S too), and
 * capitals written together above a name, {@code y_k^{LS}}, an acronym labelling it (it was read as y_k to the power
 * L·S, so the definition of the smoothed target was a step, undecided).
 */
class FifteenthRoundNotationTest {
    private static final String SAMPLE = "$$\\overline{X} = \\frac{1}{n} \\sum_{i=1}^{n} X_i$$\n\n"
            + "$$S^2 = \\frac{1}{n} \\sum_{i=1}^{n} (X_i - \\overline{X})^2$$\n\n";

    @Test
    void aSampleVarianceNamedByItsSquareDefinesItsRoot() {
        // Wasserman, All of Statistics, Example 9.11: the sum of squares split around the sample mean
        assertMarks("✓", SAMPLE + "$$\\sum_{i=1}^{n} (X_i - \\mu)^2 = n S^2 + n (\\overline{X} - \\mu)^2$$\n");
        assertMarks("✗", SAMPLE + "$$\\sum_{i=1}^{n} (X_i - \\mu)^2 = n S^2 + (\\overline{X} - \\mu)^2$$\n");
        // the likelihood through S: its derivative in σ
        String l = SAMPLE + "$$\\ell = -n \\log \\sigma - \\frac{n S^2}{2 \\sigma^2}$$\n\n";
        assertMarks("✓", l + "$$\\frac{\\partial \\ell}{\\partial \\sigma} = -\\frac{n}{\\sigma} + \\frac{n S^2}{\\sigma^3}$$\n");
        assertMarks("✗", l + "$$\\frac{\\partial \\ell}{\\partial \\sigma} = -\\frac{n}{\\sigma} + \\frac{n S^2}{2 \\sigma^3}$$\n");
        // a lower-case name and an indexed one, as s^2 and s_k^2 are written
        assertMarks("✓", "$$s_k^2 = \\frac{1}{n} \\sum_{i=1}^{n} (x_{ik} - m_k)^2$$\n\n"
                + "$$\\frac{\\partial s_k^2}{\\partial m_k} = -\\frac{2}{n} \\sum_{i=1}^{n} (x_{ik} - m_k)$$\n");
    }

    @Test
    void aSquareThatHoldsItsOwnNameIsAFactNotADefinition() {
        // y^2 = y is not y := √y: it stays a step (false for y unconstrained), never a definition
        String got = marks("$$y^2 = y$$\n");
        assertTrue(!got.contains("defines") && got.startsWith("✗\n"), got);
        assertMarks("✓", "<!-- symgrad: assume y in {0, 1} -->\n\n$$y^2 = y$$\n");
    }

    @Test
    void capitalsAboveANameAreAnAcronymLabel() {
        // Müller, Kornblith & Hinton (2019), §2: label smoothing's target y_k^{LS}, in components
        String doc = "$$p_k = \\frac{e^{z_k}}{\\sum_{l=1}^{K} e^{z_l}}$$\n\n$$\\sum_{k=1}^{K} y_k = 1$$\n\n"
                + "$$y_k^{LS} = y_k (1 - \\alpha) + \\alpha / K$$\n\n$$H = \\sum_{k=1}^{K} -y_k^{LS} \\log(p_k)$$\n\n";
        assertMarks("✓", doc + "$$\\frac{\\partial H}{\\partial z_j} = p_j - y_j^{LS}$$\n");
        assertMarks("✗", doc + "$$\\frac{\\partial H}{\\partial z_j} = p_j - y_j$$\n");
        assertMarks("✓", "$$\\hat\\theta^{MLE} = \\frac{1}{n} \\sum_{i=1}^{n} x_i$$\n\n"
                + "$$\\frac{\\partial \\hat\\theta^{MLE}}{\\partial x_j} = \\frac{1}{n}$$\n");
        // e^{AB} stays the exponential of a product
        assertMarks("✓", "$$e^{AB} = e^{BA}$$\n");
    }
}
