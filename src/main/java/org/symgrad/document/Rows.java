package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The rows of a display-math block (LATEX-INPUT S2, S3): split at each top-level {@code \\}, with
 * the alignment environments ({@code aligned}, {@code split} …) and every top-level {@code &}
 * removed; rows inside a matrix or {@code cases} stay one expression; empty rows are dropped; a row that continues the
 * expression above it is joined to it ({@link RowContinuations}); {@code \intertext{…}} is prose between two rows.
 */
final class Rows {
    /** Environments that only align rows: their markers are dropped, their rows split. */
    private static final Set<String> ALIGNMENT = Set.of("aligned", "align", "split", "gathered", "gather",
            "equation", "multline", "eqnarray", "alignat", "alignedat", "flalign", "displaymath", "math");

    /** amsmath's commands for a line of text between the rows of an alignment. */
    private static final Set<String> INTERTEXT = Set.of("\\intertext", "\\shortintertext");

    /** One row: its tokens, and the document offset just after its last token. */
    record Row(List<Token> tokens, int end) {
    }

    private Rows() {
    }

    static List<Row> split(List<Token> tokens) {
        List<RowContinuations.Split> rows = new ArrayList<>();
        List<Token> row = new ArrayList<>();
        boolean aligned = false;
        int braces = 0;
        int environments = 0;
        Set<Integer> alignedArrays = alignedArrays(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (alignedArrays.contains(i)) {
                if (type == LatexLexer.BEGIN) {
                    i = skipGroup(tokens, i + 1) - 1; // the column specification
                }
                continue;
            }
            if ((type == LatexLexer.BEGIN || type == LatexLexer.END) && ALIGNMENT.contains(environment(t))) {
                if (type == LatexLexer.BEGIN && environment(t).startsWith("align") && environment(t).endsWith("at")) {
                    i = skipGroup(tokens, i + 1) - 1; // the column count of alignat
                }
                continue;
            }
            if (type == LatexLexer.BEGIN) {
                environments++;
            } else if (type == LatexLexer.END) {
                environments--;
            } else if (type == LatexLexer.LBRACE) {
                braces++;
            } else if (type == LatexLexer.RBRACE) {
                braces--;
            }
            boolean top = braces == 0 && environments == 0;
            if (top && type == LatexLexer.CMD && INTERTEXT.contains(t.getText())) {
                // amsmath's text between the rows of an alignment: prose, which ends the row above
                add(rows, row, aligned);
                row = new ArrayList<>();
                aligned = false;
                i = skipGroup(tokens, i + 1) - 1;
                continue;
            }
            if (top && type == LatexLexer.LINEBREAK) {
                add(rows, row, aligned);
                row = new ArrayList<>();
                aligned = false;
            } else if (!(top && type == LatexLexer.AMP)) {
                row.add(t);
            } else if (row.isEmpty()) {
                aligned = true;
            }
        }
        add(rows, row, aligned);
        return RowContinuations.join(rows);
    }

    /**
     * The {@code \\begin{array}} and {@code \\end{array}} tokens of arrays used to align a chain of
     * equations ({@code \\begin{array}{ll} a &= b \\\\ &= c \\end{array}}): an array at the top of
     * the block with an {@code =} among its own cells is an alignment, not a matrix.
     */
    private static Set<Integer> alignedArrays(List<Token> tokens) {
        Set<Integer> out = new java.util.HashSet<>();
        int environments = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if ((t.getType() != LatexLexer.BEGIN && t.getType() != LatexLexer.END) || ALIGNMENT.contains(environment(t))) {
                continue;
            }
            if (t.getType() == LatexLexer.END) {
                environments--;
                continue;
            }
            if (environments++ > 0 || !environment(t).equals("array")) {
                continue;
            }
            int depth = 0;
            boolean equation = false;
            for (int k = i + 1; k < tokens.size(); k++) {
                int type = tokens.get(k).getType();
                if (type == LatexLexer.BEGIN) {
                    depth++;
                } else if (type == LatexLexer.END && depth-- == 0) {
                    if (equation) {
                        out.add(i);
                        out.add(k);
                    }
                    break;
                } else if (depth == 0 && type == LatexLexer.EQ) {
                    equation = true;
                }
            }
        }
        return out;
    }

    private static void add(List<RowContinuations.Split> rows, List<Token> row, boolean aligned) {
        if (!row.isEmpty()) {
            rows.add(new RowContinuations.Split(List.copyOf(row), aligned, row.get(row.size() - 1).getStopIndex() + 1));
        }
    }

    /** The name of the environment a {@code \begin{…}} or {@code \end{…}} token names, star dropped. */
    static String environment(Token t) {
        String s = t.getText();
        return s.substring(s.indexOf('{') + 1, s.length() - 1).replace("*", "");
    }

    private static int skipGroup(List<Token> tokens, int i) {
        if (i >= tokens.size() || tokens.get(i).getType() != LatexLexer.LBRACE) {
            return i;
        }
        int depth = 0;
        for (int k = i; k < tokens.size(); k++) {
            if (tokens.get(k).getType() == LatexLexer.LBRACE) {
                depth++;
            } else if (tokens.get(k).getType() == LatexLexer.RBRACE && --depth == 0) {
                return k + 1;
            }
        }
        return tokens.size();
    }
}
