package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round thirty-three left unread by session 37 ({@code fresh-homework}), read generally. A letter
 * that is no index of the document labels its own quantity beside a summed family: Aki's magnitude of completeness
 * {@code M_c} beside the magnitudes {@code M_i} of {@code \sum_i (M_i - M_c)} and their mean {@code \bar{M}} (it was the
 * entry c of the family, and a right ∂b̂/∂M_c was called false). Whole numbers above a name that carries a subscript,
 * Graves's CTC outputs {@code y^1_a}, {@code y^2_a} at frames 1 and 2, are labels when the name takes several of them, one
 * being 1 (every step by one was refused: "the variable of a derivative is a name"), and the symbols a and b the document
 * also writes as values ({@code $\mathbf{l} = a$}, the blank {@code $b$}) name two outputs, not two indices that may
 * coincide. A function of its arguments has no entries: Thiem's drawdowns {@code s_1}, {@code s_2} beside the drawdown
 * curve s(r) are observations, so "the Thiem equation solved for the transmissivity", {@code T = …(s_1 - s_2)…}, defines T
 * (it was a recursive T → s → T, or a claim about a free T, and the slopes by it were undecided). A copula after a plural
 * noun phrase that holds a symbol, "the reliabilities at time $t$ are $p_i = e^{-\lambda_i t}$", announces a definition.
 * A display {@code p_1 = …} after "Let $p_k = …$" restates the family at k = 1 and is checked (it silently redefined p_1).
 */
class ThirtyFourthRoundNotationTest {
    private static final String AKI = "Above the magnitude of completeness $M_c$ the excess magnitudes $M_i - M_c$ are exponential "
            + "with rate $\\beta$. For $n$ events\n\n$$\\ell(\\beta) = n \\ln \\beta - \\beta \\sum_{i=1}^{n} (M_i - M_c)$$\n\n"
            + "Aki's estimator is\n\n$$\\hat{b} = \\frac{\\log_{10} e}{\\bar{M} - M_c}$$\n\nand it moves as\n\n";

    @Test
    void aLabelBesideASummedFamilyNamesItsOwnQuantity() {
        // M_c was the sample M at c: ∂M̄/∂M_c = 1/n, and the right slope was called false ("expected (n − 1)/…")
        assertMarks("✓", AKI + "$$\\frac{\\partial \\hat{b}}{\\partial M_c} = \\frac{\\log_{10} e}{(\\bar{M} - M_c)^2}$$\n");
        assertMarks("✗", AKI + "$$\\frac{\\partial \\hat{b}}{\\partial M_c} = -\\frac{\\log_{10} e}{(\\bar{M} - M_c)^2}$$\n");
        // a centre the samples are measured from
        String centre = "For $n$ samples about a centre $x_c$,\n\n$$\\ell = -\\sum_{i=1}^{n} (x_i - x_c)$$\n\n"
                + "$$q = \\frac{1}{\\bar{x} - x_c}$$\n\n";
        assertMarks("✓", centre + "$$\\frac{\\partial q}{\\partial x_c} = \\frac{1}{(\\bar{x} - x_c)^2}$$\n");
    }

    @Test
    void aMemberAtAClassOrAnIndexLetterStaysAMember() {
        // the true class's logit z_y is one of the z_j: ∂/∂z_y reaches it through the sum
        assertMarks("✓", "$$L = -z_y + \\log \\sum_{j=1}^{K} e^{z_j}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial z_y} = -1 + \\frac{e^{z_y}}{\\sum_{j=1}^{K} e^{z_j}}$$\n");
        // x_k - x_i: an index letter is a component's, whatever it is written beside
        assertMarks("✓", "$$f = \\sum_{i=1}^{n} (x_i - x_k)^2$$\n\n$$\\frac{\\partial f}{\\partial x_k} = -2 \\sum_{i=1}^{n} (x_i - x_k)$$\n");
        assertMarks("✓", "$$f = \\sum_{i=1}^{n} x_i^2$$\n\n$$\\frac{\\partial f}{\\partial x_j} = 2 x_j$$\n");
    }

