package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A Gram matrix, or a matrix the text says is symmetric, defined by an abstract function of two points,
 * {@code K_{ij} = k(x_i, x_j)}, is read with that function symmetric: kernel ridge regression's ∇_α J = −K(y − Kα) + λKα was
 * ✗ (WRONG: the definition made K unsymmetric whatever the text said) → ✓, and the slip 2λKα stays ✗.
 */
class SymmetricKernelsTest {
    private static final String STEPS = "$$J(\\boldsymbol\\alpha) = \\frac{1}{2}\\|\\mathbf{y} - K\\boldsymbol\\alpha\\|^2 + \\frac{\\lambda}{2}"
            + "\\boldsymbol\\alpha^\\top K\\boldsymbol\\alpha$$\n\n"
            + "$$\\nabla_{\\boldsymbol\\alpha} J = -K(\\mathbf{y} - K\\boldsymbol\\alpha) + \\lambda K\\boldsymbol\\alpha$$\n\n"
            + "$$\\nabla_{\\boldsymbol\\alpha} J = -K(\\mathbf{y} - K\\boldsymbol\\alpha) + 2\\lambda K\\boldsymbol\\alpha$$\n";

    @Test
    void aGramMatrixOfAnAbstractKernelIsSymmetric() {
        assertMarks("✓✗", "# Kernel ridge regression\n\nWith the Gram matrix $K \\in \\mathbb{R}^{n\\times n}$, $K_{ij} = k(x_i, x_j)$, "
                + "symmetric, and\n\n" + STEPS);
        assertMarks("✓✗", "With the Gram matrix $K_{ij} = k(x_i, x_j)$ of the data,\n\n" + STEPS);
    }

    @Test
    void aMatrixSaidSymmetricReadsItsAbstractDefinitionSymmetric() {
        assertMarks("✓✗", "With $K_{ij} = k(x_i, x_j)$. $K$ is symmetric.\n\n" + STEPS);
    }

    @Test
    void anAbstractMatrixNotSaidSymmetricStaysGeneral() {
        // nothing says K is symmetric: −K(y − Kα) needs Kᵀ, so the step is false for a general k
        assertMarks("✗✗", "With $K_{ij} = k(x_i, x_j)$,\n\n" + STEPS);
    }
}
