package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A bold name with a numeral below it beside the same name with an index below it, {@code \mathbf{k}_1} beside
 * {@code \sum_j p_j \mathbf{k}_j}, is the family's member: k_1 is k_j at j = 1 (InfoNCE's positive key among the keys the
 * softmax runs over, van den Oord et al. 2018). Numbered vectors with no family beside them stay vectors of their own.
 */
class VectorFamilyMembersTest {

    @Test
    void aNumberedVectorBesideItsFamilyIsAMember() {
        // was: k_1 read as a vector k^(1) of its own, so "k^(1) appears on one side only" (??); the 1/τ dropped is the mistake
        PublicInputsTest.check("For an anchor $\\mathbf{q}$, keys $\\mathbf{k}_1, \\dots, \\mathbf{k}_N$ and a temperature $\\tau$,\n\n"
                + "$$L = -\\frac{\\mathbf{q}^\\top\\mathbf{k}_1}{\\tau} + \\log\\sum_{j=1}^{N}\\exp(\\mathbf{q}^\\top\\mathbf{k}_j/\\tau)$$\n\n"
                + "With $p_j = \\exp(\\mathbf{q}^\\top\\mathbf{k}_j/\\tau)/\\sum_{l=1}^{N}\\exp(\\mathbf{q}^\\top\\mathbf{k}_l/\\tau)$,\n\n"
                + "$$\\nabla_{\\mathbf{q}} L = \\frac{1}{\\tau}\\left(\\sum_{j=1}^{N} p_j\\mathbf{k}_j - \\mathbf{k}_1\\right)$$\n\n"
                + "$$\\nabla_{\\mathbf{q}} L = \\sum_{j=1}^{N} p_j\\mathbf{k}_j - \\mathbf{k}_1$$\n", "✓✗");
    }

    @Test
    void numberedVectorsWithNoFamilyStayVectorsOfTheirOwn() {
        PublicInputsTest.check("For two points $\\mathbf{x}_1$ and $\\mathbf{x}_2$ and a vector $\\mathbf{w}$,\n\n"
                + "$$L = \\mathbf{w}^\\top(\\mathbf{x}_1 - \\mathbf{x}_2)$$\n\n"
                + "$$\\nabla_{\\mathbf{w}} L = \\mathbf{x}_1 - \\mathbf{x}_2$$\n\n"
                + "$$\\nabla_{\\mathbf{w}} L = \\mathbf{x}_2 - \\mathbf{x}_1$$\n", "✓✗");
    }
}
