package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Capitals written together and transposed before a bracket ({@code WX^\top(y - Xb)}, {@code WX'(y - Xb)} in a document that
 * writes primes as transposes): the lexer's word WX is the product W Xᵀ, times what the parentheses hold, as a single capital
 * before them is. Before, the bracket after the word was "a script on a product of matrices" and the side was skipped.
 */
class CapitalWordsBeforeBracketsTest {
    private static final String GLS = "With weight matrix $W$ (symmetric) and $e = y - Xb$,\n\n$$Q(b) = (y - Xb)'W(y - Xb)$$\n\n";

    @Test
    void aWordOfCapitalsTransposedBeforeABracket() {
        assertMarks("≈", GLS + "$$\\frac{\\partial Q}{\\partial b} = -2X'W(y - Xb)$$\n");
        assertMarks("✗", GLS + "$$\\frac{\\partial Q}{\\partial b} = -2WX'(y - Xb)$$\n");
        String transposed = "With weight matrix $W$ (symmetric),\n\n$$Q(b) = (y - Xb)^\\top W(y - Xb)$$\n\n";
        assertMarks("✗", transposed + "$$\\frac{\\partial Q}{\\partial b} = -2WX^\\top(y - Xb)$$\n");
        assertMarks("≈", transposed + "$$\\frac{\\partial Q}{\\partial b} = -2X^\\top W(y - Xb)$$\n");
        String square = "Let $A, B \\in \\mathbb{R}^{n \\times n}$ and $\\mathbf{x}, \\mathbf{y} \\in \\mathbb{R}^n$.\n\n";
        assertMarks("✓", square + "$$AB^\\top(\\mathbf{x} + \\mathbf{y}) = AB^\\top\\mathbf{x} + AB^\\top\\mathbf{y}$$\n");
        assertMarks("✗", square + "$$AB^\\top(\\mathbf{x} + \\mathbf{y}) = BA^\\top\\mathbf{x} + AB^\\top\\mathbf{y}$$\n");
    }
}
