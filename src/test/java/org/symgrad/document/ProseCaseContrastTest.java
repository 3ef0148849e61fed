package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A case stated in prose with its own formula inline, then set apart from the display below it: "for $i \neq k$ we have
 * $\frac{\partial p_k}{\partial z_i} = -p_k p_i$, while" — the display is the other case, not checked under i ≠ k, and
 * neither are the displays after it. A case the prose goes on with ("If $i \neq j$, then") stays the display's.
 */
class ProseCaseContrastTest {
    private static final String SOFTMAX = "$$p_k = \\frac{e^{z_k}}{\\sum_{c} e^{z_c}}$$\n\n";

    private static List<String> conditions(String text) {
        return DocumentChecker.check(text, DocumentKind.MARKDOWN, DocumentOptions.NONE).equations().stream()
                .filter(e -> !e.verdicts().isEmpty()).map(CheckedEquation::condition).toList();
    }

    @Test
    void aCaseFinishedInlineDoesNotHoldForTheContrastedDisplay() {
        String text = SOFTMAX + "For $i \\neq k$ we have $\\frac{\\partial p_k}{\\partial z_i} = -p_k p_i$, while\n\n"
                + "$$\\frac{\\partial p_k}{\\partial z_k} = p_k (1 - p_k)$$\n\nHence\n\n"
                + "$$\\frac{\\partial p_k}{\\partial z_i} = p_k (\\delta_{ik} - p_i)$$\n";
        assertEquals(List.of("", ""), conditions(text));
        FreshNotationTest.assertMarks("✓✓", text);
    }

    @Test
    void aCaseTheDisplayGoesOnWithHolds() {
        String text = SOFTMAX + "If $i \\neq k$, then\n\n$$\\frac{\\partial p_k}{\\partial z_i} = -p_k p_i$$\n";
        assertEquals(1, conditions(text).size());
        assertEquals(false, conditions(text).get(0).isEmpty(), () -> conditions(text).toString());
        FreshNotationTest.assertMarks("✓", text);
        // the same words with a contrast, but no formula of the case's own before it: still the case
        String tedious = SOFTMAX + "If $i \\neq k$ the derivative is short, while the other case is longer:\n\n"
                + "$$\\frac{\\partial p_k}{\\partial z_i} = -p_k p_i$$\n";
        FreshNotationTest.assertMarks("✓", tedious);
    }
}
