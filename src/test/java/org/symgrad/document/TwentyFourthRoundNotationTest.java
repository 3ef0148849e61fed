package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round twenty-four ({@code fresh-homework}, from {@code chen-guestrin-xgboost-leaf.md} on in the
 * README's table) and the wrong verdicts it showed. A definition that gives one labelled thing by another of the same
 * letter, the Doppler shift's {@code f_o = f_s \\frac{c + v_o}{c - v_s}}, defines no family over o (every member would
 * be defined by a member at a free s that may be o itself): o and s are labels, and the right ∂f_o/∂v_o = f_s/(c − v_s)
 * was called false at o = s ({@code SelfDefinedLabels}). A family whose body uses its own index as a number, Rényi's
 * {@code H_\\alpha = \\frac{1}{1 - \\alpha} \\log \\sum_i p_i^\\alpha}, gives its member at α = 2 with 2 for α in the body
 * too (H_2 kept the body's α as an unrelated variable, and the right {@code H_2 = -\\log \\sum_i p_i^2} was called
 * false; {@code IndexValues}), and a step that writes α beside {@code H_\\alpha} means the definition's α
 * ({@code ValuedIndices}: it was refused as an index used as a value). A name defined whole by its own numbered
 * reference value, {@code P(T) = P_0 \\exp(…)}, {@code I = I_0 10^{-\\varepsilon l c}}, has that value as another name,
 * P0 (the definition was recursive, P → P, and every step skipped; {@code ReferenceValues}); the standard-state mark
 * {@code E^\\circ} is a label ({@code StandardStateMarks}); a derivative by an increment, {@code \\partial \\Delta H},
 * makes ΔH one name ({@code DefinedWords}); and "every other product $k \\neq j$" states a case
 * ({@code OtherMemberConditions}: ∂P_j/∂p_k = αP_jP_k was called false at k = j).
 */
class TwentyFourthRoundNotationTest {
    private static final String DOPPLER = "$$f_o = f_s \\frac{c + v_o}{c - v_s}$$\n\n";

    @Test
    void oneLabelledThingDefinedByAnotherOfTheSameLetterMakesItsLettersLabels() {
        assertMarks("✓", DOPPLER + "$$\\frac{\\partial f_o}{\\partial v_o} = \\frac{f_s}{c - v_s}$$\n");
        assertMarks("✓", DOPPLER + "$$\\frac{\\partial f_o}{\\partial v_s} = \\frac{f_s (c + v_o)}{(c - v_s)^2}$$\n");
        assertMarks("✗", DOPPLER + "$$\\frac{\\partial f_o}{\\partial v_s} = -\\frac{f_s (c + v_o)}{(c - v_s)^2}$$\n");
        assertMarks("✗", DOPPLER + "$$\\frac{\\partial f_o}{\\partial v_o} = \\frac{f_s}{c + v_s}$$\n");
        // a family over an index whose definition sums over another letter stays a family: the softmax's δ_ij is still found
        assertMarks("✗", "$$p_i = \\frac{e^{z_i}}{\\sum_{k=1}^{K} e^{z_k}}$$\n\n$$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j$$\n");
        assertMarks("✓", "$$p_i = \\frac{e^{z_i}}{\\sum_{k=1}^{K} e^{z_k}}$$\n\n"
                + "$$\\frac{\\partial p_i}{\\partial z_j} = p_i (\\delta_{ij} - p_j)$$\n");
    }

    private static final String RENYI = "$$H_{\\alpha} = \\frac{1}{1 - \\alpha} \\log \\sum_{i=1}^{n} p_i^{\\alpha}$$\n\n";

    @Test
    void aMemberOfAFamilyTakesItsIndexAsTheValueTheBodyUses() {
        assertMarks("✓", RENYI + "$$H_2 = -\\log \\sum_{i=1}^{n} p_i^2$$\n");
        assertMarks("✗", RENYI + "$$H_2 = \\log \\sum_{i=1}^{n} p_i^2$$\n");
        assertMarks("✓", RENYI + "$$\\frac{\\partial H_2}{\\partial p_k} = -\\frac{2 p_k}{\\sum_{i=1}^{n} p_i^2}$$\n");
        assertMarks("✓", "$$H_a = a^2 + x$$\n\n$$H_2 = 4 + x$$\n");
        assertMarks("✗", "$$H_a = a^2 + x$$\n\n$$H_3 = 4 + x$$\n");
    }

    @Test
    void aStepWritingTheOrderOfAFamilyAsAValueMeansTheDefinitionsOrder() {
        assertMarks("✓", RENYI + "$$\\frac{\\partial H_{\\alpha}}{\\partial p_k} = \\frac{\\alpha}{1 - \\alpha} \\cdot "
                + "\\frac{p_k^{\\alpha - 1}}{\\sum_{i=1}^{n} p_i^{\\alpha}}$$\n");
        assertMarks("✓", RENYI + "$$\\frac{\\partial H_{\\alpha}}{\\partial \\alpha} = \\frac{1}{(1 - \\alpha)^2} \\log "
                + "\\sum_{i=1}^{n} p_i^{\\alpha} + \\frac{1}{1 - \\alpha} \\cdot \\frac{\\sum_{i=1}^{n} p_i^{\\alpha} \\log p_i}"
                + "{\\sum_{i=1}^{n} p_i^{\\alpha}}$$\n");
        assertMarks("✗", RENYI + "$$\\frac{\\partial H_{\\alpha}}{\\partial \\alpha} = -\\frac{1}{(1 - \\alpha)^2} \\log "
                + "\\sum_{i=1}^{n} p_i^{\\alpha} + \\frac{1}{1 - \\alpha} \\cdot \\frac{\\sum_{i=1}^{n} p_i^{\\alpha} \\log p_i}"
                + "{\\sum_{i=1}^{n} p_i^{\\alpha}}$$\n");
        // a family whose body uses its index only as a subscript is read as before
        assertMarks("✓", "$$y_i = x_i^2$$\n\n$$\\frac{\\partial y_i}{\\partial x_i} = 2 x_i$$\n");
        assertMarks("✓", "$$y_i = x_i^2$$\n\n$$y_2 = x_2^2$$\n");
    }

