package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.parse.latex.Shapes.Shape;
import org.symgrad.parse.latex.VectorReader.Node;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * A vector written as the list of its entries in parentheses and transposed, {@code (2x_1 + 3x_2, 3x_1 + 3x_2^2)^T}, as homework
 * writes a gradient, for {@link VectorReader}: the row of the entries, which the transpose makes the column, of the written size
 * ({@link Shapes#sized}), read as a {@code pmatrix} column is. A list not transposed stands neither as a row nor as a column
 * by any convention a document states, and is not read; nor is a list with an entry that is a vector or matrix.
 */
final class WrittenTuples {
    private WrittenTuples() {
    }

    /** The row of the list's entries, where a transpose follows it; else not read. */
    static Node row(VectorReader reader, LatexParser.TupleContext tuple, List<LatexParser.PostOpContext> ops) {
        if (ops.isEmpty() || !(ops.get(0) instanceof LatexParser.SuperscriptOpContext s) || !reader.transpose(s.scriptArg())) {
            throw reader.unread("a list in parentheses not transposed, which stands as neither a row nor a column; write (a, b)^\\top "
                    + "for the column", tuple);
        }
        List<String> cells = new ArrayList<>();
        for (LatexParser.ExprContext e : tuple.expr()) {
            Node entry = reader.expr(e);
            if (!entry.scalar()) {
                throw reader.unread("a list in parentheses with a vector or matrix entry", tuple);
            }
            cells.add("{" + entry.emit().at(null, null) + "}");
        }
        reader.writtenOut = true;
        List<List<String>> rows = List.of(cells);
        return new Node(new Shape(Shapes.ONE, reader.shapes.sized(cells.size())), (r, c) -> WrittenMatrices.entry(rows, r, c));
    }
}
