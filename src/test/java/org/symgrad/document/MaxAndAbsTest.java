package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Piecewise statements about max, min, |x|, sign, ReLU and hinge (brief checker22 item 2): two
 * spellings of one piecewise function — a built-in, a {@code cases} environment with the condition
 * in its rows, an indicator {@code \mathbb{1}[x > 0]} — meet once every switch is written with unit
 * steps of one orientation (StepForms), so a right step is proven, and says where: away from the
 * jumps ("proven where a - b ≠ 0"). A wrong variant (a sign, a swapped branch, max for min) stays false.
 */
class MaxAndAbsTest {

    /** The detail of the document's only verdict. */
    private static String detail(String markdown) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        return d.verdicts().get(d.verdicts().size() - 1).detail();
    }

    @Test
    void maxAndMinThroughTheAbsoluteValue() {
        assertMarks("✓", "$$\\max(a,b) = \\frac{a+b+|a-b|}{2}$$\n");
        assertMarks("✓", "$$\\min(a, b) = \\frac{a + b - \\lvert a - b \\rvert}{2}$$\n");
        assertMarks("✓", "$$\\max(u, v) = \\frac{u + v + \\left| u - v \\right|}{2}$$\n");
        assertMarks("✓", "$$\\max(a, b) - \\min(a, b) = |a - b|$$\n");
        assertMarks("✓", "$$\\min(a, b) = -\\max(-a, -b)$$\n");
        assertMarks("✓", "$$\\max(a, b) = a + \\operatorname{ReLU}(b - a)$$\n");
        assertEquals("proven where a - b ≠ 0", detail("$$\\max(a,b) = \\frac{a+b+|a-b|}{2}$$\n"));
        // wrong variants
        assertMarks("✗", "$$\\max(a,b) = \\frac{a+b-|a-b|}{2}$$\n");
        assertMarks("✗", "$$\\min(a, b) = \\frac{a + b + |a - b|}{2}$$\n");
        assertMarks("✗", "$$\\min(a, b) = \\max(-a, -b)$$\n");
        assertMarks("✗", "$$\\max(a, b) - \\min(a, b) = a - b$$\n");
    }

    @Test
    void maxAndMinOfAFewValuesInSetBraces() {
        // was: "unexpected ',': a list is only read as the arguments of a function", the definition and every step unread
        assertMarks("✓✗", "$$\\max\\{a, b\\} = \\frac{a+b+|a-b|}{2}$$\n\n$$\\min\\left\\{a, b\\right\\} = \\frac{a+b+|a-b|}{2}$$\n");
        String hinge = "Hinge loss: $\\ell(w) = \\max\\{0, 1 - y\\, w^\\top x\\}$. If $y\\,w^\\top x < 1$, then\n";
        assertMarks("✓", hinge + "$$\\nabla_w \\ell = -y x$$\n");
        assertMarks("✗", hinge + "$$\\nabla_w \\ell = y x$$\n");
        // leaky ReLU, max of two values neither of which is 0
        assertMarks("≈✗", "$$f(z) = \\max\\{\\alpha z, z\\}$$ with $0 < \\alpha < 1$.\n"
                + "$$f'(z) = \\begin{cases} 1 & z > 0 \\\\ \\alpha & z < 0 \\end{cases}$$\n"
                + "$$f'(z) = \\begin{cases} \\alpha & z > 0 \\\\ 1 & z < 0 \\end{cases}$$\n");
        // one value in set braces is a bracket, as before; a function of one value refuses a list
        assertMarks("✓", "$$\\exp\\{2x\\} = e^{x} e^{x}$$\n");
        assertMarks("–", "$$\\exp\\{x, y\\} = 1$$\n");
    }

    @Test
    void reluAndSignThroughTheirSteps() {
        assertMarks("✓", "$$\\operatorname{ReLU}(x) = \\frac{x + |x|}{2}$$\n");
        assertMarks("✓", "$$\\operatorname{sgn}(x) = 2\\mathbf{1}[x > 0] - 1$$\n");
        assertMarks("✓", "$$\\operatorname{sign}(t) = 2\\mathbb{I}\\{t > 0\\} - 1$$\n");
        assertMarks("✓✓", "$$|x| = x \\operatorname{sign}(x)$$\n\n$$|x| = x (2 \\mathbb{1}[x > 0] - 1)$$\n");
        assertEquals("proven where x ≠ 0", detail("$$\\operatorname{sgn}(x) = 2\\mathbf{1}[x > 0] - 1$$\n"));
        assertMarks("✗", "$$\\operatorname{ReLU}(x) = \\frac{x - |x|}{2}$$\n");
        assertMarks("✗", "$$\\operatorname{sgn}(x) = 2\\mathbf{1}[x < 0] - 1$$\n");
    }

    @Test
    void casesWithTheConditionInTheirRows() {
        // |x| and sign written by cases, the sign of the variable in each row
        assertMarks("✓", "$$|x| = \\begin{cases} x & x \\ge 0 \\\\ -x & x < 0 \\end{cases}$$\n");
        assertMarks("✓", "$$|z| = \\begin{cases} z & \\text{if } z > 0 \\\\ -z & \\text{otherwise} \\end{cases}$$\n");
        assertMarks("✓", "$$\\operatorname{sign}(x) = \\begin{cases} 1 & x > 0 \\\\ -1 & x < 0 \\end{cases}$$\n");
        assertMarks("✗", "$$|x| = \\begin{cases} -x & x \\ge 0 \\\\ x & x < 0 \\end{cases}$$\n");
        assertMarks("✗", "$$\\operatorname{sign}(x) = \\begin{cases} -1 & x > 0 \\\\ 1 & x < 0 \\end{cases}$$\n");
        // the derivative of |w| by cases, proven away from 0, and a swapped variant false
        String abs = "$$h = |w|$$\n\n";
        assertMarks("✓", abs + "$$\\frac{\\partial h}{\\partial w} = \\begin{cases} 1 & w > 0 \\\\ -1 & w < 0 \\end{cases}$$\n");
        assertEquals("proven where w ≠ 0",
                detail(abs + "$$\\frac{\\partial h}{\\partial w} = \\begin{cases} 1 & w > 0 \\\\ -1 & w < 0 \\end{cases}$$\n"));
        assertMarks("✗", abs + "$$\\frac{\\partial h}{\\partial w} = \\begin{cases} -1 & w > 0 \\\\ 1 & w < 0 \\end{cases}$$\n");
    }

    @Test
    void hingeAndLeakyReluByCases() {
        String hinge = "$$\\ell = \\max(0, 1 - y s)$$\n\n";
        assertMarks("✓", hinge + "$$\\frac{\\partial \\ell}{\\partial s} = \\begin{cases} -y & y s < 1 \\\\ 0 & \\text{otherwise} \\end{cases}$$\n");
        assertMarks("✓", hinge + "$$\\frac{\\partial \\ell}{\\partial s} = -y \\mathbb{1}[y s < 1]$$\n");
        assertMarks("✗", hinge + "$$\\frac{\\partial \\ell}{\\partial s} = \\begin{cases} y & y s < 1 \\\\ 0 & \\text{otherwise} \\end{cases}$$\n");
        assertMarks("✗", hinge + "$$\\frac{\\partial \\ell}{\\partial s} = y \\mathbb{1}[y s < 1]$$\n");
        String leaky = "$$f(x) = \\begin{cases} x & x > 0 \\\\ 0.1 x & x \\le 0 \\end{cases}$$\n\n";
        assertMarks("✓", leaky + "$$f(x) = 0.1 x + 0.9 \\max(0, x)$$\n");
        assertMarks("✗", leaky + "$$f(x) = 0.1 x + \\max(0, x)$$\n");
    }

    /** A max over k with the arg max named as {@code declared}, and its derivative written {@code derivative}. */
    private static String maxOver(String declared, String max, String derivative) {
        return "Let $" + declared + "$ be the entry of the largest score.\n\n$$m = " + max + "$$\n\n"
                + "$$\\frac{\\partial m}{\\partial z_j} = " + derivative + "$$\n";
    }

    @Test
    void aMaxOverAnIndexIsTheEntryTheDocumentNamesAsTheArgMax() {
        String[] maxes = {"\\max_k z_k", "\\max_{k} z_k", "\\max\\limits_{k} z_k", "\\operatorname*{max}_k z_k"};
        String[][] declared = {{"k^* = \\arg\\max_k z_k", "k^*"}, {"k^{*} = \\operatorname*{arg\\,max}_{k} z_k", "k^{*}"},
            {"k^\\star = \\mathrm{argmax}_k z_k", "k^\\star"}, {"\\hat{k} = \\arg\\max\\limits_{k} z_k", "\\hat{k}"}};
        for (String max : maxes) {
            for (String[] d : declared) {
                String k = d[1];
                for (String one : new String[] {"\\mathbb{1}[j = " + k + "]", "\\mathbf{1}[j = " + k + "]",
                    "\\mathbb{I}\\{j = " + k + "\\}", "\\mathbb{1}\\{" + k + " = j\\}", "\\mathbb{1}_{[j = " + k + "]}"}) {
                    assertMarks("✓", maxOver(d[0], max, one));
                }
                assertMarks("✓", maxOver(d[0], max, "\\delta_{j " + k + "}"));
                // wrong variants: the complement, the entry itself, 1
                assertMarks("✗", maxOver(d[0], max, "1 - \\mathbb{1}[j = " + k + "]"));
                assertMarks("✗", maxOver(d[0], max, "z_{" + k + "}"));
                assertMarks("✗", maxOver(d[0], max, "1"));
            }
        }
    }

    @Test
    void theMaxTrickOfLogSumExp() {
        String lse = "Let $k^* = \\arg\\max_k z_k$.\n\n$$m = \\max_k z_k$$\n\n$$L = \\log \\sum_{k=1}^{K} e^{z_k}$$\n\n";
        assertMarks("✓", lse + "$$L = m + \\log \\sum_{k=1}^{K} e^{z_k - m}$$\n");
        assertMarks("✗", lse + "$$L = m + \\log \\sum_{k=1}^{K} e^{z_k + m}$$\n");
        assertMarks("✓", lse + "$$\\frac{\\partial}{\\partial z_j} \\Big( m + \\log \\sum_{k=1}^{K} e^{z_k - m} \\Big) "
                + "= \\frac{e^{z_j}}{\\sum_{k=1}^{K} e^{z_k}}$$\n");
        // the max straight in the derivative, and a min over an index with its arg min named
        assertMarks("✓", "Let $k^* = \\arg\\max_k z_k$.\n\n$$\\frac{\\partial}{\\partial z_j} \\max_k z_k = \\mathbb{1}[j = k^*]$$\n");
        assertMarks("✓", "Let $c^* = \\arg\\min_c d_c$.\n\n$$\\frac{\\partial}{\\partial d_j} \\min_c d_c = \\mathbb{1}[j = c^*]$$\n");
        assertMarks("✗", "Let $c^* = \\arg\\min_c d_c$.\n\n$$\\frac{\\partial}{\\partial d_j} \\min_c d_c = -\\mathbb{1}[j = c^*]$$\n");
    }

    @Test
    void aMaxOverAnIndexWithoutItsArgMaxIsRefusedWithTheReason() {
        CheckedDocument d = PublicInputsTest.check("$$m = \\max_k z_k$$\n\n$$\\frac{\\partial m}{\\partial z_j} = \\mathbb{1}[j = k^*]$$\n");
        String all = PublicInputsTest.describe(d);
        org.junit.jupiter.api.Assertions.assertFalse(PublicInputsTest.marks(d).contains("✗"), all);
        org.junit.jupiter.api.Assertions.assertTrue(all.contains("is read only where the document says which entry it is"), all);
        // the arg max of another index names no entry of this max
        assertMarks("–", "Let $c^* = \\arg\\max_c s_c$.\n\n$$\\frac{\\partial}{\\partial z_j} \\max_k z_k = \\mathbb{1}[j = c^*]$$\n");
    }

    /**
     * A display {@code k^* = \arg\max_k z_k} names the max's entry: a declaration with a note, not a definition that
     * "could not be read" and counted skipped; the step that uses it is proven as before.
     */
    @Test
    void aDisplayedArgMaxIsADeclarationNotASkippedLine() {
        for (String declared : new String[] {"k^* = \\arg\\max_k z_k", "\\hat{k} = \\arg\\max_{k} z_k"}) {
            String label = declared.startsWith("k^*") ? "k^*" : "\\hat{k}";
            String doc = "Let\n\n$$" + declared + "$$\n\nThen\n\n$$\\frac{\\partial}{\\partial z_j} \\max_k z_k = \\delta_{j "
                    + label + "}$$\n";
            assertMarks("✓", doc);
            CheckedDocument d = PublicInputsTest.check(doc);
            CheckedEquation first = d.equations().get(0);
            assertEquals(java.util.List.of(), first.verdicts());
            String name = declared.substring(0, declared.indexOf(" ="));
            assertEquals(java.util.List.of("names " + name + " as the index of the max over k: \\max_k is read as its entry at "
                    + name), first.notes());
        }
        // an arg max over an index no max uses is still a name: the max over k stays unread
        assertMarks("–", "$$c^* = \\arg\\max_c s_c$$\n\n$$\\frac{\\partial}{\\partial z_j} \\max_k z_k = \\mathbb{1}[j = c^*]$$\n");
    }
}
