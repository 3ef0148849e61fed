package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A plain lower-case letter written transposed before a factor ({@code x^T A x}) is a vector, as a number is never transposed,
 * and so is a letter right after a bracket that holds a matrix ({@code (A + A^T)x}): a function defined in the prose of such a
 * letter ({@code For $h(x) = x^T A x$,}) is read by its entries, and its gradient by that letter ({@code \nabla_x h}) entry by
 * entry. Before, each was skipped: 'a transpose (T) is matrix notation'.
 */
class TransposedPlainVectorsTest {
    private static final String QUADRATIC = "For $h(x) = x^T A x$,\n";

    @Test
    void theGradientOfAQuadraticFormOfAPlainVector() {
        assertMarks("✓", QUADRATIC + "$$\\nabla_x h = (A + A^T)x$$\n");
        assertMarks("✓", QUADRATIC + "$$\\nabla_x h = (A^\\top + A) x$$\n");
        assertMarks("✓", QUADRATIC + "$$\\nabla_x h = A^T x + A x$$\n");
        // wrong: A x alone, 2Ax for an A the text does not call symmetric, a transpose twice
        assertMarks("✗", QUADRATIC + "$$\\nabla_x h = A x$$\n");
        assertMarks("✗", QUADRATIC + "$$\\nabla_x h = 2Ax$$\n");
        assertMarks("✗", QUADRATIC + "$$\\nabla_x h = (A^T + A^T)x$$\n");
    }

    @Test
    void twiceTheMatrixWhereTheTextCallsItSymmetric() {
        assertMarks("✓", "Let $A$ be a symmetric matrix. " + QUADRATIC + "$$\\nabla_x h = 2Ax$$\n");
    }

    @Test
    void aDisplayDefinitionOfAPlainVectorToo() {
        assertMarks("✓✗", "$$h(x) = x^\\top A x$$\n\n$$\\nabla_x h = (A + A^\\top)x$$\n\n$$\\nabla_x h = A^\\top x$$\n");
    }

    @Test
    void theHessianOfAQuadraticFormOfAPlainVector() {
        // \nabla^2 f of a function the prose defines of one plain vector: by that vector (was: skipped, '\nabla of a vector is matrix notation')
        assertMarks("✓✗", "For $f(x) = x^T A x$,\n$$\\nabla^2 f = A + A^T$$\n\n$$\\nabla^2 f = 2A$$\n");
    }
}
