package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A letter above a name is a layer label where the document uses it only in scripts and ranges
 * (Nielsen's {@code a^{l-1}_k}, {@code w^l_{jk}}), and an exponent where the document also writes it on
 * its own as a value: the power rule {@code \frac{d}{dx} x^{n} = n x^{n-1}} was read as the label of an
 * undefined name x^{(n)} (undecided), because {@code ^{n-1}} looks like a layer's.
 */
class PowerLetterTest {
    @Test
    void aLetterAlsoWrittenAsAValueIsAnExponent() {
        assertMarks("✓", "$$\\frac{d}{dx} x^{n} = n x^{n-1}$$\n");
        assertMarks("✗", "$$\\frac{d}{dx} x^{n} = n x^{n+1}$$\n");
        assertMarks("✓", "$$\\frac{d}{dt} (t^k + c^k) = k t^{k-1}$$\n");
        assertMarks("✓", "$$\\frac{\\partial}{\\partial w} \\frac{1}{m} w^{m} = w^{m-1}$$\n");
        assertMarks("✗", "$$\\frac{\\partial}{\\partial w} \\frac{1}{m} w^{m} = m w^{m-1}$$\n");
    }

    @Test
    void aLetterOnlyInScriptsRangesAndWordsStaysALayerLabel() {
        // Nielsen ch. 2: l stands only above names, under a sum and in a range; a word (diag) has its own letters
        String network = "$$z^l_j = \\sum_k w^l_{jk} a^{l-1}_k + b^l_j$$\n\n$$a^l_j = \\sigma(z^l_j)$$\n\n"
                + "For $l = 2, \\dots, L$ the Jacobian is $\\mathrm{diag}(a^l)$.\n\n";
        assertMarks("✓", network + "$$\\frac{\\partial a^l_j}{\\partial z^l_j} = a^l_j (1 - a^l_j)$$\n");
        assertMarks("✓", network + "$$\\frac{\\partial z^l_j}{\\partial b^l_j} = 1$$\n");
        assertMarks("✗", network + "$$\\frac{\\partial z^l_j}{\\partial w^l_{jk}} = a^{l}_k$$\n");
    }
}
