package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework rounds thirty-five and thirty-six left unread by session 40 ({@code fresh-homework}), read
 * generally: a magnitude named by its bars as a definition ({@code |Z(\omega)| = \sqrt{R^2 + X^2}}, {@code \|v\| = …}),
 * the bars written later reading as it.
 */
class ThirtySeventhRoundNotationTest {
    private static final String IMPEDANCE = "\\sqrt{R^2 + (\\omega L - 1/(\\omega C))^2}";
    private static final String SLOPE = "$$\\frac{d |Z|}{d \\omega} = \\frac{(\\omega L - \\frac{1}{\\omega C}) (L %s \\frac{1}{\\omega^2 C})}"
            + "{\\sqrt{R^2 + (\\omega L - \\frac{1}{\\omega C})^2}}$$\n";

    @Test
    void aMagnitudeNamedByItsBarsIsDefinedAsAQuantityOfItsOwn() {
        // |Z| was the absolute value of an undefined Z: "does not depend on ω; is a definition missing?"
        assertMarks("✓", "$$|Z(\\omega)| = " + IMPEDANCE + "$$\n\n" + SLOPE.formatted("+"));
        assertMarks("✗", "$$|Z(\\omega)| = " + IMPEDANCE + "$$\n\n" + SLOPE.formatted("-"));
        // its square, and the bare bars of a name defined without a call
        assertMarks("✓✓", "$$|H| = \\frac{1}{\\sqrt{1 + \\omega^2 \\tau^2}}$$\n\n"
                + "$$\\frac{d |H|}{d \\omega} = -\\frac{\\omega \\tau^2}{(1 + \\omega^2 \\tau^2)^{3/2}}$$\n\n"
                + "$$\\frac{d |H|^2}{d \\omega} = -\\frac{2 \\omega \\tau^2}{(1 + \\omega^2 \\tau^2)^{2}}$$\n");
    }

    @Test
    void aMagnitudeWrittenInlineIsReadAsADisplayDefinitionWouldBe() {
        String inline = "The impedance magnitude is $|Z(\\omega)| = " + IMPEDANCE + "$, whose slope is\n\n";
        assertMarks("✓", inline + SLOPE.formatted("+"));
        assertMarks("✗", inline + SLOPE.formatted("-"));
    }

    @Test
    void aNormOfANameTheDocumentLeavesUndefinedIsDefinedAsItsMagnitude() {
        // ‖v‖ was the root of Σ_k v_k², which depends on no x
        assertMarks("✓", "$$\\|v\\| = \\sqrt{x^2 + y^2}$$\n\n$$\\frac{\\partial \\|v\\|}{\\partial x} = \\frac{x}{\\sqrt{x^2 + y^2}}$$\n");
        assertMarks("✗", "$$\\|v\\| = \\sqrt{x^2 + y^2}$$\n\n$$\\frac{\\partial \\|v\\|}{\\partial x} = \\frac{2x}{\\sqrt{x^2 + y^2}}$$\n");
    }

    @Test
    void barsStatingAFactOrInAFormulaKeepTheirReading() {
        // |a| = |b|, |x| = x, |z| = 1 are facts about the barred names, no magnitudes defined
        assertMarks("??", "$$|a| = |b|$$\n\n$$|z| = 1$$\n");
        assertMarks("✗", "$$|x| = x$$\n");
        // the absolute value of a name no statement defines a magnitude for, and the norm of a vector written by its entries
        assertMarks("✓", "$$\\frac{d |y|}{d y} = \\operatorname{sign}(y)$$\n");
        assertMarks("✓", "$$\\frac{\\partial}{\\partial w_j} \\|\\mathbf{w}\\|^2 = 2 w_j$$\n");
        // the norm written out by its own entries is a claim about them, not a magnitude defined
        assertMarks("✓", "$$\\|w\\| = \\sqrt{\\sum_k w_k^2}$$\n");
    }

    private static final String BINOMIAL = "The binomial count has variance\n\n$$V = n p (1 - p)$$\n\n";
    private static final String LARGEST = ", so the variance is largest there:\n\n$$\\frac{\\partial V}{\\partial n} = \\frac{1}{4}$$\n";

    @Test
    void theConsequencesASpecialCasesSentenceStatesAreCheckedWhereTheCaseHolds() {
        // the sentence's equations had no verdict: only the display after it was checked at p = 1/2
        assertMarks("✓✓✓", BINOMIAL + "If $p = \\frac{1}{2}$, then $V = \\frac{n}{4}$ and $\\frac{\\partial V}{\\partial p} = 0$" + LARGEST);
        assertMarks("✗✓✓", BINOMIAL + "If $p = \\frac{1}{2}$, then $V = \\frac{n}{2}$ and $\\frac{\\partial V}{\\partial p} = 0$" + LARGEST);
    }

    @Test
    void aConsequenceDefinesNothingAndIsNotItsOwnEvidence() {
        // z = b after the case is a claim about a z nothing defines: undecided, never proven by its own inline math
        assertMarks("?✓", "The model is\n\n$$f = w x + b$$\n\nIf $w = 0$, then $z = b$, so\n\n$$\\frac{\\partial f}{\\partial x} = 0$$\n");
    }
}
