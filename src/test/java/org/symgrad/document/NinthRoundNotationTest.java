package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * The reading rules added for the ninth round of {@link FreshHomeworkTest}'s documents, each shown on
 * inputs other than the one it came from, with a right step (proven) and a wrong one (false): the
 * checker samples every step numerically, which is the oracle.
 */
class NinthRoundNotationTest {
    @Test
    void anEvaluationBarIsTheDerivativeAtThePoint() {
        // \left. … \right|_{x=a}: the derivative taken first, then x = a
        String cube = "$$f(x) = x^3$$\n\n";
        assertMarks("✓", cube + "$$\\left. \\frac{d}{dx} f(x) \\right|_{x=2} = 12$$\n");
        assertMarks("✗", cube + "$$\\left. \\frac{d}{dx} f(x) \\right|_{x=2} = 8$$\n");
        assertMarks("✓", cube + "$$f'(x)\\vert_{x=1} = 3$$\n");
        assertMarks("✓", cube + "$$f'(x)\\Big|_{x=-1} = 3$$\n");
        // another function, another variable, the bar with \Big and \bigg
        assertMarks("✓", "$$\\frac{d}{dt} \\sin(t^2) \\Big|_{t=0} = 0$$\n");
        assertMarks("✓", "$$\\left( \\log(1 + u) \\right)' \\bigg|_{u=1} = \\frac{1}{2}$$\n");
        assertMarks("✗", "$$\\left( \\log(1 + u) \\right)' \\bigg|_{u=1} = \\log 2$$\n");
        // at a symbolic point, through a definition the document made by a value
        String loss = "$$L = (w a - b)^2$$\n\n";
        assertMarks("✓", loss + "$$\\frac{\\partial L}{\\partial w}\\Big|_{w=w_0} = 2 a (w_0 a - b)$$\n");
        assertMarks("✗", loss + "$$\\frac{\\partial L}{\\partial w}\\Big|_{w=w_0} = 2 (w_0 a - b)$$\n");
        String chain = "$$z = c v + 1$$\n\n$$E = z^2$$\n\n";
        assertMarks("✓", chain + "$$\\left. \\frac{\\partial E}{\\partial v} \\right|_{v=0} = 2 c$$\n");
        // several variables at once, and a mixed second derivative
        assertMarks("✓", "$$\\left. \\frac{\\partial^2}{\\partial p \\partial q} p^2 q^3 \\right|_{p=1, q=2} = 24$$\n");
        assertMarks("✗", "$$\\left. \\frac{\\partial^2}{\\partial p \\partial q} p^2 q^3 \\right|_{p=1, q=2} = 12$$\n");
        // limits above and below: F(b) − F(a); a bar without a name is at the formula's one variable
        assertMarks("✓", "$$s^2 \\Big|_{1}^{3} = 8$$\n");
        assertMarks("✓", "$$\\frac{1}{3} r^3 \\Big|_{r=0}^{2} = \\frac{8}{3}$$\n");
        assertMarks("✓", "$$g(y) = e^{2 y}$$\n\n$$g'(y) \\vert_{0} = 2$$\n");
    }

    @Test
    void anEvaluationBarThatCannotBeTakenIsSaidNotGuessed() {
        // ∂L/∂w of an L the document never defines: no value is invented (never 0)
        String got = marks("$$\\frac{\\partial L}{\\partial w}\\Big|_{w=1} = 0$$\n");
        assertTrue(!got.startsWith("✓"), got);
        assertTrue(got.contains("evaluation bar"), got);
        // \left. without its closing bar keeps its message
        String open = marks("$$\\left. x^2 + 1 = 2$$\n");
        assertTrue(open.contains("evaluation bar"), open);
    }
}
