package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * The reading rules added for the tenth round of {@link FreshHomeworkTest}'s documents, each with a
 * right step (proven) and a wrong one (false), so that a rule that reads too much or too little fails
 * here; the checker samples every step numerically, which is the oracle. Where the rule refuses a
 * formula, the message says why.
 */
class TenthRoundNotationTest {
    @Test
    void aTransposeAfterASampleLabelIsTheTransposeOfTheLabelledVector() {
        // CS229: x^{(i)\top} \theta and x^{(i)T} \theta are the inner product Σ_k x_k^{(i)} θ_k
        String lms = "$$J(\\theta) = \\frac{1}{2} \\sum_{i=1}^{n} \\left( \\theta^\\top x^{(i)} - y^{(i)} \\right)^2$$\n\n";
        assertMarks("✓", lms + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\sum_{i=1}^{n} "
                + "\\left( x^{(i)\\top} \\theta - y^{(i)} \\right) x_j^{(i)}$$\n");
        assertMarks("✓", lms + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\sum_{i=1}^{n} "
                + "\\left( x^{(i)T} \\theta - y^{(i)} \\right) x_j^{(i)}$$\n");
        assertMarks("✗", lms + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\sum_{i=1}^{n} "
                + "\\left( x^{(i)\\top} \\theta - y^{(i)} \\right) x_j^{(i)} x_j^{(i)}$$\n");
        // other names, another label letter, the transposed vector inside a function
        String logistic = "$$L = \\sum_{n=1}^{N} \\log\\left(1 + \\exp\\left(-t^{(n)} w^{(n)\\top} z\\right)\\right)$$\n\n";
        assertMarks("✓", logistic + "$$\\frac{\\partial L}{\\partial z_a} = -\\sum_{n=1}^{N} "
                + "\\sigma\\left(-t^{(n)} w^{(n)\\top} z\\right) t^{(n)} w_a^{(n)}$$\n");
        assertMarks("✗", logistic + "$$\\frac{\\partial L}{\\partial z_a} = \\sum_{n=1}^{N} "
                + "\\sigma\\left(-t^{(n)} w^{(n)T} z\\right) t^{(n)} w_a^{(n)}$$\n");
        // a subscripted transposed vector, word2vec's u_o^T v_c: Σ_k u_{ok} v_{ck}
        String skipGram = "$$s = \\log \\sum_{w=1}^{W} \\exp\\left(\\mathbf{u}_w^\\top \\mathbf{v}_c\\right) "
                + "- \\mathbf{u}_o^\\top \\mathbf{v}_c$$\n\n";
        assertMarks("✓", skipGram + "$$\\frac{\\partial s}{\\partial v_{c b}} = \\sum_{w=1}^{W} \\frac{\\exp\\left("
                + "\\mathbf{u}_w^\\top \\mathbf{v}_c\\right)}{\\sum_{x=1}^{W} \\exp\\left(\\mathbf{u}_x^\\top \\mathbf{v}_c"
                + "\\right)} u_{w b} - u_{o b}$$\n");
        assertMarks("✗", skipGram + "$$\\frac{\\partial s}{\\partial v_{c b}} = u_{o b} - \\sum_{w=1}^{W} "
                + "\\frac{\\exp\\left(\\mathbf{u}_w^\\top \\mathbf{v}_c\\right)}{\\sum_{x=1}^{W} \\exp\\left("
                + "\\mathbf{u}_x^\\top \\mathbf{v}_c\\right)} u_{w b}$$\n");
        // no inner product follows: the usual refusal of matrix notation, naming the transpose
        String alone = marks("$$r = x^{(i)\\top}$$\n");
        assertTrue(alone.contains("a transpose ({(i)\\top}) is matrix notation"), alone);
        String quadratic = marks("$$q = x^{(i)\\top} A x^{(i)}$$\n");
        assertTrue(quadratic.contains("is matrix notation"), quadratic);
    }
}
