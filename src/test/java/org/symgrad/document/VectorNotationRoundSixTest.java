package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Vector notation, round six: the scope of a bold font is one name, so a bold group of two or three single letters is
 * their product, each bold ({@code \mathbf{Wx}} reads as {@code \mathbf{W}\mathbf{x}} and as {@code \mathbf{W}x}); a
 * capital in the argument of a trace is a matrix ({@code \operatorname{tr}(A^\top B)}, {@code \mathrm{tr}(AB)}), never a
 * scalar; a bracket beside a vector holds matrices ({@code \mathbf{u}^T (X+X)\mathbf{v}}), and "an n x n matrix" in words
 * declares one; a matrix the prose declares symmetric is assumed so ({@code 2A\mathbf{x}} proven only there); a vector
 * defined by name whose chain goes on past the definition is read entry by entry ({@code \hat{\mathbf{y}} =
 * softmax(\boldsymbol\theta) = …}); {@code \mathbf{x}(u)_i} of a scalar u is the component x_i(u) of an undefined vector
 * function. Each right step ✓ and each wrong step ✗ is decided by the check's own sampling.
 */
class VectorNotationRoundSixTest {
    @Test
    void aBoldGroupOfLettersIsTheirProductWhateverTheBraces() {
        for (String wx : new String[] {"\\mathbf{Wx}", "\\mathbf{W}\\mathbf{x}", "\\mathbf{W}x", "\\boldsymbol{Wx}", "\\bm{W x}"}) {
            assertMarks("✓", "$$\\mathbf{u}^T" + wx + " = \\sum_i \\sum_j u_i W_{ij} x_j$$\n");
            assertMarks("✗", "$$\\mathbf{u}^T" + wx + " = \\sum_i \\sum_j u_j W_{ij} x_i$$\n");
        }
        // the three spellings are one reading, step to step
        assertMarks("✓✓", "$$\\mathbf{Wx} + \\mathbf{b} = \\mathbf{W}x + \\mathbf{b} = \\mathbf{W}\\mathbf{x} + \\mathbf{b}$$\n");
        assertMarks("✗", "$$\\mathbf{Wx} + \\mathbf{b} = \\mathbf{W}^T\\mathbf{x} + \\mathbf{b}$$\n");
        // a gradient through a bold product, and a Greek letter in the group
        assertMarks("✓", "$$\\nabla_{\\mathbf{x}} \\mathbf{u}^T\\mathbf{Ax} = \\mathbf{A}^T\\mathbf{u}$$\n");
        assertMarks("✗", "$$\\nabla_{\\mathbf{x}} \\mathbf{u}^T\\mathbf{Ax} = \\mathbf{A}\\mathbf{u}$$\n");
        assertMarks("✓", "$$\\mathbf{x}^T\\boldsymbol{\\Sigma x} = \\sum_i \\sum_j x_i \\Sigma_{ij} x_j$$\n");
        assertMarks("✗", "$$\\mathbf{x}^T\\boldsymbol{\\Sigma x} = \\sum_i x_i \\Sigma_{ii} x_i$$\n");
        // three letters: two matrices and a vector
        assertMarks("✓", "$$\\mathbf{ABx} = \\mathbf{A}(\\mathbf{B}\\mathbf{x})$$\n");
        assertMarks("✗", "$$\\mathbf{ABx} = \\mathbf{B}(\\mathbf{A}\\mathbf{x})$$\n");
    }

    @Test
    void aBoldWordStaysAWord() {
        // a function word in bold is the function, not l·n or e·x·p
        String got = marks("$$\\frac{d}{dx} \\mathbf{exp}(x) = \\exp(x)$$\n");
        assertFalse(got.startsWith("✗"), got);
    }

