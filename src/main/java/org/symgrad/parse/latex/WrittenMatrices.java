package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.Shapes.Shape;
import org.symgrad.parse.latex.VectorReader.Node;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * A matrix or vector written out entry by entry, for {@link VectorReader}: {@code \begin{bmatrix} 2x & 1 \\ y & x \end{bmatrix}}
 * ({@code pmatrix}, {@code Bmatrix}, {@code matrix}, {@code smallmatrix} alike), a Jacobian or Hessian as notes write them.
 * Its shape is its rows × columns, dimensions of a known size that agree only with dimensions of that size
 * ({@link Shapes#sized}); its entry at the reading's entry letters (r, c) is {@code Σ δ_{r a} δ_{c b} · cell_ab}, so a statement
 * between written-out matrices, their sums, products and transposes is one identity with free entry indices, false at the
 * entry that differs. Every cell is a scalar: a cell with vector notation (a block matrix) is not read. A determinant
 * ({@code vmatrix}) is no matrix.
 */
final class WrittenMatrices {
    static final Set<String> ENVIRONMENTS = Set.of("bmatrix", "pmatrix", "Bmatrix", "matrix", "smallmatrix");

    private final VectorReader reader;

    WrittenMatrices(VectorReader reader) {
        this.reader = reader;
    }

    /** Whether the token begins a matrix written out ({@code \begin{bmatrix}}). */
    static boolean begins(Token t) {
        return t.getType() == LatexLexer.BEGIN && ENVIRONMENTS.contains(name(t.getText()));
    }

    private static String name(String begin) {
        return begin.substring(begin.indexOf('{') + 1, begin.length() - 1).replace("*", "");
    }

    /** The environment as a matrix, or null where it is no matrix environment. */
    Node read(LatexParser.EnvironmentContext env) {
        if (!begins(env.getStart())) {
            return null;
        }
        Cells split = cells(EnvironmentBodies.tokens(env));
        if (split.problem() != null) {
            throw reader.unread(split.problem(), env);
        }
        if (PatternMatrices.anyDots(split.rows())) {
            return pattern(split.rows(), env);
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<List<Token>> tokenRow : split.rows()) {
            List<String> row = new ArrayList<>();
            for (List<Token> cell : tokenRow) {
                row.add(cell(cell, env));
            }
            rows.add(row);
        }
        int r = rows.size();
        int columns = rows.get(0).size();
        reader.writtenOut = true;
        Shape shape = new Shape(r == 1 ? Shapes.ONE : reader.shapes.sized(r), columns == 1 ? Shapes.ONE : reader.shapes.sized(columns));
        return new Node(shape, (at, bt) -> entry(rows, at, bt));
    }

    /**
     * A matrix or vector written as a pattern with dots ({@link PatternMatrices}): of the sizes its last row and column name,
     * dimensions of unwritten size, its entry the pattern's; refused where the cells write no one pattern.
     */
    private Node pattern(List<List<List<Token>>> cells, LatexParser.EnvironmentContext env) {
        for (List<List<Token>> row : cells) {
            for (List<Token> cell : row) {
                if (!PatternMatrices.dots(cell)) {
                    cell(cell, env);
                }
            }
        }
        PatternMatrices.Pattern p = PatternMatrices.of(cells, reader.document())
                .orElseThrow(() -> reader.unread("a matrix with dots whose written entries follow no one pattern in their row and "
                        + "column numbers", env));
        Shape shape = new Shape(p.rowsDotted() ? reader.dimension(p.rowSize()) : Shapes.ONE,
                p.columnsDotted() ? reader.dimension(p.columnSize()) : Shapes.ONE);
        return new Node(shape, p::entry);
    }

    /** A matrix body split into rows of cells (each the tokens written in it), or why it is none. */
    record Cells(List<List<List<Token>>> rows, String problem) {
    }

    /**
     * The body's rows of cells, split at {@code &} and {@code \\}: refused where a cell holds an environment, is empty, or where
     * rows have different numbers of cells.
     */
    static Cells cells(List<Token> body) {
        List<List<List<Token>>> rows = new ArrayList<>();
        List<List<Token>> row = new ArrayList<>();
        List<Token> cell = new ArrayList<>();
        for (Token t : body) {
            if (t.getType() == LatexLexer.BEGIN) {
                return new Cells(List.of(), "a matrix with an environment in an entry");
            }
            if (t.getType() == LatexLexer.AMP || t.getType() == LatexLexer.LINEBREAK) {
                row.add(cell);
                cell = new ArrayList<>();
                if (t.getType() == LatexLexer.LINEBREAK) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else {
                cell.add(t);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell);
            rows.add(row);
        }
        int columns = rows.isEmpty() ? 0 : rows.get(0).size();
        if (rows.isEmpty() || rows.stream().anyMatch(r -> r.size() != columns)) {
            return new Cells(List.of(), "a matrix whose rows have different numbers of entries");
        }
        if (rows.stream().flatMap(List::stream).anyMatch(List::isEmpty)) {
            return new Cells(List.of(), "a matrix with an empty entry");
        }
        return new Cells(rows, null);
    }

    /** The cell's text as written, in braces; an empty cell is refused, and so is a cell with vector notation. */
    private String cell(List<Token> cell, LatexParser.EnvironmentContext env) {
        int k = reader.indexOf(cell.get(0));
        int l = reader.indexOf(cell.get(cell.size() - 1));
        if (k < 0 || l < k || reader.entries.notation.hasVectorNotation(reader.tokens, k, l)) {
            throw reader.unread("a matrix with a vector or matrix in an entry (a block matrix)", env);
        }
        String text = reader.documentText(cell.get(0).getStartIndex(), cell.get(cell.size() - 1).getStopIndex() + 1);
        return "{" + text + "}";
    }

    /** {@code Σ_{a,b} δ_{r a} δ_{c b} · cell_ab}, the rows' or columns' deltas only where the dimension is not one. */
    static String entry(List<List<String>> rows, String r, String c) {
        return entry(rows, r, c, cell -> cell);
    }

    /** {@code Σ_{a,b} δ_{r a} δ_{c b} · f(cell_ab)}: the entry of what {@code f} makes of each cell (a derivative by it). */
    static String entry(List<List<String>> written, String r, String c, java.util.function.UnaryOperator<String> f) {
        List<List<String>> rows = written.stream().map(row -> row.stream().map(f).toList()).toList();
        List<String> terms = new ArrayList<>();
        for (int a = 0; a < rows.size(); a++) {
            for (int b = 0; b < rows.get(a).size(); b++) {
                String deltas = (rows.size() > 1 ? "\\delta_{" + r + (a + 1) + "}" : "")
                        + (rows.get(a).size() > 1 ? "\\delta_{" + c + (b + 1) + "}" : "");
                terms.add(deltas.isEmpty() ? rows.get(a).get(b) : deltas + " \\cdot " + rows.get(a).get(b));
            }
        }
        return "(" + String.join(" + ", terms) + ")";
    }
}
