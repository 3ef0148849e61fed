package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ways a text states a matrix symmetric that ProseAssumptions reads as "A is symmetric": a matrix declared in the set of
 * symmetric matrices, {@code A \in \mathbb{S}^n} (Boyd and Vandenberghe's notation), or of the positive definite ones,
 * {@code \mathbb{S}^n_{++}} (then positive definite too); {@code $A = A^\top \in \mathbb{R}^{n \times n}$}; a real matrix
 * called Hermitian or self-adjoint. ∇ xᵀAx = 2Ax was a WRONG ✗ under each.
 */
class SymmetryStatementsTest {
    private static final String QUADRATIC = "$$f(\\mathbf{x}) = \\mathbf{x}^\\top A \\mathbf{x}$$\n\n$$\\nabla f = 2A\\mathbf{x}$$\n";

    @Test
    void aMatrixInTheSetOfSymmetricMatricesIsSymmetric() {
        assertMarks("✓", "Let $A \\in \\mathbb{S}^n$.\n\n" + QUADRATIC);
        assertMarks("✓", "Let $A \\in \\mathbf{S}_{++}^n$ and $\\mathbf{x} \\in \\mathbb{R}^n$.\n\n" + QUADRATIC);
        assertMarks("✗", "Let $A \\in \\mathbb{R}^{n \\times n}$.\n\n" + QUADRATIC);
    }

    @Test
    void whatTheSetsSay() {
        assertEquals(List.of("A symmetric", "B symmetric"), ProseAssumptions.find("Let $A, B \\in \\mathbb{S}^n_+$."));
        assertEquals(List.of("Sigma positive-definite"), ProseAssumptions.positiveDefinite("with $\\Sigma \\in \\mathbb{S}^{d}_{++}$"));
        assertEquals(List.of(), ProseAssumptions.positiveDefinite("with $A \\in \\mathbb{S}^{d}_{+}$"));
    }

    @Test
    void aSymmetryWithADeclarationAndItsOtherNames() {
        assertMarks("✓", "Let $A = A^\\top \\in \\mathbb{R}^{n \\times n}$.\n\n" + QUADRATIC);
        assertMarks("✓", "Let $A$ be a Hermitian matrix.\n\n" + QUADRATIC);
        assertMarks("✓", "Suppose $A$ is self-adjoint.\n\n" + QUADRATIC);
        assertMarks("✗", "Let $A$ be skew-Hermitian.\n\n" + QUADRATIC);
    }
}
