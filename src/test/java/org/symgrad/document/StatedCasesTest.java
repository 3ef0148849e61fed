package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.Sampling;
import org.symgrad.check.Checker;
import org.symgrad.check.Verdict;
import org.symgrad.derive.Definitions;
import org.symgrad.parse.Parser;

/**
 * A case stated of an expression ({@link StatedCases}): the hinge loss's derivative −y where the margin is violated,
 * y f &lt; 1, stated beside the step, in the prose before it, or closing the sentence after it. The step is checked
 * where the case holds (✓ under it); a step wrong there stays ✗ with a witness inside the case; a step with no stated
 * case is checked everywhere, as before.
 */
class StatedCasesTest {
    private static final String HINGE = "$$L = \\max(0, 1 - y f)$$\n\n";

    @Test
    void anAbbreviationInsideTheCaseSentenceEndsNoSentence() {
        // the triplet loss's active side, named in words and then, after "i.e.", as an inequality
        String triplet = "$$L = \\max(0, (a - p)^2 - (a - n)^2 + m)$$\n\n"
                + "When the loss is active, i.e. $(a - p)^2 - (a - n)^2 + m > 0$,\n";
        assertMarks("✓", triplet + "$$\\frac{\\partial L}{\\partial n} = 2(a - n)$$\n");
        assertMarks("✗", triplet + "$$\\frac{\\partial L}{\\partial n} = -2(a - n)$$\n");
        assertMarks("✓", HINGE + "On the violated side, e.g. $y f < 1$, we get\n\n$$\\frac{\\partial L}{\\partial f} = -y$$\n");
    }

    @Test
    void aLabelValueAndAnInequalityTogetherStateOneCase() {
        // "For a dissimilar pair ($y = 0$) with $d < m$:": the label's value (SpecialCases) and the inequality after "with"
        // both hold for the display; was ✗ (wrong), both dropped
        String contrastive = "$$L = y d^2 + (1 - y)\\max(0, m - d)^2$$\n\nFor a dissimilar pair ($y = 0$) with $d < m$:\n";
        assertMarks("✓", contrastive + "$$\\frac{\\partial L}{\\partial d} = -2(m - d)$$\n");
        assertMarks("✗", contrastive + "$$\\frac{\\partial L}{\\partial d} = -2(m + d)$$\n");
        assertMarks("✗", contrastive + "$$\\frac{\\partial L}{\\partial d} = 2(m - d)$$\n");
    }

    @Test
    void anInequalityEndingTheCaseSentenceIsTheCase() {
        // "For a dissimilar pair ($y = 0$) closer than the margin, $d < m$:": the inequality that ends the sentence a case word
        // opens holds for the display too; was ✗ (wrong), checked for every d with y = 0 only
        String contrastive = "$$L = y d^2 + (1 - y)\\max(0, m - d)^2$$\n\nFor a dissimilar pair ($y = 0$) closer than the margin, $d < m$:\n";
        assertMarks("✓", contrastive + "$$\\frac{\\partial L}{\\partial d} = -2(m - d)$$\n");
        assertMarks("✗", contrastive + "$$\\frac{\\partial L}{\\partial d} = 2(m - d)$$\n");
        // no case word in its sentence: no case (the step is false where d > m)
        assertMarks("✗", "$$L = \\max(0, m - d)^2$$\n\nThe pair is close, $d < m$:\n$$\\frac{\\partial L}{\\partial d} = -2(m - d)$$\n");
    }

    @Test
    void anInequalityAloneOnItsLineBeforeAColonIsTheCase() {
        // "(i) $w > 0$:" numbers the case of the display below; was ✗ (wrong), checked for every w
        String lasso = "$$L(w) = \\frac{1}{2}(w - y)^2 + \\lambda |w|$$\n\n";
        assertMarks("✓", lasso + "(i) $w > 0$:\n$$\\frac{dL}{dw} = w - y + \\lambda$$\n");
        assertMarks("✓", lasso + "- $w < 0$:\n$$\\frac{dL}{dw} = w - y - \\lambda$$\n");
        assertMarks("✗", lasso + "(ii) $w < 0$:\n$$\\frac{dL}{dw} = w - y + \\lambda$$\n");
        // a name alone before the colon states no case
        assertMarks("✗", lasso + "(iii) $w$:\n$$\\frac{dL}{dw} = w - y + \\lambda$$\n");
    }

    @Test
    void theRowsOwnCaseOfTheSameQuantityReplacesTheProses() {
        // "so $f'(z) = 1$ if $z > 0$ and $$f'(z) = \alpha \quad \text{if } z < 0$$": was ? (both cases, no point drawn)
        String leaky = "$$f(z) = \\begin{cases} z & z > 0 \\\\ \\alpha z & z \\le 0 \\end{cases}$$\n\n"
                + "so $f'(z) = 1$ if $z > 0$ and\n";
        assertMarks("✓", leaky + "$$f'(z) = \\alpha \\quad \\text{if } z < 0$$\n");
        assertMarks("✗", leaky + "$$f'(z) = \\alpha z \\quad \\text{if } z < 0$$\n");
    }

