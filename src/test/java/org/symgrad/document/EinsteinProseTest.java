package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A document that states the Einstein convention in its own words opts in to it, as the {@code einstein} directive does:
 * an index repeated in a product is summed. A sentence that denies it does not.
 */
class EinsteinProseTest {
    private static final String LAYER = "$$y_i = W_{ij} x_j$$\n$$L = \\tfrac12 (y_i - t_i)(y_i - t_i)$$\n\nThen\n"
            + "$$\\frac{\\partial L}{\\partial W_{kl}} = (y_k - t_k) x_l$$\n$$\\frac{\\partial L}{\\partial x_l} = (y_i - t_i) W_{il}$$\n"
            + "$$\\frac{\\partial L}{\\partial x_l} = (y_l - t_l) W_{ll}$$\n";

    @Test
    void theConventionStatedInWordsSumsRepeatedIndices() {
        // was: ✗✗✗ (j of W_ij x_j and i of L read as fixed labels)
        FreshNotationTest.assertMarks("✓✓✗", "Using the Einstein summation convention, let\n" + LAYER);
        FreshNotationTest.assertMarks("✓✓✗", "Repeated indices are summed over. Let\n" + LAYER);
        FreshNotationTest.assertMarks("✓✓✗", "Summation over repeated indices is implied throughout.\n\n" + LAYER);
    }

    @Test
    void aDeniedConventionIsNotOptedInto() {
        assertFalse(Einstein.stated("We do not use the Einstein convention here."));
        assertFalse(Einstein.stated("All sums are written out; the index $i$ is repeated."));
        assertTrue(Einstein.stated("In Einstein notation, $y_i = W_{ij} x_j$."));
        // Einstein's name alone is no convention: the heat capacity of an Einstein solid
        assertFalse(Einstein.stated("Heat capacity of an Einstein solid, with the Einstein temperature $\\theta_E$."));
        // the negation must deny the convention's own clause, not another clause of its sentence (was false)
        assertTrue(Einstein.stated("Using the summation convention, let $f = A_{ij} x_i x_j$ with $A$ not symmetric."));
        assertFalse(Einstein.stated("The summation convention is not used here."));
        assertFalse(Einstein.stated("Without the summation convention, sums are written out."));
    }

    @Test
    void aSumTheAuthorWritesIsNotSummedAgain() {
        // was ✗: Σ_j W_{ij} x_j summed over j a second time (n Σ_j W_{ij} x_j)
        FreshNotationTest.assertMarks("✓", "Repeated indices are summed.\n\n$$y_i = \\sum_j W_{ij} x_j$$\n\n"
                + "$$\\frac{\\partial y_i}{\\partial x_k} = W_{ik}$$\n");
    }

    @Test
    void anInlineDefinitionIsSummedAsADisplayIs() {
        // was ✗ ✗: the inline f = A_{ij} x_i x_j was read with i and j fixed though the sentence states the convention
        String steps = "$$\\frac{\\partial f}{\\partial x_k} = A_{kj}x_j + A_{ik}x_i$$\n\n"
                + "$$\\frac{\\partial f}{\\partial x_k} = 2A_{kj}x_j$$\n";
        FreshNotationTest.assertMarks("✓✗", "Using the summation convention, let $f = A_{ij} x_i x_j$ with $A$ not symmetric.\n\n" + steps);
        FreshNotationTest.assertMarks("✓✗", "Using the Einstein summation convention, let $f = A_{ij} x_i x_j$.\n\n" + steps);
        // not stated: undecided with the hint, not false
        FreshNotationTest.assertMarks("?✗", "Let $f = A_{ij} x_i x_j$.\n\n" + steps);
    }
}
