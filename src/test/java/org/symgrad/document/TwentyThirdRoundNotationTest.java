package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round twenty-three ({@code fresh-homework}, from {@code atkins-van-der-waals-isotherm.md} on in
 * the README's table) and the gaps it set out to close. An infinity that is the whole of a letter's subscript,
 * von Bertalanffy's asymptotic length {@code L_\\infty} or {@code L_{\\infty}}, is a label of the name, as
 * {@code x_{\\min}} is: it could not be read ("'_' needs a script after it", "a subscript holds indices … not \\infty")
 * and every step that wrote it was skipped ({@code SubscriptWords}). A norm's {@code \\|x\\|_\\infty} and a limit's
 * {@code \\sum_{k=0}^{\\infty}} are not names and stay as they were. A quantity labelled by two letters whose
 * definition is 0 when they are one, BPR's {@code \\hat{x}_{uij} = Σ_f w_uf h_if − Σ_f w_uf h_jf}, compares two
 * different ones: a step false only where they coincide is checked where they differ, and says so (it was called
 * false at i = j, where nothing is left to differentiate; {@code ComparedLabels}).
 */
class TwentyThirdRoundNotationTest {
    private static final String GROWTH = "$$L(t) = L_\\infty \\left( 1 - e^{-K (t - t_0)} \\right)$$\n\n";

    @Test
    void anInfinityAsTheWholeSubscriptOfALetterIsALabel() {
        assertMarks("✓", GROWTH + "$$\\frac{\\partial L}{\\partial K} = L_\\infty (t - t_0) e^{-K (t - t_0)}$$\n");
        assertMarks("✓", GROWTH + "$$\\frac{\\partial L}{\\partial L_{\\infty}} = 1 - e^{-K (t - t_0)}$$\n");
        assertMarks("✗", GROWTH + "$$\\frac{\\partial L}{\\partial t_0} = L_\\infty K e^{-K (t - t_0)}$$\n");
        assertMarks("✓", GROWTH + "$$\\frac{\\partial L}{\\partial t_0} = -L_{\\infty} K e^{-K (t - t_0)}$$\n");
        // a Greek letter's too, and the label is another name than the letter itself
        assertMarks("✓✓", "$$h(\\theta) = \\theta_\\infty \\theta^2$$\n\n$$\\frac{d h}{d \\theta} = 2 \\theta_\\infty \\theta$$\n\n"
                + "$$\\frac{\\partial h}{\\partial \\theta_{\\infty}} = \\theta^2$$\n");
    }

    private static final String BPR = "$$\\hat{x}_{uij} = \\sum_{f=1}^{k} w_{uf} h_{if} - \\sum_{f=1}^{k} w_{uf} h_{jf}$$\n\n"
            + "$$\\ell = -\\ln \\sigma(\\hat{x}_{uij})$$\n\n";

    @Test
    void twoLabelsOfAComparisonAreTwoDifferentOnes() {
        assertMarks("✓", BPR + "$$\\frac{\\partial \\ell}{\\partial h_{if}} = -\\left( 1 - \\sigma(\\hat{x}_{uij}) \\right) w_{uf}$$\n");
        assertMarks("✓", BPR + "$$\\frac{\\partial \\ell}{\\partial h_{jf}} = \\left( 1 - \\sigma(\\hat{x}_{uij}) \\right) w_{uf}$$\n");
        CheckedDocument d = DocumentChecker.check(BPR
                + "$$\\frac{\\partial \\ell}{\\partial h_{if}} = -\\left( 1 - \\sigma(\\hat{x}_{uij}) \\right) w_{uf}$$\n",
                DocumentKind.MARKDOWN, DocumentOptions.NONE);
        assertTrue(d.verdicts().get(0).toString().contains("checked where i ≠ j"), d.verdicts().toString());
        // false where they differ too: false, with a witness where they differ
        String wrong = BPR + "$$\\frac{\\partial \\ell}{\\partial h_{jf}} = -\\left( 1 - \\sigma(\\hat{x}_{uij}) \\right) w_{uf}$$\n";
        assertMarks("✗", wrong);
        CheckedDocument w = DocumentChecker.check(wrong, DocumentKind.MARKDOWN, DocumentOptions.NONE);
        assertFalse(w.verdicts().get(0).toString().contains("i = 1, j = 1"), w.verdicts().toString());
        // a softmax is not 0 on its diagonal: its forgotten δ_ij is still found
        assertMarks("✗", "$$p_i = \\frac{e^{z_i}}{\\sum_{k=1}^{K} e^{z_k}}$$\n\n"
                + "$$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j$$\n");
        // a pair score that is not 0 when its labels are one (a sum, not a difference) says nothing of them
        assertMarks("✗", "$$\\hat{s}_{ij} = \\sum_{f=1}^{k} h_{if} + \\sum_{f=1}^{k} h_{jf}$$\n\n"
                + "$$\\frac{\\partial \\hat{s}_{ij}}{\\partial h_{if}} = 1$$\n");
    }

    @Test
    void aNormOrALimitAtInfinityIsNoLabel() {
        assertMarks("–", "$$f = \\|x\\|_\\infty$$\n\n$$f = 1$$\n");
        // the limit of a sum is no label either: a series (SeriesTest), whose value 1/(1 − a) is not 1 (was '–', unread)
        assertMarks("✗", "$$s = \\sum_{k=0}^{\\infty} a^k$$\n\n$$s = 1$$\n");
    }
}
