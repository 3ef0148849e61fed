package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A quadratic form with a linear term in plain letters, {@code f(x) = x^\top A x - b^\top x}: b, transposed before the column x,
 * is the other factor of an inner product with a vector, a vector of its length (the definition was unreadable: 'a transpose is
 * matrix notation'); and b added to a number times a matrix times a vector ({@code 2Ax - b}) or to a bracket of matrices times
 * a vector ({@code (A + A^\top)x - b}) is a vector, as b of {@code Ax - b} was (it was one number, so the right gradient
 * 2Ax − b of a symmetric A was ✗, wrong).
 */
class QuadraticWithLinearTermTest {
    private static final String SYMMETRIC = "Let $A$ be symmetric.\n\n";

    @Test
    void theLinearTermsLetterIsAVector() {
        String f = SYMMETRIC + "$$f(x) = x^\\top A x - b^\\top x$$\n\n";
        assertMarks("✓", f + "$$\\nabla f(x) = 2Ax - b$$\n");
        assertMarks("✗", f + "$$\\nabla f(x) = Ax - b$$\n");
        assertMarks("✓", f + "$$\\nabla^2 f(x) = 2A$$\n");
        // the linear term first
        assertMarks("✓", SYMMETRIC + "$$f(x) = b^\\top x + x^\\top A x$$\n\n$$\\nabla f(x) = b + 2Ax$$\n");
        assertMarks("✗", SYMMETRIC + "$$f(x) = b^\\top x + x^\\top A x$$\n\n$$\\nabla f(x) = b + Ax$$\n");
    }

    @Test
    void aLetterAddedToANumberTimesAMatrixTimesAVectorIsAVector() {
        String f = SYMMETRIC + "$$f(x) = x^\\top A x - x^\\top b$$\n\n";
        assertMarks("✓", f + "$$\\nabla f(x) = 2Ax - b$$\n");
        assertMarks("✗", f + "$$\\nabla f(x) = 3Ax - b$$\n");
        // without the symmetry: a bracket of matrices times the vector
        assertMarks("✓", "$$f(x) = x^\\top A x - x^\\top b$$\n\n$$\\nabla_x f = (A + A^\\top)x - b$$\n");
    }

    @Test
    void theDefinitionInInlineMathAfterAStatedSymmetryReads() {
        String f = "Let $A$ be symmetric and $f(x) = x^\\top A x - b^\\top x$.\n\n";
        assertMarks("✓", f + "$$\\nabla f(x) = 2Ax - b$$\n");
        assertMarks("✗", f + "$$\\nabla f(x) = Ax - b$$\n");
    }
}
