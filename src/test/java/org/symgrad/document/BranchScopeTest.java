package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.PublicInputsTest.describe;
import static org.symgrad.document.PublicInputsTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A branch condition from the prose ({@code For $i \neq j$:}) speaks of the free indices i and j of
 * the equations after it, never of a Σ over the same letter: {@code Σ_i y_i δ_ij} is y_j whatever
 * the branch says, so "= 0" is false, not proven.
 */
class BranchScopeTest {
    private static CheckedDocument md(String text) {
        return DocumentChecker.check(text, DocumentKind.MARKDOWN, DocumentOptions.NONE);
    }

    @Test
    void aSumOverTheBranchsLetterIsNotTheBranchsIndex() {
        CheckedDocument d = md("$$ y_i = e^{x_i} $$\n\nFor $i \\neq j$:\n\n$$ \\sum_i y_i \\delta_{ij} = 0 $$\n\n"
                + "$$ \\frac{\\partial y_i}{\\partial x_j} = 0 $$\n\n$$ \\sum_i y_i \\delta_{ij} = y_j $$\n");
        assertEquals("✗✓✓", marks(d), () -> describe(d));
    }

    /** A definition brings its own Σ_i: the branch i ≠ j must not reach inside it. */
    @Test
    void aDefinitionsSumIsNotTheBranchsIndex() {
        CheckedDocument d = md("$$ p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}} $$\n\n$$ L = -\\sum_i y_i \\log p_i $$\n\n"
                + "When $i \\ne j$:\n\n$$ \\frac{\\partial p_i}{\\partial z_j} = -p_i p_j $$\n\n"
                + "$$ \\frac{\\partial L}{\\partial z_j} = -\\sum_i y_i (\\delta_{ij} - p_j) = p_j \\sum_i y_i - y_j $$\n");
        assertEquals("✓✓✓", marks(d), () -> describe(d));
    }

    /**
     * "with $a = w x + b$" defines a; it states no branch a = w: a comparison is read only as a whole
     * inline formula ({@code When $i = j$:}) or in prose outside math ({@code if i = j then}).
     */
    @Test
    void theStartOfAnInlineDefinitionIsNoBranch() {
        String steps = ":\n\n$$ y_i = e^{x_i} $$\n\n$$ \\frac{\\partial y_i}{\\partial x_j} = y_i \\delta_{ij} $$\n";
        for (String prose : new String[] {"Let $h = \\tanh(a)$ with $a = w x + b$", "if $a = w_1 x$ holds",
                "for $i = j + 1$", "when $k = j^2$"}) {
            CheckedDocument d = md(prose + steps);
            assertEquals("✓", marks(d), () -> prose + ": " + describe(d));
            assertEquals("", d.equations().get(1).condition(), () -> prose + ": " + describe(d));
        }
        for (String prose : new String[] {"When $i = j$", "if i = j then", "**Case $i \\neq j$:**", "for $i\\ne j$ too"}) {
            CheckedDocument d = md(prose + steps);
            assertTrue(d.equations().get(1).condition().contains("from the text at line 1"), () -> prose + ": " + describe(d));
        }
    }

    /** The author's text of a side keeps the {@code \left} of its first bracket. */
    @Test
    void aSidesTextKeepsItsSizedBracket() {
        CheckedDocument d = md("$$ \\sum_i \\sum_j x_i x_j = \\left(\\sum_i x_i\\right)^2 $$\n");
        assertEquals("\\left(\\sum_i x_i\\right)^2", d.verdicts().get(0).right(), () -> describe(d));
    }
}
