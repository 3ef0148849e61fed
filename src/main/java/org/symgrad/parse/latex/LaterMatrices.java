package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The definitions of plain capitals a document writes anywhere, in a display or in inline math ({@code where
 * $S = \mathrm{diag}(\sigma(X\mathbf{w}))$}), for {@link VectorEntries}: the capital and its defining side, up to the next
 * relation. A capital whose side reads entry by entry as a matrix is tried as that matrix also in the statements before its
 * definition ({@code X^\top S X} above it), as one read as a matrix earlier is ({@link MatrixCapitals}): kept only where
 * every side then reads at one shape.
 */
final class LaterMatrices {
    /** A capital and the tokens of the side that defines it. */
    record Defined(String capital, List<Token> side) {
    }

    private static final Pattern HEAD = Pattern.compile("^\\s*([A-Z])\\s*(?:=|:=|\\\\coloneqq|\\\\triangleq)\\s*");
    /** Math in a document, display ({@code $$ $$}, {@code \[ \]}) or inline ({@code $ $}, {@code \( \)}): the group that matched holds its text. */
    static final Pattern MATH = Pattern.compile("\\$\\$(.*?)\\$\\$|\\$(.*?)\\$|\\\\\\[(.*?)\\\\\\]|\\\\\\((.*?)\\\\\\)", Pattern.DOTALL);

    private LaterMatrices() {
    }

    /** The tokens of each formula of the document's math ({@code $…$}, {@code $$…$$}, {@code \[…\]}, {@code \(…\)}), in order. */
    static List<List<Token>> formulas(String document) {
        List<List<Token>> out = new ArrayList<>();
        Matcher m = MATH.matcher(document);
        while (m.find()) {
            int group = 1;
            while (m.group(group) == null) {
                group++;
            }
            out.add(LatexTokens.lex(document, m.start(group), m.end(group)));
        }
        return out;
    }

    /** Every {@code C = side} the document's math begins with. */
    static List<Defined> in(String document) {
        List<Defined> out = new ArrayList<>();
        Matcher m = MATH.matcher(document);
        while (m.find()) {
            int group = 1;
            while (m.group(group) == null) {
                group++;
            }
            Matcher h = HEAD.matcher(m.group(group));
            if (!h.find()) {
                continue;
            }
            List<Token> tokens = LatexTokens.lex(document, m.start(group) + h.end(), m.end(group));
            List<Token> side = untilRelation(tokens);
            if (!side.isEmpty()) {
                out.add(new Defined(h.group(1), side));
            }
        }
        return out;
    }

    /**
     * The capitals the document defines once, and as a diagonal matrix, its side one call of diag
     * ({@code W = \mathrm{diag}(p_i(1 - p_i))}, {@code D = \operatorname{diag}(\mathbf{d})}), with that side.
     */
    static java.util.Map<String, List<Token>> diagonals(String document) {
        java.util.Map<String, List<Token>> out = new java.util.LinkedHashMap<>();
        java.util.Set<String> twice = new java.util.HashSet<>();
        for (Defined d : in(document)) {
            if (out.containsKey(d.capital()) || twice.contains(d.capital())) {
                out.remove(d.capital());
                twice.add(d.capital());
                continue;
            }
            List<Token> side = d.side();
            boolean diag = side.size() > 2 && VectorCalls.plainName(side.get(0).getText()).equals("diag")
                    && side.get(1).getType() == LatexLexer.LPAREN && MatrixProducts.close(side, 1) == side.size();
            if (diag) {
                out.put(d.capital(), side);
            } else {
                twice.add(d.capital());
            }
        }
        return out;
    }

    /** The tokens before the first relation outside brackets, without the punctuation that ends a sentence. */
    static List<Token> untilRelation(List<Token> tokens) {
        int depth = 0;
        int end = tokens.size();
        for (int k = 0; k < tokens.size(); k++) {
            int type = tokens.get(k).getType();
            if (type == LatexLexer.LBRACE || type == LatexLexer.LPAREN || type == LatexLexer.LBRACK || type == LatexLexer.BEGIN) {
                depth++;
            } else if (type == LatexLexer.RBRACE || type == LatexLexer.RPAREN || type == LatexLexer.RBRACK || type == LatexLexer.END) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (type == LatexLexer.EQ || type == LatexLexer.DEF_EQ || type == LatexLexer.APPROX
                    || type == LatexLexer.COMMA || type == LatexLexer.DOT || type == LatexLexer.SEMI || type == LatexLexer.QUAD)) {
                end = k;
                break;
            }
        }
        return tokens.subList(0, end);
    }
}
