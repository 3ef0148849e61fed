package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Indicators as homework writes them: a chain of order relations ({@code \mathbb{1}[0 < x < 1]}, {@code a \le x < b})
 * is the product of its links' steps, so the derivative of a clip is proven, not just sampled; a plain 1 with a
 * condition as its subscript ({@code 1_{x>0}}) is the indicator of it; {@code \operatorname*{arg\,max}_k} is the
 * arg max, its thin space no break in the display. A wrong indicator stays false.
 */
class ChainedIndicatorTest {

    @Test
    void aChainOfRelationsIsTheProductOfItsLinks() {
        String clip = "$$h(x) = \\mathrm{clip}(x, a, b)$$\n\n";
        assertMarks("✓", clip + "$$\\frac{dh}{dx} = \\mathbb{1}[a<x<b]$$\n");
        assertMarks("✓", clip + "$$\\frac{dh}{dx} = \\mathbb{1}\\{b > x \\geq a\\}$$\n");
        assertMarks("✗", clip + "$$\\frac{dh}{dx} = \\mathbb{1}[x<b]$$\n");
        assertMarks("✗", clip + "$$\\frac{dh}{dx} = \\mathbb{1}[a<x]$$\n");
        // a clip written as a min of a max: the chain is read (it holds; the nested steps are only sampled equal)
        String unit = "$$g(x) = \\min(\\max(x, 0), 1)$$\n\n";
        assertHolds(unit + "$$\\frac{dg}{dx} = \\mathbb{1}[0<x<1]$$\n");
        assertMarks("✗", unit + "$$\\frac{dg}{dx} = \\mathbb{1}[0<x<2]$$\n");
    }

    @Test
    void aPlainOneWithAConditionAsItsSubscriptIsAnIndicator() {
        String relu = "$$f(x) = \\max(0, x)$$\n\n";
        assertMarks("✓", relu + "$$\\frac{df}{dx} = 1_{x>0}$$\n");
        assertMarks("✗", relu + "$$\\frac{df}{dx} = 1_{x<0}$$\n");
        // set notation: the indicator function 1_A applied at the point its condition is about (seed 001 line 15)
        assertMarks("✓", relu + "$$\\frac{df}{dx} = 1_{x>0}(x)$$\n");
        assertMarks("✗", relu + "$$\\frac{df}{dx} = 1_{x<0}(x)$$\n");
        assertHolds("$$s(x) = \\mathrm{sign}(x)$$\n\n$$s(x) = 1_{x>0}(x) - 1_{x<0}(x)$$\n");
        // anything else after it multiplies, as after a bracket
        String scaled = "$$L = y \\max(0, x)$$\n\n";
        assertMarks("✓", scaled + "$$\\frac{\\partial L}{\\partial x} = 1_{x>0}(y)$$\n");
        assertMarks("✓", scaled + "$$\\frac{\\partial L}{\\partial x} = \\mathbb{1}[x>0](y)$$\n");
        assertMarks("✗", scaled + "$$\\frac{\\partial L}{\\partial x} = \\mathbb{1}[x>0](x)$$\n");
        assertMarks("✓", "$$h(x) = \\mathrm{clip}(x, 0, 1)$$\n\n$$\\frac{dh}{dx} = 1_{0 < x < 1}$$\n");
        assertHolds("$$g(x) = \\min(\\max(x, 0), 1)$$\n\n$$\\frac{dg}{dx} = 1_{0 < x < 1}$$\n");
    }

    /** The document's one step is proven or equal at every sampled point. */
    private static void assertHolds(String markdown) {
        String got = marks(markdown);
        assertTrue(got.startsWith("✓\n") || got.startsWith("≈\n"), got);
    }

    @Test
    void anArgMaxWithAThinSpaceIsTheArgMax() {
        String argmax = "$$k^* = \\operatorname*{arg\\,max}_{k} z_k$$\n\n$$m = \\max_k z_k$$\n\n";
        assertMarks("✓", argmax + "$$\\frac{\\partial m}{\\partial z_j} = \\mathbb{1}[j = k^*]$$\n");
        assertMarks("✗", argmax + "$$\\frac{\\partial m}{\\partial z_j} = 1$$\n");
    }
}
