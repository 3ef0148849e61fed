package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A Let-list whose first item is qualified at length, "Let $\Sigma$ be a symmetric positive definite matrix and $f(x) = …$",
 * announces the formula after the "and" as the word "Let" does (InlineDefinitions' list link: "be" with up to four words,
 * then up to two more nouns).
 */
class LongQualifierListTest {
    @Test
    void aMatrixQualifiedInFiveWordsKeepsTheListAnnounced() {
        // was ????: 'f is defined only in inline math'
        PublicInputsTest.check("Let $\\Sigma$ be a symmetric positive definite matrix and "
                + "$f(x) = (x - \\mu)^\\top \\Sigma^{-1} (x - \\mu)$.\n"
                + "$$\\nabla_x f = 2\\Sigma^{-1}(x - \\mu)$$\n"
                + "$$\\nabla_x f = \\Sigma^{-1}(x - \\mu)$$\n"
                + "$$\\nabla_\\mu f = -2\\Sigma^{-1}(x - \\mu)$$\n"
                + "$$\\nabla_\\mu f = 2\\Sigma^{-1}(x - \\mu)$$\n", "✓✗✓✗");
    }

    @Test
    void aScalarQualifiedInSixWordsKeepsTheListAnnounced() {
        PublicInputsTest.check("Let $\\lambda$ be a fixed positive real regularisation constant and "
                + "$g(w) = (w - 3)^2 + \\lambda w^2$.\n"
                + "$$\\frac{dg}{dw} = 2(w - 3) + 2\\lambda w$$\n"
                + "$$\\frac{dg}{dw} = 2(w - 3) + \\lambda w$$\n", "✓✗");
    }
}
