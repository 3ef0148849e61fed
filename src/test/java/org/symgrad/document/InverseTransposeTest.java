package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * {@code X^{-\top}} (and {@code ^{-\intercal}}) parses: the inverse of a matrix's transpose. Of a matrix the document writes
 * only inverted it is the transpose of the inverse read as a matrix of its own, so a gradient through it is checked; anywhere
 * else it is matrix notation, never a power of a number, and the step is skipped saying so (it was "unexpected '\top'").
 */
class InverseTransposeTest {
    private static final String BILINEAR = "$$f = \\mathbf{a}^\\top \\Lambda^{-\\top} \\mathbf{b}$$\n\n";

    @Test
    void theInverseTransposeOfAMatrixWrittenOnlyInvertedIsTheTransposeOfItsInverse() {
        assertMarks("✓", BILINEAR + "$$\\nabla_{\\mathbf{a}} f = \\Lambda^{-\\top}\\mathbf{b}$$\n");
        assertMarks("✗", BILINEAR + "$$\\nabla_{\\mathbf{a}} f = \\Lambda^{-\\top}\\mathbf{a}$$\n");
        // right only where Λ⁻¹ is symmetric, which a precision matrix is by convention but the text does not say
        assertMarks("?", BILINEAR + "$$\\nabla_{\\mathbf{b}} f = \\Lambda^{-\\intercal}\\mathbf{a}$$\n");
    }

    @Test
    void anInverseTransposeElsewhereIsMatrixNotationNotAPower() {
        // since session 34 a capital written with ^{-\\top} is a matrix, and its inverse and determinant read (MatrixFunctions)
        assertMarks("✓", "$$\\frac{\\partial \\log|X|}{\\partial X} = X^{-\\top}$$\n");
        String got = marks("$$g = x^{-\\top}$$\n\n$$\\frac{dg}{dx} = -x^{-2}$$\n");
        assertTrue(!got.contains("✓") && !got.contains("✗") && got.contains("inverse transpose"), got);
    }
}
