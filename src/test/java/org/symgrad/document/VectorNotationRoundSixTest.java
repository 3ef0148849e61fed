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
 * scalar. Each right step ✓ and each wrong step ✗ is decided by the check's own sampling.
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
}
