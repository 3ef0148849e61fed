package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework rounds thirty-five to thirty-seven left unread by session 40 ({@code fresh-homework}), read
 * generally: a magnitude named by its bars as a definition ({@code |Z(\omega)| = \sqrt{R^2 + X^2}}, {@code \|v\| = …}),
 * the bars written later reading as it; the consequences a special case's sentence states, checked where it holds; a
 * function's parameter written with labelled values ({@code k_j}, {@code k_1} beside {@code u(k)}) as a number; an inline
 * definition over a display's component ({@code R_0}); a Greek capital as a call's argument between bars, {@code |H(\Omega)|}.
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

    private static final String STREAM = "$$u(k) = a \\left( 1 - \\frac{k}{k_j} \\right)$$\n\n";

    @Test
    void aFunctionsParameterWithLabelledValuesIsANumber() {
        // k_j made k a family, so u was a function of a vector and u(k_2) a call with an entry: skipped
        assertMarks("✓✓", STREAM + "$$\\frac{d u}{d k} = -\\frac{a}{k_j}$$\n\n"
                + "$$\\frac{u(k_2) - u(k_1)}{k_2 - k_1} = -\\frac{a}{k_j}$$\n");
        assertMarks("✗", STREAM + "$$\\frac{u(k_2) - u(k_1)}{k_2 - k_1} = -\\frac{a}{k_j^2}$$\n");
    }

    @Test
    void aParameterWrittenAtASummedLetterKeepsItsEntries() {
        // x_j under a sum: x is a family, and x_k its entry, as before
        String sum = "$$f(x) = x^3$$\n\n$$S = \\sum_{j=1}^{n} f(x_j)$$\n\n";
        assertMarks("✓✗", sum + "$$\\frac{\\partial S}{\\partial x_k} = 3 x_k^2$$\n\n$$\\frac{\\partial S}{\\partial x_k} = 3 x_j^2$$\n");
        assertMarks("✓", "$$f(x) = w x + b$$\n\n$$L = \\sum_{i=1}^{n} (f(x_i) - y_i)^2$$\n\n"
                + "$$\\frac{\\partial L}{\\partial w} = 2 \\sum_{i=1}^{n} (f(x_i) - y_i) x_i$$\n");
    }

    @Test
    void anInlineDefinitionWritesTheDisplaysComponentsByTheirOwnNames() {
        // R_0 = β/γ is the name R0; read apart, the inline p_c held R's entry 0 and did not depend on R0
        assertMarks("✓", "$$R_0 = \\frac{b}{g}$$\n\nVaccinating above the threshold $p_c = 1 - 1/R_0$ stops an outbreak; "
                + "the threshold rises as\n\n$$\\frac{d p_c}{d R_0} = \\frac{1}{R_0^2}$$\n");
        assertMarks("✗", "$$R_0 = \\frac{b}{g}$$\n\nVaccinating above the threshold $p_c = 1 - 1/R_0$ stops an outbreak; "
                + "the threshold rises as\n\n$$\\frac{d p_c}{d R_0} = \\frac{1}{R_0}$$\n");
    }

    @Test
    void aGreekCapitalAsTheArgumentOfACallBetweenBarsIsNoMatrix() {
        // |H(Ω)| read as the determinant of a matrix Ω: every side holding a power of Ω was refused
        String filter = "$$|H(\\Omega)| = \\frac{1}{\\sqrt{1 + \\Omega^{2}}}$$\n\n";
        assertMarks("✓", filter + "$$\\frac{d |H|}{d \\Omega} = -\\Omega \\left( 1 + \\Omega^2 \\right)^{-3/2}$$\n");
        assertMarks("✗", filter + "$$\\frac{d |H|}{d \\Omega} = -2 \\Omega \\left( 1 + \\Omega^2 \\right)^{-3/2}$$\n");
    }
}
