package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A matrix the prose says is antisymmetric ("Let $W$ be skew-symmetric", "an antisymmetric matrix $W$", "$W^\top = -W$",
 * "$W_{ij} = -W_{ji}$") is assumed so ({@code W antisymmetric}, as "symmetric" is): the check draws W = −Wᵀ and proves under
 * W_ji = −W_ij, so the gradient of E = Σ_ij W_ij s_i s_j, which is 0, is ✓ 0 (was WRONG ✗) and the student's 2Σ_j W_kj s_j is ✗
 * without the hint "true if W is symmetric". "skew-symmetric" never reads as "symmetric".
 */
class AntisymmetricMatricesTest {
    private static String energy(String said) {
        return said + "\n\n$$E = \\sum_{i,j} W_{ij} s_i s_j$$\n\n";
    }

    @Test
    void theGradientOfAQuadraticFormOfAnAntisymmetricMatrixIsZero() {
        for (String said : List.of("Let $W$ be an antisymmetric matrix, $W_{ij} = -W_{ji}$.", "Let $W$ be skew-symmetric and",
                "Let $W \\in \\mathbb{R}^{n \\times n}$ with $W_{ij} = -W_{ji}$ and", "Consider a skew-symmetric matrix $W$ and",
                "Let $W$ satisfy $W^\\top = -W$.", "Let $\\mathbf{W}$ be a real skew symmetric matrix.")) {
            assertMarks("✓✗", energy(said) + "$$\\frac{\\partial E}{\\partial s_k} = 0$$\n\n"
                    + "$$\\frac{\\partial E}{\\partial s_k} = 2\\sum_j W_{kj} s_j$$\n");
        }
    }

    @Test
    void aQuadraticFormOfAnAntisymmetricMatrixInMatrixNotation() {
        String doc = "Let $A$ satisfy $A^\\top = -A$ and let $g(x) = x^\\top A x + b^\\top x$.\n\n";
        assertMarks("✓✗", doc + "$$\\nabla g = b$$\n\n$$\\nabla g = 2Ax + b$$\n");
    }

    @Test
    void anAntisymmetryStatedAsAConditionHoldsUntilTheTextSaysOtherwise() {
        String doc = "Let $E = \\sum_{i,j} W_{ij} s_i s_j$.\n\n$$\\frac{\\partial E}{\\partial s_k} = \\sum_j (W_{kj} + W_{jk}) s_j$$\n\n"
                + "If $W$ is antisymmetric, the gradient vanishes:\n\n$$\\frac{\\partial E}{\\partial s_k} = 0$$\n\n"
                + "For a general $W$:\n\n$$\\frac{\\partial E}{\\partial s_k} = 0$$\n";
        assertMarks("✓✓✗", doc);
    }

    @Test
    void skewSymmetricIsNeverReadAsSymmetric() {
        assertEquals(List.of("W antisymmetric"), ProseAssumptions.find("Consider a skew-symmetric matrix $W$ and"));
        assertEquals(List.of("A antisymmetric"), ProseAssumptions.find("the anti-symmetric matrix $A$"));
        assertEquals(List.of("S symmetric"), ProseAssumptions.find("a symmetric matrix $S$"));
        assertEquals(List.of(), ProseAssumptions.find("$W$ is not skew-symmetric"));
        assertEquals(List.of(), ProseAssumptions.find("$W_{ii} = -W_{ii}$"));
    }
}
