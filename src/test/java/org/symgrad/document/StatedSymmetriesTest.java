package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Symmetries the prose states in the ways lecture notes do, beyond "Let $A$ be a symmetric matrix": of labelled capitals
 * ("the scatter matrices $S_B$ and $S_W$, both symmetric", named S^(B), S^(W) as the reader names them), in parentheses
 * ("the (symmetric) sample covariance $S$"), and of "a symmetric matrix of multipliers $\Lambda$". Before, each was unread
 * and the right gradient 2S_B w, 2SW, 2WΛ a wrong ✗; without the statement it stays ✗. So are a matrix declared in the set of
 * symmetric matrices, {@code A \in \mathbb{S}^n} (Boyd and Vandenberghe's notation), or of the positive definite ones,
 * {@code \mathbb{S}^n_{++}} (then positive definite too), {@code $A = A^\top \in \mathbb{R}^{n \times n}$}, and a real matrix
 * called Hermitian or self-adjoint, and by convention an SPD matrix, a correlation matrix, a Hessian and the adjacency matrix of
 * an undirected graph: ∇ xᵀAx = 2Ax was a WRONG ✗ under each.
 */
class StatedSymmetriesTest {
    private static final String FORM = "$$f(\\mathbf{x}) = \\mathbf{x}^\\top A \\mathbf{x}$$\n\n$$\\nabla f = 2A\\mathbf{x}$$\n";
    private static final String QUADRATIC = "$$\\nabla_{\\mathbf{w}}\\left(\\mathbf{w}^\\top S_B \\mathbf{w}\\right) = 2S_B\\mathbf{w}$$\n";

    @Test
    void labelledScatterMatricesStatedBothSymmetric() {
        assertMarks("✓", "With the between-class scatter $S_B$ and the within-class scatter $S_W$, both symmetric,\n\n" + QUADRATIC);
        assertMarks("✗", "With the between-class scatter $S_B$ and the within-class scatter $S_W$,\n\n" + QUADRATIC);
    }

    @Test
    void aSymmetryInParentheses() {
        assertMarks("✓", "Let $S$ be the (symmetric) sample covariance and $W$ the projection.\n\n"
                + "$$\\frac{\\partial}{\\partial W}\\operatorname{tr}(W^\\top S W) = 2SW$$\n");
    }

    @Test
    void aSymmetricMatrixOfMultipliers() {
        String step = "$$\\frac{\\partial}{\\partial W}\\operatorname{tr}(\\Lambda W^\\top W) = 2W\\Lambda$$\n";
        assertMarks("✓", "With a symmetric matrix of multipliers $\\Lambda$,\n\n" + step);
        assertMarks("✗", "With a matrix of multipliers $\\Lambda$,\n\n" + step);
    }

    @Test
    void aMatrixInTheSetOfSymmetricMatricesIsSymmetric() {
        assertMarks("✓", "Let $A \\in \\mathbb{S}^n$.\n\n" + FORM);
        assertMarks("✓", "Let $A \\in \\mathbf{S}_{++}^n$ and $\\mathbf{x} \\in \\mathbb{R}^n$.\n\n" + FORM);
        assertMarks("✗", "Let $A \\in \\mathbb{R}^{n \\times n}$.\n\n" + FORM);
    }

    @Test
    void whatTheSetsSay() {
        assertEquals(List.of("A symmetric", "B symmetric"), ProseAssumptions.find("Let $A, B \\in \\mathbb{S}^n_+$."));
        assertEquals(List.of("Sigma positive-definite"), ProseAssumptions.positiveDefinite("with $\\Sigma \\in \\mathbb{S}^{d}_{++}$"));
        assertEquals(List.of(), ProseAssumptions.positiveDefinite("with $A \\in \\mathbb{S}^{d}_{+}$"));
    }

    @Test
    void aSymmetryWithADeclarationAndItsOtherNames() {
        assertMarks("✓", "Let $A = A^\\top \\in \\mathbb{R}^{n \\times n}$.\n\n" + FORM);
        assertMarks("✓", "Let $A$ be a Hermitian matrix.\n\n" + FORM);
        assertMarks("✓", "Suppose $A$ is self-adjoint.\n\n" + FORM);
        assertMarks("✗", "Let $A$ be skew-Hermitian.\n\n" + FORM);
    }

    @Test
    void wordsThatSaySymmetricByConvention() {
        // SPD, a correlation matrix, a Hessian, an undirected graph's adjacency matrix: each symmetric
        for (String said : new String[] {"Let $A$ be SPD.",
                "Let $A$ be s.p.d.", "Let $A$ be a correlation matrix.", "Let $A$ be the Hessian of a twice differentiable function.",
                "Let $A$ be the adjacency matrix of an undirected graph."}) {
            assertMarks("✓", said + "\n\n" + FORM);
        }
        assertMarks("✗", "Let $A$ be the weighted adjacency matrix of a directed graph.\n\n" + FORM);
        assertMarks("✗", "Let $A$ be a matrix; its symmetric part is $(A + A^\\top)/2$.\n\n" + FORM);
    }
}
