package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Sums to {@code \infty} ({@link org.symgrad.parse.latex.InfiniteLimits}): a series is read as its partial sum to a length of
 * its own. A step that holds for every length is proven or equal as usual; one false at every length is compared at growing
 * lengths ({@link org.symgrad.check.SeriesLimits}): equal where the difference vanishes, saying so; false where it settles
 * elsewhere; undecided where it does not settle. Before, {@code \infty} stopped the reading ('–').
 */
class SeriesTest {
    private static final String RETURN = "The return from time $t$ is\n$$G_t = \\sum_{k=0}^{\\infty} \\gamma^k r_{t+k+1}.$$\n";

    @Test
    void aDiscountedReturnDifferentiatesTermByTerm() {
        FreshNotationTest.assertMarks("✓", RETURN + "$$\\frac{\\partial G_t}{\\partial r_{t+1}} = 1$$\n");
        FreshNotationTest.assertMarks("✓", RETURN + "$$\\frac{\\partial G_t}{\\partial r_{t+3}} = \\gamma^2$$\n");
        FreshNotationTest.assertMarks("✗", RETURN + "$$\\frac{\\partial G_t}{\\partial r_{t+3}} = \\gamma^3$$\n");
        FreshNotationTest.assertMarks("≈", RETURN
                + "$$\\frac{\\partial G_t}{\\partial \\gamma} = \\sum_{k=1}^{\\infty} k\\gamma^{k-1} r_{t+k+1}$$\n");
        FreshNotationTest.assertMarks("✗", RETURN
                + "$$\\frac{\\partial G_t}{\\partial \\gamma} = \\sum_{k=1}^{\\infty} k\\gamma^{k} r_{t+k+1}$$\n");
    }

    @Test
    void aClosedFormHoldsInTheLimitAndSaysSo() {
        CheckedDocument d = PublicInputsTest.check("For $|\\gamma| < 1$,\n$$\\sum_{k=0}^{\\infty} \\gamma^k = \\frac{1}{1-\\gamma}.$$\n");
        assertEquals("≈", PublicInputsTest.marks(d));
        assertEquals("the partial sums are taken in the limit of their length (at the points where they settle)",
                String.join("; ", d.verdicts().get(0).verdict().orElseThrow().assumed()));
        // braces or none around the limit; the derivative of the closed form term by term
        FreshNotationTest.assertMarks("≈≈", "$$\\frac{d}{d\\gamma} \\sum_{k=0}^\\infty \\gamma^k = \\sum_{k=1}^\\infty k\\gamma^{k-1}"
                + " = \\frac{1}{(1-\\gamma)^2}$$\n");
        // a closed form off by a sign, or a series shifted by one, differs in the limit too
        FreshNotationTest.assertMarks("✗", "$$\\sum_{k=0}^{\\infty} \\gamma^k = \\frac{1}{1+\\gamma}$$\n");
        FreshNotationTest.assertMarks("✗", "$$\\sum_{k=1}^{\\infty} k\\gamma^{k} = \\frac{1}{(1-\\gamma)^2}$$\n");
    }

    @Test
    void aPowerSeriesWithFactorialsOfItsIndexReads() {
        String exp = "Let\n$$f(x) = \\sum_{n=0}^{\\infty} \\frac{x^n}{n!}.$$\n";
        FreshNotationTest.assertMarks("≈≈", exp + "$$f'(x) = \\sum_{n=1}^{\\infty} \\frac{x^{n-1}}{(n-1)!} = f(x)$$\n");
        FreshNotationTest.assertMarks("✗", exp + "$$f'(x) = \\sum_{n=1}^{\\infty} \\frac{x^{n}}{(n-1)!}$$\n");
        // the factorial of twice the index: cosh's series, and a slip in it
        FreshNotationTest.assertMarks("≈", "$$\\sum_{n=0}^{\\infty} \\frac{x^{2n}}{(2n)!} = \\cosh x$$\n");
        FreshNotationTest.assertMarks("✗", "$$\\sum_{n=0}^{\\infty} \\frac{x^{2n}}{(2n)!} = \\sinh x$$\n");
        // a finite sum reads its factorials alike
        FreshNotationTest.assertMarks("≈", "$$g(x) = \\sum_{m=0}^{K} \\frac{x^m}{m!}$$\n"
                + "$$g'(x) = \\sum_{m=1}^{K} \\frac{x^{m-1}}{(m-1)!}$$\n");
    }

    @Test
    void aSubscriptBoundedOnlyBelowIsASeries() {
        String value = "$$V = \\sum_{t \\ge 0} \\gamma^t r$$\n";
        FreshNotationTest.assertMarks("≈", value + "$$\\frac{\\partial V}{\\partial \\gamma} = \\frac{r}{(1-\\gamma)^2}$$\n");
        FreshNotationTest.assertMarks("✗", value + "$$\\frac{\\partial V}{\\partial \\gamma} = \\frac{r}{1-\\gamma}$$\n");
        // from 1 (k > 0), the logarithm's series and its derivative
        FreshNotationTest.assertMarks("≈", "$$\\log(1+x) = \\sum_{k > 0} \\frac{(-1)^{k+1}}{k} x^k$$\n");
        FreshNotationTest.assertMarks("✗", "$$\\log(1+x) = \\sum_{k \\ge 0} \\frac{(-1)^{k+1}}{k+1} x^k$$\n");
    }

    @Test
    void aSeriesThatConvergesTooSlowlyIsUndecidedNotFalse() {
        CheckedDocument d = PublicInputsTest.check("$$\\sum_{k=1}^{\\infty} \\frac{1}{k^2} = \\frac{\\pi^2}{6}$$\n");
        assertEquals("?", PublicInputsTest.marks(d));
        assertTrue(d.verdicts().get(0).detail().contains("whether it holds in the limit is not settled"), d.verdicts().get(0).detail());
    }

    @Test
    void aFiniteSumBesideASeriesKeepsItsOwnLength() {
        // the finite slip stays false at the length of its own range, not undecided at a growing one
        FreshNotationTest.assertMarks("✗✓", "$$L(w) = \\sum_{i=1}^{N} (y_i - w x_i)^2$$\n"
                + "$$\\frac{\\partial L}{\\partial w} = -\\sum_{i=1}^{N} (y_i - w x_i) x_i$$\n"
                + "$$R = \\sum_{k=0}^{\\infty} \\gamma^k r_k$$\n$$\\frac{\\partial R}{\\partial r_2} = \\gamma^2$$\n");
    }
}
