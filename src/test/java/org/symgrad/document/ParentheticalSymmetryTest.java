package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A matrix said symmetric in brackets right after it, with its definiteness: "precision $\Lambda$ (symmetric positive
 * definite)"; and the words about its inverse name it as matrix notation does (inv(Λ)), never by the reader's internal name.
 */
class ParentheticalSymmetryTest {
    private static final String PRECISION = "For $x \\in \\mathbb{R}^d$ with mean $\\mu$ and precision $\\Lambda$%s,\n"
            + "$$\\ell(\\Lambda) = \\frac{1}{2}\\log\\det\\Lambda - \\frac{1}{2}(x - \\mu)^T\\Lambda(x - \\mu)$$\n"
            + "$$\\frac{\\partial \\ell}{\\partial \\Lambda} = \\frac{1}{2}\\Lambda^{-1} - \\frac{1}{2}(x - \\mu)(x - \\mu)^T$$\n";

    @Test
    void symmetricPositiveDefiniteInBrackets() {
        // was: ? 'it holds under Lambda symmetric …, which the text does not state; zzinvLambda symmetric …'
        CheckedDocument d = PublicInputsTest.check(String.format(PRECISION, " (symmetric positive definite)"), "✓");
        String said = PublicInputsTest.describe(d) + d.verdicts().get(0).notes();
        assertFalse(said.contains("zzinv"), said);
        assertTrue(said.contains("inv(Lambda)"), said);
    }

    @Test
    void unsaidTheStepIsUndecidedAndNamesTheMatrixOnce() {
        CheckedDocument d = PublicInputsTest.check(String.format(PRECISION, ""), "?");
        String detail = d.verdicts().get(0).detail();
        assertTrue(detail.contains("it holds under Lambda symmetric"), detail);
        assertFalse(detail.contains("zzinv") || detail.contains("inv(Lambda) symmetric"), detail);
    }
}
