package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two values a label takes, stated in inline math ("labels $y \in \{-1, +1\}$", "$y_i \in \{0, 1\}$"), are assumed as
 * the directive {@code assume y in {-1, 1}} would be: a step that uses y² = 1 (the margin loss's second derivative drops
 * it) is right there. Before: ✗ at a point with y = 0.68, which the text rules out.
 */
class LabelValueSetsTest {
    @Test
    void aMarginLossSecondDerivativeUsesThatTheLabelSquaredIsOne() {
        String margin = "Let $y \\in \\{-1, +1\\}$ and $f(w) = \\log(1 + e^{-y w x})$.\n";
        assertMarks("✓", margin + "$$f''(w) = \\sigma(y w x)(1 - \\sigma(y w x)) x^2$$\n");
        // a slip stays wrong at the labels' own values
        assertMarks("✗", margin + "$$f''(w) = \\sigma(y w x)(1 - \\sigma(y w x)) x$$\n");
        // with no label set stated, y² is no 1
        assertMarks("✗", "Let $f(w) = \\log(1 + e^{-y w x})$.\n$$f''(w) = \\sigma(y w x)(1 - \\sigma(y w x)) x^2$$\n");
    }

    @Test
    void aZeroOneLabelIsItsOwnSquare() {
        assertMarks("✓", "Let $y \\in \\{0, 1\\}$ and $f(w) = y^2 w$.\n$$f'(w) = y$$\n");
        assertMarks("✗", "Let $y \\in \\{0, 1\\}$ and $f(w) = y^2 w$.\n$$f'(w) = 2y$$\n");
    }

    @Test
    void whatIsReadAsALabelSet() {
        assertEquals(List.of("y in {-1, 1}"), LabelValueSets.find("labels $y \\in \\{-1, +1\\}$:", n -> false));
        assertEquals(List.of("y in {-1, 1}"), LabelValueSets.find("with $y_i \\in \\{\\pm 1\\}$", n -> false));
        assertEquals(List.of("y in {0, 1}"), LabelValueSets.find("with $x \\in \\mathbb{R}^d, y^{(i)} \\in \\{0,1\\}$", n -> false));
        assertEquals(List.of("t in {0, 1}"), LabelValueSets.find("targets $\\mathbf{t} \\in \\lbrace 1, 0 \\rbrace$.", n -> false));
        // one-hot label vectors (a set raised to K), index letters, defined names and negations are none
        assertEquals(List.of(), LabelValueSets.find("one-hot $\\mathbf{y} \\in \\{0, 1\\}^K$", n -> false));
        assertEquals(List.of(), LabelValueSets.find("for $k \\in \\{0, 1\\}$", n -> false));
        assertEquals(List.of(), LabelValueSets.find("so $y \\in \\{0, 1\\}$", n -> n.equals("y")));
        assertEquals(List.of(), LabelValueSets.find("not $y \\in \\{0, 1\\}$", n -> false));
        assertEquals(List.of(), LabelValueSets.find("$\\sum_{y \\in \\{0, 1\\}} p(y) = 1$", n -> false));
    }
}
