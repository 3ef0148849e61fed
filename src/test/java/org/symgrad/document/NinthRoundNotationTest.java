package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * The reading rules added for the ninth round of {@link FreshHomeworkTest}'s documents, each shown on
 * inputs other than the one it came from, with a right step (proven) and a wrong one (false): the
 * checker samples every step numerically, which is the oracle.
 */
class NinthRoundNotationTest {
    @Test
    void anEvaluationBarIsTheDerivativeAtThePoint() {
        // \left. … \right|_{x=a}: the derivative taken first, then x = a
        String cube = "$$f(x) = x^3$$\n\n";
        assertMarks("✓", cube + "$$\\left. \\frac{d}{dx} f(x) \\right|_{x=2} = 12$$\n");
        assertMarks("✗", cube + "$$\\left. \\frac{d}{dx} f(x) \\right|_{x=2} = 8$$\n");
        assertMarks("✓", cube + "$$f'(x)\\vert_{x=1} = 3$$\n");
        assertMarks("✓", cube + "$$f'(x)\\Big|_{x=-1} = 3$$\n");
        // another function, another variable, the bar with \Big and \bigg
        assertMarks("✓", "$$\\frac{d}{dt} \\sin(t^2) \\Big|_{t=0} = 0$$\n");
        assertMarks("✓", "$$\\left( \\log(1 + u) \\right)' \\bigg|_{u=1} = \\frac{1}{2}$$\n");
        assertMarks("✗", "$$\\left( \\log(1 + u) \\right)' \\bigg|_{u=1} = \\log 2$$\n");
        // at a symbolic point, through a definition the document made by a value
        String loss = "$$L = (w a - b)^2$$\n\n";
        assertMarks("✓", loss + "$$\\frac{\\partial L}{\\partial w}\\Big|_{w=w_0} = 2 a (w_0 a - b)$$\n");
        assertMarks("✗", loss + "$$\\frac{\\partial L}{\\partial w}\\Big|_{w=w_0} = 2 (w_0 a - b)$$\n");
        String chain = "$$z = c v + 1$$\n\n$$E = z^2$$\n\n";
        assertMarks("✓", chain + "$$\\left. \\frac{\\partial E}{\\partial v} \\right|_{v=0} = 2 c$$\n");
        // the bar's own variable is a name the document defines: it stays itself under the bar
        String neuron = "$$u = p q + r$$\n\n$$s = \\tanh(u)$$\n\n";
        assertMarks("✓", neuron + "$$\\left. \\frac{d}{du} \\tanh(u) \\right|_{u=0} = 1$$\n");
        assertMarks("✓", neuron + "$$\\frac{\\partial s}{\\partial u} \\Big|_{u=0} = 1$$\n");
        assertMarks("✗", neuron + "$$\\frac{\\partial s}{\\partial u} \\Big|_{u=0} = 0$$\n");
        // several variables at once, and a mixed second derivative
        assertMarks("✓", "$$\\left. \\frac{\\partial^2}{\\partial p \\partial q} p^2 q^3 \\right|_{p=1, q=2} = 24$$\n");
        assertMarks("✗", "$$\\left. \\frac{\\partial^2}{\\partial p \\partial q} p^2 q^3 \\right|_{p=1, q=2} = 12$$\n");
        // limits above and below: F(b) − F(a); a bar without a name is at the formula's one variable
        assertMarks("✓", "$$s^2 \\Big|_{1}^{3} = 8$$\n");
        assertMarks("✓", "$$\\frac{1}{3} r^3 \\Big|_{r=0}^{2} = \\frac{8}{3}$$\n");
        assertMarks("✓", "$$g(y) = e^{2 y}$$\n\n$$g'(y) \\vert_{0} = 2$$\n");
    }

    @Test
    void anEvaluationBarThatCannotBeTakenIsSaidNotGuessed() {
        // ∂L/∂w of an L the document never defines: no value is invented (never 0)
        String got = marks("$$\\frac{\\partial L}{\\partial w}\\Big|_{w=1} = 0$$\n");
        assertTrue(!got.startsWith("✓"), got);
        assertTrue(got.contains("evaluation bar"), got);
        // \left. without its closing bar keeps its message
        String open = marks("$$\\left. x^2 + 1 = 2$$\n");
        assertTrue(open.contains("evaluation bar"), open);
    }

