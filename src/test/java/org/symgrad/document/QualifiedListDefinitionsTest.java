package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A "Let" list whose items are qualified in words, "Let $x, \mu \in \mathbb{R}^d$, $\Sigma \in \mathbb{R}^{d \times d}$
 * symmetric positive definite, and $f(x) = (x - \mu)^\top \Sigma^{-1} (x - \mu)$": the words after an item (an adjective
 * phrase, "with one-hot rows") do not end the list, so the last formula is announced by "Let" as the first (was: ? "f is
 * defined only in inline math"); its plain x, in a difference transposed, {@code (x - \mu)^\top}, is a vector, so f is a
 * function of vectors read by their entries. A sentence with a result verb between stays unannounced.
 */
class QualifiedListDefinitionsTest {
    private static final String MAHALANOBIS = "Let $x, \\mu \\in \\mathbb{R}^d$, $\\Sigma \\in \\mathbb{R}^{d \\times d}$ symmetric "
            + "positive definite, and $f(x) = (x - \\mu)^\\top \\Sigma^{-1} (x - \\mu)$.\n";

    @Test
    void aQualifiedItemDoesNotEndTheList() {
        assertMarks("✓", MAHALANOBIS + "$$\\nabla_x f = 2\\Sigma^{-1}(x - \\mu)$$\n");
        assertMarks("✗", MAHALANOBIS + "$$\\nabla_x f = \\Sigma^{-1}(x - \\mu)$$\n");
        assertMarks("✗", MAHALANOBIS + "$$\\nabla_x f = -2\\Sigma^{-1}(x - \\mu)$$\n");
    }

    @Test
    void aResultBetweenTheFormulasEndsTheList() {
        assertMarks("?", "Let $x, \\mu \\in \\mathbb{R}^d$, $\\Sigma \\in \\mathbb{R}^{d \\times d}$ symmetric positive definite, so we "
                + "get $f(x) = (x - \\mu)^\\top \\Sigma^{-1} (x - \\mu)$.\n$$\\nabla_x f = \\Sigma^{-1}(x - \\mu)$$\n");
    }
}
