package org.symgrad.parse.latex;

import org.antlr.v4.runtime.ParserRuleContext;
import org.symgrad.parse.latex.Shapes.Shape;
import org.symgrad.parse.latex.VectorReader.Node;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Multiplies two parts of a vector or matrix expression for {@link VectorReader}: a scalar times anything, the
 * matrix product where the inner dimensions agree (a vector standing as a column, or as a row where the columns do
 * not fit), the dot product of two vectors standing alike ({@code \mathbf{q} \cdot \mathbf{k}}), the elementwise product
 * ({@code \odot}), and a quotient by a scalar or of vectors of one shape.
 */
final class VectorProducts {
    private final VectorReader reader;

    VectorProducts(VectorReader reader) {
        this.reader = reader;
    }

    Node multiply(Node acc, Node next, String op, ParserRuleContext where) {
        if (acc == null) {
            return next;
        }
        switch (op) {
            // \circ between two vectors or matrices: the Hadamard product, as many texts write it (never a composition of them)
            case "\\odot", "\u2299", "\\circ" -> {
                if (acc.scalar() || next.scalar() || !reader.shapes.unify(acc.shape(), next.shape())) {
                    throw reader.conflict("an elementwise product (⊙) of different shapes", where);
                }
                return new Node(acc.shape(), (r, c) -> "(" + acc.emit().at(r, c) + ")(" + next.emit().at(r, c) + ")");
            }
            case "\\otimes", "\u2297" -> {
                return outer(acc, next, where);
            }
            case "/", "\\div" -> {
                return quotient(acc, next, where);
            }
            case "\\oslash", "\u2298" -> {
                // ⊘: the quotient entry by entry, of two vectors or matrices of one shape
                if (acc.scalar() || next.scalar() || !reader.shapes.unify(acc.shape(), next.shape())) {
                    throw reader.conflict("an elementwise quotient (⊘) of different shapes", where);
                }
                return new Node(acc.shape(), (r, c) -> "\\frac{" + acc.emit().at(r, c) + "}{" + next.emit().at(r, c) + "}");
            }
            case "", "*", "\\ast", "\\cdot", "\\times" -> {
                if (op.equals("\\times") && !(acc.scalar() || next.scalar())) {
                    throw reader.unread("a cross product (\\times)", where);
                }
                if (op.equals("\\cdot") && acc.shape().rank() == 1 && next.shape().rank() == 1
                        && reader.shapes.isOne(acc.shape().rows()) == reader.shapes.isOne(next.shape().rows())
                        && reader.shapes.unify(acc.shape(), next.shape())) {
                    // a \cdot b of two columns (or two rows): the dot product, Σ_k a_k b_k
                    boolean columns = reader.shapes.isOne(acc.shape().columns());
                    int length = columns ? acc.shape().rows() : acc.shape().columns();
                    return new Node(Shape.SCALAR, (r, c) -> {
                        String k = reader.sumLetter();
                        return reader.sum(k, length) + " (" + (columns ? acc.emit().at(k, null) : acc.emit().at(null, k)) + ")("
                                + (columns ? next.emit().at(k, null) : next.emit().at(null, k)) + ")";
                    });
                }
                if ((op.equals("*") || op.equals("\\ast")) && acc.shape().rank() == 1 && next.shape().rank() == 1
                        && reader.shapes.isOne(acc.shape().rows()) == reader.shapes.isOne(next.shape().rows()) && reader.shapes.unify(acc.shape(), next.shape())) {
                    // a * b of two columns (or two rows): no matrix product, the product entry by entry as a program writes it
                    return new Node(acc.shape(), (r, c) -> "(" + acc.emit().at(r, c) + ")(" + next.emit().at(r, c) + ")");
                }
                return matrixProduct(acc, next, where);
            }
            default -> throw reader.unread("the operator " + op + " between vectors", where);
        }
    }

    /**
     * {@code \mathbf{a} \otimes \mathbf{b}}: the outer product of two vectors standing alike (two columns, or two rows), entry
     * (r, c) = a_r b_c, as {@code \mathbf{a}\mathbf{b}^\top}; with a number, the number times the other; of matrices (a Kronecker
     * product) refused.
     */
    private Node outer(Node a, Node b, ParserRuleContext where) {
        if (a.scalar() || b.scalar()) {
            return matrixProduct(a, b, where);
        }
        if (a.shape().rank() != 1 || b.shape().rank() != 1) {
            throw new KroneckerProduct(where, reader.text(where));
        }
        boolean columns = reader.shapes.isOne(a.shape().columns()) && reader.shapes.isOne(b.shape().columns());
        boolean rows = reader.shapes.isOne(a.shape().rows()) && reader.shapes.isOne(b.shape().rows());
        if (columns) {
            return new Node(new Shape(a.shape().rows(), b.shape().rows()), (r, c) -> "(" + a.emit().at(r, null) + ")(" + b.emit().at(c, null) + ")");
        }
        if (rows) {
            return new Node(new Shape(a.shape().columns(), b.shape().columns()), (r, c) -> "(" + a.emit().at(null, r) + ")(" + b.emit().at(null, c) + ")");
        }
        throw reader.conflict("an outer product (\\otimes) of a column and a row", where);
    }

