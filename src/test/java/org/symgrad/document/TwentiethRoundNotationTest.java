package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation and identities from homework round twenty ({@code fresh-homework}, from {@code arrow-ces-production.md} on
 * in the README's table). The sine and cosine of a sum are written by the angle-addition formulas in the prover's
 * form, so RoFormer's relative position, the von Mises likelihood equation and a two-link arm's Jacobian are proven
 * (they were numerically equal). Switches of one quantity nested in each other, {@code \max(-1, \min(1, x))}, are
 * compared with a three-branch {@code cases} interval by interval, proven where the branch conditions hold (they were
 * numerically equal). A letter above a name at the head of a function's definition, {@code L_2^{\tau}(u) = …}, labels
 * the function (it was refused as L times u). A parameter's range stated in inline prose, "and $0 < \tau < 1$", is
 * assumed as the directive {@code assume 0 < tau < 1} would be.
 */
class TwentiethRoundNotationTest {
    @Test
    void theSineAndCosineOfASumAreWrittenByTheAngleAdditionFormulas() {
        assertMarks("✓", "$$\\cos(a + b) = \\cos a \\cos b - \\sin a \\sin b$$\n");
        assertMarks("✓", "$$\\sin(a - b) = \\sin a \\cos b - \\cos a \\sin b$$\n");
        assertMarks("✗", "$$\\sin(a - b) = \\sin a \\cos b + \\cos a \\sin b$$\n");
        assertMarks("✗", "$$\\cos(a + b) = \\cos a \\cos b + \\sin a \\sin b$$\n");
        // three terms, a multiple of a letter and the relative position of RoFormer
        assertMarks("✓", "$$\\sin(a + b + c) = \\sin a \\cos(b + c) + \\cos a \\sin(b + c)$$\n");
        assertMarks("✓", "$$\\cos \\left( (m - n) \\theta \\right) = \\cos m\\theta \\cos n\\theta + \\sin m\\theta \\sin n\\theta$$\n");
        // with sin² = 1 − cos², the law of cosines of a two-link arm
        String arm = "$$x = a \\cos s + b \\cos(s + t)$$\n\n$$y = a \\sin s + b \\sin(s + t)$$\n\n";
        assertMarks("✓", arm + "$$x^2 + y^2 = a^2 + b^2 + 2 a b \\cos t$$\n");
        assertMarks("✗", arm + "$$x^2 + y^2 = a^2 + b^2 + 2 a b \\cos s$$\n");
        // under a sum, with the constant factors out of it (the von Mises likelihood equation)
        assertMarks("✓", "$$\\sum_{i=1}^n \\sin(\\theta_i - \\mu) = \\cos\\mu \\sum_{i=1}^n \\sin\\theta_i "
                + "- \\sin\\mu \\sum_{i=1}^n \\cos\\theta_i$$\n");
        // a whole multiple is a sum of its angle and the rest: the double angle is proven (MultipleAnglesTest)
        assertMarks("✓", "$$\\sin 2x = 2 \\sin x \\cos x$$\n");
    }

    @Test
    void nestedClipsAreComparedWithTheirCasesIntervalByInterval() {
        String clip = "$$h(x) = \\max\\left( -1, \\min(1, x) \\right)$$\n\n";
        assertMarks("✓", clip + "$$h(x) = \\begin{cases} -1 & x < -1 \\\\ x & -1 \\le x \\le 1 \\\\ 1 & x > 1 \\end{cases}$$\n");
        assertMarks("✓", clip + "$$\\frac{d}{d x} h(x) = \\begin{cases} 0 & x > 1 \\\\ 1 & |x| \\le 1 \\\\ 0 & x < -1 \\end{cases}$$\n");
        // a wrong branch is false, and a branch that is right only on part of its interval is never proven
        assertMarks("✗", clip + "$$\\frac{d}{d x} h(x) = \\begin{cases} 0 & x > 1 \\\\ 2 & |x| \\le 1 \\\\ 0 & x < -1 \\end{cases}$$\n");
        assertMarks("✗", clip + "$$h(x) = \\begin{cases} -1 & x < -1 \\\\ x & -1 \\le x \\le 1 \\\\ 1 & x > 2 \\end{cases}$$\n");
        // the order of the clip does not matter, and an affine argument is one quantity
        assertMarks("✓", "$$g(x) = \\min\\left( 1, \\max(-1, x) \\right)$$\n\n$$g(x) = \\max\\left( -1, \\min(1, x) \\right)$$\n");
        assertMarks("✓", "$$\\frac{\\partial}{\\partial b} \\max\\left( 0, \\min(6, w x + b) \\right) = \\begin{cases} 1 & 0 < w x + b < 6 "
                + "\\\\ 0 & \\text{otherwise} \\end{cases}$$\n");
        // hard swish
        assertMarks("✓", "$$f(x) = x \\cdot \\frac{\\min\\left( \\max\\left( 0, x + 3 \\right), 6 \\right)}{6}$$\n\n"
                + "$$f(x) = \\begin{cases} 0 & x \\le -3 \\\\ \\frac{x (x + 3)}{6} & -3 < x < 3 \\\\ x & x \\ge 3 \\end{cases}$$\n");
        String checked = PublicInputsTest.describe(DocumentChecker.check(clip
                + "$$h(x) = \\begin{cases} -1 & x < -1 \\\\ x & -1 \\le x \\le 1 \\\\ 1 & x > 1 \\end{cases}$$\n",
                DocumentKind.MARKDOWN, DocumentOptions.NONE));
        assertTrue(checked.contains("proven where 1 - x ≠ 0, 1 + x ≠ 0"), checked);
    }

    @Test
    void aLetterAboveANameAtTheHeadOfItsDefinitionLabelsTheFunction() {
        String loss = "$$L_2^{\\tau}(u) = \\tau u^2 + (1 - \\tau) u$$\n\n";
        assertMarks("✓", loss + "$$\\frac{d L_2^{\\tau}}{d u} = 2 \\tau u + 1 - \\tau$$\n");
        assertMarks("✗", loss + "$$\\frac{d L_2^{\\tau}}{d u} = 2 \\tau u + \\tau$$\n");
        assertMarks("✓", loss + "$$\\frac{d}{d u} L_2^{\\tau}(u) = 2 \\tau u + 1 - \\tau$$\n");
        // without a subscript, in braces or not, and with the label below as well
        assertMarks("✓", "$$H^{\\alpha}(p) = p^2 \\alpha$$\n\n$$\\frac{d}{d p} H^{\\alpha}(p) = 2 \\alpha p$$\n");
        assertMarks("✓", "$$\\rho_\\tau^k(u) = k \\tau u^3$$\n\n$$\\frac{d}{d u} \\rho_\\tau^k(u) = 3 k \\tau u^2$$\n");
        // a power where no definition labels the name stays a power
        assertMarks("✓", "$$\\frac{d}{d x} x^{a} (1 - x) = a x^{a - 1} (1 - x) - x^{a}$$\n");
    }

    @Test
    void aRangeStatedInInlineProseIsAssumed() {
        // |τ − 1| is 1 − τ only for τ < 1: without the range the step is false, with it proven (τ − 1 < 0 follows from it)
        String step = "$$\\left| \\tau - 1 \\right| u^2 = (1 - \\tau) u^2$$\n";
        assertMarks("✗", "Let $u$ be a residual.\n\n" + step);
        assertMarks("✓", "Let $u$ be a residual and $0 < \\tau < 1$.\n\n" + step);
        assertMarks("✓", "Let $0 \\le \\tau \\le 1$.\n\n" + step);
        CheckedDocument d = DocumentChecker.check("where $\\kappa > 0$ is the threshold.\n\n$$\\sqrt{\\kappa^2} = \\kappa$$\n",
                DocumentKind.MARKDOWN, DocumentOptions.NONE);
        assertTrue(d.messages().stream().anyMatch(m -> m.contains("assumes kappa > 0 (from the text)")), d.messages().toString());
        // a case, a negation and a formula with more in it assume nothing
        assertEquals(java.util.List.of(), ProseParameterRanges.find("for $x > 0$ the slope is one"));
        assertEquals(java.util.List.of(), ProseParameterRanges.find("here $p$ is not $0 < p < 1$"));
        assertEquals(java.util.List.of(), ProseParameterRanges.find("with $0 < \\tau < 1 + x$"));
        assertEquals(java.util.List.of("0 < tau < 1", "c >= 0"), ProseParameterRanges.find("and $0 < \\tau < 1$, assume $c \\ge 0$."));
    }
}
