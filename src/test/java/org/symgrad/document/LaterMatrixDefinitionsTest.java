package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A plain capital the document defines as a matrix after the step that uses it ({@code X^\top S X} above
 * {@code where $S = \mathrm{diag}(…)$}, or above a display {@code S = …}) is that matrix in the step too, and a definition
 * in inline math of such a capital is read by its entry S_ij, as a display's is. Before, S was a number in the step (the
 * capitals read as matrices were only those of earlier statements) and the inline definition was not read: the step was
 * undecided. An inline definition below the step still only proves: a wrong step stays undecided.
 */
class LaterMatrixDefinitionsTest {
    private static final String ROWS = "# Hessian\n\nThe rows of $X$ are $\\mathbf{x}_i^\\top$.\n\n";
    private static final String STEP = "$$\\sum_{i=1}^{n} \\sigma(\\mathbf{x}_i^\\top\\mathbf{w})(1 - \\sigma(\\mathbf{x}_i^\\top\\mathbf{w}))"
            + "\\mathbf{x}_i\\mathbf{x}_i^\\top = X^\\top S X$$\n\n";
    private static final String S = "S = \\mathrm{diag}(\\sigma(X\\mathbf{w}) \\odot (1 - \\sigma(X\\mathbf{w})))";

    @Test
    void aCapitalDefinedAsAMatrixInADisplayBelowIsThatMatrixAbove() {
        assertMarks("✓", ROWS + STEP + "where\n\n$$" + S + "$$\n");
    }

    @Test
    void aCapitalDefinedAsAMatrixInInlineMathIsReadByItsEntries() {
        assertMarks("✓", ROWS + STEP + "where $" + S + "$.\n");
        // the rows written as a matrix of transposed samples, in inline math
        assertMarks("✓", "Let $X = \\begin{bmatrix} \\mathbf{x}_1^\\top \\\\ \\vdots \\\\ \\mathbf{x}_n^\\top \\end{bmatrix}$.\n\n" + STEP
                + "where $" + S + "$.\n");
        // an inline definition below the step only proves: a factor dropped leaves the step undecided, not false
        assertMarks("?", ROWS + STEP.replace("(1 - \\sigma(\\mathbf{x}_i^\\top\\mathbf{w}))", "") + "where $" + S + "$.\n");
    }
}
