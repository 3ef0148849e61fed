package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A display that defines a function of the letter e ({@code $$h(e) = \sqrt{1 + e^2} - 1$$}, a loss of the error e) makes e a
 * variable, as a derivative by e does (LetterE): {@code h'(e)} is checked (was: skipped, "h' needs a variable parameter", e
 * read as Euler's number), and so does a size e the document declares ({@code V \in \mathbb{R}^{n \times e}}). Where the
 * document also raises e to a name ({@code e^{-x}}), e stays Euler's number.
 */
class LetterEParameterTest {
    private static final String HUBER = "For the smooth variant\n$$h(e) = \\sqrt{1 + e^2} - 1$$\nwe get\n"
            + "$$h'(e) = \\frac{e}{\\sqrt{1 + e^2}}$$\nand\n$$h''(e) = \\frac{1}{(1 + e^2)^{%s}}$$\n";

    @Test
    void aFunctionOfEIsDifferentiatedByE() {
        PublicInputsTest.check(HUBER.formatted("3/2"), "✓✓");
        PublicInputsTest.check(HUBER.formatted("1/2"), "✓✗");
    }

    @Test
    void eRaisedToANameStaysEulersNumber() {
        PublicInputsTest.check("Let $\\sigma(x) = 1/(1 + e^{-x})$.\n\n$$h(e) = \\sqrt{1 + e^2} - 1$$\n\n"
                + "$$h'(e) = \\frac{e}{\\sqrt{1 + e^2}}$$\n", "–");
    }

    @Test
    void aDeclaredSizeEIsALimitNotEulersNumber() {
        // was –: "a sum's upper limit is a number or a name such as n or K", e read as Euler's number
        String values = "Let $V \\in \\mathbb{R}^{n \\times e}$ and $x \\in \\mathbb{R}^n$.\n"
                + "$$f = \\sum_{i=1}^{n} \\sum_{k=1}^{e} V_{ik} x_i$$\n";
        PublicInputsTest.check(values + "$$\\frac{\\partial f}{\\partial x_i} = \\sum_{k=1}^{e} V_{ik}$$\n", "✓");
        PublicInputsTest.check(values + "$$\\frac{\\partial f}{\\partial x_i} = \\sum_{k=1}^{e} V_{ik} x_i$$\n", "✗");
        // beside e^{z}, e stays Euler's number
        PublicInputsTest.check("Let $V \\in \\mathbb{R}^{n \\times e}$.\n$$p = \\frac{e^{z}}{1 + e^{z}}$$\n"
                + "$$\\frac{\\partial p}{\\partial z} = p(1 - p)$$\n", "✓");
    }
}
