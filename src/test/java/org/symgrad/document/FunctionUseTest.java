package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A name the document uses as a function is a call wherever it is applied (LATEX-INPUT M8 decided for the whole
 * document, not per occurrence). CS229's logistic regression writes {@code h_\theta(x) = g(\theta^T x) = 1/(1 + e^{-\theta^T x})}
 * with g defined only inline ({@code where $g(z) = 1/(1+e^{-z})$}) and {@code g'(z)} further down: g(θᵀx) was read by
 * rule 6 as g times the bracket, and the correct line was marked false. Defined inline as a function, or primed before a
 * bracket, the name is now a call everywhere: the line is proven with the inline definition (read because the line holds
 * with it); a wrong line is undecided, with the hint where the inline definition is, never a ✗.
 */
class FunctionUseTest {
    private static final String HYPOTHESIS = "$$h_\\theta(x) = g(\\theta^T x) = \\frac{1}{1 + e^{-\\theta^T x}}$$\n\n";

    @Test
    void aFunctionDefinedInlineIsCalled() {
        String doc = "Let\n" + HYPOTHESIS + "where $g(z) = 1/(1+e^{-z})$ is the logistic function.\n";
        // the where-clause below the display is read because the step holds with it (InlineDefinitionReadingTest)
        assertMarks("✓", doc);
        assertTrue(marks(doc).contains("read with the inline definition of g (line 4"), marks(doc));
        // a wrong step stays undecided, with the hint where the inline definition is, never a ✗
        String wrong = doc.replace("e^{-\\theta^T x}}$$", "e^{\\theta^T x}}$$");
        assertMarks("?", wrong);
        assertTrue(marks(wrong).contains("defined only in inline math"), marks(wrong));
        // another name, another argument: u(a + b) after "we write $u(t) = t^2$", which announces a definition as
        // "let" does (InlineFunctionDefinitionsTest): read, so a wrong step is false, not undecided
        assertMarks("✓", "We write $u(t) = t^2$.\n\n$$u(a + b) = a^2 + 2ab + b^2$$\n");
        assertMarks("✗", "We write $u(t) = t^2$.\n\n$$u(a + b) = a^2 + b^2$$\n");
        // a noun phrase and a copula announce it too (CopulaAnnouncementTest); a formula no word names is undecided
        assertMarks("✗", "The square is $u(t) = t^2$.\n\n$$u(a + b) = a^2 + b^2$$\n");
        assertMarks("?", "Then $u(t) = t^2$.\n\n$$u(a + b) = a^2 + b^2$$\n");
    }

    @Test
    void aPrimedFunctionIsCalled() {
        assertMarks("??", HYPOTHESIS + "$$g'(z) = g(z)(1 - g(z))$$\n");
        assertMarks("??", HYPOTHESIS + "$$g^\\prime(z) = g(z)\\left(1 - g(z)\\right)$$\n");
        // the chain rule through a call: f(x + 1) is f at x + 1, as its prime says, not f times x + 1
        assertMarks("✓", "$$\\frac{d}{dx} f(x + 1) = f'(x + 1)$$\n");
        assertMarks("✓", "$$\\frac{d}{dt} q(3t - 1) = 3 q'(3t - 1)$$\n");
    }

    @Test
    void withoutSuchAUseABracketAfterANameIsAProduct() {
        assertMarks("✓", "$$C(a - b) = C a - C b$$\n");
        assertMarks("✗", "$$g(a + b) = g a + g b + a$$\n");
        // a prime on another name decides nothing for this one
        assertMarks("?✓", "$$f'(x) = 2 f(x)$$\n\n$$C(a - b) = C a - C b$$\n");
    }

    @Test
    void aStatedDerivativeOfAnUndefinedFunctionIsUndecided() {
        // what g' is depends on which g the author means
        assertMarks("?", "$$g'(z) = g(z)(1 - g(z))$$\n");
        assertMarks("?", "$$\\frac{d}{dz} g(z) = 2 g(z)$$\n");
        assertMarks("?", "$$f'(x) = 2 f(x)$$\n");
        // a derivative computed wrongly stays false whatever the function is
        assertMarks("✗", "$$\\frac{d}{dx} f(x)^2 = 2 f(x)$$\n");
        assertMarks("✗", "$$\\frac{d}{dx} f(g(x)) = f'(x) g'(x)$$\n");
        assertMarks("✓", "$$\\frac{d}{dx} f(2x) = 2 f'(2x)$$\n");
        // defined, g' is checked
        assertMarks("✓", "$$g(z) = \\frac{1}{1 + e^{-z}}$$\n\n$$g'(z) = g(z)(1 - g(z))$$\n");
        assertMarks("✗", "$$g(z) = \\frac{1}{1 + e^{-z}}$$\n\n$$g'(z) = g(z)(1 + g(z))$$\n");
    }
}
