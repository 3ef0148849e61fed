package org.symgrad.parse.latex;

import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.parse.latex.Shapes.Shape;
import org.symgrad.parse.latex.VectorReader.Node;

/**
 * The inverse and the determinant of a named square matrix in matrix notation ({@code X^{-1}}, {@code \Sigma^{-\top}},
 * {@code |\Sigma|}, {@code \det A}, {@code \log\det\Sigma}), for {@link VectorReader}: the inverse's entry is the entry of
 * {@link MatrixFunctionNames#inverse} ({@code \mathrm{zzinvX}_{rc}}), the determinant {@link MatrixFunctionNames#determinant},
 * which the evaluator computes from the matrix's entries (drawn, or the definition's where the document defines the matrix,
 * {@code K = K_f + σ²I}: the checker computes it from those) and the differentiator differentiates by them. A matrix
 * expression ({@code (X^\top X)^{-1}}, {@code \det(A + B)}) is named by its entries ({@link CompoundMatrices}) and read as
 * such a defined matrix; one written out entry by entry in the statement is not read. A scalar multiple of such a matrix or of the identity ({@code |2\pi\Sigma|},
 * {@code \det(\sigma^2 I)}, {@code (\sigma^2 I)^{-1}}) is read by det(cA) = cⁿ det A, (cA)⁻¹ = c⁻¹A⁻¹ and det I = 1, with n
 * the size the sums run to ({@link ScaledMatrices}).
 */
final class MatrixFunctions {
    private final VectorReader reader;

    MatrixFunctions(VectorReader reader) {
        this.reader = reader;
    }

    /** The inverse of {@code matrix}, the node of what {@code where} writes before its {@code ^{-1}}. */
    Node inverse(Node matrix, ParserRuleContext where) {
        return inverse(matrix, where, reader.text(where));
    }

    /** The inverse of {@code matrix}, written {@code text} before its {@code ^{-1}}. */
    Node inverse(Node matrix, ParserRuleContext where, String text) {
        java.util.function.Supplier<String> name = squareName(matrix, "an inverse", where, text);
        return new Node(matrix.shape(), (r, c) -> written(MatrixFunctionNames.inverse(name.get())) + "_{" + r + " " + c + "}");
    }

    /** The determinant of {@code matrix} ({@code |X|}, {@code \det X}, {@code \det(X^\top X)}): a scalar. */
    Node determinant(Node matrix, ParserRuleContext where) {
        java.util.function.Supplier<String> name = squareName(matrix, "a determinant", where, reader.text(where));
        return new Node(Shape.SCALAR, (r, c) -> "{" + written(MatrixFunctionNames.determinant(name.get())) + "}");
    }

    /** The determinant of the scalar multiple {@code scaled}: cⁿ det A, cⁿ for the identity. */
    Node determinant(ScaledMatrices.Scaled scaled, ParserRuleContext where) {
        String power = "{(" + scaled.scalar() + ")^{" + size(scaled.matrix(), where) + "}}";
        if (ScaledMatrices.identity(scaled.matrix())) {
            return new Node(Shape.SCALAR, (r, c) -> power);
        }
        Node det = determinant(scaled.matrix(), where);
        return new Node(Shape.SCALAR, (r, c) -> power + det.emit().at(null, null));
    }

    /** The inverse of the scalar multiple {@code scaled}: c⁻¹A⁻¹, c⁻¹I for the identity. */
    Node inverse(ScaledMatrices.Scaled scaled, ParserRuleContext where) {
        String reciprocal = "{(" + scaled.scalar() + ")^{-1}}";
        Node m = scaled.matrix();
        if (ScaledMatrices.identity(m)) {
            if (!reader.shapes.unify(m.shape().rows(), m.shape().columns())) {
                throw reader.conflict("an inverse of something other than a square matrix", where);
            }
            return new Node(m.shape(), (r, c) -> reciprocal + m.emit().at(r, c));
        }
        Node inverse = inverse(m, where);
        return new Node(inverse.shape(), (r, c) -> reciprocal + inverse.emit().at(r, c));
    }