    private static final String CTC = "Let $y^t_k$ be the output for symbol $k$ at frame $t$, with the blank written $b$. For the "
            + "labelling $\\mathbf{l} = a$ the paths are $aa$, $ab$ and $ba$, so\n\n"
            + "$$p = y^1_a y^2_a + y^1_a y^2_b + y^1_b y^2_a$$\n\n";

    @Test
    void wholeNumbersAboveAnOutputAreItsFrames() {
        assertMarks("✓", CTC + "$$\\frac{\\partial p}{\\partial y^1_a} = y^2_a + y^2_b$$\n");
        assertMarks("✗", CTC + "$$\\frac{\\partial p}{\\partial y^2_a} = y^1_a$$\n");
        assertMarks("✓", CTC + "$$\\frac{\\partial p}{\\partial y^1_b} = y^2_a$$\n");
        // a polynomial's powers have no ^1: x_i^2 and x_i^3 stay powers
        assertMarks("✓", "$$f = \\sum_{i=1}^{n} (x_i^2 + x_i^3)$$\n\n$$\\frac{\\partial f}{\\partial x_j} = 2 x_j + 3 x_j^2$$\n");
    }

    @Test
    void aClassComparedWithAnIndexStaysAnIndex() {
        // p_y beside \mathbb{1}[j = y]: y is the class the indicator compares j with, p at y, not a name of its own
        String softmax = "$$p_j = \\frac{\\exp(o_j)}{\\sum_{k} \\exp(o_k)}$$\n\n$$\\ell = -\\log p_y$$\n\n";
        assertMarks("✓", softmax + "$$\\frac{\\partial \\ell}{\\partial o_j} = p_j - \\mathbb{1}[j = y]$$\n");
        assertMarks("✗", softmax + "$$\\frac{\\partial \\ell}{\\partial o_j} = p_j + \\mathbb{1}[j = y]$$\n");
    }

    @Test
    void aFunctionHasNoEntries() {
        String thiem = "The drawdown at a distance $r$ from the well is\n\n$$s(r) = \\frac{Q}{2 \\pi T} \\ln \\frac{R}{r}$$\n\n"
                + "If the drawdowns $s_1$ and $s_2$ are observed at distances $r_1 < r_2$, the Thiem equation solved for the "
                + "transmissivity is\n\n$$T = \\frac{Q}{2 \\pi (s_1 - s_2)} \\ln \\frac{r_2}{r_1}$$\n\n";
        assertMarks("✓", thiem + "$$\\frac{\\partial T}{\\partial s_1} = -\\frac{Q}{2 \\pi (s_1 - s_2)^2} \\ln \\frac{r_2}{r_1}$$\n");
        assertMarks("✗", thiem + "$$\\frac{\\partial T}{\\partial r_2} = \\frac{Q}{2 \\pi (s_1 - s_2) \\, r_1}$$\n");
    }

    @Test
    void aPluralCopulaAfterASymbolAnnouncesADefinition() {
        String system = "$$h(p_1, p_2, p_3) = p_1 \\left[ 1 - (1 - p_2)(1 - p_3) \\right]$$\n\n"
                + "With constant failure rates, the reliabilities at time $t$ are $p_i = e^{-\\lambda_i t}$, and\n\n";
        assertMarks("✓", system + "$$\\frac{\\partial h}{\\partial \\lambda_2} = -t p_1 (1 - p_3) e^{-\\lambda_2 t}$$\n");
        assertMarks("✗", system + "$$\\frac{\\partial h}{\\partial \\lambda_2} = -p_1 (1 - p_3) e^{-\\lambda_2 t}$$\n");
    }

    @Test
    void aDisplayedEntryOfAnAnnouncedInlineFamilyIsChecked() {
        String family = "Let $p_k = \\frac{e^{z_k}}{e^{z_1} + e^{z_2}}$ for $k = 1, 2$. Then\n\n";
        String slope = "and\n\n$$\\frac{\\partial p_1}{\\partial z_1} = p_1 (1 - p_1)$$\n";
        assertMarks("✓✓", family + "$$p_1 = \\frac{1}{1 + e^{z_2 - z_1}}$$\n\n" + slope);
        // a wrong restatement is false where it is written, and the slope of the family stays right
        assertMarks("✗✓", family + "$$p_1 = \\frac{1}{1 + e^{z_1 - z_2}}$$\n\n" + slope);
    }
}
