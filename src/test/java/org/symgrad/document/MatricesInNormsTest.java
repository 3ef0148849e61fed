package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A plain capital times a plain letter as a whole term of a norm's sum, X of {@code \|Xw - y\|^2}, is a matrix (and the letter a
 * column), declared or not: a norm is of a vector. Ridge regression with an undeclared X was skipped ('a norm of this is matrix
 * notation') → ✓/✗. A letter transposed before that column in the same statement (d of {@code + d^\top x}) is a vector too.
 */
class MatricesInNormsTest {
    @Test
    void ridgeWithAnUndeclaredDesignMatrixReads() {
        String ridge = "$$J(w) = \\|Xw - y\\|^2 + \\lambda\\|w\\|^2$$\n\n";
        assertMarks("✓", ridge + "$$\\nabla J(w) = 2X^\\top(Xw - y) + 2\\lambda w$$\n");
        assertMarks("✗", ridge + "$$\\nabla J(w) = 2X^\\top(Xw - y) + \\lambda w$$\n");
    }

    @Test
    void aLinearTermBesideTheNormReads() {
        String g = "$$g(x) = \\frac{1}{2}\\|Ax - b\\|^2 + \\mu\\, d^\\top x$$\n\n";
        assertMarks("✓", g + "$$\\nabla g(x) = A^\\top(Ax - b) + \\mu d$$\n");
        assertMarks("✗", g + "$$\\nabla g(x) = A^\\top(Ax - b) + d$$\n");
    }
}
