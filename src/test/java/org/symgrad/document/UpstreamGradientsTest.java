package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.print.Printer;

/**
 * Backpropagation notes name the gradient of a loss they never write out ("given g_i = ∂L/∂y_i") and
 * differentiate that loss by what y depends on. Each such first derivative is Σ_i g_i ∂y_i/∂v, so the
 * steps are checked (right ones proven, wrong ones false); the loss's value or a second derivative of it
 * stays unchecked, with the reason.
 */
class UpstreamGradientsTest {
    @Test
    void batchNormalisationBackwardFromTheUpstreamGradient() {
        String model = "$$\\mu = \\frac{1}{m}\\sum_{i=1}^m x_i, \\qquad \\sigma^2 = \\frac{1}{m}\\sum_{i=1}^m (x_i - \\mu)^2$$\n\n"
                + "$$\\hat{x}_i = \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}}, \\qquad y_i = \\gamma \\hat{x}_i + \\beta$$\n\n"
                + "Given upstream gradients\n\n$$g_i = \\frac{\\partial L}{\\partial y_i}$$\n\n";
        PublicInputsTest.check(model + "$$\\frac{\\partial L}{\\partial \\gamma} = \\sum_i g_i \\hat{x}_i, \\qquad "
                + "\\frac{\\partial L}{\\partial \\beta} = \\sum_i g_i$$\n\n"
                + "$$\\frac{\\partial L}{\\partial x_j} = \\frac{\\gamma}{m\\sqrt{\\sigma^2+\\epsilon}}\\left(m g_j - \\sum_i g_i"
                + " - \\hat{x}_j \\sum_i g_i \\hat{x}_i\\right)$$\n", "✓✓✓");
        // the mean's path forgotten: false
        PublicInputsTest.check(model + "$$\\frac{\\partial L}{\\partial x_j} = \\frac{\\gamma}{m\\sqrt{\\sigma^2+\\epsilon}}\\left(m g_j"
                + " - \\hat{x}_j \\sum_i g_i \\hat{x}_i\\right)$$\n", "✗");
    }

    @Test
    void aDenseLayerWithADeltaAndItsTransposeMistake() {
        String model = "$$z_i = \\sum_j W_{ij} h_j + b_i$$\n\nLet the error be\n\n"
                + "$$\\delta_i = \\frac{\\partial E}{\\partial z_i}$$\n\n";
        CheckedDocument d = PublicInputsTest.check(model + "$$\\frac{\\partial E}{\\partial W_{ij}} = \\delta_i h_j$$\n\n"
                + "$$\\frac{\\partial E}{\\partial h_j} = \\sum_i W_{ij} \\delta_i$$\n\n"
                + "$$\\frac{\\partial E}{\\partial b_i} = \\delta_i$$\n\n"
                + "$$\\frac{\\partial E}{\\partial h_j} = \\sum_i W_{ji} \\delta_i$$\n", "✓✓✓✗");
        // the report gives the right side it expected: the sum over the first index of W
        String expected = Printer.ascii(d.verdicts().get(3).expected().orElseThrow());
        assertTrue(expected.contains("W_{ij}"), expected);
    }

    @Test
    void aScalarUpstreamGradient() {
        PublicInputsTest.check("$$z = w x + b$$\n\n$$\\bar{z} = \\frac{\\partial \\ell}{\\partial z}$$\n\n"
                + "$$\\frac{\\partial \\ell}{\\partial w} = \\bar{z}\\, x$$\n\n$$\\frac{\\partial \\ell}{\\partial w} = \\bar{z}$$\n",
                "✓✗");
    }

    @Test
    void theLossValueOrASecondDerivativeIsNotChecked() {
        CheckedDocument d = PublicInputsTest.check("$$z = w x + b$$\n\n$$g = \\frac{\\partial L}{\\partial z}$$\n\n"
                + "$$\\frac{\\partial^2 L}{\\partial w^2} = 0$$\n\n$$\\frac{\\partial L}{\\partial w} = L x$$\n", "??");
        assertTrue(d.verdicts().get(0).detail().startsWith("L is known only through its gradient g"),
                d.verdicts().get(0).detail());
    }

    @Test
    void aLossWrittenOutLaterIsADefinitionAndItsGradientIsItsDerivativeAgain() {
        // the loss defined below the gradient: a definition, not a restatement to call false
        CheckedDocument d = PublicInputsTest.check("$$z = w x + b$$\n\n$$g = \\frac{\\partial L}{\\partial z}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial w} = g x$$\n\n$$L = \\frac{1}{2}(z - t)^2$$\n\n"
                + "$$g = z - t$$\n", "✓✓");
        assertEquals(9, d.verdicts().get(1).line()); // g = z − t checked against ∂L/∂z of the loss as written
    }

    @Test
    void theUpstreamGradientGivenInInlineMath() {
        // "Given $g = \partial L / \partial z$": inline, slash form; a wrong step stays false
        CheckedDocument d = PublicInputsTest.check("Given the upstream gradient $g = \\partial L / \\partial z$, with\n\n"
                + "$$z = w x + b$$\n\n$$\\frac{\\partial L}{\\partial w} = g x$$\n\n$$\\frac{\\partial L}{\\partial b} = g x$$\n",
                "✓✗");
        assertTrue(d.verdicts().get(0).detail().startsWith("read with the inline definition of g"), d.verdicts().get(0).detail());
        // given a value, not a definition: a case, read only because the step holds in it; a step that does not stays ?
        CheckedDocument c = PublicInputsTest.check("Given $y = 1$, the loss is\n\n$$L = -\\log p$$\n\n"
                + "$$\\frac{\\partial L}{\\partial p} = -\\frac{y}{p}$$\n", "✓");
        assertTrue(c.verdicts().get(0).detail().contains("not announced as a definition above the step"), c.verdicts().get(0).detail());
        PublicInputsTest.check("Given $y = 1$, the loss is\n\n$$L = -\\log p$$\n\n"
                + "$$\\frac{\\partial L}{\\partial p} = -\\frac{y}{p^2}$$\n", "?");
    }
}
