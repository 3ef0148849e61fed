package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A matrix or vector of unwritten size written as a pattern with dots, for {@link WrittenMatrices}: the first rows and
 * columns, a row of {@code \vdots}/{@code \ddots}, a column of {@code \cdots}, and the last row and column, as notes write a
 * Jacobian or the softmax's:
 * {@code \begin{bmatrix} S_1(1 - S_1) & S_1(0 - S_2) & \cdots & S_1(0 - S_n) \\ \vdots & \vdots & \ddots & \vdots \\ S_n(0 - S_1)
 * & S_n(0 - S_2) & \cdots & S_n(1 - S_n) \end{bmatrix}}, or {@code [x_1; x_2; \vdots; x_n]}. The rows before the dots are
 * rows 1, 2, …, the one after them the last, named by the letter its subscripts write where the first row's write 1 (n);
 * the columns alike. The generic entry is made of the written cells by putting the entry letters in the subscripts' places
 * of the row and column numbers only: the off-diagonal entry O(r, c) from every cell off the diagonal, the diagonal D(r)
 * from every cell on it, and the entry is {@code δ_rc D(r) + (1 − δ_rc) O(r, c)}, or O(r, c) alone where O(r, r) is D(r).
 * It is read only where that pattern is the only one: every written cell is what the pattern makes of its row and column;
 * else (a ragged matrix, a cell that breaks the pattern, a last row or column that names no letter, dots in one
 * dimension of a matrix only) it is not read.
 */
final class PatternMatrices {
    /** A subscript place taken by the row number, the column number, or both (a diagonal cell's). */
    private static final String ROW = "\u0001R";
    private static final String COLUMN = "\u0001C";
    private static final String BOTH = "\u0001D";

    /** The generic entry of a pattern: its templates, and whether it is a column (rows dotted), a row, or a matrix. */
    record Pattern(Template offDiagonal, Template diagonal, boolean rowsDotted, boolean columnsDotted, String rowSize, String columnSize) {
        /** The entry at the letters r and c (null where the dimension is one). */
        String entry(String r, String c) {
            if (diagonal == null) {
                return "(" + offDiagonal.at(r, c) + ")";
            }
            // \cdot: δ_ij (d_i) would read as a call of δ
            return "(\\delta_{" + r + " " + c + "} \\cdot (" + diagonal.at(r, r) + ") + (1 - \\delta_{" + r + " " + c + "}) \\cdot ("
                    + offDiagonal.at(r, c) + "))";
        }
    }

    /** A cell's text with the places of the row and column numbers left open: text pieces between the places. */
    record Template(List<String> pieces, List<String> places) {
        String at(String r, String c) {
            StringBuilder b = new StringBuilder(pieces.get(0));
            for (int k = 0; k < places.size(); k++) {
                String p = places.get(k);
                b.append(' ').append(p.equals(ROW) ? r : p.equals(COLUMN) ? c : r).append(' ').append(pieces.get(k + 1));
            }
            return b.toString();
        }
    }

    private PatternMatrices() {
    }

    /** Whether a cell is only dots. */
    static boolean dots(List<Token> cell) {
        return cell.size() == 1 && cell.get(0).getType() == LatexLexer.DOTS;
    }

    /** Whether any cell of the rows is only dots. */
    static boolean anyDots(List<List<List<Token>>> rows) {
        return rows.stream().flatMap(List::stream).anyMatch(PatternMatrices::dots);
    }

