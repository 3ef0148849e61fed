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
 * {@code K = K_f + σ²I}: the checker computes it from those) and the differentiator differentiates by them. Only a named
 * matrix: not an expression ({@code (X^\top X)^{-1}}), not one written out entry by entry in the statement, not one made of
 * other names' entries. A scalar multiple of such a matrix or of the identity ({@code |2\pi\Sigma|},
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
        String entry = written(MatrixFunctionNames.inverse(squareName(matrix, "an inverse", where)));
        return new Node(matrix.shape(), (r, c) -> entry + "_{" + r + " " + c + "}");
    }

    /** The determinant of {@code matrix} ({@code |X|}, {@code \det X}): a scalar. */
    Node determinant(Node matrix, ParserRuleContext where) {
        String det = "{" + written(MatrixFunctionNames.determinant(squareName(matrix, "a determinant", where))) + "}";
        return new Node(Shape.SCALAR, (r, c) -> det);
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

    /** The name of the square matrix {@code matrix} stands for by its own entries; unread (naming {@code what}) otherwise. */
    private String squareName(Node matrix, String what, ParserRuleContext where) {
        if (matrix.shape().rank() != 2 || !reader.shapes.unify(matrix.shape().rows(), matrix.shape().columns())) {
            throw reader.conflict(what + " of something other than a square matrix", where);
        }
        if (reader.shapes.size(matrix.shape().rows()) != null || reader.components.containsKey(matrix)) {
            throw reader.unread(what + " of a matrix written out entry by entry", where);
        }
        Optional<String> name = entryName(matrix.emit().at("r", "c"));
        if (name.isEmpty()) {
            throw reader.unread(what + " of a matrix expression (only of a named matrix)", where);
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
