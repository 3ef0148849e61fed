package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * CS229's indicator {@code 1\{y = l\}} (fresh homework, eighth round): a plain 1 before {@code \{ … \}}
 * that holds a relation is the indicator {@code \mathbb{1}\{…\}}, read by the same rule (an index
 * relation is a Kronecker δ, a sign condition a step function); without a relation the braces are a
 * bracket as before, and a 1 that is part of a longer number is no indicator.
 */
class PlainIndicatorTest {

    @Test
    void aPlainOneBeforeBracesWithARelationIsTheIndicator() {
        String phi = "$$\\phi_l = \\frac{\\exp(z_l)}{\\sum_{m=1}^{k} \\exp(z_m)}$$\n\n"
                + "$$\\ell = \\sum_{l=1}^{k} 1\\{y = l\\} \\log \\phi_l$$\n\n";
        assertMarks("✓", phi + "$$\\frac{\\partial \\ell}{\\partial z_p} = 1\\{y = p\\} - \\phi_p$$\n");
        assertMarks("✗", phi + "$$\\frac{\\partial \\ell}{\\partial z_p} = \\phi_p - 1\\{y = p\\}$$\n");
        // a sign condition, other names, both directions of the relation
        assertMarks("✓", "$$a = 1\\{x > 0\\} + 1$$\n\n$$a = \\mathbb{1}[x > 0] + 1$$\n");
        assertMarks("✓", "$$b = 2 \\cdot 1\\{w < c\\}$$\n\n$$b = 2 \\mathbb{1}[c > w]$$\n");
        assertMarks("✓", "$$g = t \\, 1\\{i \\neq j\\}$$\n\n$$g = t (1 - \\delta_{ij})$$\n");
    }

    @Test
    void bracesWithoutARelationStayABracket() {
        assertMarks("✓", "$$f = 1\\{u + v\\} \\cdot 3$$\n\n$$f = 3 (u + v)$$\n");
    }
}
