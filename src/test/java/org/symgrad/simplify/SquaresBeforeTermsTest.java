package org.symgrad.simplify;

import static org.symgrad.testing.CheckedSimplifications.assertSimplifies;

import org.junit.jupiter.api.Test;

/**
 * A fraction's numerator read with its squares of differences gathered before its terms are split over their
 * denominators ({@link TermwiseFractions}, {@link FractionTerms#gathered}): the Gaussian log-likelihood's slope in σ
 * over n observations is {@code Σ_i (x_i − μ)²/(nσ³) − 1/σ}, as the one-observation {@code (y − m)²/σ³ − 1/σ}
 * is, not {@code (Σ_i (x_i − μ)² − nσ²)/(nσ³)}: the square multiplied out has the monomials {@code nμ²},
 * {@code −2μ Σ_i x_i}, {@code Σ_i x_i²}, of which the first cancels n and the others do not, so read monomial by
 * monomial the split would cut the square apart.
 */
class SquaresBeforeTermsTest {
    @Test
    void aSumOfSquaresOverTheSampleSizeAndTheScaleSplitsLikeOneSquare() {
        // was (sum(k, (x_k - mu)^2) - n*s^2)/(n*s^3)
        assertSimplifies("(sum_i (x_i - mu)^2 - n*s^2)/(n*s^3)", "sum(k, (x_k - mu)^2)/(n*s^3) - 1/s");
        // other names, another power: was (sum(k, (x_k - mu)^2) - s^2)/(n*s^2)
        assertSimplifies("(sum_i (x_i - mu)^2 - s^2)/(n*s^2)", "sum(k, (x_k - mu)^2)/(n*s^2) - 1/n");
        // the one-observation form it now agrees with, and a sum of squares without a difference, as before
        assertSimplifies("((y - m)^2 - s^2)/s^3", "(y - m)^2/s^3 - 1/s");
        assertSimplifies("(sum_i x_i^2 - n*s^2)/(n*s^3)", "sum(k, x_k^2)/(n*s^3) - 1/s");
    }

    @Test
    void theDerivativeOfTheGaussianLogLikelihoodInTheScale() {
        // gaussian-mle.sg:10 (stats.SE 495405) with log|s| for log s, so that every point of the check is in the domain
        org.symgrad.testing.CheckedDerivatives.assertDerivative("-sum_i (x_i - mu)^2/(2*n*s^2) - log(s^2)/2", "s",
                "sum(i, (x_i - mu)^2)/(n*s^3) - 1/s");
    }
}
