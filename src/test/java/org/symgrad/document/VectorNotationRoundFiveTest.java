package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Vector notation, round five (VectorEntries): a letter written above a bold name labels it ({@code \mathbf{h}^a},
 * {@code \mathbf{o}^{s}}, {@code \boldsymbol{W}^{l}}), as the reader reads it, and such a name is a vector or matrix
 * of its own with entries h^{(a)}_i; the scope of the bold font is the name ({@code \mathbf{x_i}} is {@code \mathbf{x}_i}),
 * and a letter the document adds to an entry and never subscripts is one scalar, bold or plain (BroadcastScalars); a
 * shape declared in words ("x is a $d$-dimensional vector", "Let $X$ be an $n \times d$ matrix", {@code \in \{0,1\}^K})
 * is a layout fact as a declared {@code \in \mathbb{R}^{m \times n}} is (Dimensions). Each right step ✓ and each wrong
 * step ✗ is decided by the check's own sampling.
 */
class VectorNotationRoundFiveTest {
    @Test
    void aLetterAboveABoldNameLabelsIt() {
        // seed 001: \mathbf{h}^a, \mathbf{h}^s (pre- and post-activation), as the reader reads h_j^a
        assertMarks("✓", "$$\\mathbf{W}(\\mathbf{h}^a + \\mathbf{h}^s) = \\mathbf{W}\\mathbf{h}^a + \\mathbf{W}\\mathbf{h}^{s}$$\n");
        assertMarks("✗", "$$\\mathbf{W}(\\mathbf{h}^a + \\mathbf{h}^s) = \\mathbf{W}\\mathbf{h}^a + \\mathbf{h}^{s}$$\n");
        assertMarks("✓", "$$(\\mathbf{h}^a)^T\\mathbf{h}^s = \\sum_i h_i^a h_i^s$$\n");
        assertMarks("✗", "$$(\\mathbf{h}^a)^T\\mathbf{h}^s = 2\\sum_i h_i^a h_i^s$$\n");
        // other spellings: braced, \boldsymbol, a labelled matrix, T still the transpose
        assertMarks("✓", "$$(\\boldsymbol{a}^{l})^\\top \\boldsymbol{W}^{l} \\boldsymbol{a}^{l} = \\sum_i \\sum_j a_i^l W_{ij}^l a_j^l$$\n");
        assertMarks("✗", "$$(\\boldsymbol{a}^{l})^\\top \\boldsymbol{W}^{l} \\boldsymbol{a}^{l} = \\sum_i \\sum_j a_i^l W_{ji}^l a_i^l$$\n");
        assertMarks("✓", "$$\\mathbf{x}^T\\mathbf{h}^{s} = \\sum_k x_k h_k^s$$\n");
    }

    private static final String LAYER = "$$\\mathbf{h}^s = \\sigma(\\mathbf{h}^a)$$\n\n$$\\mathbf{o}^a = \\mathbf{W}\\mathbf{h}^s$$\n\n"
            + "$$L = \\sum_k o_k^a$$\n\n";

    @Test
    void aLabelledVectorDefinedByNameIsDefinedEntryByEntry() {
        assertMarks("✓", LAYER + "$$\\frac{\\partial L}{\\partial h_j^a} = \\frac{\\partial L}{\\partial h_j^s} \\sigma(h_j^a)(1 - \\sigma(h_j^a))$$\n");
        assertMarks("✗", LAYER + "$$\\frac{\\partial L}{\\partial h_j^a} = \\frac{\\partial L}{\\partial h_j^s} \\sigma(h_j^a)$$\n");
        // seed 001 line 366: the activation φ the document does not define is still applied entry by entry, h^s_i = φ(h^a_i)
        String phi = "$$\\mathbf{h}^s = \\phi(\\mathbf{h}^a)$$\n\n$$\\mathbf{o}^a = \\mathbf{W}\\mathbf{h}^s$$\n\n$$L = \\sum_k o_k^a$$\n\n";
        assertMarks("✓", phi + "$$\\frac{\\partial L}{\\partial \\mathbf{h}_{j}^{a}} = \\frac{\\partial L}{\\partial \\mathbf{h}_{j}^{s}}"
                + " \\frac{\\partial \\mathbf{h}_{j}^{s}}{\\partial \\mathbf{h}_{j}^{a}}$$\n");
        assertMarks("✗", phi + "$$\\frac{\\partial L}{\\partial h_j^a} = \\frac{\\partial L}{\\partial h_j^s}$$\n");
    }

