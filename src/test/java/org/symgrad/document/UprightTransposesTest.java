package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A transpose written with an upright T ({@code w^{\mathrm{T}}} as in Bishop's PRML, {@code w^{\mathsf T}}) is read entry by entry
 * as {@code w^\top} is, and a sample after a braced mark ({@code w^{\top} x_n}) is one of several vectors as after {@code w^\top}:
 * the least-squares gradient over samples was skipped (\mathrm{T}) or ✗ (WRONG, ^{\top}: w^{\top} x_n read as w_i x_n) → ✓.
 */
class UprightTransposesTest {
    @Test
    void bishopsUprightTransposeOverSamples() {
        String e = "$$E(w) = \\frac{1}{2}\\sum_n (t_n - w^{\\mathrm{T}} x_n)^2$$\n";
        assertMarks("✓", e + "$$\\nabla E(w) = -\\sum_n (t_n - w^{\\mathrm{T}} x_n) x_n$$\n");
        assertMarks("✗", e + "$$\\nabla E(w) = \\sum_n (t_n - w^{\\mathrm{T}} x_n) x_n$$\n");
    }

    @Test
    void aBracedTransposeBeforeASample() {
        assertMarks("✓", "$$E(w) = \\frac{1}{2}\\sum_n (t_n - w^{\\top} x_n)^2$$\n"
                + "$$\\nabla E(w) = -\\sum_n (t_n - w^{\\top} x_n) x_n$$\n");
    }

    @Test
    void aSansSerifTransposeOfBoldVectors() {
        String e = "$$E(\\boldsymbol{w}) = \\sum_{i=1}^{N} \\left(y_i - \\boldsymbol{w}^{\\mathsf T}\\boldsymbol{x}_i\\right)^2 "
                + "+ \\lambda \\|\\boldsymbol{w}\\|^2$$\n";
        assertMarks("✓", e + "$$\\nabla E(\\boldsymbol{w}) = -2\\sum_{i=1}^{N} \\left(y_i - \\boldsymbol{w}^{\\mathsf T}\\boldsymbol{x}_i"
                + "\\right)\\boldsymbol{x}_i + 2\\lambda\\boldsymbol{w}$$\n");
        assertMarks("✗", e + "$$\\nabla E(\\boldsymbol{w}) = -2\\sum_{i=1}^{N} \\left(y_i - \\boldsymbol{w}^{\\mathsf T}\\boldsymbol{x}_i"
                + "\\right)\\boldsymbol{x}_i + \\lambda\\boldsymbol{w}$$\n");
    }
}
