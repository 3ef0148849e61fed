package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round twenty-nine ({@code fresh-homework}) and the leftovers of round twenty-eight, with the wrong
 * verdicts they showed. A name written primed as a quantity of its own, a resistance per unit length {@code R'(r) = …} that
 * the document differentiates itself ({@code \frac{dR'}{dr}}), is the name R' ({@code PrimedQuantities}: it was the
 * derivative of an R nothing defines, and every step was undecided).
 */
class TwentyNinthRoundNotationTest {
    private static final String PER_LENGTH = "Per unit length the resistance is\n\n"
            + "$$R'(r) = \\frac{\\ln(r / a)}{2 \\pi k} + \\frac{1}{2 \\pi r h}$$\n\n";

    @Test
    void aPrimedNameTheDocumentDifferentiatesItselfIsAQuantityNotADerivative() {
        assertMarks("✓", PER_LENGTH + "$$\\frac{d R'}{d r} = \\frac{1}{2 \\pi k r} - \\frac{1}{2 \\pi r^2 h}$$\n");
        assertMarks("✗", PER_LENGTH + "$$\\frac{d R'}{d r} = \\frac{1}{2 \\pi k r} + \\frac{1}{2 \\pi r^2 h}$$\n");
        assertMarks("✓", PER_LENGTH + "$$\\frac{d^2 R'}{d r^2} = -\\frac{1}{2 \\pi k r^2} + \\frac{1}{\\pi r^3 h}$$\n");
        // where the bare name is defined, its primed form stays its derivative
        assertMarks("✓✓", "$$R(r) = r^3$$\n\n$$R'(r) = 3 r^2$$\n\n$$\\frac{d R'}{d r} = 6 r$$\n");
        assertMarks("✗", "$$R(r) = r^3$$\n\n$$R'(r) = 3 r$$\n");
    }

    private static final String DISTORTION = "$$J = \\sum_{n=1}^{N} \\sum_{k=1}^{K} r_{nk} (x_n - \\mu_k)^2$$\n\n"
            + "which is a gradient step on the single-point distortion $J_n = \\frac{1}{2} (x_n - \\mu_k)^2$, since\n\n";

    @Test
    void anInlineEntryOfANameTheDisplaysDefineAsOneNumberIsAQuantityOfItsOwn() {
        // J_n beside the displayed J: the inline J_n was only named, as J is displayed, and a wrong sign stayed undecided
        assertMarks("✗", DISTORTION + "$$\\frac{\\partial J_n}{\\partial \\mu_k} = x_n - \\mu_k$$\n");
        assertMarks("✓", DISTORTION + "$$\\frac{\\partial J_n}{\\partial \\mu_k} = \\mu_k - x_n$$\n");
        // the displayed J itself is still the display's
        assertMarks("✓", DISTORTION + "$$\\frac{\\partial J}{\\partial \\mu_j} = -2 \\sum_{n=1}^{N} r_{nj} (x_n - \\mu_j)$$\n");
    }

    private static final String DISPERSION = "$$E(p) = \\sqrt{p^2 c^2 + m^2 c^4}$$\n\n"
            + "$$v_g = \\frac{dE}{dp} = \\frac{p c^2}{E}$$\n\n"
            + "With $E = \\gamma m c^2$ and $p = \\gamma m v$ this is just $v$. The kinetic energy $T = E - mc^2$ has\n\n";

    @Test
    void anInlineValueOfADisplayFunctionsParameterIsNotReadInAStepDifferentiatingByIt() {
        // p = γmv read as p's definition (its v the displayed v_g) made dT/dp undecided, T's own inline definition with it
        assertMarks("✓✓", DISPERSION + "$$\\frac{dT}{dp} = \\frac{p c^2}{\\sqrt{p^2 c^2 + m^2 c^4}}$$\n");
        assertMarks("✓✗", DISPERSION + "$$\\frac{dT}{dp} = \\frac{p c^2}{p^2 c^2 + m^2 c^4}$$\n");
    }

    @Test
    void anInlineValueFollowedByItsConditionIsACaseNotADefinition() {
        // "$t_j = 1$ if $j = c$ and $0$ otherwise" was read as t_j = 1 for every j, and the right prediction error was false
        String cbow = "$$E = -u_{c} + \\log \\sum_{j=1}^{V} \\exp(u_{j})$$\n\n"
                + "where $y_j = \\exp(u_j) / \\sum_{l=1}^{V} \\exp(u_l)$, and $t_j = 1$ if $j = c$ and $0$ otherwise. Then\n\n";
        // now read as the Kronecker delta δ_jc (ThirtiethRoundNotationTest): proven
        assertMarks("✓", cbow + "$$\\frac{\\partial E}{\\partial u_j} = y_j - t_j$$\n");
    }

    private static final String CLIPPED = "$$\\tilde{g}_i = \\frac{c \\, g_i}{\\sqrt{\\sum_{k=1}^{n} g_k^2}}$$\n\n"
            + "**Two parameters.** Written out for $n = 2$,\n\n";

    @Test
    void aRangeSizeSetToAWholeNumberForWhatFollowsIsItsValueThere() {
        // "Written out for $n = 2$" was an evaluation point, and the two-entry steps were checked for three entries
        assertMarks("≈", CLIPPED + "$$\\tilde{g}_1 = \\frac{c \\, g_1}{\\sqrt{g_1^2 + g_2^2}}$$\n");
        assertMarks("✗", CLIPPED + "$$\\tilde{g}_1 = \\frac{c \\, g_1}{g_1^2 + g_2^2}$$\n");
    }

    private static final String HOPFIELD = "$$E = -\\frac{1}{2} \\sum_{i=1}^{N} \\sum_{j=1}^{N} w_{ij} s_i s_j - \\sum_{i=1}^{N} \\theta_i s_i$$\n\n";

    @Test
    void aZeroDiagonalTheProseStatesIsAssumed() {
        // "no self-coupling, $w_{ii} = 0$": ∂²E/∂s_k² = −w_kk is 0 (it was false)
        String curvature = "$$\\frac{\\partial^2 E}{\\partial s_k^2} = 0$$\n";
        assertMarks("✓", "The weights are symmetric, $w_{ij} = w_{ji}$, with no self-coupling, $w_{ii} = 0$.\n\n" + HOPFIELD + curvature);
        assertMarks("✗", HOPFIELD + curvature);
    }

    private static final String CHOICE_SETS = "$$\\log P = \\theta_1 + \\theta_2 - \\log\\left( e^{\\theta_1} + e^{\\theta_2} + e^{\\theta_3} \\right) "
            + "- \\log\\left( e^{\\theta_2} + e^{\\theta_3} \\right)$$\n\n"
            + "Write $S_1 = e^{\\theta_1} + e^{\\theta_2} + e^{\\theta_3}$ and $S_2 = e^{\\theta_2} + e^{\\theta_3}$ for the two choice sets.\n\n";

    @Test
    void anInlineComponentAtAWholeNumberIndexIsReadAsItsOwnName() {
        // S_1 and S_2 written inline were not read (a component's definition), and every step using them was undecided
        assertMarks("✓", CHOICE_SETS + "$$\\frac{\\partial \\log P}{\\partial \\theta_3} = -\\frac{e^{\\theta_3}}{S_1} - \\frac{e^{\\theta_3}}{S_2}$$\n");
        assertMarks("✗", CHOICE_SETS + "$$\\frac{\\partial \\log P}{\\partial \\theta_2} = 1 - \\frac{e^{\\theta_2}}{S_1}$$\n");
    }
}
