package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * Vectors and matrices written in plain letters, as lecture notes write them: a lower-case name the document declares with
 * more than one entry ({@code \theta \in \mathbb{R}^n}, {@code y \in \mathbb{R}^m}) is a vector wherever it is written whole;
 * a lower-case name defined by a side that reads as a vector ({@code z = Wx + b}, then {@code a = \sigma(z)}) is one too; the
 * examples' values {@code y^{(i)}} written whole beside a matrix's rows are their vector. A bold name called a vector in
 * words leaves its plain letter what the document makes it.
 */
class PlainLetterVectorsTest {

    @Test
    void aDeclaredPlainVectorAndMatrixReadEntryByEntry() {
        // linear regression in CS229's plain letters, θ ∈ ℝⁿ, X ∈ ℝ^{m×n}, y ∈ ℝ^m (was: every line skipped, "a transpose is matrix notation")
        PublicInputsTest.check(""
                + "Let $X \\in \\mathbb{R}^{m \\times n}$, $y \\in \\mathbb{R}^m$ and $\\theta \\in \\mathbb{R}^n$. The cost is\n"
                + "\n"
                + "$$J(\\theta) = \\frac{1}{2} (X\\theta - y)^T (X\\theta - y)$$\n"
                + "\n"
                + "$$\\nabla_{\\theta} J = X^T (X\\theta - y)$$\n"
                + "\n"
                + "$$\\nabla_{\\theta} J = X^T (X\\theta + y)$$\n", "✓✗");
    }

    @Test
    void ridgeRegressionInPlainLetters() {
        // the ridge objective, expanded, its gradient two ways and its Hessian (was: 1 proven, 3 skipped)
        PublicInputsTest.check(""
                + "## Ridge regression\n"
                + "\n"
                + "Let $X \\in \\mathbb{R}^{n \\times d}$ be the data matrix, $y \\in \\mathbb{R}^n$ the responses and $w \\in \\mathbb{R}^d$ the weights. The ridge objective is\n"
                + "\n"
                + "$$J(w) = \\frac{1}{2}\\|y - Xw\\|_2^2 + \\frac{\\lambda}{2}\\|w\\|_2^2$$\n"
                + "\n"
                + "Expanding,\n"
                + "\n"
                + "$$J(w) = \\frac{1}{2}y^T y - y^T X w + \\frac{1}{2} w^T X^T X w + \\frac{\\lambda}{2} w^T w$$\n"
                + "\n"
                + "The gradient is\n"
                + "\n"
                + "$$\\nabla_w J = -X^T(y - Xw) + \\lambda w$$\n"
                + "\n"
                + "$$\\nabla_w J = X^T X w - X^T y + \\lambda w$$\n"
                + "\n"
                + "and the Hessian\n"
                + "\n"
                + "$$\\nabla_w^2 J = X^T X + \\lambda I$$\n"
                + "\n"
                + "A common slip:\n"
                + "\n"
                + "$$\\nabla_w J = -X^T(y - Xw) + 2\\lambda w$$\n", "✓✓✓✓✗");
    }

