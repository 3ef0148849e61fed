package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Bishop's PRML (§4.3.2, logistic regression) as it is printed: an upright transpose
 * {@code \mathbf{w}^{\mathrm{T}}\boldsymbol{\phi}_n}, and {@code \frac{d\sigma}{da} = \sigma(1 - \sigma)} (4.88)
 * beside a document that applies σ only to {@code \mathbf{w}^{\mathrm{T}}\boldsymbol{\phi}_n}. Each rule with
 * a right step (✓) and a wrong one (✗).
 */
class PrmlNotationTest {
    private static final String MODEL = "$$y_n = \\sigma(\\mathbf{w}^{\\mathrm{T}}\\boldsymbol{\\phi}_n)$$\n\n"
            + "$$E(\\mathbf{w}) = -\\sum_{n=1}^{N}\\left\\{t_n \\ln y_n + (1 - t_n)\\ln(1 - y_n)\\right\\}$$\n\n";

    @Test
    void anUprightTransposeIsATranspose() {
        // before, ^{\mathrm{T}} was read as an inner product nowhere: the definitions and every step were skipped
        assertMarks("✓", MODEL + "$$\\frac{\\partial E}{\\partial w_j} = \\sum_{n=1}^{N} (y_n - t_n)\\phi_{nj}$$\n");
        assertMarks("✗", MODEL + "$$\\frac{\\partial E}{\\partial w_j} = \\sum_{n=1}^{N} (t_n - y_n)\\phi_{nj}$$\n");
        assertMarks("✓", MODEL
                + "$$\\frac{\\partial^2 E}{\\partial w_j \\partial w_k} = \\sum_{n=1}^{N} y_n(1 - y_n)\\phi_{nj}\\phi_{nk}$$\n");
        // the other upright spellings, and one with a sample label
        for (String t : new String[] {"^{\\mathsf{T}}", "^{\\text{T}}", "^{\\intercal}", "^{\\top}"}) {
            assertMarks("✓", "$$f = \\tanh(\\mathbf{v}" + t + "\\mathbf{u})$$\n\n"
                    + "$$\\frac{\\partial f}{\\partial v_a} = (1 - f^2) u_a$$\n");
        }
        String lms = "$$J(\\theta) = \\frac{1}{2} \\sum_{i=1}^{n} \\left( \\theta^\\top x^{(i)} - y^{(i)} \\right)^2$$\n\n";
        assertMarks("✓", lms + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\sum_{i=1}^{n} "
                + "\\left( x^{(i)\\mathrm{T}} \\theta - y^{(i)} \\right) x_j^{(i)}$$\n");
        // a matrix transposed with an upright T is read entry by entry as with \top (since session 54; it was refused as matrix
        // notation): h is then a vector defined by its entries, and the step by a component with h whole is undecided, saying so
        String matrix = marks("$$h = \\mathbf{X}^{\\mathrm{T}}(\\mathbf{p} - \\mathbf{y})$$\n\n$$\\frac{\\partial h}{\\partial p_a} = 1$$\n");
        assertTrue(matrix.startsWith("?") && matrix.contains("h is defined by its entries"), matrix);
    }

    @Test
    void aBareSigmaDifferentiatedByAVariableItsArgumentDoesNotInvolveIsSigmaOfThatVariable() {
        // PRML (4.88): the document applies σ only to w^T φ_n, which does not involve a
        assertMarks("✓", MODEL + "$$\\frac{d\\sigma}{da} = \\sigma(1 - \\sigma)$$\n");
        assertMarks("✗", MODEL + "$$\\frac{d\\sigma}{da} = \\sigma(1 + \\sigma)$$\n");
        assertMarks("✓", MODEL + "$$\\frac{d\\sigma}{da} = \\sigma(a)(1 - \\sigma(a))$$\n");
        // Nielsen's bare σ differentiated by a variable its one argument involves is still σ of that argument
        String neuron = "$$z = \\sum_j w_j x_j + b$$\n\n$$a = \\sigma(z)$$\n\n";
        assertMarks("✓", neuron + "$$\\frac{\\partial \\sigma}{\\partial w_j} = \\sigma'(z) x_j$$\n");
        assertMarks("✗", neuron + "$$\\frac{\\partial \\sigma}{\\partial w_j} = \\sigma(z)(1 - \\sigma(z))$$\n");
    }
}
