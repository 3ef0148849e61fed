package org.symgrad.parse.latex;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Along which axis a document's softmax of a matrix normalises, as its prose says: "$P = \mathrm{softmax}(S)$ row-wise",
 * "softmax applied to each row", "row by row", "normalised along the columns". Attention's softmax(QKᵀ/√d) is row-wise by convention, but
 * a document may take its samples as columns, so a softmax of a matrix is read only where the text names the axis, and a
 * document that names both names none.
 */
final class SoftmaxAxes {
    private static final RecentTexts<Optional<Boolean>> ROWS = new RecentTexts<>(SoftmaxAxes::search);
    private static final Pattern ROW = Pattern.compile("(?i)\\brow[\\s-]?wise\\b|\\brow\\s+by\\s+row\\b"
            + "|\\b(?:each|every|per|along\\s+(?:the\\s+)?|over\\s+(?:the\\s+|each\\s+)?)rows?\\b");
    private static final Pattern COLUMN = Pattern.compile("(?i)\\bcolumn[\\s-]?wise\\b|\\bcolumn\\s+by\\s+column\\b"
            + "|\\b(?:each|every|per|along\\s+(?:the\\s+)?|over\\s+(?:the\\s+|each\\s+)?)columns?\\b");

    private SoftmaxAxes() {
    }

    /** True where the document's softmax of a matrix normalises each row, false each column; empty where it does not say which. */
    static Optional<Boolean> rows(String document) {
        return ROWS.in(document);
    }

    private static Optional<Boolean> search(String document) {
        if (!document.contains("softmax")) {
            return Optional.empty();
        }
        boolean row = ROW.matcher(document).find();
        boolean column = COLUMN.matcher(document).find();
        return row == column ? Optional.empty() : Optional.of(row);
    }
}