    /**
     * The number of rows of the square {@code matrix} as the entries' text writes it: its written size, or n, the size the sums
     * run to; unread where the statement uses n as an index.
     */
    private String size(Node matrix, ParserRuleContext where) {
        if (!reader.shapes.unify(matrix.shape().rows(), matrix.shape().columns())) {
            throw reader.conflict("a determinant of something other than a square matrix", where);
        }
        Integer written = reader.shapes.size(matrix.shape().rows());
        if (written != null) {
            return String.valueOf(written);
        }
        if (reader.context != null && reader.context.nIsAnIndex()) {
            throw reader.unread("a determinant of a scalar multiple where n is an index", where);
        }
        return "n";
    }

    /**
     * The name of the square matrix {@code matrix} stands for by its own entries, or of the matrix expression it is
     * ({@link CompoundMatrices}: {@code (X^\top X)^{-1}}), given when its entries are written; unread (naming {@code what})
     * where it is written out entry by entry.
     */
    private java.util.function.Supplier<String> squareName(Node matrix, String what, ParserRuleContext where, String text) {
        if (matrix.shape().rank() != 2 || !reader.shapes.unify(matrix.shape().rows(), matrix.shape().columns())) {
            throw reader.conflict(what + " of something other than a square matrix", where);
        }
        if (reader.shapes.size(matrix.shape().rows()) != null || reader.components.containsKey(matrix)) {
            throw reader.unread(what + " of a matrix written out entry by entry", where);
        }
        Optional<String> name = entryName(matrix.emit().at("r", "c"));
        if (name.isPresent()) {
            return name::get;
        }
        String[] compound = new String[1];
        return () -> {
            if (compound[0] == null) {
                compound[0] = compoundName(matrix, what, where, text);
            }
            return compound[0];
        };
    }

    /**
     * The name {@link CompoundMatrices} gives the matrix expression {@code matrix} (written {@code text}), from its entry read in
     * index notation.
     */
    private String compoundName(Node matrix, String what, ParserRuleContext where, String text) {
        // the entry is read apart, as the compound's own definition: its letters are free for the rest of the side again
        int mark = reader.sumsMark();
        String row = reader.sumLetter();
        String column = reader.sumLetter();
        String entry = matrix.emit().at(row, column);
        reader.sumsFrom(mark);
        if (VectorEntries.PLACEHOLDER.matcher(entry).find()) {
            throw reader.unread(what + " of a matrix expression in a function's parameter", where);
        }
        Optional<Expr> body = LatexReader.read(LatexTokens.lex(entry, 0, entry.length()), entry, reader.context).expr();
        Optional<String> name = body.flatMap(b -> reader.entries.compounds.name(b, row, column, text));
        if (name.isEmpty()) {
            throw reader.unread(what + " of a matrix expression whose entries do not read", where);
        }
        return name.get();
    }

    /** The name of the entry {@code text} writes at the letters r, c ({@code \Sigma_{r c}}: Sigma); empty for anything else. */
    private static Optional<String> entryName(String text) {
        Optional<Expr> e;
        try {
            e = LatexReader.read(text).expr();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        return e.filter(x -> x instanceof Indexed i && i.indices().equals(java.util.List.of("r", "c"))
                        && i.name().matches(NAMED) && !MatrixFunctionNames.isComputed(i.name()))
                .map(x -> ((Indexed) x).name());
    }

    /** A matrix's name: letters, or letters with a label ({@code Sigma^(1)}, \Sigma_1 declared a matrix; {@link LabelledCapitals}). */
    private static final String NAMED = "[A-Za-z][A-Za-z0-9]*(?:\\^\\([A-Za-z0-9]+\\))?";

    /**
     * A computed name as the entries' text writes it: {@code \mathrm{zzinvSigma}}, its label in square brackets as a labelled
     * matrix's is ({@code \mathrm{zzinvSigma}^{[1]}}, {@link LabelledCapitals#written}).
     */
    private static String written(String name) {
        int label = name.indexOf("^(");
        return label < 0 ? "\\mathrm{" + name + "}"
                : "\\mathrm{" + name.substring(0, label) + "}^{[" + name.substring(label + 2, name.length() - 1) + "]}";
    }
}
