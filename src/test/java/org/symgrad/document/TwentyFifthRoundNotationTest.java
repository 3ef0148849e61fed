package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round twenty-five ({@code fresh-homework}, from {@code schottky-two-level-heat-capacity.md} on
 * in the README's table) and the wrong verdicts it showed. An index between two bounds in inline math, "an interior
 * sample $u_k$, $1 < k < n$, appears", states a case without a case word, and a case of index letters holds of the
 * numbers a point binds them to ({@code StatedCases}, {@code IndexCases}: the right interior gradient of a smoothed
 * total variation was called false at k = 1). Entries stated symmetric, "symmetric edge weights $w_{ij} = w_{ji}$",
 * make the family symmetric ({@code ProseAssumptions}: ∂R/∂f_k = 2Σ_j w_kj(f_k − f_j) was called false). A derivative by
 * the number of terms of a sum, ∂PV/∂n of PV = Σ_{t=1}^{n} …, is not defined, and was the derivative of a constant, 0
 * ({@code CountDerivatives}: the right slope of the closed form was called false).
 */
class TwentyFifthRoundNotationTest {
    private static final String TV = "$$E = \\frac{1}{2} \\sum_{i=1}^{n} (u_i - f_i)^2 + \\sum_{i=1}^{n-1} (u_{i+1} - u_i)^2$$\n\n";

    @Test
    void anIndexBetweenTwoBoundsInInlineMathStatesACase() {
        String interior = "An interior sample $u_k$, $1 < k < n$, appears in two differences, $u_k - u_{k-1}$ and $u_{k+1} - u_k$:\n\n";
        // proven under the case: the prover takes the range brackets [1 ≤ k − 1 ≤ n − 1] as 1 under it (IndexRangeCases)
        assertMarks("✓", TV + interior + "$$\\frac{\\partial E}{\\partial u_k} = u_k - f_k + 2 (u_k - u_{k-1}) - 2 (u_{k+1} - u_k)$$\n");
        assertMarks("✗", TV + interior + "$$\\frac{\\partial E}{\\partial u_k} = u_k - f_k + 2 (u_k - u_{k-1}) + 2 (u_{k+1} - u_k)$$\n");
        assertMarks("✓", TV + "For $2 \\le k \\le n - 1$ the sample is interior:\n\n"
                + "$$\\frac{\\partial E}{\\partial u_k} = u_k - f_k + 2 (u_k - u_{k-1}) - 2 (u_{k+1} - u_k)$$\n");
        // the whole range of a sum states no case: the step is false at k = 1
        assertMarks("✗", TV + "Every sample $u_k$, $1 \\le k \\le n$, appears:\n\n"
                + "$$\\frac{\\partial E}{\\partial u_k} = u_k - f_k + 2 (u_k - u_{k-1}) - 2 (u_{k+1} - u_k)$$\n");
        // a range whose own formula is inline is no case of the display below
        assertMarks("✗", TV + "for $1 < k < n$ we have $g_k = 0$, and in general\n\n"
                + "$$\\frac{\\partial E}{\\partial u_k} = u_k - f_k + 2 (u_k - u_{k-1}) - 2 (u_{k+1} - u_k)$$\n");
    }

    private static final String LAPLACIAN = "$$R = \\frac{1}{2} \\sum_{i=1}^{n} \\sum_{j=1}^{n} w_{ij} (f_i - f_j)^2$$\n\n";

    @Test
    void entriesStatedSymmetricMakeTheFamilySymmetric() {
        String step = "$$\\frac{\\partial R}{\\partial f_k} = 2 \\sum_{j=1}^{n} w_{kj} (f_k - f_j)$$\n";
        assertMarks("✓", "Take symmetric edge weights $w_{ij} = w_{ji}$.\n\n" + LAPLACIAN + step);
        assertMarks("✓", "The weights satisfy $w_{i,j} = w_{j,i}$.\n\n" + LAPLACIAN + step);
        assertMarks("✗", "Take symmetric edge weights $w_{ij} = w_{ji}$.\n\n" + LAPLACIAN
                + "$$\\frac{\\partial R}{\\partial f_k} = \\sum_{j=1}^{n} w_{kj} (f_k - f_j)$$\n");
        // without the statement the step is false, and a restricted one states nothing
        assertMarks("✗", LAPLACIAN + step);
        assertMarks("✗", "The weights need not satisfy $w_{ij} = w_{ji}$.\n\n" + LAPLACIAN + step);
    }

    private static final String ANNUITY = "$$PV = \\sum_{t=1}^{n} \\frac{C}{(1 + r)^t}$$\n\n";

    @Test
    void aDerivativeByTheNumberOfTermsOfASumIsNotChecked() {
        assertMarks("?", ANNUITY + "$$\\frac{\\partial PV}{\\partial n} = \\frac{C}{r} (1 + r)^{-n} \\ln(1 + r)$$\n");
        assertMarks("?", ANNUITY + "$$\\frac{\\partial PV}{\\partial n} = 0$$\n");
        // a derivative by another variable is checked as before
        assertMarks("✓", ANNUITY + "$$\\frac{\\partial PV}{\\partial r} = -\\sum_{t=1}^{n} \\frac{t \\, C}{(1 + r)^{t+1}}$$\n");
        assertMarks("✗", ANNUITY + "$$\\frac{\\partial PV}{\\partial r} = -\\sum_{t=1}^{n} \\frac{t \\, C}{(1 + r)^{t}}$$\n");
        // the mean's n is the number of terms too
        assertMarks("?", "$$m = \\frac{1}{n} \\sum_{i=1}^{n} x_i$$\n\n$$\\frac{\\partial m}{\\partial n} = -\\frac{m}{n}$$\n");
    }

    private static final String DECIBELS = "$$\\beta = 10 \\log_{10} \\frac{I}{I_0}$$\n\nSolving for the intensity,\n\n";

    @Test
    void aDefinitionSolvedForANameItsValueUsesIsAClaim() {
        assertMarks("≈", DECIBELS + "$$I = I_0 \\, 10^{\\beta / 10}$$\n");
        assertMarks("✗", DECIBELS + "$$I = I_0 \\, 10^{\\beta / 20}$$\n");
        // the name stays the variable the first definition uses: its slope is checked
        assertMarks("≈✓", DECIBELS + "$$I = I_0 \\, 10^{\\beta / 10}$$\n\n$$\\frac{d\\beta}{dI} = \\frac{10}{I \\ln 10}$$\n");
        // a pendulum's period solved for g
        String pendulum = "$$T = 2 \\pi \\sqrt{\\frac{l}{g}}$$\n\nwhere $l > 0$ and $g > 0$. Solving for $g$:\n\n";
        assertMarks("✓", pendulum + "$$g = \\frac{4 \\pi^2 l}{T^2}$$\n");
        assertMarks("✗", pendulum + "$$g = \\frac{2 \\pi^2 l}{T^2}$$\n");
        // a name that no definition reaches is defined as before
        assertMarks("✓", "$$\\beta = 10 \\log_{10} \\frac{I}{I_0}$$\n\n$$J = 2 \\beta$$\n\n$$\\frac{d J}{d I} = \\frac{20}{I \\ln 10}$$\n");
    }

    private static final String POWER = "$$P(R) = \\frac{V^2 R}{(R + r)^2}$$\n\n";

    @Test
    void aFunctionAtAnotherVariableItsValueUsesIsEvaluatedThere() {
        assertMarks("✓", POWER + "$$P(r) = \\frac{V^2}{4 r}$$\n");
        assertMarks("✗", POWER + "$$P(r) = \\frac{V^2}{2 r}$$\n");
        // P is still the function of R after it
        assertMarks("✓✓", POWER + "$$P(r) = \\frac{V^2}{4 r}$$\n\n$$\\frac{dP}{dR} = \\frac{V^2 (r - R)}{(R + r)^3}$$\n");
        // a function written again at a new letter its value does not use is defined again
        assertMarks("✓", "$$f(x) = x^2$$\n\n$$f(t) = t^3$$\n\n$$\\frac{d f}{d t} = 3 t^2$$\n");
    }

    @Test
    void aBinomialCoefficientIsRead() {
        String binomial = "$$\\ell = y \\log p + (n - y) \\log (1 - p) + \\log \\binom{n}{y}$$\n\n";
        assertMarks("✓", binomial + "$$\\frac{\\partial \\ell}{\\partial p} = \\frac{y}{p} - \\frac{n - y}{1 - p}$$\n");
        assertMarks("✗", binomial + "$$\\frac{\\partial \\ell}{\\partial p} = \\frac{y}{p} + \\frac{n - y}{1 - p}$$\n");
        assertMarks("✓", "$$\\binom{4}{2} = 6$$\n");
        // Γ(n + 1)/(Γ(2) Γ(n)) = n: equal, the prover does not use Γ(n + 1) = nΓ(n)
        assertMarks("≈", "$$\\dbinom{n}{1} = n$$\n");
        assertMarks("✗", "$$\\tbinom{5}{2} = 12$$\n");
    }
}
