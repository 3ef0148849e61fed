package org.symgrad.matrix;

import org.symgrad.print.AsciiNotation;
import org.symgrad.print.LatexNotation;
import org.symgrad.print.Notation;
import org.symgrad.print.Printer;
import org.symgrad.print.UnicodeNotation;

/**
 * The spellings of matrix notation (SPEC §10), one constant per output notation. Scalars, names
 * and functions are spelled by the expression printer's {@link Notation}; this adds the matrix
 * operators: ASCII {@code A^T}, {@code A @ B}, {@code a .* b}, {@code a ./ b}, {@code h.^2},
 * {@code diag(v)}, {@code ones(n)}, {@code I}; Unicode {@code Aᵀ}, {@code A B},
 * {@code a ⊙ b}, {@code a ⊘ b}, {@code h^⊙2}, {@code 𝟏}; LaTeX {@code A^\top}, {@code a \odot b},
 * {@code a \oslash b}, {@code h^{\odot 2}}, {@code \operatorname{diag}(v)}, {@code \mathbf{1}}.
 */
enum MatrixNotation {
    ASCII(new AsciiNotation(), new Printer(new AsciiNotation()),
            "^T", " @ ", " .* ", " ./ ", ".^", "diag", "ones(n)", "*"),
    UNICODE(new UnicodeNotation(), new Printer(new UnicodeNotation()),
            "ᵀ", " ", " ⊙ ", " ⊘ ", "^⊙", "diag", "𝟏", " "),
    LATEX(new LatexNotation(), new Printer(new LatexNotation()),
            "^\\top", " ", " \\odot ", " \\oslash ", "^{\\odot ", "\\operatorname{diag}", "\\mathbf{1}", " ");

    final Notation scalars;
    final Printer printer;
    final String transpose;
    final String matrixProduct;
    final String hadamard;
    final String elementwiseDivision;
    final String elementwisePower;
    final String diag;
    final String ones;
    final String scalarProduct;

    MatrixNotation(Notation scalars, Printer printer, String transpose, String matrixProduct, String hadamard,
                   String elementwiseDivision, String elementwisePower, String diag, String ones,
                   String scalarProduct) {
        this.scalars = scalars;
        this.printer = printer;
        this.transpose = transpose;
        this.matrixProduct = matrixProduct;
        this.hadamard = hadamard;
        this.elementwiseDivision = elementwiseDivision;
        this.elementwisePower = elementwisePower;
        this.diag = diag;
        this.ones = ones;
        this.scalarProduct = scalarProduct;
    }

    /** Whether a product is written by juxtaposition, so that a bracketed factor needs no space before it. */
    boolean juxtaposes() {
        return this != ASCII;
    }

    /** {@code base^e} elementwise; {@code e} is already spelled. */
    String elementwisePower(String base, String exponent) {
        return switch (this) {
            case ASCII -> base + elementwisePower + (exponent.length() == 1 ? exponent : "(" + exponent + ")");
            case UNICODE -> base + elementwisePower + exponent;
            case LATEX -> base + elementwisePower + exponent + "}";
        };
    }

    /** {@code base} transposed; {@code base} is already bracketed if it needs to be. */
    String transposed(String base) {
        if (this == LATEX && base.contains("^") && !base.startsWith("(") && !base.startsWith("\\left(")) {
            return "{" + base + "}" + transpose; // W^{(1)}^\top would be a double superscript
        }
        return base + transpose;
    }
}
