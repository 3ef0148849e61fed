package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.report.DocumentReport;

/**
 * The reading rules added with the thirteenth round of {@link FreshHomeworkTest}'s documents (issue 9, brief
 * homework13), each with right steps (proven) and a wrong one (false), on variants with other names than the
 * documents use; the checker samples every step numerically, which is the oracle. Where a rule does not apply,
 * the old reading or refusal stays.
 */
class ThirteenthRoundNotationTest {
    /** A two-layer tanh network, one letter per layer, with other names than PRML's. */
    private static final String NETWORK = "$$u_j = \\sum_{i=1}^{D} U_{ji} x_i$$\n\n"
            + "$$g_j = \\tanh(u_j)$$\n\n"
            + "$$o_k = \\sum_{j=1}^{M} V_{kj} g_j$$\n\n"
            + "$$E = \\frac{1}{2} \\sum_{k=1}^{K} (o_k - t_k)^2$$\n\n"
            + "$$r_k = o_k - t_k$$\n\n";

    @Test
    void aRecursionThroughAnotherLetterIsTheNextLayersValue() {
        // PRML (5.56): r_j in terms of the next layer's r_k, which keeps its meaning o_k − t_k (was: false,
        // as a restatement of r_k = o_k − t_k at j; or refused as a recursive definition r → r)
        String back = NETWORK + "$$r_j = (1 - g_j^2) \\sum_{k=1}^{K} V_{kj} r_k$$\n\n";
        assertMarks("✓", back + "$$\\frac{\\partial E}{\\partial U_{ji}} = r_j x_i$$\n");
        assertMarks("✓", back + "$$\\frac{\\partial E}{\\partial V_{kj}} = r_k g_j$$\n");
        assertMarks("✗", back + "$$\\frac{\\partial E}{\\partial U_{ji}} = r_j g_i$$\n");
        assertMarks("✗", back + "$$\\frac{\\partial E}{\\partial U_{ji}} = \\sum_{k=1}^{K} V_{kj} r_k x_i$$\n");
        String got = marks(back + "$$\\frac{\\partial E}{\\partial U_{ji}} = r_j x_i$$\n");
        // and the report says how it read the recursion
        CheckedDocument d = PublicInputsTest.check(back);
        assertTrue(d.equations().stream().flatMap(e -> e.notes().stream()).anyMatch(n -> n.contains("one letter per layer")),
                got);
    }

    @Test
    void aUnitsInputsOfTheLayerBelowAreNotItsOwnOutputs() {
        // PRML (5.48)–(5.49): a_j = Σ_i w_ji z_i and z_j = h(a_j) were refused as z → a → z
        String layer = "$$a_j = \\sum_i w_{ji} z_i$$\n\n$$z_j = \\tanh(a_j)$$\n\n";
        assertMarks("✓", layer + "$$\\frac{\\partial a_j}{\\partial w_{ji}} = z_i$$\n");
        assertMarks("✓", layer + "$$\\frac{\\partial z_j}{\\partial w_{ji}} = (1 - z_j^2) z_i$$\n");
        assertMarks("✗", layer + "$$\\frac{\\partial z_j}{\\partial w_{ji}} = z_i$$\n");
        assertMarks("✗", layer + "$$\\frac{\\partial z_j}{\\partial w_{ji}} = (1 - z_i^2) z_i$$\n");
    }

    @Test
    void aRecursionAtTheSameLetterIsStillRefused() {
        String got = marks("$$q_j = 1 + \\frac{1}{2} q_j^2$$\n\n$$\\frac{\\partial q_j}{\\partial x} = 0$$\n");
        assertTrue(got.startsWith("–") && got.contains("recursive definition"), got);
    }

    @Test
    void aScriptLetterBesideThePlainLetterIsAnotherName() {
        // \mathcal{J} = J + λw² was read as J = J + λw², a recursive definition, and both were skipped
        String both = "$$J = \\frac{1}{2} (y - t)^2$$\n\n$$\\mathcal{J} = J + \\lambda w^2$$\n\n$$y = w x$$\n\n";
        assertMarks("✓", both + "$$\\frac{\\partial \\mathcal{J}}{\\partial w} = (w x - t) x + 2 \\lambda w$$\n");
        assertMarks("✓", both + "$$\\frac{\\partial J}{\\partial w} = (w x - t) x$$\n");
        assertMarks("✗", both + "$$\\frac{\\partial J}{\\partial w} = (w x - t) x + 2 \\lambda w$$\n");
        assertMarks("✗", both + "$$\\frac{\\partial \\mathcal{J}}{\\partial w} = (w x - t) x$$\n");
        // a letter in a script is no plain name: \mathcal{L} beside L_1 in a subscript stays L
        CheckedDocument alone = PublicInputsTest.check("$$\\mathcal{L} = \\frac{1}{2} (w x - t)^2 + x_{L}$$\n\n"
                + "$$\\frac{\\partial \\mathcal{L}}{\\partial w} = (w x - t) x$$\n");
        assertEquals(List.of("L"), alone.equations().stream().map(CheckedEquation::defines).filter(s -> !s.isEmpty()).toList());
        assertEquals("✓", PublicInputsTest.marks(alone));
    }

    @Test
    void aFalseStepsWitnessWritesNamesAsTheDocumentDoes() {
        // d2l's w_{qh} beside a defined h is read as the name wh with the index q; the witness said wh_1, whh, h1
        String rnn = "$$s_1 = u_{sx} x_1 + u_{ss} s_0$$\n\n$$s_2 = u_{sx} x_2 + u_{ss} s_1$$\n\n"
                + "$$L = \\frac{1}{2} \\left( u_{os} s_2 - y \\right)^2$$\n\n"
                + "$$\\frac{\\partial L}{\\partial u_{ss}} = \\left( u_{os} s_2 - y \\right) u_{os} s_1$$\n";
        CheckedDocument d = PublicInputsTest.check(rnn);
        assertEquals("✗", PublicInputsTest.marks(d));
        String detail = DocumentReport.detail(d.verdicts().get(0), false);
        assertTrue(detail.contains("u_{ss} = ") && detail.contains("u_{sx} = ") && detail.contains("u_{1s} = "), detail);
        assertFalse(detail.contains("uss") || detail.contains("us_") || detail.contains("s1"), detail);
        assertTrue(detail.contains("expected u_{os}*(s_1 + u_{ss}*s_0)*(s_2*u_{os} - y)"), detail);
    }

    @Test
    void aDeltaWithTwoIndicesTheDocumentDefinesIsItsOwnName() {
        // ESL (11.13): δ_ki = −2(y_ik − f_ki), the output units' errors, was checked as a Kronecker delta (false)
        String errors = "$$f_{kn} = \\sum_m b_{km} z_{mn}$$\n\n$$R = \\sum_k (y_{nk} - f_{kn})^2$$\n\n"
                + "$$\\delta_{kn} = -2 (y_{nk} - f_{kn})$$\n\n";
        assertMarks("✓", errors + "$$\\frac{\\partial R}{\\partial b_{km}} = \\delta_{kn} z_{mn}$$\n");
        assertMarks("✗", errors + "$$\\frac{\\partial R}{\\partial b_{km}} = -\\delta_{kn} z_{mn}$$\n");
        // the Kronecker delta stated by its cases stays the built-in one
        assertMarks("✓✓", "$$\\delta_{ij} = \\begin{cases} 1 & i = j \\\\ 0 & i \\neq j \\end{cases}$$\n\n"
                + "$$\\frac{\\partial}{\\partial x_j} \\sum_i x_i^2 = 2 \\sum_i x_i \\delta_{ij}$$\n");
    }
}
