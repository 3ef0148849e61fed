package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * The reading rules added for the third round of {@link FreshHomeworkTest}'s documents, each with a
 * right step (proven) and a wrong one (false), so that a rule that reads too much or too little fails
 * here; the checker samples every step numerically, which is the oracle. Where the rule refuses a
 * formula, the message says why.
 */
class ThirdRoundNotationTest {
    @Test
    void aFunctionWithoutParenthesesTakesTheNameAndTheBracketAfterItMultiplies() {
        // MML Example 5.8: 2 sin t (cos t − 1) is 2·sin(t)·(cos t − 1), not 2·sin(t(cos t − 1))
        assertMarks("✓", "$$2 \\sin t \\cos t - 2 \\sin t = 2 \\sin t (\\cos t - 1)$$\n");
        assertMarks("✗", "$$2 \\sin t \\cos t - 2 \\sin t = 2 \\sin t (\\cos t + 1)$$\n");
        assertMarks("✓", "$$\\log x (1 - x) = \\log x - x \\log x$$\n");
        // a defined function's call is still the argument
        assertMarks("✓", "$$g(u) = u^2$$\n\n$$\\sin g(t) = \\sin (t^2)$$\n");
        // and a subscripted name with its bracket is still read as before where no function precedes it
        assertMarks("✓", "$$y_i (1 - y_i) = y_i - y_i^2$$\n");
    }

    @Test
    void sigmaWrittenAsAQuantityIsNotTheSigmoid() {
        // the Student-t scale: σ(νσ² + r²) is σ times the bracket
        assertMarks("✓", "$$\\frac{1}{\\sigma} - \\frac{a}{\\sigma \\left( \\sigma^2 + a \\right)} "
                + "= \\frac{\\sigma^2}{\\sigma(\\sigma^2 + a)}$$\n");
        assertMarks("✗", "$$\\frac{1}{\\sigma} - \\frac{a}{\\sigma \\left( \\sigma^2 + a \\right)} "
                + "= \\frac{\\sigma}{\\sigma(\\sigma^2 + a)}$$\n");
        assertMarks("✓", "$$\\frac{\\partial}{\\partial \\sigma_k} \\log \\sigma_k^2 = \\frac{2}{\\sigma_k}$$\n");
        // a subscripted σ_k (a mixture's widths) is another name: σ(a) beside it is still the sigmoid
        String gate = "$$g = \\sigma(a) \\sigma_k^2$$\n\n";
        assertMarks("✓", gate + "$$\\frac{\\partial g}{\\partial a} = \\sigma(a)(1 - \\sigma(a)) \\sigma_k^2$$\n");
        assertMarks("✗", gate + "$$\\frac{\\partial g}{\\partial a} = \\sigma_k^2$$\n");
        // where σ is never a quantity, σ(…) is the sigmoid as before
        assertMarks("✓", "$$\\sigma(x) = \\frac{1}{1 + e^{-x}}$$\n");
        assertMarks("✓", "$$\\frac{d}{dx} \\sigma(2x) = 2 \\sigma(2x) (1 - \\sigma(2x))$$\n");
    }

    @Test
    void aBareSigmaInADerivativeIsSigmaOfTheOneArgumentTheDocumentGivesIt() {
        // Nielsen ch. 3: ∂σ/∂w_j with a = σ(z), z = Σ_j w_j x_j + b
        String neuron = "$$z = \\sum_j w_j x_j + b$$\n\n$$a = \\sigma(z)$$\n\n";
        assertMarks("✓", neuron + "$$\\frac{\\partial \\sigma}{\\partial w_j} = \\sigma'(z) x_j$$\n");
        assertMarks("✗", neuron + "$$\\frac{\\partial \\sigma}{\\partial w_j} = \\sigma'(z)$$\n");
        // σ applied to two different arguments: the bare σ is σ of the variable, as before
        assertMarks("✓", "$$c = \\sigma(u) + \\sigma(v)$$\n\n$$\\frac{d\\sigma}{du} = \\sigma(u)(1 - \\sigma(u))$$\n");
        // σ(1 − σ) is no application of σ
        assertMarks("✓", "$$\\frac{d\\sigma}{da} = \\sigma(1 - \\sigma)$$\n");
    }

