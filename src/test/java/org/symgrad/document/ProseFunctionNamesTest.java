package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A letter the prose names as a known function ("where $g$ is the sigmoid function", "Let $\phi$ denote the ReLU",
 * "the softmax function $S$") is that function where the math applies it, so a step about its derivative is proven or
 * false, where it was undecided ("g is a function the document does not define"). A vector function may be written by
 * its initial after the text names it ({@code S(x)_i} after "the softmax"), until the document applies the letter
 * otherwise. Negations, values of a function ("$p$ is the softmax of $z$") and display definitions name nothing.
 */
class ProseFunctionNamesTest {
    private static void marks(String markdown, String expected) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(expected, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
    }

    private static final String SIGMOID_STEP = "\n\n$$\\frac{d}{dz} g(z) = g(z)(1 - g(z))$$\n";
    private static final String RELU_STEP = "\n\n$$\\frac{d}{dz} \\phi(z) = \\mathbb{1}[z > 0]$$\n";

    @Test
    void aSentenceNamingTheLetterMakesItThatFunction() {
        for (String prose : List.of("where $g$ is the sigmoid function.", "Let $g$ denote the logistic sigmoid.",
                "Here $g(\\cdot)$ is the logistic function.", "We use the sigmoid function $g$ throughout.",
                "Let $g$ be the element-wise sigmoid activation.", "The sigmoid, denoted $g$, squashes its input.")) {
            marks(prose + SIGMOID_STEP, "✓");
            marks(prose + SIGMOID_STEP.replace("1 - g(z)", "1 + g(z)"), "✗");
        }
        for (String prose : List.of("where $\\phi$ is the ReLU.", "and a ReLU nonlinearity $\\phi$.",
                "$\\phi$ stands for the rectified linear unit.")) {
            marks(prose + RELU_STEP, "✓");
            marks(prose + RELU_STEP.replace("z > 0", "z < 0"), "✗");
        }
        String tanh = "Let $h$ be the hyperbolic tangent.\n\n$$\\frac{d}{dx} h(x) = 1 - h(x)^2$$\n";
        marks(tanh, "✓");
        marks(tanh.replace("1 - h(x)^2", "1 + h(x)^2"), "✗");
    }

    @Test
    void aNegationAValueOrADisplayDefinitionNamesNoFunction() {
        // without a naming, the step says what the derivative of an undefined function is: undecided
        marks("Here $g$ is not the sigmoid." + SIGMOID_STEP, "?");
        marks("Here $g$ is the derivative of the sigmoid." + SIGMOID_STEP, "?");
        marks("Let $g$ be the sigmoid of the score." + SIGMOID_STEP, "?");
        marks("Unlike the sigmoid $g$ of the last part, this is new." + SIGMOID_STEP, "?");
        // the display's definition wins over the words
        marks("where $g$ is the sigmoid function,\n\n$$g(z) = \\tanh(z)$$\n\n$$\\frac{d}{dz} g(z) = 1 - g(z)^2$$\n", "✓");
        // a letter the math never applies to a bracket is a value, not the function
        marks("where $g$ is the sigmoid function.\n\n$$f = 3x$$\n\n$$\\frac{df}{dx} = 3$$\n", "✓");
    }

    private static final String SOFTMAX_STEPS = "\n\n$$\\frac{\\partial}{\\partial x_j} \\frac{e^{x_i}}{\\sum_k e^{x_k}} = "
            + "\\frac{e^{x_i}}{\\sum_k e^{x_k}}\\left(\\delta_{ij} - \\frac{e^{x_j}}{\\sum_k e^{x_k}}\\right)$$\n\n"
            + "$$= S(x)_i(\\delta_{ij} - S(x)_j)$$\n";

    @Test
    void aVectorFunctionWrittenByItsInitialAfterTheTextNamesIt() {
        marks("The softmax is translation-invariant; its Jacobian:" + SOFTMAX_STEPS, "✓✓");
        marks("where $S$ is the softmax function." + SOFTMAX_STEPS, "✓✓");
        marks("The softmax is translation-invariant; its Jacobian:" + SOFTMAX_STEPS.replace("- S(x)_j", "+ S(x)_j"), "✓✗");
        // no softmax named before: S is unknown, the step is skipped as before
        marks("Its Jacobian:" + SOFTMAX_STEPS, "✓–");
        // an initial of no vector function the text names
        marks("The softmax is used; its Jacobian:" + SOFTMAX_STEPS.replace("S(x)", "T(x)"), "✓–");
    }

    @Test
    void theInitialHoldsUntilTheDocumentAppliesTheLetterOtherwise() {
        String doc = "The softmax is translation-invariant:" + SOFTMAX_STEPS
                + "\nFor two classes:\n\n$$S(x_1) = \\frac{e^{x_1}}{e^{x_1} + e^{x_2}}$$\n\n"
                + "$$\\frac{d}{dx_1} S(x_1) = S(x_1)(1 - S(x_1))$$\n";
        CheckedDocument d = PublicInputsTest.check(doc);
        String marks = PublicInputsTest.marks(d);
        assertTrue(marks.startsWith("✓✓"), () -> PublicInputsTest.describe(d));
        // the two-class S is the document's own definition from there on, not the softmax's component
        assertTrue(!PublicInputsTest.describe(d).contains("S(…) is a vector"), () -> PublicInputsTest.describe(d));
    }

    @Test
    void theReaderFindsTheLetterAndTheFunction() {
        assertEquals(List.of("g sigma", "phi relu"), names("where $g$ is the sigmoid and $\\phi(\\cdot)$ denotes the ReLU."));
        assertEquals(List.of("h tanh"), names("the hyperbolic tangent $h$"));
        assertEquals(List.of("S softmax"), names("Let $S(\\mathbf{z})$ be the softmax function."));
        assertEquals(List.of(), names("where $\\sigma$ is the sigmoid")); // already the sigmoid
        assertEquals(List.of(), names("where $g$ is the gradient"));
        assertEquals(List.of(), names("$p$ is the softmax of $z$"));
        // "the logit" names the score before the sigmoid; "the logit function" names the function
        assertEquals(List.of(), names("Let $D(x) = \\sigma(a(x))$ where $a$ is the logit."));
        assertEquals(List.of("g logit"), names("where $g$ is the logit function"));
        assertEquals(List.of("g logit"), names("where $g$ is the logit link"));
        assertEquals(Optional.empty(), ProseFunctionNames.function("derivative"));
        assertEquals(Optional.of("sigma"), ProseFunctionNames.function("Logistic"));
    }

    private static List<String> names(String prose) {
        return ProseFunctionNames.in(prose, 0, prose.length()).stream().map(n -> n.name() + " " + n.function()).toList();
    }
}
