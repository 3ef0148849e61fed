package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Hessians in matrix form with plain names, read entry by entry: {@code \nabla^2_\theta L = \sum_i \lambda_i x_i x_i^\top}
 * beside {@code \lambda_i = \exp(\theta^\top x_i)} (θ a vector as the document writes it transposed; x_i, written
 * transposed with its subscript, the i-th of several vectors with entries x_{ij}), and the softmax regression block
 * {@code \frac{\partial^2 \ell}{\partial \theta_j \partial \theta_k^T} = p_j(\delta_{jk} - p_k) x x^T} (θ_j, θ_k members
 * of a family of vectors, x the column of an outer product). Before: skipped, '\nabla of a vector is matrix notation' and
 * 'a transpose (T) is matrix notation'.
 */
class HessianOuterProductsTest {
    private static final String POISSON = "The model is $\\lambda_i = \\exp(\\theta^\\top x_i)$ and the negative log-likelihood is\n\n"
            + "$$\n\\mathcal{L}(\\theta) = \\sum_{i=1}^{m} \\left( \\lambda_i - y_i \\log \\lambda_i + \\log y_i! \\right)\n$$\n\n"
            + "and the Hessian is\n\n";

    @Test
    void thePoissonRegressionHessianIsASumOfWeightedOuterProducts() {
        assertMarks("✓", POISSON + "$$\n\\nabla^2_\\theta \\mathcal{L} = \\sum_{i=1}^{m} \\lambda_i\\, x_i x_i^\\top\n$$\n");
        assertMarks("✓", POISSON + "$$\n\\nabla_\\theta^2 \\mathcal{L} = \\sum_{i=1}^{m} \\lambda_i x_i x_i^T\n$$\n");
        // the gradient's residual kept as the weight, or the weight dropped
        assertMarks("✗", POISSON + "$$\n\\nabla^2_\\theta \\mathcal{L} = \\sum_{i=1}^{m} (\\lambda_i - y_i)\\, x_i x_i^\\top\n$$\n");
        assertMarks("✗", POISSON + "$$\n\\nabla^2_\\theta \\mathcal{L} = \\sum_{i=1}^{m} x_i x_i^\\top\n$$\n");
        // the gradient beside it is read by components as before
        assertMarks("✓", POISSON + "$$\n\\nabla_\\theta \\mathcal{L} = \\sum_{i=1}^{m} (\\lambda_i - y_i)\\, x_i\n$$\n");
    }

    @Test
    void theSoftmaxRegressionHessianBlock() {
        String softmax = "Let $p_k = \\frac{e^{\\theta_k^T x}}{\\sum_{l=1}^K e^{\\theta_l^T x}}$ and "
                + "$\\ell(\\theta) = -\\sum_{k=1}^K y_k \\log p_k$ with $y$ one-hot.\n\n";
        assertMarks("✓", softmax + "$$\\frac{\\partial^2 \\ell}{\\partial \\theta_j \\partial \\theta_k^T} = p_j(\\delta_{jk} - p_k)\\, x x^T$$\n");
        assertMarks("✗", softmax + "$$\\frac{\\partial^2 \\ell}{\\partial \\theta_j \\partial \\theta_k^T} = p_j(1 - p_k)\\, x x^T$$\n");
        assertMarks("✗", softmax + "$$\\frac{\\partial^2 \\ell}{\\partial \\theta_j \\partial \\theta_k^T} = -p_j(\\delta_{jk} - p_k)\\, x x^T$$\n");
    }
}