    @Test
    void aNegatedTransposeBesideANameIsTheNegatedInnerProduct() {
        String h = "$$h(x) = \\frac{1}{1 + \\exp(-\\theta^T x)}$$\n\n";
        assertMarks("✓", h + "$$\\frac{\\partial h(x)}{\\partial \\theta_j} = h(x) (1 - h(x)) x_j$$\n");
        assertMarks("✗", h + "$$\\frac{\\partial h(x)}{\\partial \\theta_j} = -h(x) (1 - h(x)) x_j$$\n");
    }

    @Test
    void aFunctionOfAVectorAppliesToOneExampleOfIt() {
        // CS229: h_θ(x^{(i)}), whose components are x_j^{(i)}
        String lms = "$$h_\\theta(x) = \\theta^T x$$\n\n$$J = \\frac{1}{2}\\sum_{i=1}^{m} "
                + "\\left( h_\\theta(x^{(i)}) - y^{(i)} \\right)^2$$\n\n";
        assertMarks("✓", lms + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\sum_{i=1}^{m} "
                + "\\left( h_\\theta(x^{(i)}) - y^{(i)} \\right) x_j^{(i)}$$\n");
        assertMarks("✗", lms + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\sum_{i=1}^{m} "
                + "\\left( y^{(i)} - h_\\theta(x^{(i)}) \\right) x_j^{(i)}$$\n");
        // a bold example with a subscript, x_n, has the components x_{nk}
        String bold = "$$f(\\mathbf{x}) = \\sum_k w_k x_k$$\n\n$$L = \\sum_n \\left( f(\\mathbf{x}_n) - y_n \\right)^2$$\n\n";
        assertMarks("✓", bold + "$$\\frac{\\partial L}{\\partial w_j} = 2 \\sum_n \\left( f(\\mathbf{x}_n) - y_n \\right) x_{nj}$$\n");
        assertMarks("✗", bold + "$$\\frac{\\partial L}{\\partial w_j} = 2 \\sum_n \\left( f(\\mathbf{x}_n) - y_n \\right) x_{jn}$$\n");
    }

    @Test
    void aFactorialIsAValueConstantInTheParameters() {
        String poisson = "$$\\ell = y \\log \\lambda - \\lambda - \\log y!$$\n\n";
        assertMarks("✓", poisson + "$$\\frac{\\partial \\ell}{\\partial \\lambda} = \\frac{y}{\\lambda} - 1$$\n");
        // a wrong step beside a factorial is false: n! has no numeric value in symgrad, but the derivative
        // removes it (data, constant in λ), so the sides are sampled without it (FourthRoundNotationTest)
        assertMarks("✗", poisson + "$$\\frac{\\partial \\ell}{\\partial \\lambda} = \\frac{y}{\\lambda}$$\n");
        // where it stays on one side, the step cannot be sampled: undecided, with the reason
        String kept = marks(poisson + "$$\\ell + 1 = y \\log \\lambda - \\lambda + 1$$\n");
        assertTrue(kept.startsWith("?") && kept.contains("factorial"), kept);
        assertMarks("✓", "$$\\ell_i = y_i \\eta_i - e^{\\eta_i} - \\log y_i!$$\n\n"
                + "$$\\frac{\\partial \\ell_i}{\\partial \\eta_i} = y_i - e^{\\eta_i}$$\n");
        // a factorial is no name to differentiate by
        String refused = marks("$$\\frac{\\partial \\ell}{\\partial y!} = 0$$\n");
        assertTrue(refused.startsWith("–") && refused.contains("a factorial"), refused);
    }

    @Test
    void anExpectationIsSkippedWithItsReason() {
        String gan = marks("$$V = \\mathbb{E}_{x \\sim p_{\\text{data}}}[\\log D(x)] + 1$$\n\n$$V = 2$$\n");
        assertTrue(gan.contains("is an expectation") && gan.contains("line 1, column 7"), gan);
        String bare = marks("$$E[h_i] = h_i$$\n");
        assertTrue(bare.startsWith("–") && bare.contains("E is an expectation"), bare);
        String subscripted = marks("$$E_{q}[z] = \\mu$$\n");
        assertTrue(subscripted.startsWith("–") && subscripted.contains("is an expectation"), subscripted);
        // E as a name (an error function) is still a name
        assertMarks("✓", "$$E = (y - t)^2$$\n\n$$\\frac{\\partial E}{\\partial y} = 2(y - t)$$\n");
        assertMarks("✓", "$$E_n = (y_n - t_n)^2$$\n\n$$\\frac{\\partial E_n}{\\partial y_n} = 2(y_n - t_n)$$\n");
    }

