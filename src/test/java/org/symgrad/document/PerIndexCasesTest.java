package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A case that writes an index the step does not bind ("$y_i > \theta x_i$ for all $i$" beside {@code -\sum_i x_i}) holds for
 * every value of that index (Checker.holdsForEveryIndex): the points drawn satisfy it for each term. Such a step was ?
 * ("could not be evaluated at any sampled point"); now the right step is ≈ and the slip ✗.
 */
class PerIndexCasesTest {
    @Test
    void everyResidualPositive() {
        String l1 = "$$L(\\theta) = \\sum_{i=1}^n |y_i - \\theta x_i|$$\n\n"
                + "When every residual is positive, i.e. $y_i > \\theta x_i$ for all $i$,\n";
        check(l1 + "$$\\frac{dL}{d\\theta} = -\\sum_{i=1}^n x_i$$\n", "≈");
        check(l1 + "$$\\frac{dL}{d\\theta} = \\sum_{i=1}^n x_i$$\n", "✗");
    }

    @Test
    void everyExampleViolatesTheMargin() {
        check("The hinge loss over a batch is\n$$L(w) = \\sum_{i=1}^n \\max(0, 1 - y_i w x_i).$$\n"
                + "If every example violates the margin, $y_i w x_i < 1$ for every $i$, then\n"
                + "$$\\frac{dL}{dw} = -\\sum_{i=1}^n y_i x_i$$\nand the slip\n$$\\frac{dL}{dw} = \\sum_{i=1}^n y_i x_i$$\n", "≈✗");
    }
}
