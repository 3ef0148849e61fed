package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * {@link DesignMatrices}: a sum over examples x_i on one side and the matrix X on the other, neither defined, is read with
 * X stacking the examples by rows or by columns; proven under either is ✓ with the stacking named; false under both is ✗;
 * a document that defines X is read as it says.
 */
class DesignMatricesTest {
    private static final String SUM = "$$\\sum_{i=1}^n (\\mathbf{w}^\\top \\mathbf{x}_i - y_i)\\mathbf{x}_i = ";

    @Test
    void theExamplesStackedByRowsOrByColumns() {
        assertMarks("✓", SUM + "X^\\top(X\\mathbf{w} - \\mathbf{y})$$\n");
        assertTrue(notes(SUM + "X^\\top(X\\mathbf{w} - \\mathbf{y})$$\n").contains("whose rows are the vectors x_a"));
        assertMarks("✓", SUM + "X(X^\\top\\mathbf{w} - \\mathbf{y})$$\n");
        assertTrue(notes(SUM + "X(X^\\top\\mathbf{w} - \\mathbf{y})$$\n").contains("whose columns are the vectors x_a"));
        assertMarks("✓", "$$\\nabla_{\\mathbf{w}} \\frac{1}{2}\\sum_{i=1}^n (\\mathbf{w}^\\top \\mathbf{x}_i - y_i)^2 = X^\\top(X\\mathbf{w} - \\mathbf{y})$$\n");
    }

    @Test
    void falseUnderBothStackingsIsFalse() {
        assertMarks("✗", SUM + "X^\\top(X\\mathbf{w} + \\mathbf{y})$$\n");
        assertMarks("✗", SUM + "2X^\\top(X\\mathbf{w} - \\mathbf{y})$$\n");
    }

    private static String notes(String markdown) {
        return PublicInputsTest.check(markdown).verdicts().get(0).notes().toString();
    }

    @Test
    void aMatrixTheDocumentDefinesIsReadAsDefined() {
        // X defined as something else: the pair is read with that definition, not as the stacked examples
        String defined = "$$X_{ab} = 2 x_{ab}$$\n\n";
        assertMarks("✗", defined + SUM + "X^\\top(X\\mathbf{w} - \\mathbf{y})$$\n");
    }
}
