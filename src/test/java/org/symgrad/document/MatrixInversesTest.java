package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * An inverse or power of a letter the document reads as a matrix ({@code org.symgrad.parse.latex.MatrixPowers}) is never
 * read as a number's reciprocal or power: {@code \mathbf{x}^* = A^{-1}\mathbf{b}} after {@code \mathbf{x}^\top A\mathbf{x}}
 * defined x* as b/A, so the right {@code f(\mathbf{x}^*) = -\frac12\mathbf{b}^\top A^{-1}\mathbf{b}} was ✗;
 * {@code (AB)^{-1} = A^{-1}B^{-1}} after {@code \mathbf{y} = A\mathbf{x}} was ✓. Both were then unread (–); since session 34 an
 * inverse of a named matrix is read as its inverse ({@code MatrixInversesAndDeterminantsTest}), of an expression it stays unread;
 * a closed form the text solves a gradient for is still checked as its system.
 */
class MatrixInversesTest {
    private static final String QUADRATIC = "$$f(\\mathbf{x}) = \\frac{1}{2}\\mathbf{x}^\\top A \\mathbf{x} - \\mathbf{b}^\\top \\mathbf{x}$$\n\n";

    @Test
    void anInverseOfAPlainMatrixIsNoReciprocal() {
        // x* = A^{-1} b and its value: right for a symmetric A, never b/A
        String got = marks(QUADRATIC + "Compare\n\n$$\\mathbf{x}^* = A^{-1}\\mathbf{b}$$\n\n"
                + "$$f(\\mathbf{x}^*) = -\\frac{1}{2}\\mathbf{b}^\\top A^{-1}\\mathbf{b}$$\n");
        // since session 34 the inverse is A's own, computed from its entries (MatrixFunctions): the value holds for every
        // invertible A, at every point; proven since session 36, where AA⁻¹ = I is an identity of the simplifier
        assertTrue(got.startsWith("✓\n"), got);
        // plain letters: x^* = A^{-1} b after y = A x is no quotient, so A x^* = b is not proven as one
        got = marks("$$\\mathbf{y} = A\\mathbf{x}$$\n\n$$x^* = A^{-1}b$$\n\n$$A x^* = b$$\n");
        assertFalse(got.contains("✓"), got);
    }

    @Test
    void anIdentityOfNumbersIsNoIdentityOfMatrices() {
        String two = "$$\\mathbf{y} = A\\mathbf{x}, \\quad \\mathbf{z} = B\\mathbf{y}$$\n\n";
        // (AB)⁻¹ is the inverse of the product, computed from its entries (CompoundMatrices, session 57; was skipped): B⁻¹A⁻¹,
        // never A⁻¹B⁻¹
        assertMarks("✗", two + "$$(AB)^{-1} = A^{-1}B^{-1}$$\n");
        assertMarks("≈", two + "$$(AB)^{-1} = B^{-1}A^{-1}$$\n");
        // A² = AA holds for matrices too, and is read as matrices: proven entry by entry (session 55; was skipped)
        assertMarks("✓", two + "$$A^{2} = A A$$\n");
        assertMarks("–", two + "$$(A + B)^{-1}\\mathbf{x} = \\frac{\\mathbf{x}}{A + B}$$\n");
    }

    @Test
    void aCapitalWithAnInverseBeforeAVectorIsAMatrix() {
        // nothing before says what A is, but A^{-1} stands before a bold vector
        String got = marks("$$\\mathbf{u} = A^{-1}\\mathbf{b}$$\n\n$$\\mathbf{u} = \\frac{\\mathbf{b}}{A}$$\n\n"
                + "$$g = \\mathbf{1}^\\top A^{-1}\\mathbf{b}$$\n\n$$g = \\sum_i \\frac{b_i}{A}$$\n");
        assertFalse(got.contains("✓") || got.contains("✗"), got);
    }

    @Test
    void aScalarsReciprocalAndASolvedClosedFormStillRead() {
        assertMarks("✓", "$$y = A^{-1}x$$\n\n$$\\frac{dy}{dx} = \\frac{1}{A}$$\n");
        assertMarks("✓≈", "Let $A$ be a symmetric matrix.\n\n" + QUADRATIC + "$$\\nabla_{\\mathbf{x}} f = A\\mathbf{x} - \\mathbf{b}$$\n\n"
                + "Setting it to zero,\n\n$$\\mathbf{x}^* = A^{-1}\\mathbf{b}$$\n");
    }
}
