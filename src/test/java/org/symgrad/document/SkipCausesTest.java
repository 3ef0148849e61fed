package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A step that cannot be read names the cause the writer can fix: a function a side calls that the document does not define
 * ("J is not defined in the document"), and a vector or matrix before parentheses that hold a number, with the names in them
 * nothing makes vectors ({@code X^T (h - y)}: "h, y are not declared, defined or written bold as vectors or matrices"). Before, the
 * message was "a transpose (T) is matrix notation, which is not supported yet", though transposes are read where the
 * names are vectors. The verdicts stay as they were: skipped where nothing is read, checked where the names are vectors.
 */
class SkipCausesTest {
    private static final String LOGISTIC = "The gradient of the logistic loss is\n\n$$\\nabla_\\theta J(\\theta) = \\frac{1}{m} X^T (h - y)$$\n\n"
            + "where $h = g(X\\theta)$.\n";

    @Test
    void anUndefinedFunctionAndPlainNamesBesideATransposeAreTheCauseNamed() {
        String got = marks(LOGISTIC);
        assertTrue(got.startsWith("–"), got);
        assertTrue(got.contains("J is not defined in the document"), got);
        assertTrue(got.contains("h, y are not declared, defined or written bold as vectors or matrices"), got);
        assertFalse(got.contains("a transpose (T) is matrix notation"), got);
    }

    @Test
    void anUndefinedFunctionBothSidesWriteIsNoCause() {
        String got = marks("$$\\nabla_\\theta J(\\theta) = \\begin{cases} J(\\theta) & \\text{if } \\theta \\neq 0 \\\\ 0 & \\text{if } \\theta = 0 "
                + "\\end{cases}$$\n");
        assertFalse(got.contains("J is not defined"), got);
    }

    @Test
    void aDefinedFunctionIsNotNamedUndefined() {
        String got = marks("$$J(\\theta) = \\frac{1}{2m} \\sum_{i=1}^{m} (\\theta x_i - y_i)^2$$\n\n" + LOGISTIC);
        assertTrue(got.startsWith("–"), got);
        assertFalse(got.contains("J is not defined"), got);
        assertTrue(got.contains("h, y are not declared, defined or written bold as vectors or matrices"), got);
    }

    @Test
    void whereTheNamesAreVectorsTheTransposeIsRead() {
        String cost = "$$J(\\boldsymbol\\theta) = \\frac{1}{2m}\\|X\\boldsymbol\\theta - \\mathbf{y}\\|^2$$\n\n";
        assertMarks("✓", cost + "$$\\nabla_{\\boldsymbol\\theta} J = \\frac{1}{m} X^T (X\\boldsymbol\\theta - \\mathbf{y})$$\n");
        assertMarks("✗", cost + "$$\\nabla_{\\boldsymbol\\theta} J = \\frac{1}{m} X^T (X\\boldsymbol\\theta + \\mathbf{y})$$\n");
    }

    @Test
    void aWrittenOutMatrixSideNamesTheConflictNotTheNotation() {
        // was: "matrix notation (\begin{pmatrix}) is not supported yet", though written-out matrices are read
        String sizes = marks("$$f(x, y) = x^2 + 3xy$$\n\n$$\\nabla f = \\begin{pmatrix} 2x + 3y \\\\ 3x \\\\ 0 \\end{pmatrix}$$\n");
        assertTrue(sizes.startsWith("–") && sizes.contains("the sides have different sizes (2 and 3 entries)"), sizes);
        assertFalse(sizes.contains("is not supported yet"), sizes);
        String sum = marks("$$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix} + \\begin{pmatrix} 1 \\\\ 2 \\\\ 0 \\end{pmatrix} = "
                + "\\begin{pmatrix} 2 \\\\ 4 \\end{pmatrix}$$\n");
        assertTrue(sum.startsWith("–") && sum.contains("a sum of vectors written out in different sizes (2 and 3 entries)"), sum);
    }
}
