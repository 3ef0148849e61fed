package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round sixteen ({@code fresh-homework}, from {@code coles-gumbel-mle.md} on in the
 * README's table): a function word that is the whole of a subscript, {@code x_{\min}}, {@code \lambda_{\max}},
 * {@code x_{\text{min}}}, is a label. It was read as the function min with nothing to apply to, so the formula
 * could not be read at all ("'}' closes nothing") and every step using the name was skipped. And a remark with math
 * in the middle of its text, {@code \quad \text{(the } 1/x_i \text{ term is constant)}}, is a remark: its math was
 * read as the row's last side, so the next row's {@code &=} compared 1/x_i with the next expression and called a correct
 * step false. A statement beside a row's equation, {@code \quad \text{where } u_k = \theta_k - \beta x} or
 * {@code \text{(using } \sigma'(u) = … \text{)}}, is read or checked on its own, and the next row's {@code &=} continues
 * the row's equation: it continued the aside, comparing θ_k − βx with the next expression, and called a correct step false.
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

    @Test
    void theNextRowContinuesTheEquationNotTheStatementBesideIt() {
        // McCullagh (1980): a cut-point's derivative worked with the logistic term's argument named in a where-clause
        String odds = "$$\\gamma_k = \\sigma(\\theta_k - \\beta x)$$\n\n$$\\ell = \\log(\\gamma_k - \\gamma_{k-1})$$\n\n";
        String chain = "$$\n\\begin{aligned}\n\\frac{\\partial \\ell}{\\partial \\theta_k} &= \\frac{\\sigma'(u_k)}{\\gamma_k - \\gamma_{k-1}} "
                + "\\quad \\text{where } u_k = \\theta_k - \\beta x \\\\\n"
                + "&= \\frac{\\sigma(u_k) \\left( 1 - \\sigma(u_k) \\right)}{\\gamma_k - \\gamma_{k-%s}}\n\\end{aligned}\n$$\n";
        assertMarks("✓✓", odds + chain.formatted("1"));
        assertMarks("✓✗", odds + chain.formatted("2"));
        // a fact used, in a remark: checked on its own, and the chain goes on from the step before it
        String f = "$$f(w) = \\log \\sigma(w x)$$\n\n$$\n\\begin{aligned}\n\\frac{d f}{d w} &= \\frac{\\sigma(w x) (1 - \\sigma(w x)) x}"
                + "{\\sigma(w x)} \\qquad \\text{(using } \\sigma'(u) = \\sigma(u) (1 - \\sigma(u)) \\text{)} \\\\\n"
                + "&= (1 - \\sigma(w x)) %s\n\\end{aligned}\n$$\n";
        assertMarks("✓✓✓", f.formatted("x"));
        assertMarks("✓✓✗", f.formatted("w"));
        // a consequence drawn with "so" is not an aside: the next row continues it (a and c are defined, 2b = b·2 checked)
        assertTrue(marks("$$\n\\begin{aligned}\na &= b + b \\quad \\text{so} \\quad c = 2 b \\\\\n&= b \\cdot 2\n\\end{aligned}\n$$\n")
                .startsWith("✓\n✓ line 4: 2 b = b \\cdot 2"));
    }
}
