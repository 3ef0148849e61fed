package org.symgrad.simplify;

import org.junit.jupiter.api.Test;
import org.symgrad.testing.CheckedDerivatives;

/**
 * The complement of a σ of a difference reads as the σ of the turned difference (issue 9 item 5, rule
 * sigma-of-turned-difference): the DPO gradient {@code −β σ(h_l − h_w)}, as Rafailov et al. print it,
 * not {@code −β(1 − σ(h_w − h_l))}. A σ of anything but a difference keeps its complement, and so does
 * σ′ = σ(u)(1 − σ(u)), and a σ that stands elsewhere in the result as well. Each form is checked
 * numerically (random points; finite differences on both derivation paths).
 */
class TurnedDifferenceSigmoidsTest {
    @Test
    void theComplementOfASigmaOfADifferenceIsTheTurnedSigma() {
        CheckedDerivatives.assertDerivativeBothPaths("-log(sigma(x - b))", "x", "-sigma(b - x)");
        CheckedDerivatives.assertDerivativeBothPaths("-log(sigma(a - x))", "x", "sigma(x - a)");
        CheckedDerivatives.assertDerivativeBothPaths("y*log(sigma(x - mu))", "x", "y*sigma(mu - x)");
        CheckedDerivatives.assertDerivativeBothPaths("log(sigma(u*x - c))", "x", "u*sigma(c - u*x)");
        CheckedDerivatives.assertSimplifies("1 - sigma(p - q)", "sigma(q - p)");
        CheckedDerivatives.assertSimplifies("sigma(p - q) - 1", "-sigma(q - p)");
    }

    @Test
    void aDifferenceOverAScaleTurnsToo() {
        CheckedDerivatives.assertSimplifies("(1 - sigma((mu - y)/s))/s", "sigma((y - mu)/s)/s");
        CheckedDerivatives.assertSimplifies("(sigma((mu - y)/s) - 1)/s", "-sigma((y - mu)/s)/s");
        CheckedDerivatives.assertDerivativeBothPaths("log(sigma((x - mu)/s))", "x", "sigma(-(x - mu)/s)/s");
        // a negative factor, or a second difference, is no difference over a scale
        CheckedDerivatives.assertSimplifies("1 - sigma((p - q)*(r - t))", "1 - sigma((p - q)*(r - t))");
    }

    @Test
    void otherComplementsStay() {
        CheckedDerivatives.assertDerivativeBothPaths("log(sigma(x))", "x", "1 - sigma(x)");
        CheckedDerivatives.assertDerivativeBothPaths("log(sigma(x + b))", "x", "1 - sigma(x + b)");
        CheckedDerivatives.assertDerivativeBothPaths("sigma(x - mu)", "x", "sigma(x - mu)*(1 - sigma(x - mu))");
        CheckedDerivatives.assertDerivativeBothPaths("log(sigma(x - mu))^2", "x", "2*log(sigma(x - mu))*(1 - sigma(x - mu))");
        CheckedDerivatives.assertSimplifies("sigma(p - q)*(1 - sigma(p - q))", "sigma(p - q)*(1 - sigma(p - q))");
        CheckedDerivatives.assertSimplifies("1 - sigma(p + q)", "1 - sigma(p + q)");
    }
}
