package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * An entry of a matrix or vector written as a subscript on its bracketed name, as lecture notes write the entries of a
 * labelled layer's weights: {@code (W_2)_{cj}}, {@code [W^{(2)}]_{cj}}, {@code \left(\mathbf{W}_1\right)_{jk}},
 * {@code (b_1)_j}, {@code [\mathbf{x}]_i}. A label below the name or above it in parentheses is the layer's, so the entry
 * is the one the layer's matrix has wherever it is read entry by entry ({@code W^{(2)}_{cj}}, {@link LabelledCapitals}); a
 * bold name's entries are its plain letter's ({@code x_i}). Only a bracket that holds one name and nothing else is taken,
 * and only before a subscript of letters and digits: {@code [z]_+} stays a positive part, {@code (a + b)_i} an error.
 */
final class BracketedEntries {
    /** A name in a bracket: the index of its letter, its label's tokens (none for an unlabelled name), and the index past it. */
    private record Name(int base, List<Token> label, int end) {
    }

    private BracketedEntries() {
    }

    /** {@code tokens} with each such bracketed name and its subscript written as the entry. */
    static List<Token> rewritten(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            Name name = (type == LatexLexer.LPAREN || type == LatexLexer.LBRACK) && !afterAName(tokens, i) ? name(tokens, i + 1) : null;
            int close = type == LatexLexer.LPAREN ? LatexLexer.RPAREN : LatexLexer.RBRACK;
            int script = name == null || name.end() >= tokens.size() || tokens.get(name.end()).getType() != close
                    ? -1 : subscriptEnd(tokens, name.end() + 1);
            if (script < 0) {
                out.add(tokens.get(i));
                continue;
            }
            out.add(tokens.get(name.base()));
            if (!name.label().isEmpty()) {
                // W^{(2)} in the place of W_2: the marks before the label where it starts, those after it where it ends
                out.addAll(LabelledVectors.labelAbove(name.label(), name.label().get(0), name.label().get(name.label().size() - 1)));
            }
            out.addAll(tokens.subList(name.end() + 1, script));
            changed = true;
            i = script - 1;
        }
        return changed ? out : tokens;
    }

    /**
     * Whether the bracket at {@code k} follows a name it may be the argument of ({@code \sigma(a)_i}, {@code f(x)_j},
     * {@code \operatorname{softmax}(z)_k}: the entry of a function's value), not an index, an operator or another bracket.
     */
    private static boolean afterAName(List<Token> tokens, int k) {
        if (k == 0) {
            return false;
        }
        Token before = tokens.get(k - 1);
        int type = before.getType();
        boolean script = k >= 2 && (tokens.get(k - 2).getType() == LatexLexer.UNDERSCORE || tokens.get(k - 2).getType() == LatexLexer.CARET);
        return switch (type) {
            case LatexLexer.FUNC, LatexLexer.GREEK, LatexLexer.WORD, LatexLexer.TEXT, LatexLexer.PRIME -> true;
            case LatexLexer.LETTER -> !script;
            case LatexLexer.RBRACE -> !closesScript(tokens, k - 1);
            default -> false;
        };
    }

    /** Whether the brace at {@code close} closes a sub- or superscript's group ({@code x_{k}}), not a font's or a command's. */
    private static boolean closesScript(List<Token> tokens, int close) {
        for (int j = close, level = 0; j >= 0; j--) {
            int type = tokens.get(j).getType();
            level += type == LatexLexer.RBRACE ? 1 : type == LatexLexer.LBRACE ? -1 : 0;
            if (level == 0) {
                return j > 0 && (tokens.get(j - 1).getType() == LatexLexer.UNDERSCORE || tokens.get(j - 1).getType() == LatexLexer.CARET);
            }
        }
        return false;
    }

    /**
     * The name starting at {@code k}: a letter or Greek letter, plain or in a bold font ({@code \mathbf{W}}, {@code \bm W}),
     * with at most a label, below it ({@code _2}, {@code _{hh}}) or above it in parentheses ({@code ^{(2)}}); null where
     * something else starts there.
     */
    private static Name name(List<Token> tokens, int k) {
        int base = k;
        boolean braced = false;
        if (k < tokens.size() && tokens.get(k).getType() == LatexLexer.FONT) {
            if (!VectorEntries.BOLD.contains(tokens.get(k).getText())) {
                return null;
            }
            braced = k + 1 < tokens.size() && tokens.get(k + 1).getType() == LatexLexer.LBRACE;
            base = k + (braced ? 2 : 1);
        }
        if (base >= tokens.size() || tokens.get(base).getType() != LatexLexer.LETTER && tokens.get(base).getType() != LatexLexer.GREEK) {
            return null;
        }
        int end = base + 1;
        if (braced) {
            if (end >= tokens.size() || tokens.get(end).getType() != LatexLexer.RBRACE) {
                return null;
            }
            end++;
        }
        if (end < tokens.size() && tokens.get(end).getType() == LatexLexer.UNDERSCORE) {
            int after = subscriptEnd(tokens, end);
            if (after < 0) {
                return null;
            }
            return new Name(base, scriptBody(tokens, end + 1, after), after);
        }
        if (end + 5 < tokens.size() && tokens.get(end).getType() == LatexLexer.CARET && tokens.get(end + 1).getType() == LatexLexer.LBRACE
                && tokens.get(end + 2).getType() == LatexLexer.LPAREN) {
            int j = end + 3;
            while (j < tokens.size() && plainScript(tokens.get(j))) {
                j++;
            }
            if (j == end + 3 || j + 1 >= tokens.size() || tokens.get(j).getType() != LatexLexer.RPAREN
                    || tokens.get(j + 1).getType() != LatexLexer.RBRACE) {
                return null;
            }
            return new Name(base, List.copyOf(tokens.subList(end + 3, j)), j + 2);
        }
        return new Name(base, List.of(), end);
    }

    /**
     * The index past a subscript of letters and digits at {@code k} ({@code _j}, {@code _2}, {@code _{cj}}, {@code _{i,j}}),
     * or -1 where {@code k} holds no such subscript.
     */
    private static int subscriptEnd(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || tokens.get(k).getType() != LatexLexer.UNDERSCORE) {
            return -1;
        }
        if (plainScript(tokens.get(k + 1))) {
            return k + 2;
        }
        if (tokens.get(k + 1).getType() != LatexLexer.LBRACE) {
            return -1;
        }
        int j = k + 2;
        while (j < tokens.size() && (plainScript(tokens.get(j)) || tokens.get(j).getType() == LatexLexer.COMMA)) {
            j++;
        }
        return j > k + 2 && j < tokens.size() && tokens.get(j).getType() == LatexLexer.RBRACE ? j + 1 : -1;
    }

    /** The tokens of a subscript's body, without its braces. */
    private static List<Token> scriptBody(List<Token> tokens, int from, int end) {
        return tokens.get(from).getType() == LatexLexer.LBRACE ? List.copyOf(tokens.subList(from + 1, end - 1)) : List.of(tokens.get(from));
    }

    private static boolean plainScript(Token t) {
        return t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.DIGIT;
    }
}
