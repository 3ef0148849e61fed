package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Names a document defines by a matrix or vector written out entry by entry, for {@link VectorEntries}:
 * {@code J = \begin{pmatrix} … \end{pmatrix}}, {@code H = \begin{bmatrix} … \end{bmatrix}},
 * {@code \mathbf{x} = \begin{bmatrix} x_1 \\ x_2 \end{bmatrix}}. Such a name has the written size wherever it is written
 * (its dimensions agree only with dimensions of that size, {@link Shapes#sized}). A name written as its own components
 * ({@code \mathbf{x} = [x_1; x_2]}) only names them: its entry is read as the written column's, so no entry past the written
 * ones is ever read. Any other name is defined by the statement, entry by entry, and read through that definition.
 */
final class SizedNames {
    /** A name's written rows of cells (each the cell's text in braces), and whether the cells are the name's own components. */
    record Sized(String key, List<List<String>> rows, boolean components) {
        int rowCount() {
            return rows.size();
        }

        int columnCount() {
            return rows.get(0).size();
        }

        /** Whether it is a matrix: more than one row and more than one column. */
        boolean matrix() {
            return rowCount() > 1 && columnCount() > 1;
        }
    }

    private static final String GREEK_CAPITALS = "Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Upsilon|Phi|Psi|Omega";
    /** A statement's head: a bold or arrowed name (groups 1, 2), a plain capital (3), a Greek capital (4), then a defining relation. */
    private static final Pattern HEAD = Pattern.compile("^\\s*(?:\\\\(?:mathbf|boldsymbol|bm|vec)\\s*\\{\\s*([a-zA-Z]|\\\\[a-zA-Z]+)\\s*\\}"
            + "|\\\\(?:mathbf|boldsymbol|bm|vec)\\s+([a-zA-Z])|([A-Z])|(\\\\(?:" + GREEK_CAPITALS + "))(?![a-zA-Z]))"
            + "\\s*(?:=|:=|\\\\coloneqq|\\\\triangleq)\\s*");
    /** Math in Markdown: displays and inline math; the group is what the delimiters hold. */
    private static final Pattern MATH = Pattern.compile("\\$\\$(.*?)\\$\\$|\\$(.*?)\\$|\\\\\\[(.*?)\\\\\\]", Pattern.DOTALL);

    private SizedNames() {
    }

    /** The names the document defines by a written-out matrix, by key ({@code x}, {@code J}, {@code \Sigma}); the first definition counts. */
    static Map<String, Sized> in(String document) {
        Map<String, Sized> out = new LinkedHashMap<>();
        Map<String, Integer> definitions = new LinkedHashMap<>();
        Matcher m = MATH.matcher(document);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            String math = m.group(group);
            Matcher h = HEAD.matcher(math);
            if (!h.find()) {
                continue;
            }
            String key = h.group(1) != null ? h.group(1) : h.group(2) != null ? h.group(2) : h.group(3) != null ? h.group(3) : h.group(4);
            boolean plain = h.group(3) != null || h.group(4) != null;
            // every statement that begins with the name defines it, written out or not
            definitions.merge(key, 1, Integer::sum);
            boolean direct = math.startsWith("\\begin", h.end());
            // H = \nabla^2 f = \begin{bmatrix} … \end{bmatrix}: the chain gives H the written matrix's size, its definition is \nabla^2 f
            int at = direct ? m.start(group) + h.end() : laterMatrix(m.start(group) + h.end(), m.end(group), document);
            Sized s = at < 0 ? null : read(key, at, m.end(group), document);
            if (s != null && !direct && s.components()) {
                s = null;
            }
            boolean capital = Character.isUpperCase(key.charAt(key.startsWith("\\") ? 1 : 0));
            if (s != null && capital == s.matrix() && (!plain || s.matrix())) {
                out.putIfAbsent(key, s);
            }
        }
        // a name written out twice, in two ways, has no one size or value
        out.keySet().removeIf(k -> definitions.get(k) > 1);
        return out;
    }

    /** Where a later side of the statement from {@code start} on is a matrix written out ({@code … = \begin{bmatrix}}), or -1. */
    private static int laterMatrix(int start, int end, String document) {
        List<Token> tokens = LatexTokens.lex(document, start, end);
        int depth = 0;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            int type = tokens.get(k).getType();
            if (type == LatexLexer.LBRACE || type == LatexLexer.LPAREN || type == LatexLexer.LBRACK || type == LatexLexer.BEGIN) {
                depth++;
            } else if (type == LatexLexer.RBRACE || type == LatexLexer.RPAREN || type == LatexLexer.RBRACK || type == LatexLexer.END) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && type == LatexLexer.EQ && WrittenMatrices.begins(tokens.get(k + 1))) {
                return tokens.get(k + 1).getStartIndex();
            }
        }
        return -1;
    }

    /** The written-out matrix at {@code start} as the definition of {@code key}, or null where it is unreadable or not the whole side. */
    private static Sized read(String key, int start, int end, String document) {
        List<Token> tokens = LatexTokens.lex(document, start, end);
        if (tokens.isEmpty() || !WrittenMatrices.begins(tokens.get(0))) {
            return null;
        }
        int depth = 0;
        int close = -1;
        for (int k = 0; k < tokens.size(); k++) {
            int type = tokens.get(k).getType();
            depth += type == LatexLexer.BEGIN ? 1 : type == LatexLexer.END ? -1 : 0;
            if (depth == 0) {
                close = k;
                break;
            }
        }
        if (close < 0) {
            return null;
        }
        // the matrix is the whole side: what follows is another relation, punctuation, or nothing
        if (close + 1 < tokens.size()) {
            Token next = tokens.get(close + 1);
            String rest = document.substring(next.getStartIndex(), Math.min(document.length(), next.getStartIndex() + 1));
            if (next.getType() != LatexLexer.EQ && !rest.matches("[,.;$]")) {
                return null;
            }
        }
        WrittenMatrices.Cells cells = WrittenMatrices.cells(tokens.subList(1, close));
        if (cells.problem() != null || PatternMatrices.anyDots(cells.rows())) {
            // a pattern with dots has no written size
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        int own = 0;
        int count = 0;
        for (List<List<Token>> tokenRow : cells.rows()) {
            List<String> row = new ArrayList<>();
            for (List<Token> cell : tokenRow) {
                if (VectorNotation.explicit(cell)) {
                    // a block matrix
                    return null;
                }
                own += component(key, cell) ? 1 : 0;
                count++;
                row.add("{" + document.substring(cell.get(0).getStartIndex(), cell.get(cell.size() - 1).getStopIndex() + 1) + "}");
            }
            rows.add(row);
        }
        boolean mentions = cells.rows().stream().flatMap(List::stream).anyMatch(c -> c.stream().anyMatch(t -> t.getText().equals(key)));
        if (own > 0 && own < count || own == 0 && mentions) {
            // some cells are the name's components and some are not, or a cell writes the name itself: no one reading
            return null;
        }
        return new Sized(key, rows, own == count);
    }

    /** Whether the cell is only the name's component at a number: {@code x_1}, {@code x_{12}}. */
    private static boolean component(String key, List<Token> cell) {
        StringBuilder b = new StringBuilder();
        cell.forEach(t -> b.append(t.getText()));
        return b.toString().replaceAll("\\s", "").matches(Pattern.quote(key) + "_(?:[0-9]|\\{[0-9]+\\})");
    }
}
