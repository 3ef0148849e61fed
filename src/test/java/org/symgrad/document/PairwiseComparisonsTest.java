package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A scalar labelled by two letters whose value is a constant when they are one compares two different things (ComparedLabels):
 * Bradley–Terry's log-probability that item i beats item j is log ½ at i = j, a win of an item over itself. A step false only
 * there is checked where i ≠ j, and says so; inline definitions are read so as displays are. Before, the right gradients were
 * ✗ (WRONG, "at i = 1, j = 1").
 */
class PairwiseComparisonsTest {
    private static final String MODEL = "Item $i$ beats item $j$ with probability\n"
            + "$$P_{ij} = \\frac{e^{\\beta_i}}{e^{\\beta_i} + e^{\\beta_j}}$$\n";
    private static final String STEPS = "$$\\frac{\\partial \\ell}{\\partial \\beta_i} = 1 - P_{ij}$$\n"
            + "$$\\frac{\\partial \\ell}{\\partial \\beta_j} = -(1 - P_{ij})$$\n$$\\frac{\\partial \\ell}{\\partial \\beta_j} = P_{ij}$$\n";

    @Test
    void aWinOfAnItemOverItselfIsNotSampled() {
        // was: ✗✗✗
        assertMarks("✓✓✗", MODEL + "For one win of $i$ over $j$ the log-likelihood is\n$$\\ell = \\log P_{ij}$$\n" + STEPS);
    }

    @Test
    void anInlineDefinitionIsCheckedWhereTheLabelsDiffer() {
        // was: ✗✗✗
        String doc = MODEL + "For one win of $i$ over $j$ the log-likelihood is $\\ell = \\log P_{ij}$, so\n" + STEPS;
        assertMarks("✓✓✗", doc);
    }

    @Test
    void aJacobianEntryOfOneIndexedNameIsNoComparison() {
        // s_i has one index: ∂s_i/∂z_j is a Jacobian entry, and −s_i s_j misses its diagonal
        assertMarks("✗", "Let $s_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$.\n\n$$\\frac{\\partial s_i}{\\partial z_j} = -s_i s_j$$\n");
    }
}
