package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A Greek letter written as its glyph (α, not \alpha) in a statement the vector reader scans for transposed letters
 * ({@code x^T A x}): the glyph is one character, the command's name starts after its backslash (LatexTokens.lowerCaseLetter).
 * Was: an internal error (exit 70) after the last step, on any document with such a statement.
 */
class UnicodeGreekTransposedTest {
    @Test
    void aGreekGlyphBesideATransposeReads() {
        check("""
                $$L = \\frac{1}{2} x^T A x + α$$

                $$\\frac{\\partial L}{\\partial α} = 1$$

                $$\\frac{\\partial L}{\\partial α} = 2$$
                """, "✓✗");
    }
}
