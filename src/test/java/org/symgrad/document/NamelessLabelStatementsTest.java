package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link NamelessLabelStatements}: "since the labels are one-hot", "because the targets form a probability distribution"
 * say of the document's label vector what {@link SumToOneStatements} reads of a named one, and are assumed of it where it
 * has exactly one it leaves undefined; with none or two, or negated, nothing is assumed, and a message says why.
 */
class NamelessLabelStatementsTest {
    private static final String SETTING = "Let $$p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$ and $$L = -\\sum_k y_k \\log p_k$$ ";
    private static final String STEP = "\n\n$$-y_j(1-p_j) + \\sum_{k \\neq j} y_k p_j = p_j - y_j$$\n";
    private static final String WRONG = "\n\n$$-y_j(1-p_j) + \\sum_{k \\neq j} y_k p_j = y_j - p_j$$\n";

    @ParameterizedTest
    @ValueSource(strings = {
            "Since the labels are one-hot, we get",
            "because the targets form a probability distribution,",
            "The label is one-hot.",
            "as the targets sum to one,",
            "The true labels are all one-hot encoded.",
            "Since the target vector is one-hot,"})
    void aStatementOfTheLabelsIsAssumedOfTheDocumentsLabelVector(String prose) {
        assertMarks("✓", SETTING + prose + STEP);
        assertMarks("✗", SETTING + prose + WRONG);
        CheckedDocument d = PublicInputsTest.check(SETTING + prose + STEP);
        assertTrue(d.messages().stream().anyMatch(m -> m.contains("of the label vector y")), d.messages().toString());
    }

    @Test
    void theLabelVectorIsTheOneTheProseCallsSo() {
        // the prose names t the target; the Σ weighs the logs by t
        String setting = "With the target vector $t$, let $$p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$ and $$L = -\\sum_k t_k \\log p_k$$ ";
        String step = "\n\n$$-t_j(1-p_j) + \\sum_{k \\neq j} t_k p_j = p_j - t_j$$\n";
        assertMarks("✓", setting + "Since the targets are one-hot," + step);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The labels need not sum to 1.",
            "It does not matter whether the labels are one-hot:",
            "unless the targets sum to one,",
            "The smoothed targets sum to one.",
            "The labels are not one-hot."})
    void aNegatedOrQualifiedStatementAssumesNothing(String prose) {
        String got = marks(SETTING + prose + STEP);
        assertTrue(got.startsWith("✗"), prose + " -> " + got);
    }

    @Test
    void twoLabelVectorsOrNoneAssumeNothingAndSayWhy() {
        String two = "With the labels $y_k$ and the targets $t_k$, let $$p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$ and "
                + "$$L = -\\sum_k y_k \\log p_k$$ Since the labels are one-hot," + STEP;
        assertTrue(marks(two).startsWith("✗"), marks(two));
        CheckedDocument d = PublicInputsTest.check(two);
        assertTrue(d.messages().stream().anyMatch(m -> m.contains("more than one label vector (y, t)")), d.messages().toString());
        String none = "Since the labels are one-hot, $$f(x) = x^2$$\n";
        CheckedDocument n = PublicInputsTest.check(none);
        assertTrue(n.messages().stream().anyMatch(m -> m.contains("names no label vector")), n.messages().toString());
    }

    @Test
    void aDefinedLabelVectorIsLeftToTheCheck() {
        // y is the softmax here: "the labels sum to one" is a claim about its definition, not an assumption
        String defined = "$$y_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}$$\n\nThe labels $y$ are given. $$L = -\\sum_k y_k \\log q_k$$ "
                + "The labels sum to one.\n\n$$\\sum_k y_k = 1$$\n";
        CheckedDocument d = PublicInputsTest.check(defined);
        assertTrue(d.messages().stream().noneMatch(m -> m.contains("assumes")), d.messages().toString());
    }

    @Test
    void aStatementOfTheLabelsIsAssumedOfEachRowOfALabelMatrix() {
        // t_{nk} weighs the logs of a batch's cross-entropy: "the targets are one-hot" holds of each example's row
        String batch = "The model gives $p_{nk} = \\frac{e^{z_{nk}}}{\\sum_{j} e^{z_{nj}}}$ and the loss is\n\n"
                + "$$L = -\\sum_{n} \\sum_{k} t_{nk} \\log p_{nk}$$\n\nwhere the targets are one-hot. Then\n\n";
        assertMarks("✓✗", batch + "$$\\frac{\\partial L}{\\partial z_{nk}} = p_{nk} - t_{nk}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial z_{nk}} = t_{nk} - p_{nk}$$\n");
        CheckedDocument d = PublicInputsTest.check(batch + "$$\\sum_{k} t_{nk} = 1$$\n");
        assertTrue(d.messages().stream().anyMatch(m -> m.contains("assumes t one-hot rows")), d.messages().toString());
    }

    @Test
    void theStatementsAreReadFromTheProseAlone() {
        assertEquals(List.of(new NamelessLabelStatements.Statement("the labels are one-hot", "%s one-hot")),
                NamelessLabelStatements.find("Since the labels are one-hot, we get"));
        assertEquals(List.of(), NamelessLabelStatements.find("The labels $y$ are one-hot."));
    }
}
