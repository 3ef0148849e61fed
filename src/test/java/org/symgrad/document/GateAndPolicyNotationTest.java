package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation of gated units, policies and attention found by probing fresh homework (session 47):
 * <ul>
 *   <li>a name whose definition subscripts another name by its own letter ({@code o = \sigma(a_o)}, the output gate by its
 *       pre-activation) is a definition, not an update of o from itself ({@link UpdateRules#writesItsName});</li>
 *   <li>a definition calling a function the prose defines, with an index as the argument ({@code H = -\sum_a \pi_\theta(a)
 *       \log \pi_\theta(a)} beside {@code \pi_\theta(a) = e^{\theta_a} / \sum_b e^{\theta_b}}), is read, the function applied
 *       later; the index is looked at once it is;</li>
 *   <li>{@code \mathbf{q} \cdot \mathbf{k}_j} is the dot product of two vectors, and a plain {@code q \cdot k_j} beside a
 *       derivative by the component q_a is undecided, not false (it was a wrong ✗: q read as one number, the derivative 0).</li>
 * </ul>
 */
class GateAndPolicyNotationTest {
    @Test
    void aGateDefinedByItsOwnLabelledPreActivationIsADefinition() {
        String lstm = "Consider one LSTM unit with input gate $i = \\sigma(a_i)$, forget gate $f = \\sigma(a_f)$, candidate "
                + "$g = \\tanh(a_g)$ and output gate $o = \\sigma(a_o)$. The cell and hidden state are\n"
                + "$$c = f c_{\\text{prev}} + i g, \\qquad h = o \\tanh(c).$$\n\n";
        assertMarks("✓", lstm + "$$\\frac{\\partial h}{\\partial a_o} = \\tanh(c)\\, o(1-o)$$\n");
        assertMarks("✓", lstm + "$$\\frac{\\partial c}{\\partial a_g} = i\\,(1 - g^2)$$\n");
        assertMarks("✓", lstm + "$$\\frac{\\partial h}{\\partial a_f} = o\\,(1 - \\tanh^2(c))\\, c_{\\text{prev}}\\, f(1 - f)$$\n");
        // the gate's own derivative forgotten
        assertMarks("✗", lstm + "$$\\frac{\\partial h}{\\partial a_f} = o\\,(1 - \\tanh^2(c))\\, c_{\\text{prev}}\\, f$$\n");
        assertMarks("✗", "Let $o = \\sigma(a_{o})$.\n\n$$h = o \\tanh(c)$$\n\n$$\\frac{\\partial h}{\\partial a_o} = \\tanh(c)\\, o$$\n");
        // a name's new value from itself stays an update: no definition
        assertMarks("?", "Let $w = w - \\eta g$.\n\n$$L = w^2$$\n\n$$\\frac{\\partial L}{\\partial g} = 2 w$$\n");
    }

    @Test
    void aDefinitionCallingAPolicyOfAnIndexIsRead() {
        String policy = "The policy over actions is $\\pi_\\theta(a) = \\frac{\\exp(\\theta_a)}{\\sum_{b=1}^K \\exp(\\theta_b)}$.\n\n";
        String inline = policy + "The entropy $H(\\theta) = -\\sum_a \\pi_\\theta(a)\\log\\pi_\\theta(a)$ has gradient\n";
        assertMarks("✓", inline + "$$\\frac{\\partial H}{\\partial \\theta_k} = -\\pi_\\theta(k)\\left(\\log \\pi_\\theta(k) + H\\right)$$\n");
        assertMarks("✗", inline + "$$\\frac{\\partial H}{\\partial \\theta_k} = -\\pi_\\theta(k)\\left(\\log \\pi_\\theta(k) - H\\right)$$\n");
        String display = policy + "$$H = -\\sum_{a=1}^K \\pi_\\theta(a)\\log\\pi_\\theta(a)$$\n\n";
        assertMarks("✓", display + "$$\\frac{\\partial H}{\\partial \\theta_k} = -\\pi_\\theta(k)\\left(\\log \\pi_\\theta(k) + H\\right)$$\n");
        assertMarks("✗", display + "$$\\frac{\\partial H}{\\partial \\theta_k} = -\\pi_\\theta(k)\\log \\pi_\\theta(k)$$\n");
        // an index a function's body uses as a number is still refused once the function is applied
        // (the right 2/Z and the wrong 1/Z alike: the Σ over j has no range, so j has no numbers)
        String valued = "Let $P(j) = \\frac{j}{Z}$.\n\n$$E = \\sum_{j} P(j) x_j$$\n\n";
        assertMarks("??", valued + "$$\\frac{\\partial E}{\\partial x_2} = \\frac{1}{Z}$$\n\n$$\\frac{\\partial E}{\\partial x_2} = \\frac{2}{Z}$$\n");
    }

    @Test
    void aDotOfTwoVectorsIsTheirInnerProduct() {
        String bold = "$$s_j = \\mathbf{q} \\cdot \\mathbf{k}_j / \\sqrt{d}$$\n\n";
        assertMarks("✓", bold + "$$\\frac{\\partial s_j}{\\partial q_a} = \\frac{k_{ja}}{\\sqrt{d}}$$\n");
        assertMarks("✗", bold + "$$\\frac{\\partial s_j}{\\partial q_a} = k_{ja}$$\n");
        assertMarks("✓", "$$s_j = \\mathbf{q} \\cdot \\mathbf{k}_j$$\n\n$$\\frac{\\partial s_j}{\\partial k_{ja}} = q_a$$\n");
        // plain letters: q one number in the definition, a vector in the step; undecided, never false
        CheckedDocument plain = PublicInputsTest.check("Let $s_j = q \\cdot k_j / \\sqrt{d}$.\n\n"
                + "$$\\frac{\\partial s_j}{\\partial q_a} = \\frac{k_{ja}}{\\sqrt{d}}$$\n", "?");
        assertTrue(PublicInputsTest.describe(plain).contains("without an index, but the step differentiates by its component q_a"),
                () -> PublicInputsTest.describe(plain));
    }
}