    /**
     * A quotient by a scalar, or of two vectors of one shape entry by entry ({@code \mathbf{y} / \hat{\mathbf{y}}});
     * a quotient by a matrix, or of a scalar or matrix by a vector, is refused.
     */
    Node quotient(Node num, Node den, ParserRuleContext where) {
        if (den.scalar()) {
            return new Node(num.shape(), (r, c) -> "\\frac{" + num.emit().at(r, c) + "}{" + den.emit().at(null, null) + "}");
        }
        if (num.shape().rank() != 1 || den.shape().rank() != 1 || !reader.shapes.unify(num.shape(), den.shape())) {
            throw reader.conflict("a quotient by a vector or matrix (entry by entry only between vectors of one shape)", where);
        }
        return new Node(num.shape(), (r, c) -> "\\frac{" + num.emit().at(r, c) + "}{" + den.emit().at(r, c) + "}");
    }

    /**
     * Whether a declared matrix and a vector of declared length multiply though the length is not the matrix's inner
     * dimension ({@code W\mathbf{y}} with W m × n and y of m entries): undefined whether vectors stand as columns or as rows.
     */
    private boolean misfitVector(Shape a, Shape b) {
        Shape matrix = reader.declaredMatrix(a) ? a : reader.declaredMatrix(b) ? b : null;
        Shape vector = matrix == a ? b : a;
        if (matrix == null || !reader.declaredVector(vector) || inferredHere() && !byDeclaredNames(matrix, vector)) {
            return false;
        }
        int inner = matrix == a ? matrix.columns() : matrix.rows();
        int length = reader.shapes.isOne(vector.rows()) ? vector.columns() : vector.rows();
        return !reader.shapes.same(inner, length);
    }

    /**
     * Whether a matrix the document declares has the matrix's shape and a vector it declares the vector's length, though the
     * side writes names it does not declare ({@code 2X(Xw - y)} with X ∈ ℝ^{n×d}, y ∈ ℝ^n and w undeclared: the bracket's n
     * entries are y's, and X's d columns are X's), where no entrywise product leaves the grouping open: the misfit is the
     * declarations', whatever the undeclared names are.
     */
    private boolean byDeclaredNames(Shape matrix, Shape vector) {
        if (reader.tokens == null || reader.tokens.stream().anyMatch(t -> t.getType() == LatexLexer.ODOT)) {
            return false;
        }
        int length = reader.shapes.isOne(vector.rows()) ? vector.columns() : vector.rows();
        boolean declaredMatrix = false;
        boolean declaredVector = false;
        for (java.util.Map.Entry<String, Shape> e : reader.names.entrySet()) {
            if (!(reader.entries.declared.get(e.getKey()) instanceof Dimensions.Declared)) {
                continue;
            }
            Shape s = e.getValue();
            declaredMatrix |= s.rank() == 2 && reader.shapes.same(s.rows(), matrix.rows()) && reader.shapes.same(s.columns(), matrix.columns());
            declaredVector |= s.rank() == 1 && reader.shapes.same(reader.shapes.isOne(s.rows()) ? s.columns() : s.rows(), length);
        }
        return declaredMatrix && declaredVector;
    }

    /**
     * Whether the side writes a vector or matrix name whose shape no declaration gives, or an entrywise product, whose
     * precedence beside a product is not written ({@code \mathbf{a} \odot \mathbf{b} W}): then the shapes of the factors as
     * read need not be the writer's.
     */
    private boolean inferredHere() {
        return reader.undeclaredRead || reader.tokens == null || reader.tokens.stream().anyMatch(t -> t.getType() == LatexLexer.ODOT);
    }

    Node matrixProduct(Node a, Node b, ParserRuleContext where) {
        if (a.scalar()) {
            return new Node(b.shape(), (r, c) -> "(" + a.emit().at(null, null) + ")(" + b.emit().at(r, c) + ")");
        }
        if (b.scalar()) {
            return new Node(a.shape(), (r, c) -> "(" + a.emit().at(r, c) + ")(" + b.emit().at(null, null) + ")");
        }
        Shape s = new Shape(a.shape().rows(), b.shape().columns());
        if (reader.shapes.isOne(a.shape().columns()) && reader.shapes.isOne(b.shape().rows())) {
            return new Node(s, (r, c) -> "(" + a.emit().at(r, null) + ")(" + b.emit().at(null, c) + ")");
        }
        if (!reader.shapes.unify(a.shape().columns(), b.shape().rows())) {
            if (reader.declaredMatrix(a.shape()) && reader.declaredMatrix(b.shape()) || misfitVector(a.shape(), b.shape())) {
                // (P - Y)W with P - Y n × K and W d × K, W\mathbf{y} with W m × n and y of m entries: shapes known from declarations,
                // not assumed, that do not fit
                throw new UndefinedProduct(reader.written(a.shape()), reader.written(b.shape()), where, reader.text(where));
            }
            throw reader.conflict("the inner dimensions of the product do not agree (" + (reader.rowVectors ? "vectors as rows" : "vectors as columns")
                    + (reader.entries.layout.isPresent() && !reader.dimensions.isEmpty() ? ", as the document declares its shapes: a " + reader.written(a.shape())
                    + " times a " + reader.written(b.shape()) : "") + ")", where);
        }
        return new Node(s, (r, c) -> {
            String k = reader.sumLetter();
            return reader.sum(k, a.shape().columns()) + " (" + a.emit().at(r, k) + ")(" + b.emit().at(k, c) + ")";
        });
    }
}
