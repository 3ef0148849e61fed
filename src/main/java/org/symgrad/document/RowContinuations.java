package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A long right side broken over rows of an alignment, as authors break it:
 * <pre>
 * f'(x) &amp;= 2x \sin x \\
 *       &amp;\quad + x^2 \cos x
 * </pre>
 * or with the bracket split, {@code \left( 2x \sin x \right. \\ &\left. + x^2 \cos x \right)}. A row that starts with a binary
 * operator ({@code +}, {@code \cdot}, {@code \times}, or a minus after the alignment point or in a row with no relation), or with
 * {@code \left.}, and a row after one that ends with an operator or {@code \right.}, continue the row above: they are one
 * expression. Checked row by row, the first row alone was a false step.
 */
final class RowContinuations {
    private RowContinuations() {
    }

    /** One row as split: its tokens, whether it started at an alignment point ({@code &}), and its end offset. */
    record Split(List<Token> tokens, boolean aligned, int end) {
    }

    /** {@code rows} with each continuation joined to the row above it; the empty delimiters at a join dropped. */
    static List<Rows.Row> join(List<Split> rows) {
        List<Rows.Row> out = new ArrayList<>();
        List<Token> current = null;
        int end = 0;
        for (Split row : rows) {
            List<Token> body = withoutIndent(row.tokens());
            if (current != null && continues(current, body, row.aligned())) {
                if (isEmptyDelimiter(current.get(current.size() - 1), "\\right")) {
                    current.remove(current.size() - 1);
                }
                current.addAll(!body.isEmpty() && isEmptyDelimiter(body.get(0), "\\left") ? body.subList(1, body.size()) : body);
                end = row.end();
                continue;
            }
            if (current != null) {
                out.add(new Rows.Row(List.copyOf(current), end));
            }
            current = new ArrayList<>(row.tokens());
            end = row.end();
        }
        if (current != null) {
            out.add(new Rows.Row(List.copyOf(current), end));
        }
        return out;
    }

    /** Whether the row {@code body} (its indent dropped; {@code aligned} if it started at {@code &}) continues {@code above}. */
    private static boolean continues(List<Token> above, List<Token> body, boolean aligned) {
        if (body.isEmpty()) {
            return false;
        }
        Token first = body.get(0);
        int type = first.getType();
        if (StatementSplitter.isRelation(type)) {
            return false;
        }
        Token last = above.get(above.size() - 1);
        if (isEmptyDelimiter(first, "\\left")) {
            // \left. + x^2 … \right) continues; \left. f'(x) \right|_{x=1} = 2, an evaluation bar, is an equation of its own
            return isEmptyDelimiter(last, "\\right") || body.size() > 1 && isBinary(body.get(1).getType());
        }
        if (isBinary(type) && type != LatexLexer.MINUS
                || type == LatexLexer.MINUS && (aligned || body.stream().noneMatch(t -> StatementSplitter.isRelation(t.getType())))) {
            return true;
        }
        return isEmptyDelimiter(last, "\\right") || isBinary(last.getType());
    }

    private static boolean isBinary(int type) {
        return type == LatexLexer.PLUS || type == LatexLexer.MINUS || type == LatexLexer.PLUS_MINUS || type == LatexLexer.CDOT
                || type == LatexLexer.TIMES;
    }

    /** The row without the spacing that indents it ({@code \quad}, {@code \qquad}). */
    private static List<Token> withoutIndent(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).getType() == LatexLexer.QUAD) {
            i++;
        }
        return tokens.subList(i, tokens.size());
    }

    private static boolean isEmptyDelimiter(Token t, String side) {
        return t.getType() == LatexLexer.EMPTY_DELIM && t.getText().startsWith(side);
    }
}
