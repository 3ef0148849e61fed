package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * {@link RampIndicators}: the indicator of a ReLU output's sign, {@code \mathbb{1}[h_j > 0]} with h_j = max(0, a_j), is
 * {@code 1[a_j > 0]}; before, it was heaviside(h_j), 1/2 wherever the unit is off (h_j = 0 on a whole region), and the
 * textbook backpropagation step through a ReLU layer was a wrong ✗.
 */
class RampIndicatorsTest {
    private static final String NET = "$$h_j = \\max(0, \\sum_i W^{(1)}_{ij} x_i + b^{(1)}_j)$$\n"
            + "$$s_k = \\sum_j W^{(2)}_{jk} h_j + b^{(2)}_k$$\n$$L = -s_y + \\log\\sum_k e^{s_k}$$\n"
            + "Let $p_k = e^{s_k}/\\sum_l e^{s_l}$.\n";

    @Test
    void theIndicatorOfAReluOutputIsTheIndicatorOfItsInput() {
        assertMarks("✓", NET + "$$\\frac{\\partial L}{\\partial b^{(1)}_j} = \\mathbb{1}[h_j > 0]\\sum_k W^{(2)}_{jk}(p_k - \\mathbb{1}[k=y])$$\n");
        assertMarks("✓", NET + "$$\\frac{\\partial L}{\\partial W^{(1)}_{ij}} = x_i\\,\\mathbb{1}[h_j > 0]\\sum_k W^{(2)}_{jk}(p_k - \\mathbb{1}[k=y])$$\n");
        // the author's transposed W^{(2)} stays a mistake
        assertMarks("✗", NET + "$$\\frac{\\partial L}{\\partial W^{(1)}_{ij}} = x_i\\,\\mathbb{1}[h_j > 0]\\sum_k W^{(2)}_{kj}(p_k - \\mathbb{1}[k=y])$$\n");
        // without the ReLU's indicator it is a mistake too
        assertMarks("✗", NET + "$$\\frac{\\partial L}{\\partial b^{(1)}_j} = \\sum_k W^{(2)}_{jk}(p_k - \\mathbb{1}[k=y])$$\n");
    }

    @Test
    void theStrictnessTheComparisonIsWrittenWithDecides() {
        String relu = "$$h = \\max(0, w x + b)$$\n$$L = v h$$\n";
        assertMarks("✓", relu + "$$\\frac{\\partial L}{\\partial b} = v\\,\\mathbb{1}[h > 0]$$\n");
        assertMarks("✓", relu + "$$\\frac{\\partial L}{\\partial b} = v\\,\\mathbb{1}[0 < h]$$\n");
        assertMarks("✓", relu + "$$\\frac{\\partial L}{\\partial b} = v\\,(1 - \\mathbb{1}[h \\le 0])$$\n");
        // h ≥ 0 always holds: 1[h ≥ 0] is 1, and 1[h ≤ 0] the off units
        assertMarks("✗", relu + "$$\\frac{\\partial L}{\\partial b} = v\\,\\mathbb{1}[h \\ge 0]$$\n");
        assertMarks("✗", relu + "$$\\frac{\\partial L}{\\partial b} = v\\,\\mathbb{1}[h \\le 0]$$\n");
        assertMarks("✓", relu + "$$\\frac{\\partial L}{\\partial b} = v \\begin{cases} 1 & h > 0 \\\\ 0 & \\text{otherwise} \\end{cases}$$\n");
        // a cases row "h ≥ 0" holds wherever the unit is off too: v·1, a mistake (it was read like h > 0, a wrong ✓)
        assertMarks("✗", relu + "$$\\frac{\\partial L}{\\partial b} = v \\begin{cases} 1 & h \\ge 0 \\\\ 0 & \\text{otherwise} \\end{cases}$$\n");
        assertMarks("✓", relu + "$$\\frac{\\partial L}{\\partial b} = v \\begin{cases} 0 & h \\le 0 \\\\ 1 & \\text{otherwise} \\end{cases}$$\n");
    }

    @Test
    void aCaseRowWithItsZeroStillMeetsAStatedCase() {
        // ρ(r) = r² for r ≥ 0, −r³ below: its slope 2r for "r ≥ 0" is proven (r·heaviside(−r) is −relu(−r), 0 there)
        String fair = "$$\\rho(r) = \\begin{cases} r^2 & r \\geq 0 \\\\ -r^3 & r < 0 \\end{cases}$$\n\n";
        assertMarks("✓", fair + "For $r \\geq 0$ the influence of a residual $r$ is\n\n$$\\frac{d \\rho}{d r} = 2 r$$\n");
        assertMarks("✗", fair + "For $r \\geq 0$ the influence of a residual $r$ is\n\n$$\\frac{d \\rho}{d r} = 3 r$$\n");
        assertMarks("✓", fair + "For $r < 0$ the influence of a residual $r$ is\n\n$$\\frac{d \\rho}{d r} = -3 r^2$$\n");
    }
}