    /** The pattern the rows write, or empty where they write none or more than one. */
    static Optional<Pattern> of(List<List<List<Token>>> rows, String document) {
        // a cell that writes dots among other things (x_1 + \dots + x_n) is a pattern of its own
        if (rows.stream().flatMap(List::stream).anyMatch(c -> !dots(c) && c.stream().anyMatch(t -> t.getType() == LatexLexer.DOTS))) {
            return Optional.empty();
        }
        // the dotted row: all its cells dots; it stands second to last
        List<Integer> dottedRows = new ArrayList<>();
        for (int a = 0; a < rows.size(); a++) {
            if (rows.get(a).stream().allMatch(PatternMatrices::dots)) {
                dottedRows.add(a);
            }
        }
        int columns = rows.get(0).size();
        List<Integer> writtenRows = new ArrayList<>();
        for (int a = 0; a < rows.size(); a++) {
            if (!dottedRows.contains(a)) {
                writtenRows.add(a);
            }
        }
        if (dottedRows.size() > 1 || writtenRows.isEmpty()) {
            return Optional.empty();
        }
        // the dotted column: a dots cell in every written row, at one place, second to last
        List<Integer> dottedColumns = new ArrayList<>();
        for (int b = 0; b < columns; b++) {
            int column = b;
            long dotted = writtenRows.stream().filter(a -> dots(rows.get(a).get(column))).count();
            if (dotted == writtenRows.size()) {
                dottedColumns.add(b);
            } else if (dotted > 0) {
                return Optional.empty();
            }
        }
        if (dottedColumns.size() > 1) {
            return Optional.empty();
        }
        boolean rowsDotted = dottedRows.size() == 1;
        boolean columnsDotted = dottedColumns.size() == 1;
        if (rowsDotted && dottedRows.get(0) != rows.size() - 2 || columnsDotted && dottedColumns.get(0) != columns - 2) {
            return Optional.empty();
        }
        // a matrix dotted both ways, a column dotted down, a row dotted across: nothing else has one unwritten size per dimension
        boolean column = rowsDotted && !columnsDotted && columns == 1;
        boolean row = columnsDotted && !rowsDotted && rows.size() == 1;
        if (!(rowsDotted && columnsDotted) && !column && !row) {
            return Optional.empty();
        }
        List<Integer> writtenColumns = new ArrayList<>();
        for (int b = 0; b < columns; b++) {
            if (!dottedColumns.contains(b)) {
                writtenColumns.add(b);
            }
        }
        List<List<Token>> firstRow = writtenColumns.stream().map(b -> rows.get(writtenRows.get(0)).get(b)).toList();
        List<List<Token>> lastRow = writtenColumns.stream().map(b -> rows.get(rows.size() - 1).get(b)).toList();
        List<List<Token>> firstColumn = writtenRows.stream().map(a -> rows.get(a).get(writtenColumns.get(0))).toList();
        List<List<Token>> lastColumn = writtenRows.stream().map(a -> rows.get(a).get(columns - 1)).toList();
        String rowSize = rowsDotted ? size(lastRow, firstRow) : null;
        String columnSize = columnsDotted ? size(lastColumn, firstColumn) : null;
        if (rowsDotted && rowSize == null || columnsDotted && columnSize == null) {
            return Optional.empty();
        }
        // every written cell with its row and column numbers as subscript places
        List<List<String>> off = new ArrayList<>();
        List<List<String>> on = new ArrayList<>();
        Template offTemplate = null;
        Template onTemplate = null;
        for (int i = 0; i < writtenRows.size(); i++) {
            String r = rowsDotted ? (i == writtenRows.size() - 1 ? rowSize : String.valueOf(i + 1)) : null;
            for (int j = 0; j < writtenColumns.size(); j++) {
                String c = columnsDotted ? (j == writtenColumns.size() - 1 ? columnSize : String.valueOf(j + 1)) : null;
                List<Token> cell = rows.get(writtenRows.get(i)).get(writtenColumns.get(j));
                boolean diagonal = r != null && r.equals(c);
                Marked m = marked(cell, document, diagonal ? null : r, diagonal ? null : c, diagonal ? r : null);
                (diagonal ? on : off).add(m.shape());
                if (diagonal && onTemplate == null) {
                    onTemplate = m.template();
                } else if (!diagonal && offTemplate == null) {
                    offTemplate = m.template();
                }
            }
        }
        // every cell off the diagonal one pattern (at least two, so that it is checked); the cells on it that pattern too, or,
        // in a square matrix, at least two that make one of their own
        if (off.size() < 2 || new LinkedHashSet<>(off).size() != 1) {
            return Optional.empty();
        }
        List<String> offOnDiagonal = off.get(0).stream().map(t -> t.equals(ROW) || t.equals(COLUMN) ? BOTH : t).toList();
        Template diagonal = null;
        if (on.stream().anyMatch(m -> !m.equals(offOnDiagonal))) {
            if (!rowSize.equals(columnSize) || on.size() < 2 || new LinkedHashSet<>(on).size() != 1) {
                return Optional.empty();
            }
            diagonal = onTemplate;
        }
        return Optional.of(new Pattern(offTemplate, diagonal, rowsDotted, columnsDotted, rowSize, columnSize));
    }