    @Test
    void theExamplesLabelsWrittenWholeBesideADesignMatrixAreAVector() {
        // y^{(i)} the labels: y in X^T(σ(Xθ) − y) is their vector, X the examples as rows (was: the right step a wrong ✗, y one number)
        PublicInputsTest.check(""
                + "Let $\\theta \\in \\mathbb{R}^{n}$ and training examples $x^{(i)} \\in \\mathbb{R}^{n}$ with labels $y^{(i)} \\in \\{0, 1\\}$, $i = 1, \\dots, m$. The hypothesis is\n"
                + "\n"
                + "$$h_\\theta(x) = \\frac{1}{1 + e^{-\\theta^T x}}$$\n"
                + "\n"
                + "and the cost is\n"
                + "\n"
                + "$$J(\\theta) = -\\frac{1}{m} \\sum_{i=1}^{m} \\left[ y^{(i)} \\log h_\\theta(x^{(i)}) + (1 - y^{(i)}) \\log (1 - h_\\theta(x^{(i)})) \\right]$$\n"
                + "\n"
                + "Its gradient is\n"
                + "\n"
                + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m} \\sum_{i=1}^{m} \\left( h_\\theta(x^{(i)}) - y^{(i)} \\right) x^{(i)}_j$$\n"
                + "\n"
                + "$$\\nabla_\\theta J = \\frac{1}{m} \\sum_{i=1}^{m} \\left( h_\\theta(x^{(i)}) - y^{(i)} \\right) x^{(i)}$$\n"
                + "\n"
                + "$$\\nabla_\\theta J = \\frac{1}{m} X^T (\\sigma(X\\theta) - y)$$\n"
                + "\n"
                + "$$\\nabla_\\theta J = \\frac{1}{m} X^T (\\sigma(X\\theta) + y)$$\n", "✓✓✓✗");
    }

    @Test
    void aDeclaredSymmetricMatrixWithBe() {
        // "Let $A \\in \\mathbb{R}^{n \\times n}$ be symmetric" assumes A symmetric, so ∇(½xᵀAx − bᵀx) = Ax − b (was: every line skipped)
        PublicInputsTest.check(""
                + "Let $A \\in \\mathbb{R}^{n \\times n}$ be symmetric and $b \\in \\mathbb{R}^n$, $x \\in \\mathbb{R}^n$. For the quadratic\n"
                + "\n"
                + "$$f(x) = \\frac{1}{2} x^T A x - b^T x + c$$\n"
                + "\n"
                + "the gradient is\n"
                + "\n"
                + "$$\\nabla f(x) = A x - b$$\n"
                + "\n"
                + "and the Hessian is $\\nabla^2 f(x) = A$. If $A$ were not symmetric we would get\n"
                + "\n"
                + "$$\\nabla f(x) = \\frac{1}{2}(A + A^T) x - b$$\n"
                + "\n"
                + "A wrong one:\n"
                + "\n"
                + "$$\\nabla f(x) = A x + b$$\n", "✓✓✗");
    }

    @Test
    void namesDefinedByVectorsAreVectors() {
        // z = Wx + b and a = σ(z) defined in one display are vectors, so the backward pass reads entry by entry (was: 1 proven, 4 undecided); W times an m-vector stays undecided
        PublicInputsTest.check(""
                + "## One layer, squared error\n"
                + "\n"
                + "Let $W \\in \\mathbb{R}^{m \\times n}$, $x \\in \\mathbb{R}^n$, $b \\in \\mathbb{R}^m$ and $y \\in \\mathbb{R}^m$. Define\n"
                + "\n"
                + "$$z = Wx + b, \\qquad a = \\sigma(z), \\qquad L = \\frac{1}{2}\\|a - y\\|^2$$\n"
                + "\n"
                + "Then\n"
                + "\n"
                + "$$\\frac{\\partial L}{\\partial a} = a - y$$\n"
                + "\n"
                + "$$\\frac{\\partial L}{\\partial z} = (a - y) \\odot a \\odot (1 - a)$$\n"
                + "\n"
                + "$$\\frac{\\partial L}{\\partial b} = (a - y) \\odot \\sigma'(z)$$\n"
                + "\n"
                + "$$\\frac{\\partial L}{\\partial W} = \\left[(a - y) \\odot a \\odot (1 - a)\\right] x^T$$\n"
                + "\n"
                + "$$\\frac{\\partial L}{\\partial x} = W^T \\left[(a - y) \\odot a \\odot (1 - a)\\right]$$\n"
                + "\n"
                + "and a slip:\n"
                + "\n"
                + "$$\\frac{\\partial L}{\\partial x} = W \\left[(a - y) \\odot a \\odot (1 - a)\\right]$$\n", "✓✓✓✓✓?");
    }

    @Test
    void aSoftmaxOfADeclaredVectorIsAVector() {
        // p = softmax(z) with z ∈ ℝ^K, and the one-hot y (was: 1 proven, 2 undecided)
        PublicInputsTest.check(""
                + "Let $z \\in \\mathbb{R}^K$ be the logits, $p = \\mathrm{softmax}(z)$ with $p_i = \\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}}$, and $y \\in \\{0,1\\}^K$ a one-hot label. The loss is\n"
                + "\n"
                + "$$L = -\\sum_{k=1}^{K} y_k \\log p_k$$\n"
                + "\n"
                + "The softmax Jacobian is\n"
                + "\n"
                + "$$\\frac{\\partial p_i}{\\partial z_j} = p_i(\\delta_{ij} - p_j)$$\n"
                + "\n"
                + "and, since $\\sum_k y_k = 1$,\n"
                + "\n"
                + "$$\\frac{\\partial L}{\\partial z} = p - y$$\n"
                + "\n"
                + "A wrong one:\n"
                + "\n"
                + "$$\\frac{\\partial L}{\\partial z} = y - p$$\n", "✓✓✗");
    }

    @Test
    void theScalarReadersComponentReadingStaysWhereEntriesDoNotRead() {
        // Σ_i (σ(x_iᵀθ) − y_i) x_i is read by components as before; the vectorised forms entry by entry
        PublicInputsTest.check(""
                + "## Logistic regression, vectorised\n"
                + "\n"
                + "Let $X \\in \\mathbb{R}^{n \\times d}$, $y \\in \\{0, 1\\}^n$ and $\\theta \\in \\mathbb{R}^d$, with $\\sigma(z) = \\frac{1}{1 + e^{-z}}$ applied entrywise. The negative log-likelihood is\n"
                + "\n"
                + "$$\\ell(\\theta) = -\\sum_{i=1}^{n} \\left[ y_i \\log \\sigma(x_i^T \\theta) + (1 - y_i) \\log(1 - \\sigma(x_i^T \\theta)) \\right]$$\n"
                + "\n"
                + "where $x_i^T$ is the $i$-th row of $X$. Its gradient is\n"
                + "\n"
                + "$$\\nabla_\\theta \\ell = \\sum_{i=1}^{n} (\\sigma(x_i^T \\theta) - y_i) x_i$$\n"
                + "\n"
                + "$$\\nabla_\\theta \\ell = X^T (\\sigma(X\\theta) - y)$$\n"
                + "\n"
                + "and its Hessian\n"
                + "\n"
                + "$$\\nabla^2_\\theta \\ell = X^T S X$$\n"
                + "\n"
                + "with $S = \\mathrm{diag}(\\sigma(X\\theta) \\odot (1 - \\sigma(X\\theta)))$. A wrong sign:\n"
                + "\n"
                + "$$\\nabla_\\theta \\ell = X^T (y - \\sigma(X\\theta))$$\n", "✓✓✓✗");
    }

    @Test
    void aBoldVectorCalledSoInWordsLeavesItsPlainLetterANumber() {
        // the seed-001 case: \\boldsymbol x a 2-dimensional vector, x in the softplus a number
        PublicInputsTest.check(""
                + "Let $\\boldsymbol x$ be a 2-dimensional vector and $f(\\boldsymbol x) = \\boldsymbol x^T \\boldsymbol x$. Then\n"
                + "\n"
                + "$$\\nabla f = 2\\boldsymbol x$$\n"
                + "\n"
                + "For the softplus, with a number $x$,\n"
                + "\n"
                + "$$\\frac{d}{dx} \\ln(1 + e^x) = \\frac{e^x}{1 + e^x}$$\n"
                + "\n"
                + "$$\\frac{d}{dx} \\ln(e^x) = 1$$\n", "–✓✓");
    }
}
