package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Lecture notes define the prediction for one example ({@code \hat y = \sigma(z)}, {@code z = \sum_k w_k x_k + b}) and
 * then average the loss over examples written with a sample index ({@code \hat y^{(i)}}, {@code x_j^{(i)}}). The
 * example of a name defined for one example is its definition at that example ({@code ExampleInstances}): the
 * gradient of the average is checked (it was false: ŷ^{(i)} was an undefined array, so ∂J/∂w_j was 0). Written
 * with a plain subscript instead ({@code \hat y_i}), what the name is at i is not said: undecided, never false.
 */
class ExampleInstancesTest {
    private static final String DOCUMENT = "# Logistic regression, one example\n"
                + "\n"
                + "Let $\\hat{y} = \\sigma(z)$ with $z = \\mathbf{w}^\\top \\mathbf{x} + b = \\sum_{k=1}^{d} w_k x_k + b$, and the loss\n"
                + "$$\\mathcal{L}(\\hat y, y) = -\\big[y\\log\\hat{y} + (1-y)\\log(1-\\hat{y})\\big].$$\n"
                + "\n"
                + "Recall $\\sigma'(z) = \\sigma(z)\\,(1-\\sigma(z))$. Then\n"
                + "\\begin{align}\n"
                + "\\frac{\\partial \\mathcal{L}}{\\partial \\hat{y}} &= -\\frac{y}{\\hat y} + \\frac{1-y}{1-\\hat y} \\label{eq:dl}\\\\\n"
                + "\\frac{\\partial \\mathcal{L}}{\\partial z} &= \\frac{\\partial \\mathcal{L}}{\\partial \\hat{y}}\\cdot\\frac{\\partial \\hat y}{\\partial z}\n"
                + "  = \\left(-\\frac{y}{\\hat y} + \\frac{1-y}{1-\\hat y}\\right)\\hat y(1-\\hat y) \\nonumber \\\\\n"
                + "  &= -y(1-\\hat y) + (1-y)\\hat y = \\hat y - y \\tag{2}\n"
                + "\\end{align}\n"
                + "and therefore, by \\eqref{eq:dl},\n"
                + "$$\\frac{\\partial \\mathcal{L}}{\\partial w_j} = (\\hat y - y)\\, x_j, \\qquad \\frac{\\partial \\mathcal{L}}{\\partial b} = \\hat{y} - y .$$\n"
                + "\n"
                + "Averaging over $m$ examples,\n"
                + "$$J(\\mathbf{w}, b) = \\frac{1}{m} \\sum_{i=1}^m \\mathcal{L}(\\hat y^{(i)}, y^{(i)})$$\n"
                + "so\n"
                + "$$\\frac{\\partial J}{\\partial w_j} = \\frac{1}{m}\\sum_{i=1}^{m} (\\hat y^{(i)} - y^{(i)}) x_j^{(i)}.$$\n"
                + "\n"
                + "$$\\frac{\\partial J}{\\partial b} = \\frac{1}{m}\\sum_{i=1}^{m} (\\hat y^{(i)} - y^{(i)})$$\n"
                + "\n"
                + "A common slip:\n"
                + "$$\\frac{\\partial J}{\\partial b} = \\sum_{i=1}^{m} (\\hat y^{(i)} - y^{(i)})$$\n"
                + "\n"
                + "$$\\frac{\\partial J}{\\partial w_j} = \\frac{1}{m}\\sum_{i=1}^{m} (\\hat y^{(i)} - y^{(i)}) x_j$$\n"
                + "\n"
                + "$$\\frac{\\partial J}{\\partial w_j} = \\frac{1}{m}\\sum_{i=1}^{m} \\hat y^{(i)}(1 - \\hat y^{(i)}) x_j^{(i)}$$\n"
                + "";

    @Test
    void theAverageOverExamplesIsTheDefinitionAtEachExample() {
        // ∂L/∂ŷ, ∂L/∂z (4 pairs), ∂L/∂w_j, ∂L/∂b; then ∂J/∂w_j, ∂J/∂b right, and three slips: the 1/m lost, x_j
        // without its example, σ' in place of the loss's derivative
        PublicInputsTest.check(DOCUMENT, "✓✓✓✓✓✓✓✓✓✗✗✗");
    }

    @Test
    void aPlainSubscriptOnANameDefinedForOneExampleIsUndecidedNotFalse() {
        // the document's steps up to ∂J/∂w_j, with every sample index written as a plain subscript
        String subscripted = DOCUMENT.substring(0, DOCUMENT.indexOf("\n$$\\frac{\\partial J}{\\partial b}"))
                .replace("^{(i)}", "_i").replace("x_j_i", "x_{ij}");
        CheckedDocument d = PublicInputsTest.check(subscripted, "✓✓✓✓✓✓✓?");
        String detail = d.verdicts().get(7).detail();
        assertTrue(detail.contains("ŷ_i is written with 1 index, but ŷ is defined with none (line 3)"), detail);
    }

    private static final String DISPLAYED = "Averaging over $m$ examples,\n$$J(\\mathbf{w}, b) = \\frac{1}{m} \\sum_{i=1}^m "
            + "\\mathcal{L}(\\hat y^{(i)}, y^{(i)})$$\nso";

    @Test
    void theAverageDefinedInlineWithLetIsReadAsADisplayWouldBe() {
        // was ✗ (0 = …, then −23 = …): the inline value called the display's function L as an unknown one, and its
        // 1/m stayed a number of its own beside the Σ's range size
        PublicInputsTest.check(DOCUMENT.replace(DISPLAYED, "Averaging over $m$ examples, let $J = \\frac{1}{m} "
                + "\\sum_{i=1}^m \\mathcal{L}(\\hat y^{(i)}, y^{(i)})$, so"), "✓✓✓✓✓✓✓✓✓✗✗✗");
    }

    @Test
    void theAverageWrittenInlineAsAFunctionProvesTheStepItIsNeededFor() {
        // not announced: read only where the step holds with it (was ?: J not defined)
        CheckedDocument d = PublicInputsTest.check(DOCUMENT.replace(DISPLAYED, "Averaging over $m$ examples, $J(\\mathbf{w}, b) = "
                + "\\frac{1}{m} \\sum_{i=1}^m \\mathcal{L}(\\hat y^{(i)}, y^{(i)})$, so").replaceAll("(?s)A common slip.*", ""),
                "✓✓✓✓✓✓✓✓✓");
        assertTrue(d.verdicts().get(7).detail().contains("read with the inline definition of J"), d.verdicts().get(7).detail());
    }
}
