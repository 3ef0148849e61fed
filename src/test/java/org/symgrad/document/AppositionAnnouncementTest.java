package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "Consider the function $f(x) = …$", "Suppose the loss $L(w) = …$", "The loss $L = …$ with …", "Softmax with temperature
 * $T$: $p_i = …$": an article's noun phrase, or a heading and a colon, right before an inline formula announce it as a
 * definition, as "let" and "where" do, so a wrong step that needs it is false (it was undecided) and a right one proven.
 * A case ("the case $y = 1$"), a result ("we get: $g = 2x$") and a derivative ("the derivative $f'(x) = …$") are no
 * definitions.
 */
class AppositionAnnouncementTest {
    private static void marks(String markdown, String expected) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(expected, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
    }

    @Test
    void anArticlesNounPhraseAnnouncesAFunction() {
        String right = "\n\n$$f'(x) = 2x e^x + x^2 e^x$$\n";
        for (String prose : new String[] {"Consider the function $f(x) = x^2 e^x$.", "Take a function $f(x) = x^2 e^x$.",
                "We recall the smooth map $f(x) = x^2 \\exp(x)$:", "The function $f(x) = x^2 e^{x}$ is smooth.",
                "Suppose our objective $f(x) = x^2e^x$ is to be minimised."}) {
            marks(prose + right, "✓");
            marks(prose + right.replace("2x e^x + x^2 e^x", "2x e^x"), "✗");
            marks(prose + right.replace("2x e^x + x^2 e^x", "2x e^x - x^2 e^x"), "✗");
        }
    }

    @Test
    void aNamedValueOfSeveralVariablesIsRead() {
        String loss = "Suppose the squared loss $L(w) = \\frac{1}{2}(y - wx)^2$ for one example.\n\n";
        marks(loss + "$$\\frac{dL}{dw} = -(y - wx)x$$\n", "✓");
        marks(loss + "$$\\frac{dL}{dw} = (y - wx)x$$\n", "✗");
        String softmax = "The loss $L = -\\sum_{i=1}^K y_i \\log p_i$ with $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$ and "
                + "$\\sum_i y_i = 1$.\n\n";
        marks(softmax + "$$\\frac{\\partial L}{\\partial z_j} = p_j - y_j$$\n", "✓");
        marks(softmax + "$$\\frac{\\partial L}{\\partial z_j} = y_j - p_j$$\n", "✗");
    }

    @Test
    void aHeadingAndAColonAnnounceADefinition() {
        String doc = "Softmax with temperature $T$: $p_i = \\frac{e^{z_i/T}}{\\sum_{k=1}^K e^{z_k/T}}$.\n\n";
        marks(doc + "$$\\frac{\\partial p_i}{\\partial z_j} = \\frac{1}{T} p_i(\\delta_{ij} - p_j)$$\n", "✓");
        marks(doc + "$$\\frac{\\partial p_i}{\\partial z_j} = p_i(\\delta_{ij} - p_j)$$\n", "✗");
        String pass = "Forward pass: $h = \\tanh(w x + b)$.\n\n";
        marks(pass + "$$\\frac{\\partial h}{\\partial w} = (1 - h^2) x$$\n", "✓");
        marks(pass + "$$\\frac{\\partial h}{\\partial w} = (1 + h^2) x$$\n", "✗");
    }

    @Test
    void aCaseAResultOrADerivativeIsNoDefinition() {
        // "the case $y = 1$": a value the text takes, not a definition of y; the step is read with y free
        marks("In the case $y = 1$ the loss is below.\n\n$$L = -y \\log p$$\n\n"
                + "$$\\frac{\\partial L}{\\partial p} = -\\frac{y}{p}$$\n", "✓");
        // a result after a colon stays a claim: the step is decided without it
        marks("Differentiating, we get: $g = 3x$.\n\n$$f = x^2$$\n\n$$\\frac{df}{dx} = 2x$$\n", "✓");
        // a derivative after a noun phrase is a claim, not a definition of f
        marks("The derivative $f'(x) = 3x$ is wrong.\n\n$$f(x) = x^2$$\n\n$$f'(x) = 2x$$\n", "✓");
        // the update's right side uses its own name: no definition
        marks("The update $w = w - \\eta g$ follows.\n\n$$g = 2 w$$\n\n$$\\frac{\\partial g}{\\partial w} = 2$$\n", "✓");
        // "For the …" names without announcing: a wrong step in another sentence stays undecided (InlineDefinitionHintTest)
        marks("For the special model $f(x) = x^3$.\n\n$$f'(x) = 2x^2$$\n", "?");
        // the display right after it in the same sentence differentiates the fresh f: a definition (DifferentiatedInlineNames)
        marks("For the special model $f(x) = x^3$,\n\n$$f'(x) = 2x^2$$\n", "✗");
    }
}
