package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A plain name defined by a function of plain names the document writes only entry by entry ("$a = \sigma(z)$" beside
 * {@code -\sum_k (y_k \log a_k + …)} and {@code \partial L/\partial z_k}) reads entry by entry, a_i = σ(z_i) (was: ? "a_k is
 * written with 1 index, but a is defined with none"). A value through a defined name (z = w^T x for one example) is not read so.
 */
class ElementwiseNamesTest {
    private static final String SIGMOIDS = "For independent sigmoid outputs\n$$a = \\sigma(z)$$\n"
            + "$$L = -\\sum_k \\left(y_k \\log a_k + (1 - y_k)\\log(1 - a_k)\\right)$$\n\n";

    @Test
    void aDisplayDefinitionIsReadEntryByEntry() {
        PublicInputsTest.check(SIGMOIDS + "$$\\frac{\\partial L}{\\partial z_k} = a_k - y_k$$\n\n"
                + "$$\\frac{\\partial L}{\\partial z_k} = a_k(1 - a_k) - y_k$$\n", "✓✗");
    }

    @Test
    void aTrailingInlineDefinitionIsReadEntryByEntry() {
        String doc = "For independent sigmoid outputs the loss is $L = -\\sum_k \\left(y_k \\log a_k + (1 - y_k)\\log(1 - a_k)\\right)$, "
                + "and\n$$\\frac{\\partial L}{\\partial z_k} = %s$$\nwhere $a = \\sigma(z)$.\n";
        PublicInputsTest.check(doc.formatted("a_k - y_k"), "✓");
        PublicInputsTest.check(doc.formatted("a_k(1 - a_k) - y_k"), "✗");
    }

    @Test
    void aNameAlsoWrittenBareIsNotRead() {
        // a written bare in the loss too: which entries a_k stands for the document does not say
        PublicInputsTest.check("$$a = \\sigma(z)$$\n$$L = -\\sum_k y_k \\log a_k - \\log a$$\n\n"
                + "$$\\frac{\\partial L}{\\partial z_k} = a_k - y_k$$\n", "?");
    }
}
