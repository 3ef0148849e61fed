package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Two readings CS229's logistic-regression notes need, each general. (1) The cross-entropy written without a bracket,
 * {@code \sum_i y^{(i)} \log h + (1 - y^{(i)}) \log (1 - h)}: M10 ends a sum's body at the next +, which left the second
 * term with a free i (a fixed label), and every correct derivative of it was ✗. A term after a sum that uses the sum's
 * index, which nothing else in the formula uses freely, now belongs to the body, with a reading note. (2) The order of
 * a name's scripts: {@code x^{(i)}_j} was x_{ij} but {@code x_j^{(i)}} x_{ji}, so the Hessian
 * {@code -\sum_i h(1 - h) x^{(i)}_j x^{(i)}_k} was ✗ against a gradient written {@code x_j^{(i)}}; TeX places both
 * scripts whatever their order, and so does the reader now.
 */
class WrittenLikeCs229Test {
    private static final String BCE = "$$L = \\sum_{i=1}^m y_i \\log p_i + (1 - y_i) \\log (1 - p_i)$$\n\n";

    @Test
    void aTermAfterASumThatUsesItsIndexIsInItsBody() {
        assertMarks("✓", BCE + "$$\\frac{\\partial L}{\\partial p_j} = \\frac{y_j}{p_j} - \\frac{1 - y_j}{1 - p_j}$$\n");
        assertMarks("✗", BCE + "$$\\frac{\\partial L}{\\partial p_j} = \\frac{y_j}{p_j} + \\frac{1 - y_j}{1 - p_j}$$\n");
        // with a coefficient and a sign before the sum, three terms, then a regulariser outside it
        String ridge = "$$J = -\\frac{1}{n} \\sum_{k} t_k \\log q_k - (1 - t_k) \\log (1 - q_k) + \\lambda w^2$$\n\n";
        assertMarks("✓", ridge + "$$\\frac{\\partial J}{\\partial q_a} = -\\frac{1}{n}\\left(\\frac{t_a}{q_a} + \\frac{1 - t_a}{1 - q_a}\\right)$$\n");
        assertMarks("✓", ridge + "$$\\frac{\\partial J}{\\partial w} = 2 \\lambda w$$\n");
        // a chain whose other side says the same in brackets
        assertMarks("✓", "$$\\sum_i a_i x_i + b_i x_i^2 = \\sum_i \\left(a_i x_i + b_i x_i^2\\right)$$\n");
    }

    @Test
    void aTermWhoseIndexTheFirstSideUsesStaysOutside() {
        // g_k has k free, so x_k after the sum over k is the k-th component, not a summand
        String g = "$$g_k = \\sum_k x_k^2 + x_k$$\n\n";
        assertMarks("✓", g + "$$\\frac{\\partial g_k}{\\partial x_j} = 2 x_j + \\delta_{kj}$$\n");
        assertMarks("✗", g + "$$\\frac{\\partial g_k}{\\partial x_j} = 2 x_j + 1$$\n");
    }

    @Test
    void theScriptsOfANameReadTheSameInEitherOrder() {
        assertMarks("✓", "$$\\sum_i x^{(i)}_j = \\sum_i x_j^{(i)}$$\n");
        assertMarks("✓", "$$\\sum_n a_n z^{(n)}_k z^{(n)}_m = \\sum_n a_n z_k^{(n)} z_m^{(n)}$$\n");
        assertMarks("✗", "$$\\sum_n z^{(n)}_k = \\sum_n z_n^{(k)}$$\n");
    }

    @Test
    void theCs229HessianIsProven() {
        String notes = "$$g(z) = \\frac{1}{1 + e^{-z}}$$\n\n$$h_\\theta(x) = g(\\theta^T x)$$\n\n"
                + "$$\\ell(\\theta) = \\sum_{i=1}^m y^{(i)} \\log h_\\theta(x^{(i)}) + (1 - y^{(i)}) \\log (1 - h_\\theta(x^{(i)}))$$\n\n";
        assertMarks("✓", notes + "$$\\frac{\\partial}{\\partial \\theta_j} \\ell(\\theta) = \\sum_{i=1}^m \\left(y^{(i)} - "
                + "h_\\theta(x^{(i)})\\right) x_j^{(i)}$$\n");
        assertMarks("✓", notes + "$$\\frac{\\partial^2 \\ell}{\\partial \\theta_j \\partial \\theta_k} = -\\sum_{i=1}^m "
                + "h_\\theta(x^{(i)})(1 - h_\\theta(x^{(i)})) x^{(i)}_j x^{(i)}_k$$\n");
        assertMarks("✗", notes + "$$\\frac{\\partial^2 \\ell}{\\partial \\theta_j \\partial \\theta_k} = \\sum_{i=1}^m "
                + "h_\\theta(x^{(i)})(1 - h_\\theta(x^{(i)})) x^{(i)}_j x^{(i)}_k$$\n");
    }

    @Test
    void eachSumsNoteNamesItsOwnNextTerm() {
        org.symgrad.parse.latex.Reading r = org.symgrad.parse.latex.LatexReader.read(
                "\\sum_i a_i + b_i + c + \\sum_k u_k + v_k");
        java.util.List<String> notes = r.notes().stream().map(n -> n.text()).filter(t -> t.contains(" read over ")).toList();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
                "\\sum_i read over b_i too, which uses i: write \\left( … \\right) around the body to say so, or rename the index if the term is outside the sum",
                "\\sum_k read over v_k too, which uses k: write \\left( … \\right) around the body to say so, or rename the index if the term is outside the sum"),
                notes);
    }
}
