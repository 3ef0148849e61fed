package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A derivative operator by a vector before a bracket, {@code \nabla_{\mathbf{x}} (\mathbf{x}^\top A\mathbf{x})} or
 * {@code \frac{\partial}{\partial \mathbf{x}}(\mathbf{b}^\top\mathbf{x})}, takes the bracket as its operand (was skipped:
 * the bracket read as the arguments of a call of ∇); so does the Hessian's {@code \nabla^2_{\mathbf{x}} (…)} (was skipped too).
 */
class BracketedOperandTest {
    @Test
    void theBracketIsTheOperand() {
        assertMarks("✓", "$$\\nabla_{\\mathbf{x}} (\\mathbf{b}^\\top \\mathbf{x}) = \\mathbf{b}$$\n");
        assertMarks("✗", "$$\\nabla_{\\mathbf{x}} (\\mathbf{b}^\\top \\mathbf{x}) = 2\\mathbf{b}$$\n");
        assertMarks("✓", "$$\\frac{\\partial}{\\partial \\mathbf{x}} (\\mathbf{x}^\\top A \\mathbf{x}) = (A + A^\\top)\\mathbf{x}$$\n");
        assertMarks("✗", "$$\\nabla_{\\mathbf{x}} \\left(\\mathbf{x}^\\top A \\mathbf{x}\\right) = 2A\\mathbf{x}$$\n");
    }

    @Test
    void theBracketIsTheHessiansOperand() {
        assertMarks("✓", "$$\\nabla^2_{\\mathbf{x}} (\\mathbf{x}^\\top A \\mathbf{x}) = A + A^\\top$$\n");
        assertMarks("✗", "$$\\nabla_{\\mathbf{x}}^2 \\left(\\mathbf{x}^\\top A \\mathbf{x}\\right) = 2A$$\n");
        assertMarks("✓", "$$\\nabla^2_{\\mathbf{w}} \\left(\\frac{1}{2}\\|X\\mathbf{w} - \\mathbf{y}\\|^2\\right) = X^\\top X$$\n");
    }
}
