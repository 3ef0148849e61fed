package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * The trace written without its parentheses, {@code \operatorname{tr} A}, {@code \tr A_c}: the trace of the one factor after
 * it, read entry by entry as tr(A) is; a product after that factor is not written to be in it or not, and is not read.
 */
class BareTraceTest {
    private static final String ROOT = "Let $A_c \\in \\mathbb{R}^{n \\times n}$ and define $r = \\sqrt{\\operatorname{tr} A_c}$.\n\n";

    @Test
    void theGradientOfTheRootOfATraceWrittenWithoutParentheses() {
        // was: skipped, 'matrix notation is not supported yet'
        PublicInputsTest.check(ROOT
                + "$$\\frac{\\partial r}{\\partial A_c} = \\frac{I}{2\\sqrt{\\operatorname{tr} A_c}}$$\n\n"
                + "$$\\frac{\\partial r}{\\partial A_c} = \\frac{1}{2\\sqrt{\\tr A_c}} I$$\n\n"
                + "$$\\frac{\\partial r}{\\partial A_c} = \\frac{I}{\\sqrt{\\operatorname{tr} A_c}}$$\n", "✓✓✗");
    }

    @Test
    void aProductAfterTheTracesFactorIsNotRead() {
        PublicInputsTest.check(ROOT.replace("\\operatorname{tr} A_c}$", "\\operatorname{tr}(A_c)}$")
                + "$$\\frac{\\partial r}{\\partial A_c} = \\frac{I}{2\\sqrt{\\operatorname{tr} A_c A_c}}$$\n", "–");
    }
}
