package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An inline definition the prose announces with where, let, with or define ({@code where $z = w x + b$},
 * {@code let $h_\theta(x) = …$}) is read by a step below it that uses the name, as the same formula written
 * as a display definition would be, and the step says so. Another inline definition a hint would name (a name
 * only denoted, a where-clause below the step) is read only where the step holds with it and is undecided without;
 * nothing else is read: a case ({@code with $y = 1$}) the step does not hold in, two indices ({@code where $i = j$}),
 * an evaluation point ({@code at $x = 0$}), a step that does not use the name.
 */
class InlineDefinitionReadingTest {
    private static PairVerdict last(String markdown, String mark) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(mark, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        return d.verdicts().get(d.verdicts().size() - 1);
    }

    /** The document's marks equal those of the same document with {@code inline} written as a display. */
    private static void sameAsDisplay(String markdown, String inline) {
        String displayed = markdown.replace("$" + inline + "$", "\n\n$$" + inline + "$$\n\n");
        CheckedDocument a = PublicInputsTest.check(markdown);
        CheckedDocument b = PublicInputsTest.check(displayed);
        String marks = PublicInputsTest.marks(b);
        // the display is a definition, no verdict of its own: the same steps, the same verdicts
        assertEquals(marks, PublicInputsTest.marks(a), () -> PublicInputsTest.describe(a) + "\n---\n" + PublicInputsTest.describe(b));
    }

    @Test
    void aWhereDefinitionIsReadByTheStepThatNeedsIt() {
        String doc = "$$L = \\frac{1}{2} \\left( \\sigma(z) - y \\right)^2$$\n\nwhere $z = w x + b$. Then\n\n"
                + "$$\\frac{\\partial L}{\\partial w} = \\left( \\sigma(z) - y \\right) \\sigma(z) \\left( 1 - \\sigma(z) \\right) x$$\n";
        PairVerdict v = last(doc, "✓");
        assertTrue(v.detail().startsWith("read with the inline definition of z (line 3: $z = w x + b$) as a display definition"),
                v.detail());
        sameAsDisplay(doc, "z = w x + b");
        // a dropped factor x stays a mistake, found with the definition read
        last(doc.replace(" x$$", "$$"), "✗");
    }