    @Test
    void aCapitalInATraceIsAMatrix() {
        // tr(A^T B) = Σ_ij A_ij B_ij: B was read as a scalar (Σ_m B A_mm), a correct line ✗
        assertMarks("✓", "$$\\operatorname{tr}(A^\\top B) = \\sum_i \\sum_j A_{ij} B_{ij}$$\n");
        assertMarks("✗", "$$\\operatorname{tr}(A^\\top B) = \\sum_i \\sum_j A_{ij} B_{ji}$$\n");
        assertMarks("✓", "$$\\operatorname{tr}(AB) = \\operatorname{tr}(BA)$$\n");
        assertMarks("✓", "$$\\mathrm{tr}(AB) = \\sum_i \\sum_j A_{ij} B_{ji}$$\n");
        assertMarks("✗", "$$\\mathrm{tr}(AB) = \\sum_i \\sum_j A_{ij} B_{ij}$$\n");
        assertMarks("✓", "$$\\operatorname{tr}\\left(A B C\\right) = \\operatorname{tr}(C A B)$$\n");
        assertMarks("✗", "$$\\operatorname{tr}(A B C) = \\operatorname{tr}(A C B)$$\n");
        // gradients of traces by a plain capital
        assertMarks("✓", "$$\\nabla_X \\operatorname{tr}(X^\\top A X) = (A + A^\\top) X$$\n");
        assertMarks("✗", "$$\\nabla_X \\operatorname{tr}(X^\\top A X) = 2 A X$$\n");
        assertMarks("✓", "$$\\frac{\\partial}{\\partial X} \\operatorname{tr}(AX) = A^\\top$$\n");
        assertMarks("✗", "$$\\frac{\\partial}{\\partial X} \\operatorname{tr}(AX) = A$$\n");
    }

    @Test
    void aCapitalOutsideATraceKeepsItsReading() {
        // c A, a capital beside no vector and in no trace, is still no matrix: the line is not decided as matrix algebra
        String got = marks("$$\\operatorname{tr}(A) + N = \\sum_i A_{ii} + N$$\n");
        assertTrue(got.startsWith("✓"), got);
    }
    @Test
    void twoAxOnlyWhereADeclaresSymmetric() {
        String quadratic = "$$\\nabla_{\\mathbf{x}} \\mathbf{x}^\\top A \\mathbf{x} = 2A\\mathbf{x}$$\n";
        String general = "$$\\nabla_{\\mathbf{x}} \\mathbf{x}^\\top A \\mathbf{x} = (A + A^\\top)\\mathbf{x}$$\n";
        // undeclared: 2Ax is false for some A (never proven); (A + A^T)x is proven
        assertMarks("✗", quadratic);
        assertMarks("✓", general);
        for (String declared : new String[] {"Let $A$ be a symmetric matrix.\n\n", "where $A$ is symmetric.\n\n",
                "Let $A$ be an $n \\times n$ real symmetric matrix.\n\n", "for a symmetric matrix $A$:\n\n",
                "We assume $A = A^\\top$.\n\n", "Here $A^T = A$.\n\n", "where A is symmetric.\n\n"}) {
            assertMarks("✓", declared + quadratic);
            assertMarks("✓", declared + general);
            assertMarks("✗", declared + "$$\\nabla_{\\mathbf{x}} \\mathbf{x}^\\top A \\mathbf{x} = A\\mathbf{x}$$\n");
        }
        // bold, and another matrix of the statement not declared
        String bold = "Let $\\mathbf{A}$ be a symmetric matrix.\n\n";
        assertMarks("✓", bold + "$$\\nabla_{\\mathbf{x}} \\mathbf{x}^\\top \\mathbf{A} \\mathbf{x} = 2\\mathbf{A}\\mathbf{x}$$\n");
        assertMarks("✗", bold + "$$\\nabla_{\\mathbf{x}} \\mathbf{x}^\\top \\mathbf{B} \\mathbf{x} = 2\\mathbf{B}\\mathbf{x}$$\n");
        // the symmetry holds for entries written in index notation too
        String sym = "Let $A$ be a symmetric matrix.\n\n";
        String swap = "$$\\mathbf{x}^\\top A \\mathbf{y} = \\sum_i \\sum_j y_i A_{ij} x_j$$\n";
        assertMarks("✓", sym + swap);
        assertMarks("✗", swap);
        String symmetricSwap = marks(sym + "$$\\mathbf{x}^\\top A \\mathbf{y} = \\mathbf{y}^\\top A \\mathbf{x}$$\n");
        assertTrue(symmetricSwap.startsWith("✓") || symmetricSwap.startsWith("≈"), symmetricSwap);
        assertMarks("✗", sym + "$$\\mathbf{x}^\\top A \\mathbf{y} = 2\\mathbf{y}^\\top A \\mathbf{x}$$\n");
        // "A is not symmetric", "right only for a symmetric A" declare nothing
        assertMarks("✗", "where $A$ is not symmetric.\n\n" + quadratic);
        assertMarks("✗", "This is right only for a symmetric $A$:\n\n" + quadratic);
        assertMarks("✗", "It holds only if $A$ is symmetric:\n\n" + quadratic);
    }

