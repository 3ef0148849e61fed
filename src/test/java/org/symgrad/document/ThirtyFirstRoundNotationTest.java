package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round thirty-one ({@code fresh-homework}) and the documents round thirty held back, with the
 * wrong verdicts they showed.
 */
class ThirtyFirstRoundNotationTest {
    @Test
    void anAssumptionAboutTwoFreeIndicesDoesNotRewriteASumsBoundIndexOfTheSameName() {
        // "for k ≠ l" (δ_kl = 0) rewrote the range condition [1 ≤ l ≤ 2] = Σ_k δ_kl, whose k is bound, to 0: Barlow Twins'
        // ∂²L/∂c_kl² = 2 written out for n = 2 was false though both sides were 2
        String loss = "$$L = \\sum_{i=1}^{n} \\sum_{j \\neq i} c_{ij}^2$$\n\nWith $n = 2$,\n\n";
        assertMarks("✓", loss + "$$\\frac{\\partial^2 L}{\\partial c_{kl}^2} = 2 \\qquad \\text{for } k \\neq l$$\n");
        assertMarks("✗", loss + "$$\\frac{\\partial^2 L}{\\partial c_{kl}^2} = 1 \\qquad \\text{for } k \\neq l$$\n");
    }

    @Test
    void aLetterSubscriptBesideNumberedMembersIsALabel() {
        // the coating's n_c beside the media's n_1, n_2 was the entry c of n, equal to n_1 at c = 1: Fresnel's right
        // ∂R_c/∂n_c was false there
        assertMarks("✓", "$$R = \\left( \\frac{n_1 - n_2}{n_1 + n_2} \\right)^2$$\n\nFor a coating of index $n_c$ the reflectance becomes\n\n"
                + "$$R_c = \\left( \\frac{n_1 n_2 - n_c^2}{n_1 n_2 + n_c^2} \\right)^2$$\n\n"
                + "$$\\frac{\\partial R_c}{\\partial n_c} = -\\frac{8 n_c n_1 n_2 \\left( n_1 n_2 - n_c^2 \\right)}{\\left( n_1 n_2 + n_c^2 \\right)^3}$$\n");
    }

    @Test
    void aStepFalseEverywhereButOnOneSideOfItsSwitchIsUndecidedWhereTheCaseIsStatedInWordsOnly() {
        // "on the active side of the hinge" states no inequality to read: the right step was false where the hinge is off
        String hinge = "$$h = \\max\\left( 0, \\gamma - \\sqrt{v} \\right)$$\n\nPutting the two together, on the active side of the hinge,\n\n";
        assertMarks("?", hinge + "$$\\frac{\\partial h}{\\partial v} = -\\frac{1}{2 \\sqrt{v}}$$\n");
        // false on both sides: still false
        assertMarks("✗", hinge + "$$\\frac{\\partial h}{\\partial v} = \\frac{1}{\\sqrt{v}}$$\n");
    }

    @Test
    void aRootOfAQuotientWithANumberInItsDenominatorDiffersOnlyWhereTheQuantitiesAreNegative() {
        // Y/(2n*) against √(bY/(2i)) with n* = √(iY/(2b)): (2b)^{-1} was no product of quantities, and the sign of Y < 0 made it false
        assertMarks("✓", "$$n = \\sqrt{\\frac{i Y}{2 b}}$$\n\n$$\\frac{Y}{2 n} = \\sqrt{\\frac{b Y}{2 i}}$$\n");
    }

    @Test
    void aCaseAfterOtherwiseOrAFewWordsFurtherOnIsTheDisplaysCase() {
        // "Otherwise $… > 0$ and": no case word; "For a dissimilar pair that is closer than the margin, $x < \Delta$": too far
        assertMarks("✓", "$$\\ell = \\max\\left( 0, \\; -y (x_1 - x_2) + m \\right)$$\n\nWhen the pair is ranked correctly by at least the "
                + "margin the loss is zero. Otherwise $-y(x_1 - x_2) + m > 0$ and\n\n$$\\frac{\\partial \\ell}{\\partial x_1} = -y$$\n");
        assertMarks("✓", "$$\\ell = \\max(0, \\Delta - x)$$\n\nFor a similar pair this is just $1$. For a dissimilar pair that is closer "
                + "than the margin, $x < \\Delta$, the hinge is\nactive and the gradient pushes the two embeddings apart:\n\n"
                + "$$\\frac{\\partial \\ell}{\\partial x} = -1$$\n");
    }

    @Test
    void anInlineDefinitionAfterWritingOrAfterANounPhraseAndACommaIsAnnounced() {
        // read only to prove a step left undecided, a wrong step was undecided too
        assertMarks("✗", "$$\\hat{f} = \\frac{K_1 y_1 + K_2 y_2}{K_1 + K_2}$$\n\nWriting $w_1 = K_1 / (K_1 + K_2)$, the estimate is\n\n"
                + "$$\\frac{\\partial \\hat{f}}{\\partial y_1} = w_1^2$$\n");
        // Hawkes' one event's compensator: the sign of −α/β² turned was not found
        assertMarks("✗", "For the decay, look at one event's share of the compensator, "
                + "$\\Lambda(\\beta) = \\frac{\\alpha}{\\beta} \\left( 1 - e^{-\\beta T} \\right)$.\n\n"
                + "$$\\frac{d \\Lambda}{d \\beta} = \\frac{\\alpha}{\\beta^2} \\left( 1 - e^{-\\beta T} \\right) + \\frac{\\alpha}{\\beta} T e^{-\\beta T}$$\n");
    }
}
