package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "Setting the derivative to zero gives $$\hat\mu = …$$": a display that solves a derivative the document took for zero
 * is checked as the claim that the derivative vanishes there (StationaryPoints), besides defining the estimate. It was
 * a definition only, never checked: a wrong maximum-likelihood estimate passed silently.
 */
class StationaryPointTest {
    private static void marks(String markdown, String expected) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(expected, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
    }

    private static final String GAUSSIAN = "The log likelihood of $N$ observations:\n\n"
            + "$$\\ell(\\mu, \\sigma) = -N \\ln \\sigma - \\frac{1}{2\\sigma^2} \\sum_{n=1}^{N} (x_n - \\mu)^2$$\n\n"
            + "$$\\frac{\\partial \\ell}{\\partial \\mu} = \\frac{1}{\\sigma^2} \\sum_{n=1}^{N} (x_n - \\mu)$$\n\n"
            + "$$\\frac{\\partial \\ell}{\\partial \\sigma} = -\\frac{N}{\\sigma} + \\frac{1}{\\sigma^3} \\sum_{n=1}^{N} (x_n - \\mu)^2$$\n\n";

    @Test
    void theGaussianEstimatesAreTheStationaryPoint() {
        String mean = "Setting the first to zero gives\n\n$$\\hat{\\mu} = \\frac{1}{N}\\sum_{n=1}^N x_n$$\n\n";
        String variance = "and setting the second to zero gives\n\n$$\\hat{\\sigma}^2 = \\frac{1}{N}\\sum_{n=1}^N (x_n - \\hat\\mu)^2$$\n";
        marks(GAUSSIAN + mean + variance, "✓✓✓✓");
        // the mean's slips: a missing 1/N, a sum of squares
        marks(GAUSSIAN + mean.replace("\\frac{1}{N}\\sum", "\\sum") + variance, "✓✓✗✓");
        // a wrong mean and the variance solved with it: σ̂² is still where the derivative in σ vanishes, given μ̂
        marks(GAUSSIAN + mean.replace("x_n$$", "x_n^2$$") + variance, "✓✓✗✓");
        // Bessel's N − 1 where the text solves for zero: false; the same as "the unbiased estimate": not this claim
        marks(GAUSSIAN + mean + variance.replace("\\frac{1}{N}", "\\frac{1}{N-1}"), "✓✓✓✗");
        marks(GAUSSIAN + mean + "The unbiased estimate is instead\n\n"
                + "$$\\hat{\\sigma}^2 = \\frac{1}{N-1}\\sum_{n=1}^N (x_n - \\hat\\mu)^2$$\n", "✓✓✓");
        // other marks of an estimate: μ*, μ_MLE, and the variance's own name σ_ML²
        marks(GAUSSIAN + mean.replace("\\hat{\\mu}", "\\mu^*") + variance.replace("\\hat\\mu", "\\mu^*"), "✓✓✓✓");
        marks(GAUSSIAN + mean.replace("\\hat{\\mu}", "\\mu_{\\text{MLE}}"), "✓✓✓");
        marks(GAUSSIAN + mean + variance.replace("\\hat{\\sigma}^2", "\\sigma^2_{ML}"), "✓✓✓✓");
    }

    @Test
    void theVerdictSaysWhatItChecked() {
        CheckedDocument d = PublicInputsTest.check(GAUSSIAN + "Setting it to zero:\n\n$$\\hat{\\mu} = \\frac{1}{N}\\sum_{n=1}^N x_n^2$$\n");
        PairVerdict v = d.equations().get(d.equations().size() - 1).verdicts().get(0);
        assertEquals("\\left. \\frac{\\partial \\ell}{\\partial \\mu} \\right|_{\\mu = \\hat{\\mu}}", v.left());
        assertEquals("0", v.right());
        assertEquals(Outcome.FALSE, v.outcome());
        assertEquals("the text solves the derivative for zero: ", v.detail()); // the counterexample follows in the report
        // the estimate stays defined for what follows
        assertEquals("muhat", d.equations().get(d.equations().size() - 1).defines());
    }