    @Test
    void aGradientByALabelledVectorIsReadEntryByEntry() {
        String z = "$$\\boldsymbol{z}^{s} = \\boldsymbol{W}^{l}\\boldsymbol{h}^{a}$$\n\n$$L = \\sum_i z_i^s$$\n\n";
        assertMarks("✓", z + "$$\\frac{\\partial L}{\\partial \\boldsymbol{h}^{a}} = (\\boldsymbol{W}^{l})^T \\mathbf{1}$$\n");
        assertMarks("✗", z + "$$\\frac{\\partial L}{\\partial \\boldsymbol{h}^{a}} = \\boldsymbol{W}^{l} \\mathbf{1}$$\n");
        // the label inside \nabla's subscript is no index letter of the statement
        assertMarks("✓", z + "$$\\nabla_{\\mathbf{h}^a} L = (\\boldsymbol{W}^{l})^T \\mathbf{1}$$\n");
        assertMarks("✗", z + "$$\\nabla_{\\mathbf{h}^a} L = \\boldsymbol{W}^{l} \\mathbf{1}$$\n");
        // seed 001 lines 342–343: the gradients by W^{(2)} and b^{(2)} through o^a
        String out = "$$\\mathbf{o}^a = \\mathbf{W}^{(2)}\\mathbf{h}^s + \\mathbf{b}^{(2)}$$\n\n$$L = \\sum_k (o_k^a)^2$$\n\n";
        assertMarks("✓", out + "$$\\frac{\\partial L}{\\partial \\mathbf{W}^{(2)}} = \\frac{\\partial L}{\\partial \\mathbf{o}^a} (\\mathbf{h}^s)^T$$\n");
        assertMarks("✗", out + "$$\\frac{\\partial L}{\\partial \\mathbf{W}^{(2)}} = \\frac{\\partial L}{\\partial \\mathbf{o}^a} (\\mathbf{o}^a)^T$$\n");
        assertMarks("✓", out + "$$\\frac{\\partial L}{\\partial \\mathbf{b}^{(2)}} = 2\\mathbf{o}^a$$\n");
        assertMarks("✗", out + "$$\\frac{\\partial L}{\\partial \\mathbf{b}^{(2)}} = \\mathbf{o}^a$$\n");
    }

    @Test
    void aPowerOfAPlainNameIsStillAPower() {
        // only a bold name takes a letter label: x^n of a scalar stays a power
        String got = marks("$$\\frac{\\partial}{\\partial x} x^n = n x^{n-1}$$\n");
        assertTrue(got.startsWith("✓"), got);
    }

    @Test
    void aLetterTheDocumentAddsToAnEntryIsOneScalarBoldOrPlain() {
        // seed 002 lines 11–16: c is never written with a subscript and is added to x_j, so \mathbf{c} is c in every entry
        assertMarks("✓", "$$softmax(\\mathbf{x}+c) = \\frac{e^{\\mathbf{x}+\\mathbf{c}}}{\\sum_{j} e^{x_{j}+c}}$$\n");
        assertMarks("✗", "$$softmax(\\mathbf{x}+c) = \\frac{e^{\\mathbf{x}+\\mathbf{c}}}{\\sum_{j} e^{x_{j}}}$$\n");
        assertMarks("✓", "$$\\frac{e^{\\mathbf{x}+\\mathbf{c}}}{\\sum_{j} e^{x_{j}+c}} = \\frac{e^{\\boldsymbol{x}}e^{c}}{e^{c}\\sum_{j} e^{x_{j}}}$$\n");
        assertMarks("✗", "$$\\frac{e^{\\mathbf{x}+\\mathbf{c}}}{\\sum_{j} e^{x_{j}+c}} = \\frac{e^{\\boldsymbol{x}}e^{c}}{\\sum_{j} e^{x_{j}}}$$\n");
        assertMarks("✓✓", "$$\\sigma(\\mathbf{w}+\\boldsymbol{\\lambda}) = \\sigma(\\mathbf{w} + \\lambda)$$\n\n$$\\sigma(\\lambda + w_k) = \\sigma(w_k + \\lambda)$$\n");
        // shift invariance: softmax(x + c) = softmax(x) for the one scalar c, proven
        assertMarks("✓✓", "$$softmax(\\mathbf{x}+c) = \\frac{e^{\\mathbf{x}+\\mathbf{c}}}{\\sum_{j} e^{x_{j}+c}} = softmax(\\mathbf{x})$$\n");
        // written with components c_j, \mathbf{c} is a vector: adding it is no shift, so the same step is not ✓
        String vector = marks("$$softmax(\\mathbf{x}+\\mathbf{c}) = \\frac{e^{\\mathbf{x}+\\mathbf{c}}}{\\sum_{j} e^{x_{j}+c_j}} = softmax(\\mathbf{x})$$\n");
        assertTrue(vector.startsWith("✓") && !vector.startsWith("✓✓"), vector);
    }

