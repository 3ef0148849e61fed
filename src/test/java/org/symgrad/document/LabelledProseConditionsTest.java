package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A case stated in prose against a fixed label written as a subscripted letter, as the multiclass hinge writes the
 * other classes: "for $j \neq y_i$" holds for the display below it, with y_i the fixed index yi its formulas use (was:
 * only two plain index letters were read, so ∇_{w_j} L_i = 1(…)x_i was a wrong ✗ at j = y_i).
 */
class LabelledProseConditionsTest {
    private static final String HINGE = "For an example $x_i$ with label $y_i$, the hinge loss is\n"
            + "$$L_i = \\sum_{j \\neq y_i} \\max(0, w_j^T x_i - w_{y_i}^T x_i + \\Delta)$$\n\n";

    private static List<String> conditions(String text) {
        return DocumentChecker.check(text, DocumentKind.MARKDOWN, DocumentOptions.NONE).equations().stream()
                .filter(e -> !e.verdicts().isEmpty()).map(CheckedEquation::condition).toList();
    }

    @Test
    void theOtherClassesCaseHoldsForTheDisplay() {
        String text = HINGE + "and for $j \\neq y_i$\n$$\\nabla_{w_j} L_i = \\mathbb{1}(w_j^Tx_i - w_{y_i}^Tx_i + \\Delta > 0)\\, x_i$$\n";
        assertEquals(1, conditions(text).size());
        assertEquals(false, conditions(text).get(0).isEmpty(), () -> conditions(text).toString());
        FreshNotationTest.assertMarks("✓", text);
        // braces around the subscript read the same
        FreshNotationTest.assertMarks("✓", text.replace("for $j \\neq y_i$", "for $j \\ne y_{i}$"));
    }

    @Test
    void aWrongGradientForTheOtherClassesIsStillFalse() {
        String text = HINGE + "and for $j \\neq y_i$\n$$\\nabla_{w_j} L_i = -\\mathbb{1}(w_j^Tx_i - w_{y_i}^Tx_i + \\Delta > 0)\\, x_i$$\n";
        FreshNotationTest.assertMarks("✗", text);
    }

    @Test
    void withoutTheCaseTheClassOwnGradientDiffers() {
        // the same display without the case: at j = y_i the left side is the label's own gradient, so it is false
        String text = HINGE + "We get\n$$\\nabla_{w_j} L_i = \\mathbb{1}(w_j^Tx_i - w_{y_i}^Tx_i + \\Delta > 0)\\, x_i$$\n";
        FreshNotationTest.assertMarks("✗", text);
    }
}
