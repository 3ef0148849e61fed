package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A gradient by one parameter of a function of several, {@code \nabla_w \mathcal{L}} of {@code \mathcal{L}(w, \lambda)}, is by
 * that vector where the body writes it only by its entries, as for a function of one parameter: the PCA Lagrangian's
 * {@code 2Sw - 2\lambda w} was ? ('S is written without indices') → ✓, the slip ✗.
 */
class GradientsByOneOfSeveralParametersTest {
    @Test
    void thePcaLagrangianIsByItsVector() {
        String pca = "Let $S$ be the symmetric sample covariance.\n\n$$\\mathcal{L}(w, \\lambda) = w^\\top S w - \\lambda (w^\\top w - 1)$$\n\n";
        assertMarks("✓", pca + "$$\\nabla_w \\mathcal{L} = 2Sw - 2\\lambda w$$\n");
        assertMarks("✗", pca + "$$\\nabla_w \\mathcal{L} = Sw - \\lambda w$$\n");
        assertMarks("✓", pca + "$$\\frac{\\partial \\mathcal{L}}{\\partial \\lambda} = 1 - w^\\top w$$\n");
    }

    @Test
    void theOtherFactorOfAnInnerProductIsAVectorToo() {
        String svm = "$$J(w, b) = \\frac{\\lambda}{2}\\|w\\|^2 - y(w^\\top x + b)$$\n\n";
        assertMarks("✓", svm + "$$\\nabla_w J = \\lambda w - y x$$\n");
        assertMarks("✗", svm + "$$\\nabla_w J = \\lambda w + y x$$\n");
    }
}
