package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A function defined in a display under a name with a Greek parameter or a word as its subscript ({@code L_\delta(a) = …},
 * the Huber loss of threshold δ; {@code J_\lambda(w) = …}; {@code L_{\text{MSE}}(w) = …}), a calligraphic letter
 * ({@code \mathcal{L}(w) = …}) or a word ({@code \operatorname{CE}(p, y) = …}) is called wherever the document applies the
 * name to a bracket, in inline math too ({@link org.symgrad.parse.latex.DefinedFunctions}):
 * {@code $L = \sum_i L_\delta(y_i - f_i)$} is the sum of the loss at each residual. It was the product L_δ·(y_i − f_i),
 * so the right gradient was a wrong ✗ ("expected −Ldelta").
 */
class SubscriptedFunctionCallsTest {
    private static final String HUBER = "The Huber loss with threshold $\\delta$ is\n\n$$\nL_\\delta(a) = \\begin{cases} \\frac{1}{2} a^2"
            + " & \\text{if } |a| \\le \\delta, \\\\ \\delta \\left(|a| - \\frac{1}{2}\\delta\\right) & \\text{otherwise.}"
            + " \\end{cases}\n$$\n\nSummed over the data set, $L = \\sum_{i=1}^n L_\\delta(y_i - f_i)$, we get\n\n";
    private static final String SMOOTH = "Let\n\n$$L_\\delta(a) = \\frac{1}{2} a^2 + \\delta a$$\n\nWith $L = \\sum_{i=1}^n"
            + " L_\\delta(y_i - f_i)$ we get\n\n";

    @Test
    void theSummedLossCallsTheFunctionAtEachResidual() {
        assertMarks("✓", HUBER + "$$\n\\frac{\\partial L}{\\partial f_j} = \\begin{cases} -(y_j - f_j) & \\text{if } |y_j - f_j|"
                + " \\le \\delta, \\\\ -\\delta\\, \\operatorname{sign}(y_j - f_j) & \\text{otherwise.} \\end{cases}\n$$\n");
        assertMarks("✓", SMOOTH + "$$\\frac{\\partial L}{\\partial f_j} = -(y_j - f_j) - \\delta$$\n");
    }

    @Test
    void slipsStayFalse() {
        assertMarks("✗", HUBER + "$$\n\\frac{\\partial L}{\\partial f_j} = \\begin{cases} y_j - f_j & \\text{if } |y_j - f_j|"
                + " \\le \\delta, \\\\ -\\delta\\, \\operatorname{sign}(y_j - f_j) & \\text{otherwise.} \\end{cases}\n$$\n");
        assertMarks("✗", SMOOTH + "$$\\frac{\\partial L}{\\partial f_j} = (y_j - f_j) - \\delta$$\n");
    }

    @Test
    void aFunctionNamedByAWordOrAGreekParameterIsCalledAtAnotherArgument() {
        String mse = "The mean squared error is\n$$L_{\\text{MSE}}(w) = \\frac{1}{n}\\sum_{i=1}^n (y_i - w x_i)^2$$\nFor"
                + " $G = L_{\\text{MSE}}(2w)$ we have\n";
        assertMarks("✓", mse + "$$\\frac{dG}{dw} = -\\frac{4}{n}\\sum_{i=1}^n (y_i - 2 w x_i) x_i$$\n");
        assertMarks("✗", mse + "$$\\frac{dG}{dw} = -\\frac{2}{n}\\sum_{i=1}^n (y_i - 2 w x_i) x_i$$\n");
        String ridge = "Define the regularised objective\n$$J_\\lambda(w) = \\frac{1}{2}\\sum_{i=1}^n (y_i - w x_i)^2"
                + " + \\frac{\\lambda}{2} w^2$$\nFor the rescaled version $G = J_\\lambda(2w)$ we have\n";
        assertMarks("✓", ridge + "$$\\frac{dG}{dw} = -2\\sum_{i=1}^n (y_i - 2 w x_i) x_i + 4\\lambda w$$\n");
        assertMarks("✗", ridge + "$$\\frac{dG}{dw} = -2\\sum_{i=1}^n (y_i - 2 w x_i) x_i + 2\\lambda w$$\n");
    }

    @Test
    void aCalligraphicFunctionIsCalledAtAnotherArgument() {
        // was the product L·(w + c), read as a curve R = L(w + c) to differentiate implicitly: a wrong ✗
        String shifted = "Define\n$$\\mathcal{L}(w) = \\frac{1}{2}(y - w x)^2$$\nThe loss at the shifted weight,"
                + " $R = \\mathcal{L}(w + c)$, has derivative\n";
        assertMarks("✓", shifted + "$$\\frac{dR}{dw} = -(y - (w + c)x)x$$\n");
        assertMarks("✗", shifted + "$$\\frac{dR}{dw} = -(y - w x)x$$\n");
    }

    @Test
    void aFunctionNamedByAWordIsCalledInInlineMath() {
        // was "could not read the inline definition of L"; a word symgrad knows (\\operatorname{softplus}) stays that function
        String ce = "Define the cross-entropy of a probability $p$ and a label $y$ as\n$$\\operatorname{CE}(p, y) = -y\\log p"
                + " - (1 - y)\\log(1 - p)$$\nFor the prediction $p = \\sigma(w x)$ the loss is $L = \\operatorname{CE}(\\sigma(w x), y)$,"
                + " and\n";
        assertMarks("✓", ce + "$$\\frac{dL}{dw} = (\\sigma(w x) - y)x$$\n");
        assertMarks("✗", ce + "$$\\frac{dL}{dw} = (y - \\sigma(w x))x$$\n");
        String softplus = "The softplus is\n$$\\operatorname{softplus}(u) = \\log(1 + e^{u})$$\nand for $f(w) ="
                + " \\operatorname{softplus}(w^2)$ we get\n";
        // the display of softplus is an identity symgrad checks (✓), then the step
        assertMarks("✓✓", softplus + "$$f'(w) = 2w\\,\\sigma(w^2)$$\n");
        assertMarks("✓✗", softplus + "$$f'(w) = \\sigma(w^2)$$\n");
    }

    @Test
    void aParametrisedHypothesisIsCalledAtEachExample() {
        String logistic = "The hypothesis is\n\n$$f_\\theta(x) = \\frac{1}{1 + e^{-\\theta x}}$$\n\nand the loss is"
                + " $J = -\\sum_{i=1}^n \\left(y_i \\log f_\\theta(x_i) + (1 - y_i)\\log(1 - f_\\theta(x_i))\\right)$. Then\n\n";
        assertMarks("✓", logistic + "$$\\frac{dJ}{d\\theta} = \\sum_{i=1}^n (f_\\theta(x_i) - y_i)\\, x_i$$\n");
        assertMarks("✗", logistic + "$$\\frac{dJ}{d\\theta} = \\sum_{i=1}^n (y_i - f_\\theta(x_i))\\, x_i$$\n");
    }
}