    @Test
    void aWordAboveANameInBracesLabelsIt() {
        String sat = "$$L^{\\text{sat}} = \\log(1 - \\sigma(a))$$\n\n";
        assertMarks("✓", sat + "$$\\frac{\\partial L^{\\text{sat}}}{\\partial a} = -\\sigma(a)$$\n");
        assertMarks("✗", sat + "$$\\frac{\\partial L^{\\text{sat}}}{\\partial a} = \\sigma(a)$$\n");
        assertMarks("✓", "$$\\ell_i^{\\mathrm{Pois}} = y_i \\log \\mu_i - \\mu_i$$\n\n"
                + "$$\\frac{\\partial \\ell_i^{\\mathrm{Pois}}}{\\partial \\mu_i} = \\frac{y_i}{\\mu_i} - 1$$\n");
    }

    @Test
    void aDensityOfOtherArgumentsUnderTheSameLetterIsDefinedAnew() {
        // PRML §3: the likelihood p(t | w, β), then the posterior p(w | t)
        String bayes = "$$\\ln p(t \\mid w, b) = -b(t - w)^2$$\n\n$$\\ln p(w \\mid t) = -(t - w)^2 - w^2$$\n\n";
        assertMarks("✓", bayes + "$$\\frac{\\partial}{\\partial w} \\ln p(w \\mid t) = 2(t - w) - 2w$$\n");
        assertMarks("✗", bayes + "$$\\frac{\\partial}{\\partial w} \\ln p(w \\mid t) = 2(t - w)$$\n");
        // the later density replaces the earlier under the letter, as a later definition does: the
        // likelihood's three arguments are then refused, with a message, never misread
        String earlier = marks(bayes + "$$\\frac{\\partial}{\\partial b} \\ln p(t \\mid w, b) = -(t - w)^2$$\n");
        assertTrue(earlier.startsWith("–") && earlier.contains("p is defined with 2 arguments, here it has 3"), earlier);
        assertMarks("✓", "$$\\ln p(t \\mid w, b) = -b(t - w)^2$$\n\n"
                + "$$\\frac{\\partial}{\\partial b} \\ln p(t \\mid w, b) = -(t - w)^2$$\n");
    }

    @Test
    void aSquaredSigmaDefinesTheVarianceAndSoItsStandardDeviation() {
        // batch norm: σ² = (1/N) Σ_i (x_i − μ)², then the derivative everyone gets wrong
        String batch = "$$\\mu = \\frac{1}{N}\\sum_{i=1}^{N} x_i$$\n\n"
                + "$$\\sigma^2 = \\frac{1}{N}\\sum_{i=1}^{N} (x_i - \\mu)^2$$\n\n";
        assertMarks("✓", batch + "$$\\frac{\\partial \\sigma^2}{\\partial x_j} = \\frac{2}{N} (x_j - \\mu)$$\n");
        assertMarks("✗", batch + "$$\\frac{\\partial \\sigma^2}{\\partial x_j} = \\frac{2}{N} x_j$$\n");
        assertMarks("✓", batch + "$$\\frac{\\partial \\sigma}{\\partial x_j} = \\frac{x_j - \\mu}{N \\sigma}$$\n");
        assertMarks("✓", batch + "$$\\hat{x}_i = \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}}$$\n\n"
                + "$$\\frac{\\partial \\hat{x}_i}{\\partial \\mu} = -\\frac{1}{\\sqrt{\\sigma^2 + \\epsilon}}$$\n");
        // the square of another name is no definition: x^2 = 4 stays a claim, undecided as x is unknown
        assertMarks("?", "$$x^2 = 4$$\n");
    }
}
