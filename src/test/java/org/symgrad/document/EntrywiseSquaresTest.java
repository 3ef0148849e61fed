package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A vector's square where only its entries can be squared: in the argument of diag or of a function taken entry by entry
 * ({@code \mathrm{diag}(1 - \mathbf{h}^2)}, tanh's Jacobian), and a function squared, {@code \tanh^2(\mathbf{a})}; elsewhere
 * {@code \mathbf{x}^2} could be xᵀx as well and is not read.
 */
class EntrywiseSquaresTest {
    private static final String TANH = "$$\\mathbf{h} = \\tanh(\\mathbf{a})$$\n\n";

    @Test
    void tanhsJacobianIsTheDiagonalOfOneMinusTheSquares() {
        assertMarks("✓", TANH + "$$\\frac{\\partial \\mathbf{h}}{\\partial \\mathbf{a}} = \\mathrm{diag}(1 - \\mathbf{h}^2)$$\n");
        assertMarks("✗", TANH + "$$\\frac{\\partial \\mathbf{h}}{\\partial \\mathbf{a}} = \\mathrm{diag}(1 - \\mathbf{h})$$\n");
        assertMarks("✓", TANH + "$$\\frac{\\partial \\mathbf{h}}{\\partial \\mathbf{a}} = \\mathrm{diag}(1 - \\tanh^2(\\mathbf{a}))$$\n");
        assertMarks("✗", TANH + "$$\\frac{\\partial \\mathbf{h}}{\\partial \\mathbf{a}} = \\mathrm{diag}(1 + \\tanh^2(\\mathbf{a}))$$\n");
        assertMarks("✓", "$$\\mathbf{g} = \\exp(\\mathbf{a}^2)$$\n\n"
                + "$$\\frac{\\partial \\mathbf{g}}{\\partial \\mathbf{a}} = \\mathrm{diag}(2\\mathbf{a} \\odot \\mathbf{g})$$\n");
    }

    @Test
    void aSquareBesideAScalarIsNotReadEntryByEntry() {
        String got = marks("$$\\|\\mathbf{x}\\|^2 = \\mathbf{x}^2$$\n");
        assertFalse(got.startsWith("✓") || got.startsWith("✗"), got);
    }
}
