package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LineSumStatements}: a matrix whose rows (or columns) the prose says are one-hot, sum to one or are probability
 * distributions is assumed so, row by row (column by column), from where it is said. Softmax cross-entropy on a batch,
 * whose score gradient (P − Y)/n holds only where each row of Y sums to one, is proven under it, and a wrong step stays
 * false; what is said of the columns assumes nothing of the rows, and a negated statement assumes nothing.
 */
class OneHotMatrixRowsTest {
    private static final String SETTING = "$$P_{ik} = \\frac{e^{Z_{ik}}}{\\sum_{c} e^{Z_{ic}}}$$\n\n"
            + "$$L = -\\frac{1}{n}\\sum_{i=1}^{n}\\sum_{c=1}^{K} Y_{ic}\\log P_{ic}$$\n\n";
    private static final String STEP = "\n\n$$\\frac{\\partial L}{\\partial Z_{ik}} = \\frac{1}{n}(P_{ik} - Y_{ik})$$\n";
    private static final String WRONG = "\n\n$$\\frac{\\partial L}{\\partial Z_{ik}} = P_{ik} - Y_{ik}$$\n";

    @ParameterizedTest
    @ValueSource(strings = {
            "The labels $Y \\in \\{0, 1\\}^{n \\times K}$, whose rows are one-hot, give",
            "Each row of $Y$ is one-hot, so",
            "The label matrix $Y$ has one-hot rows.",
            "The rows of $Y$ sum to one.",
            "The rows of the matrix $Y$ are probability distributions.",
            "Since $\\sum_{c} Y_{ic} = 1$ for every example,",
            "Since $\\sum_{c=1}^{K} Y_{i,c} = 1$,"})
    void aMatrixWhoseRowsTheProseSaysSumToOneIsAssumedSoRowByRow(String prose) {
        assertMarks("✓", SETTING + prose + STEP);
        assertMarks("✗", SETTING + prose + WRONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The labels $Y$, whose columns are one-hot, give",
            "Each column of $Y$ sums to one.",
            "Since $\\sum_{i} Y_{ic} = 1$,",
            "The labels $Y$, whose rows are not one-hot, give",
            "The rows of $Y$ need not sum to one.",
            "Unless each row of $Y$ is one-hot, we have"})
    void whatIsSaidOfTheColumnsOrNegatedAssumesNothingOfTheRows(String prose) {
        String got = marks(SETTING + prose + STEP);
        assertFalse(got.startsWith("✓"), got);
    }

    @Test
    void theStatementsReadAsDirectives() {
        assertEquals(List.of("Y one-hot rows"), ProseAssumptions.find("labels $\\mathbf{Y} \\in \\mathbb{R}^{n \\times K}$ whose rows are one-hot"));
        assertEquals(List.of("Y one-hot columns"), ProseAssumptions.find("$Y$ with one-hot columns"));
        assertEquals(List.of("Q simplex rows"), ProseAssumptions.find("each row of $Q$ lies on the simplex"));
        assertEquals(List.of("sum_i A_{ik} = 1"), ProseAssumptions.find("a matrix $A$ whose columns sum to 1"));
        assertEquals(List.of("sum_j A_{ij} = 1"), ProseAssumptions.find("with $\\sum_{j} A_{ij} = 1$."));
        assertEquals(List.of(), ProseAssumptions.find("with $\\sum_{j} A_{jj} = 1$ and $\\sum_{j} A_{ik} = 1$"));
        assertEquals(List.of(), ProseAssumptions.find("whether the rows of $Y$ are one-hot"));
        assertEquals(List.of(), ProseAssumptions.find("the rows of $X$ are examples"));
    }
}
