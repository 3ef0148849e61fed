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
}