    @Test
    void aSumOverPairsRunsBothIndicesWhenTheExcludedOneIsUsedNowhereElse() {
        // Σ_{i≠j} x_i x_j with j nowhere else: Σ_j Σ_{i≠j}, each pair twice
        String pairs = "$$E = \\sum_{i \\neq j} x_i x_j$$\n\n";
        assertMarks("✓", pairs + "$$\\frac{\\partial E}{\\partial x_k} = 2 \\sum_{j \\neq k} x_j$$\n");
        assertMarks("✗", pairs + "$$\\frac{\\partial E}{\\partial x_k} = \\sum_{j \\neq k} x_j$$\n");
        // another shape: a Hopfield energy with weights, other letters
        String hopfield = "$$H = -\\frac{1}{2} \\sum_{a \\neq b} w_{ab} s_a s_b$$\n\n";
        assertMarks("✓", hopfield + "$$\\frac{\\partial H}{\\partial s_c} = -\\frac{1}{2} \\sum_{b \\neq c} (w_{cb} + w_{bc}) s_b$$\n");
        assertMarks("✗", hopfield + "$$\\frac{\\partial H}{\\partial s_c} = -\\sum_{b \\neq c} w_{cb} s_b$$\n");
        // j free in the statement (the left side's index): the one sum without its j-th term
        String row = "$$h_j = \\sum_{i \\neq j} v_{ij} u_i$$\n\n";
        assertMarks("✓", row + "$$\\frac{\\partial h_j}{\\partial u_m} = v_{mj} (1 - \\delta_{mj})$$\n");
        // a class label left out is a label, never a second running index (cs231n's multiclass SVM)
        String svm = "$$G = \\sum_{k \\neq y} (s_k - s_y + 1)$$\n\n";
        assertMarks("✓", svm + "$$\\frac{\\partial G}{\\partial s_m} = 1 - \\delta_{my} - \\delta_{my} (n - 1)$$\n");
    }

    @Test
    void aSumWhoseConditionFollowsAColonLeavesOutOneValue() {
        String svm = "$$G = \\sum_{k : k \\neq y} s_k^2$$\n\n";
        assertMarks("✓", svm + "$$\\frac{\\partial G}{\\partial s_m} = 2 s_m (1 - \\delta_{my})$$\n");
        assertMarks("✗", svm + "$$\\frac{\\partial G}{\\partial s_m} = 2 s_m$$\n");
        String other = "$$R = \\sum_{j: j \\ne i} \\log(1 + e^{z_j})$$\n\n";
        assertMarks("✓", other + "$$\\frac{\\partial R}{\\partial z_i} = 0$$\n");
        // a colon in a name's subscript is refused, not read as two indices
        String slice = marks("$$y = x_{i:j}$$\n\n$$\\frac{dy}{dx} = 1$$\n");
        assertTrue(!slice.startsWith("✓"), slice);
    }

    @Test
    void sigmaIsReadWhereItIsWrittenWhenTheDocumentUsesBoth() {
        // a prior variance σ² and the sigmoid σ(w x) in one document (MAP logistic regression)
        String map = "$$L = -\\log \\sigma(w x) + \\frac{w^2}{2 \\sigma^2}$$\n\n";
        assertMarks("✓", map + "$$\\frac{\\partial L}{\\partial w} = -(1 - \\sigma(w x)) x + \\frac{w}{\\sigma^2}$$\n");
        assertMarks("✗", map + "$$\\frac{\\partial L}{\\partial w} = -(1 - \\sigma(w x)) x + \\frac{w}{\\sigma}$$\n");
        // in σ the standard deviation: a derivative in σ sees the quantity, not the sigmoid
        assertMarks("✓", map + "$$\\frac{\\partial L}{\\partial \\sigma} = -\\frac{w^2}{\\sigma^3}$$\n");
        // the products stay products: σ² before a bracket, a bracket that holds σ, a bracket of constants
        String gauss = "$$Q = \\sigma^2 (a - m) + \\sigma (1 + \\sigma^2) + \\sigma (2 \\pi)$$\n\n";
        assertMarks("✓", gauss + "$$\\frac{\\partial Q}{\\partial a} = \\sigma^2$$\n");
        assertMarks("✓", gauss + "$$\\frac{\\partial Q}{\\partial \\sigma} = 2 \\sigma (a - m) + 1 + 3 \\sigma^2 + 2 \\pi$$\n");
    }
}
