package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A matrix declared in the set of symmetric matrices, {@code A \in \mathbb{S}^n} (Boyd and Vandenberghe's notation), or of the
 * positive definite ones, {@code \mathbb{S}^n_{++}}, is symmetric (and positive definite) as "A is symmetric" says
 * (ProseAssumptions): ∇ xᵀAx = 2Ax was a WRONG ✗ there.
 */
class SymmetricSetsTest {
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
}
