package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round twenty-six ({@code fresh-homework}, from {@code jeffreys-prior-bernoulli.md} on in the
 * README's table) and the wrong verdicts it showed. Inline math is read with the document's naming: an inline
 * {@code $D = K_m (1 + I/K_i) + S$} beside displays that write K_m and K_i as two names read them as entries of one K
 * ({@code LatexContext.namingOf}: the right ∂v/∂K_i of competitive inhibition was called false). A name defined whole by its
 * reference value, {@code I(\theta) = I_0 \cos^2\theta}, stays so beside a lettered label that indexes nothing,
 * {@code I_u} (the unpolarised irradiance), which is a name of its own ({@code ReferenceValues}, {@code NameScripts}: every
 * step of Malus's law was skipped as a recursive definition, I → I). The transition state's mark {@code \ddagger} is a
 * mark of a name as a star is, and ΔH^‡, ΔG^∘ are one name each ({@code DefinedWords}: the Eyring equation was an unknown
 * command throughout). A root of a product of quantities, √(γRT/M), has the slope ½√(γR/(MT)) where they are positive, as
 * a temperature and a molar mass are, and the opposite sign where T and M are both negative: the step is numerically
 * equal there and says so ({@code PositiveQuantities}: it was called false at a negative temperature). Black and Scholes's
 * {@code d_{1,2} = … \\pm …} is two definitions, d_1 with the upper sign and d_2 with the lower ({@code SignedPairs}: refused,
 * and every step skipped), and a letter the prose names the normal cdf after its first use, written primed {@code N'(d_1)},
 * is Φ ({@code ProseFunctionBindings}: the primed use counted as a definition and the prose was not read).
 */
class TwentySixthRoundNotationTest {
    private static final String INHIBITION = "$$v = \\frac{V_{\\max} S}{K_m \\left( 1 + \\frac{I}{K_i} \\right) + S}$$\n\n"
            + "Let $D = K_m (1 + I/K_i) + S$ denote the denominator.\n\n";

    @Test
    void inlineMathIsReadWithTheDocumentsNaming() {
        assertMarks("✓", INHIBITION + "$$\\frac{\\partial v}{\\partial K_i} = \\frac{V_{\\max} S K_m I}{K_i^2 D^2}$$\n");
        assertMarks("✗", INHIBITION + "$$\\frac{\\partial v}{\\partial I} = -\\frac{V_{\\max} S}{D^2}$$\n");
        assertMarks("✓", INHIBITION + "$$\\frac{\\partial v}{\\partial I} = -\\frac{V_{\\max} S K_m}{K_i D^2}$$\n");
    }

    private static final String MALUS = "$$I(\\theta) = I_0 \\cos^2\\theta$$\n\n";

    @Test
    void aLetteredLabelBesideANameDefinedByItsReferenceValueIsANameOfItsOwn() {
        String three = "$$I_3(\\theta) = \\frac{I_u}{8} \\sin^2 2\\theta$$\n\n";
        assertMarks("✓", MALUS + "$$\\frac{dI}{d\\theta} = -2 I_0 \\cos\\theta \\sin\\theta$$\n\n" + three);
        assertMarks("✓", MALUS + three + "$$\\frac{dI_3}{d\\theta} = \\frac{I_u}{2} \\sin 2\\theta \\cos 2\\theta$$\n");
        assertMarks("✗", MALUS + three + "$$\\frac{dI_3}{d\\theta} = \\frac{I_u}{4} \\sin 2\\theta \\cos 2\\theta$$\n");
    }

    private static final String EYRING = "$$k(T) = \\frac{k_B T}{h} \\exp\\left(-\\frac{\\Delta H^\\ddagger}{R T}\\right) "
            + "\\exp\\left(\\frac{\\Delta S^\\ddagger}{R}\\right)$$\n\n";

    @Test
    void theTransitionStatesDoubleDaggerMarksAName() {
        assertMarks("✓", EYRING + "$$\\frac{dk}{dT} = \\frac{k}{T} + \\frac{k \\Delta H^\\ddagger}{R T^2}$$\n");
        assertMarks("✗", EYRING + "$$\\frac{dk}{dT} = \\frac{k}{T} - \\frac{k \\Delta H^\\ddagger}{R T^2}$$\n");
        assertMarks("✓", EYRING + "$$\\frac{\\partial k}{\\partial \\Delta H^{\\ddagger}} = -\\frac{k}{R T}$$\n");
        // a standard state's mark makes an increment one name too
        assertMarks("✓", "$$K = \\exp\\left(-\\frac{\\Delta G^\\circ}{R T}\\right)$$\n\n"
                + "$$\\frac{d \\ln K}{d T} = \\frac{\\Delta G^\\circ}{R T^2}$$\n");
    }

    private static final String SOUND = "$$c(T) = \\sqrt{\\frac{\\gamma R T}{M}}$$\n\n";

    @Test
    void aRootOfAProductOfQuantitiesIsTakenWhereTheyArePositive() {
        // proven where they are positive: a root of a product is the product of the roots (power-of-product; was ≈)
        assertMarks("✓", SOUND + "$$\\frac{dc}{dT} = \\frac{1}{2} \\sqrt{\\frac{\\gamma R}{M T}}$$\n");
        assertMarks("✓", "$$v = \\sqrt{2 g h}$$\n\n$$\\frac{dv}{dh} = \\sqrt{\\frac{g}{2h}}$$\n");
        // false where the quantities are positive: still false
        assertMarks("✗", SOUND + "$$\\frac{dc}{dT} = \\sqrt{\\frac{\\gamma R}{M T}}$$\n");
        assertMarks("✗", "$$v = \\sqrt{2 g h}$$\n\n$$\\frac{dv}{dh} = \\sqrt{\\frac{2 g}{h}}$$\n");
        // an even power under the root is the step's point: √(x²) = |x|
        assertMarks("✗", "$$\\frac{d}{dx} \\sqrt{x^2 y} = \\sqrt{y}$$\n");
    }

    @Test
    void aPairOfNamesWithADoubleSignIsTwoDefinitions() {
        String pair = "$$d_{1,2} = a S \\pm b$$\n\n";
        assertMarks("✓", pair + "$$\\frac{\\partial d_2}{\\partial b} = -1$$\n");
        assertMarks("✗", pair + "$$\\frac{\\partial d_2}{\\partial b} = 1$$\n");
        assertMarks("✓", "$$d_{1,2} = a S \\mp b$$\n\n$$\\frac{\\partial d_1}{\\partial b} = -1$$\n");
        assertMarks("✓", "$$c = S d_1 - K d_2, \\qquad " + pair.substring(2) + "$$\\frac{\\partial c}{\\partial S} = d_1 + a S - K a$$\n");
        // a double sign with no pair of names to tell its formulas apart stays refused
        assertMarks("–", "$$x = a \\pm b$$\n");
    }

    @Test
    void aLetterNamedTheNormalCdfAfterItsPrimedUseIsPhi() {
        String priced = "$$c = S N(d)$$\n\nwhere $N$ is the standard normal cdf, and\n\n$$S N'(d) = \\frac{S}{\\sqrt{2 \\pi}} e^{-d^2/2}$$\n\n";
        assertMarks("✓✓", priced + "$$\\frac{\\partial c}{\\partial d} = S N'(d)$$\n");
        assertMarks("✓✗", priced + "$$\\frac{\\partial c}{\\partial d} = \\frac{S}{2 \\pi} e^{-d^2/2}$$\n");
    }
}