    @Test
    void letReadsANumberAndAFunctionAndAnIndexedName() {
        PairVerdict c = last("Let $c = 2$.\n\n$$\\frac{d}{dx} \\left( c x^2 \\right) = c^2 x$$\n", "✓");
        assertTrue(c.detail().contains("read with the inline definition of c (line 1: $c = 2$)"), c.detail());
        PairVerdict wrong = last("Let $c = 2$.\n\n$$\\frac{d}{dx} \\left( c x^2 \\right) = 4 c x$$\n", "✗");
        assertFalse(wrong.detail().contains("write it as a display"), wrong.detail());
        String j = "$$J = \\frac{1}{2m}\\sum_{i}\\left(h_\\theta(x^{(i)}) - y^{(i)}\\right)^2 + \\frac{\\lambda}{2}\\sum_{j}\\theta_j^2$$\n\n"
                + "where $h_\\theta(x) = \\sum_{k} \\theta_k x_k$.\n\n";
        PairVerdict f = last(j + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i}\\left(h_\\theta(x^{(i)}) - y^{(i)}\\right)"
                + "x_j^{(i)} + \\lambda\\theta_j$$\n", "✓");
        assertTrue(f.detail().contains("inline definition of h_\\theta (line 3:"), f.detail());
        last(j + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i}\\left(h_\\theta(x^{(i)}) - y^{(i)}\\right)"
                + "x_j^{(i)} + 2\\lambda\\theta_j$$\n", "✗");
        // p_j − y_j needs Σ_i y_i = 1, which this document does not say: false, as with a display definition
        String p = "# Softmax\n\nLet $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$ be the probabilities.\n\n"
                + "$$L = -\\sum_i y_i \\log p_i$$\n\n$$\\frac{\\partial L}{\\partial z_j} = p_j \\sum_i y_i - y_j$$\n";
        last(p, "✓");
        sameAsDisplay(p, "p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}");
        sameAsDisplay(p.replace("p_j \\sum_i y_i - y_j", "p_j - y_j"), "p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}");
    }

    @Test
    void withANounPhraseAndASecondFormulaAfterAnd() {
        String doc = "For a binary response with linear predictor $\\eta = \\beta_0 + \\beta_1 x$, the mean is\n\n"
                + "$$\\mu = e^{\\eta}$$\n\n$$\\frac{\\partial \\mu}{\\partial \\beta_1} = x e^{\\eta}$$\n";
        last(doc, "✓");
        String two = "$$L = a b$$\n\nwhere $a = u^2$ and $b = 3 u$.\n\n$$\\frac{d L}{d u} = 9 u^2$$\n";
        PairVerdict v = last(two, "✓");
        assertTrue(v.detail().contains("of a (line 3") && v.detail().contains("of b (line 3"), v.detail());
        // one word announces a list whose later formulas an article's noun phrase names: "and the loss $L = …$"
        String list = "Let $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$, $c = 2$ and the cross-entropy loss $L = -c \\sum_i y_i \\log p_i$.\n\n";
        PairVerdict l = last(list + "$$\\frac{\\partial L}{\\partial z_j} = c \\left( p_j \\sum_i y_i - y_j \\right)$$\n", "✓");
        assertTrue(l.detail().contains("of L (line 1") && l.detail().contains("of c (line 1") && l.detail().contains("of p (line 1")
                && !l.detail().contains("not announced"), l.detail());
        // announced, so it can make a step false: the dropped factor c is found
        last(list + "$$\\frac{\\partial L}{\\partial z_j} = p_j \\sum_i y_i - y_j$$\n", "✗");
        // a noun phrase after a full stop is a new sentence, which the list's word does not announce
        String apart = "Let $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$. We compare it to $L = -\\sum_i y_i \\log p_i$.\n\n";
        last(apart + "$$\\frac{\\partial L}{\\partial z_j} = 2 p_j \\sum_i y_i - y_j$$\n", "?");
    }

    @Test
    void nothingElseIsRead() {
        String steps = "\n\n$$L = \\frac{1}{2} r^2$$\n\n$$\\frac{\\partial L}{\\partial f} = -r$$\n";
        // a case, two indices, an evaluation point: the step does not hold with it, so it stays undecided, unread
        for (String prose : new String[] {"Compare with $r = 1$.", "Compare with the case $r = 2$.", "where $r = j$ holds",
                "At the point $r = 0$ the loss vanishes."}) {
            PairVerdict v = last(prose + steps, "?");
            assertFalse(v.detail().startsWith("read with"), () -> prose + ": " + v.detail());
        }
        // a step that does not use the name reads nothing
        PairVerdict other = last("where $r = y - f$.\n\n$$\\frac{d}{dx} x^2 = 2 x$$\n", "✓");
        assertFalse(other.detail().contains("inline"), other.detail());
    }

    @Test
    void aFormulaNotAnnouncedAboveTheStepOnlyProvesIt() {
        // a name only denoted, a where-clause below the step, "with respect to": read only where the step then holds,
        // and the step says it was not announced; a wrong step stays undecided, never false through such a formula
        String steps = "\n\n$$L = \\frac{1}{2} r^2$$\n\n$$\\frac{\\partial L}{\\partial f} = -r$$\n";
        String above = "$$L = \\frac{1}{2} r^2$$\n\n$$\\frac{\\partial L}{\\partial f} = -r$$\n\nwhere $r = y - f$.\n";
        for (String doc : new String[] {"We denote $r = y - f$." + steps, above, "Differentiate with respect to $r = y - f$." + steps}) {
            PairVerdict v = last(doc, "✓");
            assertTrue(v.detail().startsWith("read with the inline definition of r (line ")
                    && v.detail().contains("not announced as a definition above the step"), () -> doc + ": " + v.detail());
            PairVerdict wrong = last(doc.replace("= -r$$", "= r$$"), "?");
            assertFalse(wrong.detail().startsWith("read with"), wrong.detail());
        }
        // a sentence that lists quantities, each a noun and its formula, sets them up as "Let" does since checks48
        // (AppositiveListsTest): the wrong step is false, no longer undecided
        String attention = "Scores $s_j = \\frac{q^\\top k_j}{\\sqrt{d}}$, weights $\\alpha_j = \\frac{\\exp(s_j)}{\\sum_{l}\\exp(s_l)}$, "
                + "output $o = \\sum_j \\alpha_j v_j$.\n\n";
        PairVerdict o = last(attention + "$$\\frac{\\partial o}{\\partial s_m} = \\alpha_m \\left(v_m - o\\right)$$\n", "✓");
        assertFalse(o.detail().contains("not announced"), o.detail());
        last(attention + "$$\\frac{\\partial o}{\\partial s_m} = \\alpha_m v_m$$\n", "✗");
        last(attention + "$$\\frac{\\partial s_j}{\\partial q_a} = \\frac{k_{ja}}{\\sqrt{d}}$$\n", "✓");
        // not a list (a result follows): read where the step holds with them
        String told = attention.replace(".\n\n", ", so the output is a convex combination.\n\n");
        PairVerdict t = last(told + "$$\\frac{\\partial o}{\\partial s_m} = \\alpha_m \\left(v_m - o\\right)$$\n", "✓");
        assertTrue(t.detail().contains("they are not announced as definitions above the step"), t.detail());
        last(told + "$$\\frac{\\partial o}{\\partial s_m} = \\alpha_m v_m$$\n", "?");
        // an unannounced formula brings the formulas its body uses, announced or not: h through ŷ, a through h
        // ("Then", no word of a definition; "Consider" announces h as "let" does since checks44, SettingUpWordsTest, and "Here"
        // since checks47, HereAnnouncementTest)
        String network = "Then $h_j = \\tanh(a_j)$ with $a_j = \\sum_i W_{ji} x_i$, and the output $\\hat{y} = \\sum_j v_j h_j$. "
                + "The squared error is\n$$E = \\frac{1}{2}(\\hat{y} - y)^2.$$\n\n";
        PairVerdict deep = last(network + "$$\\frac{\\partial E}{\\partial W_{ji}} = (\\hat{y} - y) v_j (1 - h_j^2) x_i$$\n", "✓");
        assertTrue(deep.detail().contains("h: it is not announced as a definition above the step"), deep.detail());
        last(network + "$$\\frac{\\partial E}{\\partial W_{ji}} = (\\hat{y} - y) v_j (1 - h_j) x_i$$\n", "?");
        // announced by "Consider", the wrong step is false
        String considered = network.replace("Then $h_j", "Consider $h_j");
        last(considered + "$$\\frac{\\partial E}{\\partial W_{ji}} = (\\hat{y} - y) v_j (1 - h_j) x_i$$\n", "✗");
        // announced by "Here" (was ?, policy since checks47: "Here $h_j = …$" opening a sentence sets up a definition as "Let")
        String here = network.replace("Then $h_j", "Here $h_j");
        last(here + "$$\\frac{\\partial E}{\\partial W_{ji}} = (\\hat{y} - y) v_j (1 - h_j) x_i$$\n", "✗");
        // a function of an index, defined inline (a softmax policy): its calls with index arguments read once it is applied
        String policy = "The policy is $\\pi_\\theta(a|s) = \\frac{e^{\\theta_a}}{\\sum_b e^{\\theta_b}}$.\n\n";
        PairVerdict score = last(policy + "$$\\frac{\\partial \\log \\pi_\\theta(a|s)}{\\partial \\theta_c} = \\delta_{ac} "
                + "- \\pi_\\theta(c|s)$$\n", "✓");
        assertTrue(score.notes().stream().noneMatch(n -> n.text().contains("does not define")), score.notes()::toString);
        // "The policy is $…$" announces it as "let" does (CopulaAnnouncementTest): the wrong score is false
        last(policy + "$$\\frac{\\partial \\log \\pi_\\theta(a|s)}{\\partial \\theta_c} = 1 - \\pi_\\theta(c|s)$$\n", "✗");
        last(policy.replace("The policy is", "Let the policy be") + "$$\\frac{\\partial \\log \\pi_\\theta(a|s)}{\\partial "
                + "\\theta_c} = 1 - \\pi_\\theta(c|s)$$\n", "✗");
        // a primed use of a function defined inline is its derivative: ζ' and ζ'' of softplus
        String softplus = "We have $\\zeta(x) = \\log(1 + e^x)$. Then\n\n";
        last(softplus + "$$\\zeta'(x) = \\frac{e^x}{1 + e^x}$$\n", "✓");
        last(softplus + "$$\\zeta''(x) = \\sigma(x)(1 - \\sigma(x))$$\n", "✓");
        last(softplus + "$$\\zeta''(x) = \\sigma(x)$$\n", "?");
        last(softplus.replace("We have", "Let") + "$$\\zeta''(x) = \\sigma(x)$$\n", "✗");
        // two such formulas for one name are cases: neither is read
        PairVerdict cases = last("For $r = y - f$ the loss is below; for $r = f - y$ too." + steps, "?");
        assertFalse(cases.detail().startsWith("read with"), cases.detail());
    }
}