    private static final String VAPOUR = "$$P(T) = P_0 \\exp\\left( -\\frac{L}{R} \\left( \\frac{1}{T} - \\frac{1}{T_0} \\right) \\right)$$\n\n";

    @Test
    void aNameDefinedWholeByItsOwnNumberedValueHasThatValueAsAnotherName() {
        assertMarks("✓", VAPOUR + "$$\\frac{d \\ln P}{d T} = \\frac{L}{R T^2}$$\n");
        assertMarks("✗", VAPOUR + "$$\\frac{d \\ln P}{d T} = -\\frac{L}{R T^2}$$\n");
        assertMarks("✓", VAPOUR + "$$\\frac{\\partial P}{\\partial P_0} = \\frac{P}{P_0}$$\n");
        String beer = "$$I = I_0 10^{-\\varepsilon l c}$$\n\n";
        assertMarks("✓", beer + "$$\\frac{\\partial I}{\\partial c} = -\\varepsilon l \\ln(10) I_0 10^{-\\varepsilon l c}$$\n");
        assertMarks("✗", beer + "$$\\frac{\\partial I}{\\partial c} = -\\varepsilon l I_0 10^{-\\varepsilon l c}$$\n");
        // a family over a letter keeps its numbered members: L_1 is L_k at k = 1, not another name
        assertMarks("––", "$$L_k = (y_k - w x_k)^2$$\n\n$$L = L_1 + L_2$$\n\n"
                + "$$\\frac{\\partial L}{\\partial w} = -2 (y_1 - w x_1) x_1 - 2 (y_2 - w x_2) x_2$$\n");
        // a vector written out lists its entries: x_1 stays an entry of x
        assertMarks("✓", "$$f = x_1^2 + x_2^2$$\n\n$$\\frac{\\partial f}{\\partial x_1} = 2 x_1$$\n");
    }

    @Test
    void theStandardStateMarkIsALabel() {
        String nernst = "$$E = E^\\circ - \\frac{R T}{n F} \\ln Q$$\n\n";
        assertMarks("✓", nernst + "$$\\frac{\\partial E}{\\partial T} = -\\frac{R}{n F} \\ln Q$$\n");
        assertMarks("✓", nernst + "$$\\frac{\\partial E}{\\partial E^{\\circ}} = 1$$\n");
        assertMarks("✗", nernst + "$$\\frac{\\partial E}{\\partial Q} = \\frac{R T}{n F Q}$$\n");
        assertMarks("✓", "$$G = \\Delta G^\\ominus + R T \\ln Q$$\n\n$$\\frac{\\partial G}{\\partial T} = R \\ln Q$$\n");
    }

    @Test
    void aDerivativeByAnIncrementMakesItOneName() {
        String p = "$$P = A \\exp\\left( -\\frac{\\Delta H}{R T} \\right)$$\n\n";
        assertMarks("✓", p + "$$\\frac{\\partial P}{\\partial \\Delta H} = -\\frac{P}{R T}$$\n");
        assertMarks("✗", p + "$$\\frac{\\partial P}{\\partial \\Delta H} = \\frac{P}{R T}$$\n");
    }

    private static final String LOGIT = "$$V_j = \\delta_j - \\alpha p_j$$\n\n"
            + "$$P_j = \\frac{e^{V_j}}{\\sum_{k=1}^{J} e^{V_k}}$$\n\n";

    @Test
    void theOtherMembersOfAFamilyNamedInTheProseAreACase() {
        assertMarks("✓", LOGIT + "It raises the share of every other product $k \\neq j$ in proportion to that product's share:\n\n"
                + "$$\\frac{\\partial P_j}{\\partial p_k} = \\alpha P_j P_k$$\n");
        assertMarks("✗", LOGIT + "It raises the share of every other product $k \\neq j$ in proportion to that product's share:\n\n"
                + "$$\\frac{\\partial P_j}{\\partial p_k} = -\\alpha P_j P_k$$\n");
        // without the words the formula is checked for every k, and k = j is a witness
        assertMarks("✗", LOGIT + "It raises the share of the products in proportion to their shares:\n\n"
                + "$$\\frac{\\partial P_j}{\\partial p_k} = \\alpha P_j P_k$$\n");
        // a member named with = is no case
        assertMarks("✗", LOGIT + "The other term, $k = j$, gives\n\n$$\\frac{\\partial P_j}{\\partial p_k} = \\alpha P_j P_k$$\n");
    }
}
