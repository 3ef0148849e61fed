package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Two arrays under one letter ({@link IndexKinds}): a user's and an item's bias written β_u + β_i. Where the letters
 * index different things (x_{uk} of u, y_{ik} of i, r_{ui} of both in different places), a step false only as one
 * array is checked as two and says so; a wrong step stays false; one array indexed by letters of one kind, or with no
 * array of each kind's own, stays one array.
 */
class IndexKindsTest {
    private static final String JOHNSON = "$$s_{ui} = \\sum_{k=1}^{K} x_{uk} y_{ik} + \\beta_u + \\beta_i$$\n\n"
            + "$$\\ell_u = \\sum_{i=1}^{n} \\left[ \\alpha r_{ui} s_{ui} - (1 + \\alpha r_{ui}) \\ln\\left( 1 + e^{s_{ui}} \\right) \\right]"
            + " - \\frac{\\lambda}{2} \\sum_{k=1}^{K} x_{uk}^2$$\n\n";

    /** The notes of every verdict of {@code markdown}, one a line. */
    private static String notes(String markdown) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        return String.join("\n", d.verdicts().stream().flatMap(v -> v.notes().stream()).map(n -> n.text()).toList());
    }

    @Test
    void aUserBiasAndAnItemBiasAreTwoArrays() {
        String right = marks(JOHNSON + "$$\\frac{\\partial \\ell_u}{\\partial \\beta_u} = \\sum_{i=1}^{n} \\left[ \\alpha r_{ui} - "
                + "(1 + \\alpha r_{ui}) \\frac{e^{s_{ui}}}{1 + e^{s_{ui}}} \\right]$$\n");
        assertTrue(right.startsWith("✓"), right);
        assertTrue(notes(JOHNSON + "$$\\frac{\\partial \\ell_u}{\\partial \\beta_u} = \\sum_{i=1}^{n} \\left[ \\alpha r_{ui} - "
                + "(1 + \\alpha r_{ui}) \\frac{e^{s_{ui}}}{1 + e^{s_{ui}}} \\right]$$\n").contains("as two arrays"), right);
        // a wrong sign stays false, with a witness of the two arrays
        String wrong = marks(JOHNSON + "$$\\frac{\\partial \\ell_u}{\\partial \\beta_u} = \\sum_{i=1}^{n} \\left[ \\alpha r_{ui} + "
                + "(1 + \\alpha r_{ui}) \\frac{e^{s_{ui}}}{1 + e^{s_{ui}}} \\right]$$\n");
        assertTrue(wrong.startsWith("✗"), wrong);
        // the user factor's derivative never needed the split
        assertMarks("✓", JOHNSON + "$$\\frac{\\partial \\ell_u}{\\partial x_{uk}} = \\sum_{i=1}^{n} \\left[ \\alpha r_{ui} y_{ik} - "
                + "(1 + \\alpha r_{ui}) \\frac{e^{s_{ui}}}{1 + e^{s_{ui}}} y_{ik} \\right] - \\lambda x_{uk}$$\n");
    }

    @Test
    void biasesOfAMatrixFactorisationByEitherLetter() {
        String mf = "$$s_{ui} = p_u q_i + b_u + b_i$$\n\n$$L = \\sum_{u=1}^{m} \\sum_{i=1}^{n} (r_{ui} - s_{ui})^2$$\n\n";
        assertMarks("✓", mf + "$$\\frac{\\partial L}{\\partial b_u} = -2 \\sum_{i=1}^{n} (r_{ui} - s_{ui})$$\n");
        assertMarks("✓", mf + "$$\\frac{\\partial L}{\\partial b_i} = -2 \\sum_{u=1}^{m} (r_{ui} - s_{ui})$$\n");
        assertMarks("✗", mf + "$$\\frac{\\partial L}{\\partial b_u} = 2 \\sum_{i=1}^{n} (r_{ui} - s_{ui})$$\n");
        assertMarks("✗", mf + "$$\\frac{\\partial L}{\\partial b_u} = -2 \\sum_{u=1}^{m} (r_{ui} - s_{ui})$$\n");
    }

    @Test
    void oneArrayOfOneKindStaysOne() {
        // a quadratic form: i and j index one vector a, and no letter has an array of its own
        String quadratic = "$$f = \\sum_{i=1}^{n} \\sum_{j=1}^{n} A_{ij} a_i a_j$$\n\n";
        String wrong = marks(quadratic + "$$\\frac{\\partial f}{\\partial a_i} = \\sum_{j=1}^{n} A_{ij} a_j$$\n");
        assertTrue(wrong.startsWith("✗"), wrong);
        assertFalse(notes(quadratic + "$$\\frac{\\partial f}{\\partial a_i} = \\sum_{j=1}^{n} A_{ij} a_j$$\n").contains("two arrays"),
                wrong);
        assertMarks("✓", quadratic + "$$\\frac{\\partial f}{\\partial a_k} = \\sum_{j=1}^{n} (A_{kj} + A_{jk}) a_j$$\n");
        // embeddings of one set of nodes: z_i and z_j both written, so i and j are of one kind and b_i, b_j one array
        String nodes = "$$s_{ij} = z_i w_j + b_i + b_j$$\n\n"
                + "$$L = \\sum_{i=1}^{n} \\sum_{j=1}^{n} (A_{ij} - s_{ij})^2 + \\sum_{j=1}^{n} z_j^2$$\n\n";
        String one = marks(nodes + "$$\\frac{\\partial L}{\\partial b_i} = -2 \\sum_{j=1}^{n} (A_{ij} - s_{ij})$$\n");
        assertTrue(one.startsWith("✗"), one);
        assertFalse(notes(nodes + "$$\\frac{\\partial L}{\\partial b_i} = -2 \\sum_{j=1}^{n} (A_{ij} - s_{ij})$$\n")
                .contains("two arrays"), one);
    }
}
