package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * One example's vector in a batch: the prose declares the examples {@code $\mathbf{x}_n \in \mathbb{R}^{D}$} and the
 * targets {@code $\mathbf{t}_n \in \mathbb{R}^{K}$}, and defines the scores inline, {@code $\mathbf{z}_n = W\mathbf{x}_n$}.
 * The inline definition is read by the vector's entries, z_nk = Σ_d W_kd x_nd, as the same formula in a display is
 * (before, z_n was read as one number W·x_n, so z_nk was undefined and every step undecided); and "one-hot targets"
 * followed by the targets' declaration in one inline formula assumes them one-hot (before, only a bare name was read,
 * so the right gradient Σ_n (p_nk − t_nk) x_nd was a wrong ✗).
 */
class PerExampleVectorsTest {
    private static final String DECLARED = "Let $W \\in \\mathbb{R}^{K \\times D}$, $\\mathbf{x}_n \\in \\mathbb{R}^{D}$ for "
            + "$n = 1, \\dots, N$, and one-hot targets $\\mathbf{t}_n \\in \\mathbb{R}^{K}$.\n";
    private static final String LOSS = "The loss is\n\n"
            + "$$E = -\\frac{1}{N} \\sum_{n=1}^{N} \\sum_{k=1}^{K} t_{nk} \\log p_{nk}$$\n\nThe gradient is\n\n";
    private static final String STEPS = "$$\\frac{\\partial E}{\\partial W_{kd}} = \\frac{1}{N} \\sum_{n=1}^{N} (p_{nk} - t_{nk}) x_{nd}$$\n\n"
            + "$$\\nabla_W E = \\frac{1}{N} \\sum_{n=1}^{N} (\\mathbf{p}_n - \\mathbf{t}_n) \\mathbf{x}_n^\\top$$\n\n"
            + "$$\\frac{\\partial E}{\\partial W_{kd}} = \\frac{1}{D} \\sum_{n=1}^{N} (p_{nk} - t_{nk}) x_{nd}$$\n";

    @Test
    void anExamplesVectorDefinedInlineIsReadByItsEntries() {
        PublicInputsTest.check(DECLARED + "The scores are $\\mathbf{z}_n = W \\mathbf{x}_n$ and "
                + "$p_{nk} = \\frac{e^{z_{nk}}}{\\sum_{j=1}^{K} e^{z_{nj}}}$. " + LOSS + STEPS, "✓✓✗");
    }

    @Test
    void anExamplesVectorDefinedInADisplayReadsTheSame() {
        PublicInputsTest.check(DECLARED + "The scores are\n\n$$\\mathbf{z}_n = W \\mathbf{x}_n$$\n\nand the probabilities\n\n"
                + "$$p_{nk} = \\frac{e^{z_{nk}}}{\\sum_{j=1}^{K} e^{z_{nj}}}$$\n\n" + LOSS + STEPS, "✓✓✗");
    }

    @Test
    void targetsDeclaredWithTheirSetAreStillSaidToBeOneHot() {
        // without "one-hot" the right gradient holds only where Σ_k t_nk = 1: it is false for targets of any sum
        String plain = DECLARED.replace("one-hot targets", "targets");
        PublicInputsTest.check(plain + "The scores are $\\mathbf{z}_n = W \\mathbf{x}_n$ and "
                + "$p_{nk} = \\frac{e^{z_{nk}}}{\\sum_{j=1}^{K} e^{z_{nj}}}$. " + LOSS
                + "$$\\frac{\\partial E}{\\partial W_{kd}} = \\frac{1}{N} \\sum_{n=1}^{N} (p_{nk} - t_{nk}) x_{nd}$$\n", "✗");
    }

    @Test
    void aSetAfterANameNegatedAssumesNothing() {
        PublicInputsTest.check("Let $\\mathbf{x} \\in \\mathbb{R}^{K}$ and the targets $\\mathbf{t} \\in \\mathbb{R}^{K}$, which are "
                + "not one-hot, with\n\n$$p_k = \\frac{e^{x_k}}{\\sum_{j=1}^{K} e^{x_j}}$$\n\n"
                + "$$L = -\\sum_{k=1}^{K} t_k \\log p_k$$\n\n$$\\frac{\\partial L}{\\partial x_j} = p_j - t_j$$\n", "✗");
    }

    @Test
    void aChainOfVectorsDefinedInlineAtOneTimeStep() {
        // a_t = U x_t, then s_t = tanh(a_t) elementwise: s_tk = tanh(Σ_d U_kd x_td)
        PublicInputsTest.check("Let $W \\in \\mathbb{R}^{H \\times H}$, $U \\in \\mathbb{R}^{H \\times D}$, inputs "
                + "$\\mathbf{x}_t \\in \\mathbb{R}^{D}$ and states $\\mathbf{h}_t \\in \\mathbb{R}^{H}$. The pre-activation is "
                + "$\\mathbf{a}_t = U \\mathbf{x}_t$ and the state is $\\mathbf{s}_t = \\tanh(\\mathbf{a}_t)$. The loss of one step is\n\n"
                + "$$L = \\frac{1}{2} \\sum_{k=1}^{H} s_{tk}^2$$\n\nThen\n\n"
                + "$$\\frac{\\partial L}{\\partial U_{kd}} = s_{tk} (1 - s_{tk}^2) x_{td}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial U_{kd}} = s_{tk} (1 - s_{tk}) x_{td}$$\n", "✓✗");
    }

