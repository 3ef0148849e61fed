package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Two layers' weights under one name ({@link LayerWeights}), as PRML §5.3 writes them: {@code a_j = \sum_i w_{ji} x_i},
 * {@code y_k = \sum_j w_{kj} z_j}. The index letters name the layers, so a step false only with one array w is checked
 * with the layers' weights apart and says so; a wrong step stays false; tied weights, written at one pair of letters,
 * stay one array. A step false with names left free that inline math defines, unannounced, where it holds with them, is
 * undecided, not false.
 */
class LayerWeightsTest {
    private static final String TWO = "Let\n$$a_j = \\sum_i w_{ji} x_i, \\quad z_j = \\tanh(a_j), \\quad y_k = \\sum_j w_{kj} z_j,"
            + " \\quad E = \\frac{1}{2}\\sum_k (y_k - t_k)^2.$$\n\n";

    /** The notes of every verdict of {@code markdown}, one a line. */
    private static String notes(String markdown) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        return String.join("\n", d.verdicts().stream().flatMap(v -> v.notes().stream()).map(n -> n.text()).toList());
    }

    @Test
    void theFirstAndTheSecondLayersWeightsAreTwoArrays() {
        assertMarks("✓", TWO + "$$\\frac{\\partial E}{\\partial w_{ji}} = (1 - z_j^2)\\sum_k w_{kj}(y_k - t_k) x_i$$\n");
        assertMarks("✓", TWO + "$$\\frac{\\partial E}{\\partial w_{kj}} = (y_k - t_k) z_j$$\n");
        String said = notes(TWO + "$$\\frac{\\partial E}{\\partial w_{kj}} = (y_k - t_k) z_j$$\n");
        assertTrue(said.contains("read w_{kj} and w_{ji} as the weights of 2 layers, w^(kj) and w^(ji)"), said);
        // never split where one array holds: the hidden δ needs no split
        assertMarks("✓", TWO + "$$\\frac{\\partial E}{\\partial a_j} = (1 - z_j^2)\\sum_k w_{kj}(y_k - t_k)$$\n");
    }

    @Test
    void wrongStepsStayFalseWithTheLayersApart() {
        // the weights transposed, the derivative of tanh dropped, the input of the other layer
        assertMarks("✗", TWO + "$$\\frac{\\partial E}{\\partial w_{ji}} = (1 - z_j^2)\\sum_k w_{jk}(y_k - t_k) x_i$$\n");
        assertMarks("✗", TWO + "$$\\frac{\\partial E}{\\partial w_{ji}} = \\sum_k w_{kj}(y_k - t_k) x_i$$\n");
        assertMarks("✗", TWO + "$$\\frac{\\partial E}{\\partial w_{kj}} = (y_k - t_k) x_j$$\n");
    }

    @Test
    void threeLayersByThreePairsOfLetters() {
        String deep = "Let\n$$a_j = \\sum_i w_{ji} x_i, \\quad z_j = \\sigma(a_j), \\quad b_k = \\sum_j w_{kj} z_j, \\quad u_k = "
                + "\\sigma(b_k), \\quad y_l = \\sum_k w_{lk} u_k, \\quad E = \\frac{1}{2}\\sum_l (y_l - t_l)^2.$$\n\n";
        assertMarks("✓", deep + "$$\\frac{\\partial E}{\\partial w_{lk}} = (y_l - t_l) u_k$$\n");
        assertMarks("✓", deep + "$$\\frac{\\partial E}{\\partial w_{ji}} = z_j(1 - z_j) \\sum_k w_{kj} u_k (1 - u_k) \\sum_l w_{lk}"
                + " (y_l - t_l) x_i$$\n");
        assertMarks("✗", deep + "$$\\frac{\\partial E}{\\partial w_{ji}} = z_j(1 - z_j) \\sum_k w_{kj} \\sum_l w_{lk} (y_l - t_l) x_i$$\n");
    }

    @Test
    void tiedWeightsAtOnePairOfLettersStayOneArray() {
        String tied = "Let\n$$h_j = \\sum_i w_{ji} x_i, \\quad r_i = \\sum_j w_{ji} h_j, \\quad L = \\frac{1}{2}\\sum_i (r_i - x_i)^2.$$\n\n";
        assertMarks("✓", tied + "$$\\frac{\\partial L}{\\partial w_{ji}} = (r_i - x_i) h_j + x_i \\sum_k w_{jk} (r_k - x_k)$$\n");
        String decoderOnly = marks(tied + "$$\\frac{\\partial L}{\\partial w_{ji}} = (r_i - x_i) h_j$$\n");
        assertTrue(decoderOnly.startsWith("✗"), decoderOnly);
        assertFalse(notes(tied + "$$\\frac{\\partial L}{\\partial w_{ji}} = (r_i - x_i) h_j$$\n").contains("layers"), decoderOnly);
    }

    @Test
    void aSquareArrayAppliedTwiceStaysOneArray() {
        // W applied twice: y and its entries at two letters join the kinds, so no letter names a layer of its own
        String twice = "Let\n$$y_i = \\sum_j W_{ij} x_j, \\quad z_k = \\sum_l W_{kl} y_l, \\quad L = \\sum_k z_k.$$\n\n";
        String once = marks(twice + "$$\\frac{\\partial L}{\\partial W_{kl}} = y_l$$\n");
        assertTrue(once.startsWith("✗"), once);
        assertFalse(notes(twice + "$$\\frac{\\partial L}{\\partial W_{kl}} = y_l$$\n").contains("layers"), once);
    }

    @Test
    void inlineDefinitionsOfTheLayersAreReadWithTheWeightsApart() {
        String bishop = "Let $h(u) = \\tanh(u)$, hidden units $a_j = \\sum_i w_{ji} x_i$, $z_j = h(a_j)$, outputs $y_k = \\sum_j w_{kj}"
                + " z_j$ and error $E_n = \\frac{1}{2}\\sum_k (y_k - t_k)^2$.\n\n";
        assertMarks("✓", bishop + "$$\\frac{\\partial E_n}{\\partial w_{ji}} = (1 - z_j^2)\\sum_k w_{kj}(y_k - t_k) x_i$$\n");
        assertMarks("✗", bishop + "$$\\frac{\\partial E_n}{\\partial w_{ji}} = (1 + z_j^2)\\sum_k w_{kj}(y_k - t_k) x_i$$\n");
    }

    @Test
    void aStepFalseOnlyWithUnannouncedDefinitionsLeftFreeIsUndecided() {
        // a_j and z_j in apposition, not announced: with them left free the right step was false
        String apposed = "Hidden units $a_j = \\sum_i w_{ji} x_i$, $z_j = \\tanh(a_j)$, with outputs $y_k = \\sum_j v_{kj} z_j$ and error"
                + " $E = \\frac{1}{2}\\sum_k (y_k - t_k)^2$.\n\n";
        String right = marks(apposed + "$$\\frac{\\partial E}{\\partial w_{ji}} = (1 - z_j^2)\\sum_k v_{kj}(y_k - t_k) x_i$$\n");
        assertFalse(right.startsWith("✗"), right);
        // a wrong step is false with them read too: still false
        String wrong = marks(apposed + "$$\\frac{\\partial E}{\\partial v_{kj}} = (y_k + t_k) z_j$$\n");
        assertTrue(wrong.startsWith("✗"), wrong);
    }
}