    @Test
    void aCaseInTheProseBeforeTheStepIsWhereItIsChecked() {
        String got = marks(HINGE + "Where the margin is violated, $y f < 1$, and\n\n$$\\frac{\\partial L}{\\partial f} = -y$$\n");
        assertTrue(got.startsWith("✓"), got);
        assertTrue(got.contains("y f < 1"), got);
        assertMarks("✓", HINGE + "For $yf < 1$: $$\\frac{d L}{d f} = -y$$\n");
        assertMarks("✓", HINGE + "If $1 - y f > 0$, then\n\n$$\\frac{\\partial L}{\\partial f} = -y$$\n");
        assertMarks("✓", HINGE + "For $y f > 1$:\n\n$$\\frac{\\partial L}{\\partial f} = 0$$\n");
        // wrong inside the case: false, with a witness where the case holds
        String wrong = marks(HINGE + "For $yf < 1$: $$\\frac{d L}{d f} = y$$\n");
        assertTrue(wrong.startsWith("✗"), wrong);
        assertMarks("✗", HINGE + "For $y f > 1$:\n\n$$\\frac{\\partial L}{\\partial f} = -y$$\n");
        // a single name's sign as a case: |x|' = 1 for x > 0
        assertMarks("✓", "For $x > 0$: $$\\frac{d}{dx} |x| = 1$$\n");
        assertMarks("✗", "For $x > 0$: $$\\frac{d}{dx} |x| = -1$$\n");
    }

    @Test
    void withoutAStatedCaseTheStepIsCheckedEverywhere() {
        assertMarks("✗", HINGE + "$$\\frac{\\partial L}{\\partial f} = -y$$\n");
        // a negated case, or one the prose sets apart from the display, is no case of it
        assertMarks("✗", HINGE + "This is not true for $y f < 1$ alone:\n\n$$\\frac{\\partial L}{\\partial f} = -y$$\n");
        assertMarks("✗", HINGE + "For $y f < 1$ we have $\\partial L / \\partial f = -y$, while otherwise\n\n"
                + "$$\\frac{\\partial L}{\\partial f} = -y$$\n");
        // a heading ends the case
        assertMarks("✓✗", HINGE + "For $y f < 1$:\n\n$$\\frac{\\partial L}{\\partial f} = -y$$\n\n## Next\n\n"
                + "$$\\frac{\\partial L}{\\partial f} = -y$$\n");
    }

    @Test
    void aCaseBesideTheStepOrClosingItsSentence() {
        assertMarks("✓", HINGE + "$$\\frac{\\partial L}{\\partial f} = -y \\quad \\text{if } y f < 1$$\n");
        assertMarks("✗", HINGE + "$$\\frac{\\partial L}{\\partial f} = y \\quad \\text{if } y f < 1$$\n");
        assertMarks("✓", HINGE + "$$\\frac{\\partial L}{\\partial f} = -y, \\quad y f < 1$$\n");
        String closing = marks(HINGE + "$$\\frac{\\partial L}{\\partial f} = -y$$\nwhere $y f < 1$.\n\n"
                + "$$\\frac{\\partial L}{\\partial f} = -y \\, \\mathbb{1}[y f < 1]$$\n");
        assertTrue(closing.startsWith("✓✓"), closing);
        assertMarks("✗", HINGE + "$$\\frac{\\partial L}{\\partial f} = y$$\nwhere $y f < 1$.\n");
        // the closing case is the display's before it, not the next one's
        assertMarks("✓✗", HINGE + "$$\\frac{\\partial L}{\\partial f} = -y$$\nwhere $y f < 1$.\n\n"
                + "$$\\frac{\\partial L}{\\partial f} = -y$$\n");
    }

    @Test
    void theCheckerDrawsOnlyPointsInsideTheCase() {
        Sampling inside = Sampling.NONE.with(new Sampling.Holds(Parser.parseExpression("1 - y*f"), true, "y f < 1"));
        Definitions none = Definitions.none();
        // −y·1[y f < 1] is −y where y f < 1: proven, and saying under what
        Verdict v = new Checker(none, List.of(), inside).check(Parser.parseExpression("-y*heaviside(1 - y*f)"),
                Parser.parseExpression("-y"));
        assertEquals(Verdict.Kind.PROVEN, v.kind(), v::toString);
        assertEquals(List.of("y f < 1"), v.assumed(), v::toString);
        // a difference inside the case is found there
        Verdict w = new Checker(none, List.of(), inside).check(Parser.parseExpression("-y*heaviside(1 - y*f)"),
                Parser.parseExpression("y"));
        assertEquals(Verdict.Kind.FALSE, w.kind(), w::toString);
        double y = w.point().get("y");
        double f = w.point().get("f");
        assertTrue(y * f < 1, w::toString);
        // a case no drawn point satisfies decides nothing
        Sampling never = Sampling.NONE.with(new Sampling.Holds(Parser.parseExpression("-1 - x^2"), true, "x^2 < -1"));
        Verdict u = new Checker(none, List.of(), never).check(Parser.parseExpression("x"), Parser.parseExpression("x + 1"));
        assertFalse(u.kind() == Verdict.Kind.FALSE || u.kind() == Verdict.Kind.PROVEN, u::toString);
    }
}
