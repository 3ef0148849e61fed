package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * Plain capitals a document makes matrices by what it states of them, read as matrices where written whole: declared with two
 * dimensions ({@code Y \in \mathbb{R}^{n \times K}}) or defined by their entries in inline math ({@code $P_{ik} = …$}); a
 * product of such matrices written by their names ({@code Z = XW}, {@code (P - Y)W^\top}, {@code 2SW}) is read entry by entry,
 * never as a product of numbers. Before, ∂L/∂W = Xᵀ(P − Y)/n was skipped (a transpose not supported) and 2SW − WΛ undecided.
 * A capital written by its entries inside a bracket ({@code (y_i - \sum_j X_{ij} w_j)^2}) stays a number there.
 */
class DeclaredMatricesTest {
    private static final String BATCH = "For a batch $X \\in \\mathbb{R}^{n \\times d}$, weights $W \\in \\mathbb{R}^{d \\times K}$ and labels "
            + "$Y \\in \\mathbb{R}^{n \\times K}$ whose rows are one-hot, the scores are $Z = XW$ and the probabilities "
            + "$P_{ik} = \\frac{e^{Z_{ik}}}{\\sum_{c} e^{Z_{ic}}}$. The loss is\n\n"
            + "$$L = -\\frac{1}{n}\\sum_{i=1}^{n}\\sum_{k=1}^{K} Y_{ik}\\log P_{ik}$$\n\n";

    @Test
    void declaredAndEntryDefinedCapitalsAreMatrices() {
        PublicInputsTest.check(BATCH
                + "$$\\frac{\\partial L}{\\partial W} = \\frac{1}{n}X^\\top(P - Y)$$\n\n"
                + "$$\\frac{\\partial L}{\\partial W} = \\frac{1}{n}X^\\top(Y - P)$$\n\n"
                + "$$\\frac{\\partial L}{\\partial X} = \\frac{1}{n}(P - Y)W^\\top$$\n\n"
                + "$$\\frac{\\partial L}{\\partial X} = \\frac{1}{n}(Y - P)W^\\top$$\n", "✓✗✓✗");
    }

    @Test
    void aProductOfMatricesWhoseShapesDoNotFitIsNoProductOfNumbers() {
        // (P - Y)W with P - Y n × K and W d × K, both declared: an undefined product, false with both shapes (UndefinedProductsTest;
        // was skipped, and before that read as a product of numbers)
        CheckedDocument d = PublicInputsTest.check(BATCH + "$$\\frac{\\partial L}{\\partial X} = \\frac{1}{n}(P - Y)W$$\n", "✗");
        String reason = d.verdicts().get(0).detail();
        org.junit.jupiter.api.Assertions.assertTrue(reason.contains("n × K") && reason.contains("d × K") && reason.contains("undefined"), reason);
    }

    @Test
    void aDisplayedProductOfMatricesDefinesTheEntries() {
        PublicInputsTest.check("For $X \\in \\mathbb{R}^{n \\times d}$ and $W \\in \\mathbb{R}^{d \\times K}$,\n\n"
                + "$$Z = XW$$\n\n"
                + "$$L = \\sum_{i=1}^{n}\\sum_{k=1}^{K} Z_{ik}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial W} = X^\\top \\mathbf{1}\\mathbf{1}^\\top$$\n\n"
                + "$$\\frac{\\partial L}{\\partial W} = X \\mathbf{1}\\mathbf{1}^\\top$$\n", "✓✗");
    }

    @Test
    void aMatrixReadBeforeIsNoNumberInAProductOfNames() {
        PublicInputsTest.check("Let $S$ be the (symmetric) sample covariance and $W \\in \\mathbb{R}^{d \\times k}$, with a symmetric "
                + "matrix of multipliers $\\Lambda$:\n\n"
                + "$$\\mathcal{L}(W) = \\operatorname{tr}(W^\\top S W) - \\operatorname{tr}(\\Lambda(W^\\top W - I))$$\n\n"
                + "$$\\frac{\\partial \\mathcal{L}}{\\partial W} = 2SW - 2W\\Lambda$$\n\n"
                + "$$\\frac{\\partial \\mathcal{L}}{\\partial W} = 2SW - W\\Lambda$$\n", "✓✗");
    }

    @Test
    void anEntryInABracketIsNoMatrixPower() {
        PublicInputsTest.check("With a design matrix $X \\in \\mathbb{R}^{n \\times d}$ and targets $y_i$,\n\n"
                + "$$J(\\mathbf{w}) = \\sum_{i=1}^{n} \\left( y_i - \\sum_{j=1}^{d} X_{ij} w_j \\right)^2$$\n\n"
                + "$$\\frac{\\partial J}{\\partial w_k} = -2 \\sum_{i=1}^{n} \\left( y_i - \\sum_{j=1}^{d} X_{ij} w_j \\right) X_{ik}$$\n\n"
                + "In vector form, $\\nabla_{\\mathbf{w}} J = 2 X^\\top (X \\mathbf{w} - \\mathbf{y})$.\n", "✓");
    }

    private static final String SCORES = "Let $Q, K \\in \\mathbb{R}^{n \\times d}$ and $G \\in \\mathbb{R}^{n \\times n}$ a given matrix, and\n\n"
            + "$$S = %s$$\n\n$$L = \\sum_{i=1}^{n}\\sum_{j=1}^{n} G_{ij} S_{ij}$$\n\n";

    // S = QK^\top/\sqrt{d} of declared Q, K: the lexer's word QK before a transpose, and a product in a \frac's numerator, were
    // read as numbers, so the definition was unread and every step '-' ('a transpose is not supported') → ✓/✗ (session 55)
    @Test
    void attentionScoresWrittenAsAWordOfCapitalsOrInAFractionAreAProductOfMatrices() {
        String steps = "$$\\frac{\\partial L}{\\partial Q} = \\frac{G K}{\\sqrt{d}}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial Q} = \\frac{G^\\top K}{\\sqrt{d}}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial K} = \\frac{1}{\\sqrt{d}} G^\\top Q$$\n\n"
                + "$$\\frac{\\partial L}{\\partial K} = G Q$$\n";
        PublicInputsTest.check(String.format(SCORES, "\\frac{QK^\\top}{\\sqrt{d}}") + steps, "✓✗✓✗");
        PublicInputsTest.check(String.format(SCORES, "QK^\\top / \\sqrt{d}") + steps, "✓✗✓✗");
        PublicInputsTest.check(String.format(SCORES, "\\frac{Q K^\\top}{\\sqrt{d}}") + steps, "✓✗✓✗");
    }
}
