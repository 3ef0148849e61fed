package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A symmetry the prose states holds where the author states it ({@link SymmetryScopes}), not to the end of the document:
 * "For symmetric $A$" held for every later step, so ∇ xᵀAx = 2Ax was ✓ in the next section and after "Otherwise". Now a
 * condition holds for the displays after its paragraph, a statement to the end of its section, a setting before the first
 * display for the whole document; where the text says otherwise the step is checked without it (✗), where it only stops
 * saying it a step right only with it is undecided (?), never false.
 */
class StatedSymmetryScopeTest {
    private static final String FORM = "$$f(\\mathbf{x}) = \\mathbf{x}^\\top A \\mathbf{x}$$\n\n";
    private static final String TWICE = "$$\\nabla_{\\mathbf{x}} f = 2A\\mathbf{x}$$\n\n";

    @Test
    void aConditionHoldsForItsDisplaysAndOtherwiseNot() {
        String doc = "Consider\n\n" + FORM + "For symmetric $A$ we get\n\n" + TWICE + "## Another section\n\nAgain,\n\n" + TWICE
                + "Otherwise the gradient is\n\n" + TWICE + "$$\\nabla_{\\mathbf{x}} f = (A + A^\\top)\\mathbf{x}$$\n";
        String got = marks(doc);
        assertMarks("✓?✗✓", doc);
        assertTrue(got.contains("holds under A symmetric (line 5)"), got);
        // a condition's next paragraph continues it, maybe: undecided, not false
        assertMarks("✓?", "Consider\n\n" + FORM + "If $A$ is symmetric, then\n\n" + TWICE + "and the Hessian is\n\n"
                + "$$\\nabla^2_{\\mathbf{x}} f = 2A$$\n");
    }

    @Test
    void aGeneralMatrixIsNoLongerSymmetric() {
        assertMarks("✓✗", "Consider\n\n" + FORM + "Here $A$ is symmetric, so\n\n" + TWICE + "For a general $A$, however,\n\n" + TWICE);
        assertMarks("✓✗", "Consider\n\n" + FORM + "Here $A$ is symmetric, so\n\n" + TWICE + "Now suppose $A$ is not symmetric:\n\n" + TWICE);
    }

    @Test
    void aSettingBeforeTheFirstDisplayHoldsEverywhere() {
        assertMarks("✓✓", "Let $A$ be a symmetric matrix.\n\n" + FORM + TWICE + "## Later\n\nAgain\n\n" + TWICE);
        // stated in a section: to its end
        assertMarks("✓✓?", "# One\n\n" + FORM + "Since $A$ is symmetric,\n\n" + TWICE + "and still\n\n" + TWICE
                + "# Two\n\n" + TWICE);
    }

    @Test
    void aCovarianceAndMatricesListedAsSymmetricWithoutAVerbAreSymmetric() {
        // "the covariance $A$": a covariance is symmetric; "both $A$ and $B$ symmetric" (was read as saying nothing: ✗)
        assertMarks("✓", "Let $A$ be the covariance of the noise.\n\n" + FORM + TWICE);
        assertMarks("✓", "With a noise covariance $A$,\n\n" + FORM + TWICE);
        assertMarks("✓✓", "Take matrices $A$ and $B$, both $A$ and $B$ symmetric.\n\n" + FORM + TWICE
                + "$$\\nabla_{\\mathbf{x}} (\\mathbf{x}^\\top B \\mathbf{x}) = 2B\\mathbf{x}$$\n");
        // not a statement of it: "the covariance of $A$", "$A$ and $B$ are not both symmetric"
        assertMarks("✗", "Let $S$ be the covariance of $A$.\n\n" + FORM + TWICE);
    }
}