    @Test
    void aSubscriptInsideTheBoldBracesIsTheNamesSubscript() {
        // \mathbf{x_i} is \mathbf{x}_i: the i-th vector, entries x_{ij}, in an inner product and entry by entry
        assertMarks("✓", "$$\\sum_i \\mathbf{w}^T\\mathbf{x_i} = \\sum_i \\sum_j w_j x_{ij}$$\n");
        assertMarks("✗", "$$\\sum_i \\mathbf{w}^T\\mathbf{x_i} = \\sum_i \\sum_j w_j x_{ji}$$\n");
        assertMarks("✓", "$$\\sum_i \\boldsymbol{\\theta}^T\\mathbf{x^{(i)}} = \\sum_i \\sum_j \\theta_j x_j^{(i)}$$\n");
        assertMarks("✗", "$$\\sum_i \\boldsymbol{\\theta}^T\\mathbf{x^{(i)}} = \\sum_i \\sum_j \\theta_j x_i^{(j)}$$\n");
        assertMarks("✓", "$$\\sum_i \\mathbf{W}\\mathbf{x_i} = \\mathbf{W}\\sum_i \\mathbf{x}_i$$\n");
        assertMarks("✗", "$$\\sum_i \\mathbf{W}\\mathbf{x_i} = 2\\mathbf{W}\\sum_i \\mathbf{x}_i$$\n");
        assertMarks("✓", "$$\\mathbf{W_2}\\mathbf{h} = \\mathbf{W}_2\\mathbf{h}$$\n");
        assertMarks("✗", "$$\\mathbf{W_2}\\mathbf{h} = \\mathbf{W}_2\\mathbf{h} + \\mathbf{h}$$\n");
    }

    @Test
    void aShapeDeclaredInWordsIsALayoutFact() {
        // "x is a $k$-dimensional vector": the plain x is a vector, beside W declared \in \mathbb{R}^{d \times k}
        String wx = "where $W \\in \\mathbb{R}^{d\\times k}$ and x is a $k$-dimensional vector.\n\n";
        assertMarks("✓", wx + "$$\\mathbf{u}^T W x = \\sum_i \\sum_j u_i W_{ij} x_j$$\n");
        assertMarks("✗", wx + "$$\\mathbf{u}^T W x = \\sum_i \\sum_j u_j W_{ij} x_i$$\n");
        assertMarks("✓", "Let $x$ be a $k$-dimensional vector.\n\n$$(W x)^T \\mathbf{u} = \\sum_i \\sum_j u_i W_{ij} x_j$$\n");
        assertMarks("–", "$$(W x)^T \\mathbf{u} = \\sum_i \\sum_j u_i W_{ij} x_j$$\n");
        // row vectors in words make the document's layout rows, as 1 \times n does
        String rows = "Here $\\mathbf{a}$ is a $n$-dimensional row vector and $\\mathbf{b}$ is a $n$-dimensional row vector.\n\n";
        assertMarks("✓", rows + "$$\\mathbf{a}\\mathbf{b}^T = \\sum_i a_i b_i$$\n");
        assertMarks("✗", rows + "$$\\mathbf{a}\\mathbf{b}^T = 2\\sum_i a_i b_i$$\n");
        // "Let $\\mathbf{A}$ be an $m \\times n$ matrix": A A v does not conform (skipped naming it, never ✗); n \\times n does
        String product = "$$\\mathbf{A}\\mathbf{A}\\mathbf{v} = \\mathbf{A}(\\mathbf{A}\\mathbf{v})$$\n";
        String got = marks("Let $\\mathbf{A}$ be an $m \\times n$ matrix.\n\n" + product);
        assertTrue(got.startsWith("–") && got.contains("inner dimensions"), got);
        assertMarks("✓", "Let $\\mathbf{A}$ be an $n \\times n$ matrix.\n\n" + product);
        // a one-hot label \in \{0,1\}^K is a vector, also written plain
        String hot = "Let $y \\in \\{0,1\\}^K$ be a one-hot label.\n\n";
        assertMarks("✓", hot + "$$-y^T \\log \\hat{\\mathbf{y}} = -\\sum_k y_k \\log \\hat{y}_k$$\n");
        assertMarks("✗", hot + "$$-y^T \\log \\hat{\\mathbf{y}} = \\sum_k y_k \\log \\hat{y}_k$$\n");
        assertMarks("–", "$$-y^T \\log \\hat{\\mathbf{y}} = -\\sum_k y_k \\log \\hat{y}_k$$\n");
    }
}