    @Test
    void anExamplesVectorDefinedByADeclaredMatrixTakesItsRows() {
        // z_i is not declared: z_i = W x_i gives it W's K rows, so softmax(z_i) sums over K and a gradient divided by K for m is
        // false (before, the document was read with its sizes one, and that step was proven)
        PublicInputsTest.check("Let $W \\in \\mathbb{R}^{K \\times D}$ and training examples $\\mathbf{x}_i \\in \\mathbb{R}^{D}$, "
                + "$i = 1, \\dots, m$, with one-hot labels $\\mathbf{y}_i \\in \\{0, 1\\}^{K}$. Define\n\n"
                + "$$\\mathbf{z}_i = W \\mathbf{x}_i$$\n\n$$\\hat{\\mathbf{y}}_i = \\mathrm{softmax}(\\mathbf{z}_i)$$\n\nThe cost is\n\n"
                + "$$J(W) = -\\frac{1}{m} \\sum_{i=1}^{m} \\sum_{k=1}^{K} y_{ik} \\log \\hat{y}_{ik}$$\n\nIts gradient is\n\n"
                + "$$\\nabla_W J = \\frac{1}{m} \\sum_{i=1}^{m} (\\hat{\\mathbf{y}}_i - \\mathbf{y}_i) \\mathbf{x}_i^\\top$$\n\n"
                + "$$\\frac{\\partial J}{\\partial W_{kj}} = \\frac{1}{K} \\sum_{i=1}^{m} (\\hat{y}_{ik} - y_{ik}) x_{ij}$$\n", "✓✗");
    }

    @Test
    void oneHotLabelsWithTheExampleAboveAreOneHotAlongTheClass() {
        // y^{(i)}_k is the entry y_{k i}: "one-hot labels $\mathbf{y}^{(i)}$" makes each example's column one-hot (before, the
        // label above the name hid it, nothing was assumed, and the right gradient was a wrong ✗)
        PublicInputsTest.check("Let $W \\in \\mathbb{R}^{K \\times D}$ and training examples $\\mathbf{x}^{(i)} \\in \\mathbb{R}^{D}$, "
                + "$i = 1, \\dots, m$, with one-hot labels $\\mathbf{y}^{(i)} \\in \\{0, 1\\}^{K}$. Define\n\n"
                + "$$\\hat{\\mathbf{y}}^{(i)} = \\mathrm{softmax}(W \\mathbf{x}^{(i)})$$\n\nThe cost is\n\n"
                + "$$J(W) = -\\frac{1}{m} \\sum_{i=1}^{m} \\sum_{k=1}^{K} y^{(i)}_k \\log \\hat{y}^{(i)}_k$$\n\nIts gradient is\n\n"
                + "$$\\frac{\\partial J}{\\partial W_{kj}} = \\frac{1}{m} \\sum_{i=1}^{m} (\\hat{y}^{(i)}_k - y^{(i)}_k) x^{(i)}_j$$\n\n"
                + "$$\\frac{\\partial J}{\\partial W_{kj}} = \\frac{1}{K} \\sum_{i=1}^{m} (\\hat{y}^{(i)}_k - y^{(i)}_k) x^{(i)}_j$$\n", "✓✗");
    }

    @Test
    void anIndexsRangeWrittenInlineIsNoDefinitionOfIt() {
        // "$n = 1, \dots, N$" gives the values n takes: read as an unread definition of n, it excused the false chain-rule
        // step below as "could not read the inline definition of n" (was ?)
        PublicInputsTest.check("Let $W \\in \\mathbb{R}^{K \\times D}$ and examples $\\mathbf{x}_n \\in \\mathbb{R}^{D}$, "
                + "$n = 1, \\dots, N$, with one-hot targets $\\mathbf{t}_n \\in \\mathbb{R}^{K}$. The scores are "
                + "$\\mathbf{z}_n = W \\mathbf{x}_n$ and\n\n$$y_{nk} = \\frac{e^{z_{nk}}}{\\sum_{c=1}^{K} e^{z_{nc}}}$$\n\n"
                + "$$E(W) = -\\sum_{n=1}^{N} \\sum_{k=1}^{K} t_{nk} \\log y_{nk}$$\n\n"
                + "$$\\frac{\\partial E}{\\partial z_{nk}} = y_{nk} - t_{nk}$$\n\n"
                + "$$\\frac{\\partial E}{\\partial W_{kj}} = \\sum_{n=1}^{N} \\frac{\\partial E}{\\partial z_{nk}} x_{nj}$$\n\n"
                + "$$\\frac{\\partial E}{\\partial W_{kj}} = \\sum_{n=1}^{N} \\frac{\\partial E}{\\partial z_{nk}} x_{nk}$$\n", "✓✓✗");
    }
}