    @Test
    void aMatrixDeclaredInWordsOrBracketedBesideAVector() {
        String sum = "$$\\mathbf{u}^T (X+X)\\mathbf{v} = 2\\sum_i \\sum_j u_i X_{ij} v_j$$\n";
        String wrong = "$$\\mathbf{u}^T (X+X)\\mathbf{v} = \\sum_i \\sum_j u_i X_{ij} v_j$$\n";
        for (String declared : new String[] {"where X is an n x n matrix.\n\n", "where X is an n×n matrix.\n\n",
                "where $X$ is an $n \\times n$ matrix.\n\n", ""}) {
            assertMarks("✓", declared + sum);
            assertMarks("✗", declared + wrong);
        }
        assertMarks("✓", "$$(A + B)\\mathbf{x} = A\\mathbf{x} + B\\mathbf{x}$$\n");
        assertMarks("✗", "$$(A + B)\\mathbf{x} = A\\mathbf{x} + 2B\\mathbf{x}$$\n");
    }

    @Test
    void aDefinitionChainOfAVectorIsReadEntryByEntry() {
        // seed 002 line 39: ŷ = softmax(θ) = e^θ / Σ_j e^{θ_j}, the last pair was skipped
        assertMarks("✓", "$$\\hat{\\mathbf{y}} = softmax(\\boldsymbol{\\theta}) = \\frac{e^{\\boldsymbol{\\theta}}}{\\sum_{j} e^{\\theta_{j}}}$$\n");
        assertMarks("✗", "$$\\hat{\\mathbf{y}} = softmax(\\boldsymbol{\\theta}) = \\frac{e^{\\boldsymbol{\\theta}}}{\\sum_{j} \\theta_{j}}$$\n");
        assertMarks("✓", "$$\\mathbf{p} = \\operatorname{softmax}(\\mathbf{z}) = \\frac{\\exp(\\mathbf{z})}{\\sum_{k} \\exp(z_k)}$$\n");
        assertMarks("✗", "$$\\mathbf{p} = \\operatorname{softmax}(\\mathbf{z}) = \\frac{\\exp(\\mathbf{z})}{\\sum_{k} \\exp(z_k) + 1}$$\n");
    }
    @Test
    void aComponentOfAnUndefinedVectorFunctionOfAScalar() {
        // seed 001 lines 164–168: \mathbf{x}(u)_i is the component i of a vector function x of u, as x_i(u) is
        assertMarks("✓", "$$\\frac{\\partial}{\\partial u} \\log e^{\\mathbf{x}(u)_{i}} = \\frac{\\partial}{\\partial u} \\mathbf{x}(u)_{i}$$\n");
        assertMarks("✗", "$$\\frac{\\partial}{\\partial u} \\log e^{\\mathbf{x}(u)_{i}} = \\mathbf{x}(u)_{i}$$\n");
        String lse = "$$\\frac{\\partial}{\\partial u} \\log \\sum_{j} e^{\\mathbf{x}(u)_{j}} = ";
        assertMarks("✓", lse + "\\sum_{k} \\frac{e^{\\mathbf{x}(u)_{k}}}{\\sum_{j} e^{\\mathbf{x}(u)_{j}}} \\frac{\\partial}{\\partial u} \\mathbf{x}(u)_{k}$$\n");
        assertMarks("✗", lse + "\\sum_{k} \\frac{\\partial}{\\partial u} \\mathbf{x}(u)_{k}$$\n");
        // of a vector, S(\mathbf{x})_i, what it depends on is unknown: still skipped, never ✗
        String got = marks("$$\\frac{\\partial S(\\mathbf{x})_i}{\\partial x_j} = S(\\mathbf{x})_i$$\n");
        assertTrue(got.startsWith("–"), got);
    }
}
