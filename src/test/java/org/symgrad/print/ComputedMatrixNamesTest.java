package org.symgrad.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.expr.Exprs.indexed;
import static org.symgrad.expr.Exprs.mul;
import static org.symgrad.expr.Exprs.sym;

import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.expr.Expr;
import org.symgrad.expr.MatrixFunctionNames;

/**
 * The entries of a matrix's inverse and its determinant, which index notation carries under reserved names
 * ({@link MatrixFunctionNames}), print as a reader writes them in Unicode and LaTeX, and keep the reserved name in plain
 * ASCII, which reads back to the same value.
 */
class ComputedMatrixNamesTest {
    private static final Expr INVERSE_ENTRY = indexed(MatrixFunctionNames.inverse("Sigma"), "j", "i");
    private static final Expr DETERMINANT = sym(MatrixFunctionNames.determinant("A"));

    @Test
    void unicodeWritesTheInverseAndTheDeterminant() {
        assertEquals("(Σ⁻¹)_ji", Printer.unicode(INVERSE_ENTRY));
        assertEquals("det(A)", Printer.unicode(DETERMINANT));
    }

    @Test
    void latexWritesTheInverseAndTheDeterminant() {
        assertEquals("(\\Sigma^{-1})_{ji}", Printer.latex(INVERSE_ENTRY));
        assertEquals("\\det(A)", Printer.latex(DETERMINANT));
        assertEquals("({W^{(2)}}^{-1})_{ab}", Printer.latex(indexed(MatrixFunctionNames.inverse("W^(2)"), "a", "b")));
    }

    @Test
    void asciiKeepsTheNameThatReadsBack() {
        Expr e = mul(DETERMINANT, INVERSE_ENTRY);
        assertEquals(e, Symgrad.parse(Printer.ascii(e)));
    }
}
