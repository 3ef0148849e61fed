package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * An inline definition reads the document's named upper limit as the range size n, as a display does: with
 * {@code \sum_{i=1}^{m}} in a display, the m of {@code Let $R(w) = J(w) + \frac{c}{2m} w^2$} is the same m as the
 * steps' {@code \frac{c}{m}}. Read apart it was another number, and the correct gradient of the regularised loss was
 * marked ✗ (a wrong verdict).
 */
class InlineRangeSizeTest {
    private static final String RIDGE = "# Ridge regression in one weight\n"
            + "\n"
            + "$$J(w) = \\frac{1}{m}\\sum_{i=1}^m (w x_i - y_i)^2$$\n"
            + "With L2 regularisation, let $R(w) = J(w) + \\frac{c}{2m} w^2$. Then\n"
            + "$$\\frac{\\partial R}{\\partial w} = \\frac{2}{m}\\sum_{i=1}^m (w x_i - y_i)x_i + \\frac{c}{m} w$$\n"
            + "and a student wrote\n"
            + "$$\\frac{\\partial R}{\\partial w} = \\frac{2}{m}\\sum_{i=1}^m (w x_i - y_i)x_i + \\frac{c}{2m} w$$\n";

    @Test
    void theInlineUpperLimitIsTheDisplaysRangeSize() {
        // the gradient ✓ (was a wrong ✗), the halved penalty term ✗
        PublicInputsTest.check(RIDGE, "✓✗");
    }
}
