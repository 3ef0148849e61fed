package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The last layer named by a capital above, beside the general layer at the small letter ({@link CapitalLayers}): lecture
 * notes define {@code a^{(l)}_j = \sigma(z^{(l)}_j)} for every layer and write the cost in the output layer's
 * {@code a^{(L)}_j}; z^{(L)} is the general z^{(l)} at l = L, and {@code a^{(L-1)}_k} the layer below, never a power. Before,
 * every step was ? ('C does not depend on z^{(L)}_j'), and after "define the output error
 * $\delta^{(L)}_j = \partial C/\partial z^{(L)}_j$" the chain rule's displays were read as definitions of δ^{(L)}.
 */
class CapitalLayersTest {
    private static final String INDEXED = "$$z^{(l)}_j = \\sum_k w^{(l)}_{jk} a^{(l-1)}_k + b^{(l)}_j$$\n"
            + "$$a^{(l)}_j = \\sigma(z^{(l)}_j)$$\n$$C = \\frac{1}{2} \\sum_j \\left(a^{(L)}_j - y_j\\right)^2$$\n\n";
    private static final String STEPS = "$$\\frac{\\partial C}{\\partial z^{(L)}_j} = \\left(a^{(L)}_j - y_j\\right) \\sigma'(z^{(L)}_j)$$\n"
            + "$$\\frac{\\partial C}{\\partial z^{(L)}_j} = \\left(a^{(L)}_j - y_j\\right) a^{(L)}_j$$\n"
            + "$$\\frac{\\partial C}{\\partial w^{(L)}_{jk}} = \\left(a^{(L)}_j - y_j\\right) \\sigma'(z^{(L)}_j) a^{(L-1)}_k$$\n"
            + "$$\\frac{\\partial C}{\\partial w^{(L)}_{jk}} = \\left(a^{(L)}_j - y_j\\right) \\sigma'(z^{(L)}_j) a^{(L-1)}_j$$\n";

    @Test
    void theCapitalLayerIsTheGeneralOneAtThatLayer() {
        // was: ???? ('C does not depend on z^{(L)}_j'); σ' dropped and the wrong unit below stay false
        assertMarks("✓✗✓✗", INDEXED + STEPS);
        CheckedDocument d = PublicInputsTest.check(INDEXED + STEPS);
        String notes = String.join("\n", d.verdicts().stream().flatMap(v -> v.notes().stream()).map(n -> n.text()).toList());
        assertTrue(notes.contains("z^{(L)} as z^{(l)} at l = L"), notes);
        assertTrue(notes.contains("L-1 read as a layer below or above layer L, not a power"), notes);
    }

    @Test
    void layersLabelledByTheLetterAbove() {
        // Nielsen's a^l_j, a^{l-1}_k and the output layer a^L_j
        String labelled = INDEXED.replace("{(l)}", "l").replace("{(l-1)}", "{l-1}").replace("{(L)}", "L");
        assertMarks("✓✗✓✗", labelled + STEPS.replace("{(L)}", "L").replace("{(L-1)}", "{L-1}"));
    }

    @Test
    void theLayerBelowIsWrittenByTheStep() {
        // ∂C/∂z^{(L-1)}_k goes through layer L's weights to the layer below, whose a^{(L-1)} is σ(z^{(L-1)})
        assertMarks("✓✗", INDEXED + "$$\\frac{\\partial C}{\\partial z^{(L-1)}_k} = \\sum_j \\left(a^{(L)}_j - y_j\\right) "
                + "\\sigma'(z^{(L)}_j) w^{(L)}_{jk} \\sigma'(z^{(L-1)}_k)$$\n"
                + "$$\\frac{\\partial C}{\\partial z^{(L-1)}_k} = \\sum_j \\left(a^{(L)}_j - y_j\\right) \\sigma'(z^{(L)}_j) w^{(L)}_{jk}$$\n");
    }

    @Test
    void theOutputErrorDefinedInlineIsClaimedByTheChainRule() {
        // was: the displays defined δ^{(L)} (✓✓ unchecked), and only the last one was checked, against the one before it
        String doc = "Consider a network with pre-activations $z^{(l)} = W^{(l)} a^{(l-1)} + b^{(l)}$ and activations "
                + "$a^{(l)} = \\sigma(z^{(l)})$. With the quadratic cost\n$$C = \\frac{1}{2} \\sum_j \\left(a^{(L)}_j - y_j\\right)^2$$\n"
                + "define the output error $\\delta^{(L)}_j = \\partial C / \\partial z^{(L)}_j$. By the chain rule\n"
                + "$$\\delta^{(L)}_j = \\left(a^{(L)}_j - y_j\\right) \\sigma'\\!\\left(z^{(L)}_j\\right)$$\n"
                + "Hence, since $\\sigma' = \\sigma(1 - \\sigma)$,\n"
                + "$$\\delta^{(L)}_j = \\left(a^{(L)}_j - y_j\\right) a^{(L)}_j \\left(1 - a^{(L)}_j\\right)$$\n"
                + "$$\\delta^{(L)}_j = \\left(a^{(L)}_j - y_j\\right) a^{(L)}_j$$\n"
                + "$$\\delta^{(L)}_j = 2\\left(a^{(L)}_j - y_j\\right) a^{(L)}_j \\left(1 - a^{(L)}_j\\right)$$\n";
        assertMarks("✓✓✗✗", doc);
    }

    @Test
    void aCapitalWithoutALayerLetterStaysItsOwnName() {
        // no general a^{(l)}: a^{(L)} is a name of its own, and C does not depend on z^{(L)}
        assertMarks("?", "$$C = \\frac{1}{2} \\sum_j \\left(a^{(L)}_j - y_j\\right)^2$$\n\n"
                + "$$\\frac{\\partial C}{\\partial z^{(L)}_j} = \\left(a^{(L)}_j - y_j\\right) \\sigma'(z^{(L)}_j)$$\n");
    }
}