    @Test
    void otherLikelihoodsAndAnEquationEndingInZero() {
        String bernoulli = "$$\\ell(p) = \\sum_{i=1}^{n} \\left( x_i \\log p + (1 - x_i) \\log(1 - p) \\right)$$\n\n"
                + "$$\\frac{d\\ell}{dp} = \\sum_{i=1}^{n} \\left( \\frac{x_i}{p} - \\frac{1 - x_i}{1 - p} \\right) = 0$$\n\n";
        // the closing "= 0" sets the derivative to zero: not checked as an identity (it was false)
        marks(bernoulli + "$$\\hat{p} = \\frac{1}{n}\\sum_{i=1}^{n} x_i$$\n", "✓–✓");
        marks(bernoulli + "$$\\hat{p} = \\frac{1}{n-1}\\sum_{i=1}^{n} x_i$$\n", "✓–✗");
        marks(bernoulli.replace("= 0$$", "\\stackrel{!}{=} 0$$") + "$$\\hat{p} = \\frac{1}{n}\\sum_{i=1}^{n} x_i$$\n", "✓–✓");
        // a 0 that holds everywhere stays proven; a derivative claimed 0 that does not depend on the variable stays false
        marks("$$f = a x - a x$$\n\n$$\\frac{df}{dx} = a - a = 0$$\n", "✓✓");
        marks("$$f = a x + b$$\n\n$$\\frac{df}{dx} = a = 0$$\n", "✓✗");
        String poisson = "$$\\ell(\\lambda) = \\sum_{i=1}^{n} \\left( k_i \\log \\lambda - \\lambda \\right)$$\n\n"
                + "$$\\frac{d\\ell}{d\\lambda} = \\frac{1}{\\lambda}\\sum_{i=1}^{n} k_i - n$$\n\nSolving for $\\lambda$,\n\n";
        marks(poisson + "$$\\hat\\lambda = \\frac{\\sum_{i=1}^{n} k_i}{n}$$\n", "✓✓");
        marks(poisson + "$$\\hat\\lambda = \\frac{n}{\\sum_{i=1}^{n} k_i}$$\n", "✓✗");
        String ridge = "$$J(w) = \\sum_{i=1}^{N} (y_i - w x_i)^2 + \\lambda w^2$$\n\n"
                + "$$\\frac{dJ}{dw} = -2\\sum_{i=1}^N x_i(y_i - w x_i) + 2\\lambda w$$\n\nThe minimiser is\n\n";
        marks(ridge + "$$w^* = \\frac{\\sum_i x_i y_i}{\\sum_i x_i^2 + \\lambda}$$\n", "✓✓");
        marks(ridge + "$$w^* = \\frac{\\sum_i x_i y_i}{\\sum_i x_i^2 + 2\\lambda}$$\n", "✓✗");
        // the plain variable solved for, after "setting … to zero"
        marks(ridge.replace("The minimiser is", "Setting this to zero,")
                + "$$w = \\frac{\\sum_i x_i y_i}{\\sum_i x_i^2 + \\lambda}$$\n", "✓✓");
    }

    @Test
    void aDerivativeThroughAFunctionNoDisplayDefinesIsNoClaimAndNoCrash() {
        // p is defined only in inline math: the derivative of log p(x_n, μ) in μ stays unevaluated, and putting μ̂ in for
        // μ there was an internal error (exit 70); the display still defines μ̂, and nothing is claimed of it
        String doc = "Let $p(x, \\mu) = \\exp\\left(-(x-\\mu)^2\\right)$.\n\n"
                + "$$\\ell(\\mu) = \\sum_{n=1}^{N} \\log p(x_n, \\mu)$$\n\n"
                + "$$\\frac{\\partial \\ell}{\\partial \\mu} = 2\\sum_{n=1}^{N}(x_n - \\mu)$$\n\n"
                + "Setting it to zero,\n\n$$\\hat\\mu = \\frac{1}{N}\\sum_{n=1}^N x_n$$\n";
        CheckedDocument d = PublicInputsTest.check(doc);
        assertEquals("muhat", d.equations().get(d.equations().size() - 1).defines());
        assertTrue(d.equations().get(d.equations().size() - 1).verdicts().isEmpty(), () -> PublicInputsTest.describe(d));
    }

    @Test
    void theDerivativeSetToZeroBeforeAnArrowIsAnEquationToSolve() {
        // "∂ℓ/∂μ = 0 ⟹ μ̂ = …": the first statement is the condition the arrow solves, not a claim that the derivative is 0
        // everywhere (it was false); the solution is checked as before
        String doc = "$$\\ell(\\mu) = -\\sum_{n=1}^{N} (x_n - \\mu)^2$$\n\n"
                + "$$\\frac{\\partial \\ell}{\\partial \\mu} = 0 \\implies \\hat\\mu = \\frac{1}{N}\\sum_{n=1}^N x_n$$\n";
        marks(doc, "–✓");
        marks(doc.replace("\\implies", "\\Rightarrow"), "–✓");
        marks(doc.replace("\\frac{1}{N}", "\\frac{1}{N-1}"), "–✗");
        // without the arrow the same equation claims the derivative is 0: false, as before
        marks("$$\\ell(\\mu) = -\\sum_{n=1}^{N} (x_n - \\mu)^2$$\n\n$$\\frac{\\partial \\ell}{\\partial \\mu} = 0$$\n", "✗");
        // a derivative that is 0 stays proven before an arrow
        marks("$$f = a x - a x$$\n\n$$\\frac{df}{dx} = 0 \\implies f = 0$$\n", "✓✓");
    }

    @Test
    void withoutWordsThatSolveForZeroADisplayOnlyDefines() {
        // no cue: a definition as before, whatever it says
        marks(GAUSSIAN + "$$\\hat{\\mu} = \\frac{1}{N}\\sum_{n=1}^N x_n^2$$\n", "✓✓");
        marks(GAUSSIAN + "Next we normalise:\n\n$$\\hat{\\mu} = \\frac{1}{N}\\sum_{n=1}^N x_n^2$$\n", "✓✓");
        // a cue, but a name that is no estimate of a variable the document differentiated in
        marks(GAUSSIAN + "Setting it to zero:\n\n$$\\hat{x} = \\frac{1}{N}\\sum_{n=1}^N x_n^2$$\n", "✓✓");
        // a cue three displays back does not reach
        marks(GAUSSIAN + "Setting it to zero:\n\n$$a = 1$$\n\n$$\\hat{\\mu} = \\frac{1}{N}\\sum_{n=1}^N x_n^2$$\n", "✓✓");
    }
}
