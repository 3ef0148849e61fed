package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The reading rules added for notation found in {@link FreshHomeworkTest}'s documents, each shown
 * with a right step (proven) and a wrong one (false), so that a rule that reads too much or too
 * little fails here: the checker samples every step numerically, which is the oracle.
 */
class FreshNotationTest {
    /** The checker's marks of {@code markdown}'s pairs, then its description of them. */
    static String marks(String markdown) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        return PublicInputsTest.marks(d) + "\n" + PublicInputsTest.describe(d);
    }

    /** The marks of {@code markdown}'s pairs are {@code expected}, the description shown when they are not. */
    static void assertMarks(String expected, String markdown) {
        String got = marks(markdown);
        assertEquals(expected, got.substring(0, got.indexOf('\n')), got);
    }

    @Test
    void anUpperLimitIsTheRangeSizeInEveryStatementOfTheDocument() {
        String mean = "$$L = \\frac{1}{N}\\sum_{n=1}^{N} (y_n - w x_n)^2$$\n\n";
        assertMarks("✓", mean + "$$\\frac{\\partial L}{\\partial w} = -\\frac{2}{N}\\sum_{n} (y_n - w x_n) x_n$$\n");
        assertMarks("✗", mean + "$$\\frac{\\partial L}{\\partial w} = -\\frac{1}{N}\\sum_{n} (y_n - w x_n) x_n$$\n");
        // the K of a value before the sum that bounds it: Σ_{i=1}^K ε/K = ε
        String smooth = "$$q_i = (1 - \\epsilon) \\delta_{iy} + \\frac{\\epsilon}{K}$$\n\n"
                + "$$p_i = \\frac{e^{z_i}}{\\sum_{k=1}^{K} e^{z_k}}$$\n\n$$L = -\\sum_{i} q_i \\log p_i$$\n\n";
        assertMarks("✓", smooth + "$$\\frac{\\partial L}{\\partial z_j} = p_j - q_j$$\n");
        assertMarks("✗", smooth + "$$\\frac{\\partial L}{\\partial z_j} = p_j - \\epsilon q_j$$\n");
        // a sum from 0 to K-1 has K terms
        assertMarks("✓", "$$S = \\sum_{k=0}^{K-1} x_k$$\n\n$$\\frac{\\partial}{\\partial c} \\sum_{k} (x_k + c) = K$$\n");
    }

    @Test
    void aDoubleBarSeparatesTheArgumentsOfADivergence() {
        String kl = "$$\\mathrm{KL}(q \\,\\|\\, p) = \\log \\frac{s}{r} + \\frac{r^2 + (a - b)^2}{2 s^2} - \\frac{1}{2}$$\n\n";
        assertMarks("✓", kl + "$$\\frac{\\partial}{\\partial a} \\mathrm{KL}(q \\,\\|\\, p) = \\frac{a - b}{s^2}$$\n");
        assertMarks("✗", kl + "$$\\frac{\\partial}{\\partial a} \\mathrm{KL}(q \\,\\|\\, p) = \\frac{a - b}{s}$$\n");
        // a norm inside a call's parentheses is still read as a norm (NormReadingTest), and a norm of a
        // matrix times a vector entry by entry (MatricesInNormsTest)
        assertMarks("✓", "$$\\frac{\\partial}{\\partial x_j} \\log(\\left\\| x \\right\\|^2) = \\frac{2 x_j}{\\left\\| x \\right\\|^2}$$\n");
        assertMarks("✓", "$$f(x) = \\left\\| A x \\right\\|$$\n\n$$\\nabla f(x) = \\frac{A^\\top A x}{\\|Ax\\|}$$\n");
    }

    @Test
    void theElementWiseProductOfComponentsIsTheirProduct() {
        String gate = "$$h_j = z_j \\odot u_j + (1 - z_j) \\odot v_j$$\n\n";
        assertMarks("✓", gate + "$$\\frac{\\partial h_j}{\\partial z_j} = u_j - v_j$$\n");
        assertMarks("✗", gate + "$$\\frac{\\partial h_j}{\\partial z_j} = v_j - u_j$$\n");
        // a whole vector is still refused, and the Kronecker product is still matrix notation
        assertMarks("–", "$$\\mathbf{a} \\odot \\mathbf{b} = c$$\n");
        assertMarks("–", "$$a \\otimes b = c$$\n");
    }

    @Test
    void aPrimeOnANameThatIsNoFunctionIsPartOfTheName() {
        String dropout = "$$h'_i = \\frac{m_i h_i}{1 - p}$$\n\n";
        assertMarks("✓", dropout + "$$\\frac{\\partial h'_i}{\\partial h_i} = \\frac{m_i}{1 - p}$$\n");
        assertMarks("✗", dropout + "$$\\frac{\\partial h'_i}{\\partial h_i} = m_i (1 - p)$$\n");
        // on a defined function, and on σ, a prime still differentiates
        assertMarks("✓", "$$f(x) = x^3$$\n\n$$f'(x) = 3x^2$$\n");
        assertMarks("✓", "$$\\sigma'(x) = \\sigma(x)(1 - \\sigma(x))$$\n");
    }

    @Test
    void aSquareBracketSuperscriptIsALayerLabel() {
        // Ng's z^{[l]}, a^{[l]}: a layer, never a power (z^{[1]} is not z¹) nor an example index
        String net = "$$z^{[1]} = w^{[1]} x + b^{[1]}$$\n\n$$a^{[1]} = \\tanh(z^{[1]})$$\n\n$$z^{[2]} = w^{[2]} a^{[1]}$$\n\n";
        assertMarks("✓", net + "$$\\frac{\\partial z^{[2]}}{\\partial w^{[1]}} = w^{[2]} (1 - (a^{[1]})^2) x$$\n");
        assertMarks("✗", net + "$$\\frac{\\partial z^{[2]}}{\\partial w^{[1]}} = w^{[2]} x$$\n");
        // ^{[l-1]} is the layer before l, as ^{l-1} is
        assertMarks("✓", "$$z^{[l]} = w^{[l]} a^{[l-1]}$$\n\n$$\\frac{\\partial z^{[l]}}{\\partial a^{[l-1]}} = w^{[l]}$$\n");
    }

    @Test
    void aBareFunctionInADerivativeStatementIsTheFunctionOfItsVariable() {
        assertMarks("✓", "$$\\frac{d\\sigma}{da} = \\sigma(1 - \\sigma)$$\n");
        assertMarks("✗", "$$\\frac{d\\sigma}{da} = \\sigma(1 + \\sigma)$$\n");
        // where σ has its argument, the parentheses are its argument as before
        assertMarks("✓", "$$\\frac{d\\sigma}{da} = \\sigma(a)\\sigma(-a)$$\n");
    }

    @Test
    void aTransposedNameBesideANameIsTheirInnerProduct() {
        String linear = "$$\\hat{y}_i = \\mathbf{w}^\\top \\mathbf{x}_i + b$$\n\n$$L = \\frac{1}{2}\\sum_i (\\hat{y}_i - y_i)^2$$\n\n";
        assertMarks("✓", linear + "$$\\frac{\\partial L}{\\partial w_k} = \\sum_i (\\hat{y}_i - y_i) x_{ik}$$\n");
        assertMarks("✗", linear + "$$\\frac{\\partial L}{\\partial w_k} = \\sum_i (\\hat{y}_i - y_i) x_{ki}$$\n");
        // CS229's examples x^{(i)} with components x_j^{(i)}
        String lms = "$$J = \\frac{1}{2}\\sum_{i=1}^m \\left(\\theta^T x^{(i)} - y^{(i)}\\right)^2$$\n\n";
        assertMarks("✓", lms + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\sum_{i=1}^m \\left(\\theta^T x^{(i)} - y^{(i)}\\right) x_j^{(i)}$$\n");
        assertMarks("✗", lms + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\sum_{i=1}^m \\left(y^{(i)} - \\theta^T x^{(i)}\\right) x_j^{(i)}$$\n");
        // a capital is a matrix: X^T y is a vector, still refused
        assertMarks("–", "$$\\mathbf{X}^\\top \\mathbf{y} = 1$$\n");
        assertMarks("✓", "$$\\frac{\\partial}{\\partial \\theta_j} \\theta^T x = x_j$$\n");
        // a quadratic form is read entry by entry (VectorEntries): it defines q, and its gradient is checked
        assertMarks("✓", "$$q = \\mathbf{x}^\\top A \\mathbf{x}$$\n\n$$\\nabla_{\\mathbf{x}} q = (A + A^\\top)\\mathbf{x}$$\n");
        assertMarks("✗", "$$q = \\mathbf{x}^\\top A \\mathbf{x}$$\n\n$$\\nabla_{\\mathbf{x}} q = 2A\\mathbf{x}$$\n");
    }

    @Test
    void aGreekSubscriptBeforeACallNamesTheParametersOfTheFunction() {
        String h = "$$g(z) = \\frac{1}{1 + e^{-z}}$$\n\n$$h_\\theta(x) = g(\\theta^T x)$$\n\n"
                + "$$\\ell(\\theta) = y \\log h_\\theta(x) + (1 - y) \\log (1 - h_\\theta(x))$$\n\n";
        assertMarks("✓", h + "$$\\frac{\\partial}{\\partial \\theta_j} \\ell(\\theta) = \\left( y - h_\\theta(x) \\right) x_j$$\n");
        assertMarks("✗", h + "$$\\frac{\\partial}{\\partial \\theta_j} \\ell(\\theta) = \\left( h_\\theta(x) - y \\right) x_j$$\n");
    }

    @Test
    void aCaseOfAComparisonOfTwoValuesIsTheSignOfTheirDifference() {
        String huber = "$$L_\\delta(r) = \\begin{cases} \\frac{1}{2} r^2 & \\text{for } |r| \\le \\delta, \\\\ "
                + "\\delta \\left( |r| - \\frac{1}{2}\\delta \\right) & \\text{otherwise.} \\end{cases}$$\n\n";
        assertMarks("✓", huber + "$$\\frac{d L_\\delta}{d r} = \\begin{cases} r & \\text{if } |r| \\le \\delta \\\\ "
                + "\\delta \\, \\mathrm{sign}(r) & \\text{otherwise} \\end{cases}$$\n");
        assertMarks("✗", huber + "$$\\frac{d L_\\delta}{d r} = \\begin{cases} r & \\text{if } |r| \\le \\delta \\\\ "
                + "\\delta & \\text{otherwise} \\end{cases}$$\n");
        assertMarks("✓", "$$f(x) = \\begin{cases} x - a & x > a \\\\ 0 & \\text{otherwise} \\end{cases}$$\n\n"
                + "$$\\frac{d f}{d a} = \\begin{cases} -1 & x > a \\\\ 0 & \\text{otherwise} \\end{cases}$$\n");
    }

    @Test
    void proseReadsABranchOnlyFromAWholeComparisonOfTwoIndices() {
        String softmax = "$$p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$\n\n";
        // "for a residual $i = j - k$" is no branch: the diagonal formula is false for i != j
        assertMarks("✗", softmax + "For a shift $i = j - 1$, consider\n\n$$\\frac{\\partial p_i}{\\partial z_j} = p_i(1 - p_i)$$\n");
        assertMarks("✓", softmax + "When $i = j$:\n\n$$\\frac{\\partial p_i}{\\partial z_j} = p_i(1 - p_i)$$\n");
    }
}
