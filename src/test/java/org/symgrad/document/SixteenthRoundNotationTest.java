package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round sixteen ({@code fresh-homework}, from {@code coles-gumbel-mle.md} on in the
 * README's table): a function word that is the whole of a subscript, {@code x_{\min}}, {@code \lambda_{\max}},
 * {@code x_{\text{min}}}, is a label. It was read as the function min with nothing to apply to, so the formula
 * could not be read at all ("'}' closes nothing") and every step using the name was skipped. And a remark with math
 * in the middle of its text, {@code \quad \text{(the } 1/x_i \text{ term is constant)}}, is a remark: its math was
 * read as the row's last side, so the next row's {@code &=} compared 1/x_i with the next expression and called a correct
 * step false.
 */
class SixteenthRoundNotationTest {
    @Test
    void aFunctionWordAloneInASubscriptIsALabel() {
        // Newman (2005), Appendix B: the power law's log-likelihood above its lower bound x_min
        String doc = "$$\\ell(\\alpha) = n \\ln(\\alpha - 1) - n \\ln x_{\\min} - \\alpha \\sum_{i=1}^{n} "
                + "\\ln \\frac{x_i}{x_{\\min}}$$\n\n";
        assertMarks("✓", doc + "$$\\frac{\\partial \\ell}{\\partial \\alpha} = \\frac{n}{\\alpha - 1} - \\sum_{i=1}^{n} "
                + "\\ln \\frac{x_i}{x_{\\min}}$$\n");
        assertMarks("✗", doc + "$$\\frac{\\partial \\ell}{\\partial \\alpha} = \\frac{n}{\\alpha - 1} - \\sum_{i=1}^{n} "
                + "\\ln x_i$$\n");
        // a labelled name is a name of its own, not the plain x
        String h = "$$h(a) = a x_{\\max} + x$$\n\n";
        assertMarks("✓", h + "$$\\frac{d h}{d a} = x_{\\max}$$\n");
        assertMarks("✗", h + "$$\\frac{d h}{d a} = x$$\n");
        // written as text, as a bare word, or without braces, it is the same label
        for (String label : new String[] {"\\lambda_{\\max}", "\\lambda_{\\text{max}}", "\\lambda_{\\mathrm{max}}",
            "\\lambda_{max}", "\\lambda_\\max", "\\lambda_{\\rm max}"}) {
            assertMarks("✓", "$$g(a) = a^2 " + label + "$$\n\n$$\\frac{d g}{d a} = 2 a " + label + "$$\n");
        }
        // the functions themselves are still read where they apply to something
        assertMarks("✓", "$$\\frac{d}{dx} \\max(0, x + 3) = \\frac{d}{dx} \\max(x + 3, 0)$$\n");
    }

    @Test
    void mathInsideARemarksTextIsPartOfTheRemark() {
        // Tweedie (1957): the inverse Gaussian score in μ, term by term, with a remark between text pieces
        String l = "$$\\ell(\\mu) = -\\frac{\\lambda}{2} \\sum_{i=1}^{n} \\frac{(x_i - \\mu)^2}{\\mu^2 x_i}$$\n\n";
        String chain = "$$\n\\begin{align*}\n\\frac{\\partial \\ell}{\\partial \\mu} &= -\\frac{\\lambda}{2} \\sum_{i=1}^{n} "
                + "\\left( -\\frac{2 x_i}{\\mu^3} + \\frac{2}{\\mu^2} \\right) \\quad \\text{(the } 1/x_i \\text{ term is constant)} \\\\\n"
                + "&= \\frac{\\lambda}{\\mu^3} \\sum_{i=1}^{n} x_i - \\frac{n \\lambda}{\\mu^%s}\n\\end{align*}\n$$\n";
        assertMarks("✓✓", l + chain.formatted("2"));
        assertMarks("✓✗", l + chain.formatted("3"));
        // a condition after its text keeps its meaning: x > 0 is assumed for the row
        assertMarks("✓", "$$\\frac{d}{dx} \\sqrt{x^2} = 1 \\quad \\text{for } x > 0$$\n");
    }
}