    /** A cell with its places marked: the token texts (what cells compare) and the template to write entries by. */
    private record Marked(List<String> shape, Template template) {
    }

    /**
     * The cell with the subscript atoms that are the row number (or letter) {@code r} made row places, those that are the
     * column's {@code c} column places, those that are the diagonal's {@code d} both.
     */
    private static Marked marked(List<Token> cell, String document, String r, String c, String d) {
        Set<Integer> atoms = subscriptAtoms(cell);
        List<String> shape = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        List<String> places = new ArrayList<>();
        int from = cell.get(0).getStartIndex();
        for (int k = 0; k < cell.size(); k++) {
            Token t = cell.get(k);
            String place = null;
            if (atoms.contains(k)) {
                String x = t.getText();
                place = x.equals(d) ? BOTH : x.equals(r) ? ROW : x.equals(c) ? COLUMN : null;
            }
            if (place == null) {
                shape.add(t.getText());
                continue;
            }
            shape.add(place);
            pieces.add(document.substring(from, t.getStartIndex()));
            places.add(place);
            from = t.getStopIndex() + 1;
        }
        pieces.add(document.substring(from, cell.get(cell.size() - 1).getStopIndex() + 1));
        return new Marked(shape, new Template(pieces, places));
    }

    /**
     * The positions of the cell's tokens that are a digit or a letter in a subscript ({@code x_1}, {@code a_{1n}},
     * {@code e^{x_1}}), not in a sum's or product's limits.
     */
    static Set<Integer> subscriptAtoms(List<Token> cell) {
        Set<Integer> out = new java.util.HashSet<>();
        for (int k = 0; k + 1 < cell.size(); k++) {
            if (cell.get(k).getType() != LatexLexer.UNDERSCORE) {
                continue;
            }
            boolean limits = k > 0 && (cell.get(k - 1).getType() == LatexLexer.SUM || cell.get(k - 1).getType() == LatexLexer.PROD);
            int end = LatexTokens.argumentEnd(cell, k + 1);
            if (end < 0 || limits) {
                continue;
            }
            for (int j = k + 1; j < end; j++) {
                int type = cell.get(j).getType();
                if (type == LatexLexer.DIGIT || type == LatexLexer.LETTER) {
                    out.add(j);
                }
            }
        }
        return out;
    }

    /**
     * The letter that names the last row (or column): the one subscript letter the last row's cells write that the first row's
     * cells in the same columns do not ({@code d_n} below {@code 0}, {@code a_{mn}} below {@code a_{1n}}), where the first row
     * writes the number 1; null where there is no one such letter.
     */
    private static String size(List<List<Token>> last, List<List<Token>> first) {
        Set<String> letters = new LinkedHashSet<>();
        boolean one = false;
        for (int k = 0; k < last.size(); k++) {
            List<Token> f = first.get(k);
            List<Token> l = last.get(k);
            Set<String> firstAtoms = new LinkedHashSet<>();
            subscriptAtoms(f).forEach(j -> firstAtoms.add(f.get(j).getText()));
            one |= firstAtoms.contains("1");
            for (int j : subscriptAtoms(l)) {
                Token t = l.get(j);
                if (t.getType() == LatexLexer.LETTER && !firstAtoms.contains(t.getText())) {
                    letters.add(t.getText());
                }
            }
        }
        return letters.size() == 1 && one ? letters.iterator().next() : null;
    }
}
