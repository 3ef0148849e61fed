package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Partial derivatives written as subscripts, {@code f_x}, {@code f_{xy}}, {@code f_{xx}}, of a function an announced inline
 * formula defines ("Let $f(x, y) = x^2 y + \sin(xy)$"), as of one a display defines: {@code f_x = 2xy + y\cos(xy)} was read
 * as a definition of an array f at index x, and {@code f_y = …} skipped ("the index y is used here as a value").
 */
class InlineSubscriptPartialsTest {
    private static final String F = "Let $f(x, y) = x^2 y + \\sin(xy)$.\n\n";

    @Test
    void subscriptsOfAnInlineFunctionsParametersArePartialDerivatives() {
        assertMarks("✓✓", F + "$$f_x = 2xy + y\\cos(xy), \\qquad f_y = x^2 + x\\cos(xy)$$\n");
        assertMarks("✓", F + "$$f_{xy} = 2x + \\cos(xy) - xy\\sin(xy)$$\n");
        assertMarks("✓", F + "$$f_{xx} = 2y - y^2 \\sin(xy)$$\n");
        assertMarks("✗", F + "$$f_{xx} = 2y - y \\sin(xy)$$\n");
        assertMarks("✗", F + "$$f_x = 2xy$$\n");
    }

    @Test
    void aFunctionInAnExercisesStatementBesideAnInlineFirstPartial() {
        // was: "defines f: f_{xy} = …" — the solution's claim read as a definition of an array f, its slip never checked
        String q = "**Q3.** Show that for $f(x,y) = x^2 y + \\sin(xy)$,\n"
                + "$$\\frac{\\partial^2 f}{\\partial x\\,\\partial y} = 2x + \\cos(xy) - xy\\sin(xy).$$\n"
                + "*Solution.* $f_x = 2xy + y\\cos(xy)$, so\n";
        assertMarks("✓✓", q + "$$f_{xy} = 2x + \\cos(xy) - xy\\sin(xy).$$\n");
        assertMarks("✓✗", q + "$$f_{xy} = 2x + \\cos(xy) - \\sin(xy).$$\n");
    }

    @Test
    void aSubscriptThatNamesNoParameterIsNoDerivative() {
        // f_1 beside f(x, y): no parameter is called 1, so it stays a name of its own (defined by the display)
        assertMarks("", F + "$$f_1 = 3$$\n");
    }
}
