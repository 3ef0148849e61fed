package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Lower-case subscript letters that a document uses as parts of names, not as indices
 * (LATEX-INPUT M6): the recurrent-network convention {@code W_{xh}}, {@code W_{hh}}, {@code b_h},
 * {@code w_{xr}}, {@code b_z} beside the sequences {@code x_t}, {@code h_t} (or {@code H_t}),
 * {@code R_t}, {@code Z_t}, where a subscript letter names the variable a weight connects to.
 * Read as indices, {@code b_h} and {@code b_r} would be two components of one vector b that may
 * coincide, and a right local derivative would be called false.
 *
 * <p>A letter is a candidate when the document writes it, in either case, as an indexed name of its
 * own ({@code h_t}, {@code H_{t-1}}, {@code \tilde{H}_t}), writes it in the subscript of another
 * name, and never uses it as an index: no sum or product binds it, and no name it subscripts stands
 * right before {@code =}, as the left side of a definition ({@code R_t = …} makes t an index). The
 * candidates are name parts when a subscript of letters only ({@code W_{xh}}, {@code w_{hr}}) is made
 * of candidates alone: a weight named by the two variables it connects shows the convention; then
 * the same letter is a name part everywhere ({@code b_h}). The LSTM convention (Olah) names one
 * weight per gate with the gate's letter alone, {@code W_f}, {@code W_i}, {@code W_o}, {@code b_f}
 * beside the gates {@code f_t}, {@code i_t}, {@code o_t}: a name written with two or more different
 * candidates as its whole subscript shows it too. A lone {@code o_y} beside {@code y_i} keeps y an
 * index (a class label).
 */
public final class NameSubscripts {
    private NameSubscripts() {
    }

    /** The lower-case letters these tokens (a whole document's math) use as name parts in subscripts. */
    public static Set<String> in(List<Token> tokens) {
        Set<String> indexedBases = new LinkedHashSet<>();
        Set<String> onOtherNames = new LinkedHashSet<>();
        Set<String> indices = new LinkedHashSet<>();
        List<List<String>> pairs = new java.util.ArrayList<>();
        java.util.Map<String, Set<String>> gates = new java.util.LinkedHashMap<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).getType() != LatexLexer.UNDERSCORE) {
                continue;
            }
            int end = argumentEnd(tokens, i + 1);
            if (end < 0) {
                continue;
            }
            List<String> letters = tokens.subList(i + 1, end).stream()
                    .filter(t -> t.getType() == LatexLexer.LETTER && Character.isLowerCase(t.getText().charAt(0)))
                    .map(Token::getText).toList();
            int before = tokens.get(i - 1).getType();
            if (before == LatexLexer.SUM || before == LatexLexer.PROD) {
                indices.addAll(boundLetters(tokens.subList(i + 1, end)));
                continue;
            }
            String base = baseLetter(tokens, i - 1);
            if (base == null) {
                continue;
            }
            indexedBases.add(base.toLowerCase(Locale.ROOT));
            int next = end < tokens.size() && tokens.get(end).getType() == LatexLexer.AMP ? end + 1 : end;
            if (next < tokens.size() && tokens.get(next).getType() == LatexLexer.EQ) {
                indices.addAll(letters);
            }
            for (String l : letters) {
                if (!l.equalsIgnoreCase(base)) {
                    onOtherNames.add(l);
                }
            }
            if (letters.size() >= 2 && end - i - 1 == letters.size() + 2) {
                pairs.add(letters);
            }
            if (letters.size() == 1 && (end - i - 1 == 1 || end - i - 1 == 3) && !letters.get(0).equalsIgnoreCase(base)) {
                gates.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(letters.get(0));
            }
        }
        Set<String> candidates = new LinkedHashSet<>(onOtherNames);
        candidates.retainAll(indexedBases);
        candidates.removeAll(indices);
        // a weight that connects two variables (W_{xh}) shows the convention; a lone o_y is a class label y
        Set<String> out = new LinkedHashSet<>();
        for (List<String> pair : pairs) {
            if (candidates.containsAll(pair)) {
                out.addAll(pair);
            }
        }
        // one weight per gate (W_f, W_i, W_o beside f_t, i_t, o_t): a name written with two or more
        // candidates alone as its subscript
        for (Set<String> letters : gates.values()) {
            Set<String> named = new LinkedHashSet<>(letters);
            named.retainAll(candidates);
            if (named.size() >= 2) {
                out.addAll(named);
            }
        }
        return out;
    }

    /** The letters a sum's subscript binds: those before its {@code =}, or all of them. */
    private static List<String> boundLetters(List<Token> script) {
        List<String> out = new java.util.ArrayList<>();
        for (Token t : script) {
            if (t.getType() == LatexLexer.EQ) {
                break;
            }
            if (t.getType() == LatexLexer.LETTER) {
                out.add(t.getText());
            }
        }
        return out;
    }

    /** The letter of the name that ends at {@code at}: {@code H}, or H of {@code \tilde{H}}; null otherwise. */
    private static String baseLetter(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        if (t.getType() == LatexLexer.LETTER) {
            return t.getText();
        }
        if (t.getType() == LatexLexer.RBRACE && at >= 3 && tokens.get(at - 1).getType() == LatexLexer.LETTER
                && tokens.get(at - 2).getType() == LatexLexer.LBRACE
                && (tokens.get(at - 3).getType() == LatexLexer.DECOR || tokens.get(at - 3).getType() == LatexLexer.FONT)) {
            return tokens.get(at - 1).getText();
        }
        return null;
    }

    /** One past the script argument starting at {@code at}: a token, or a brace group; -1 if unclosed. */
    private static int argumentEnd(List<Token> tokens, int at) {
        if (tokens.get(at).getType() != LatexLexer.LBRACE) {
            return at + 1;
        }
        int close = LatexTokens.matchingBrace(tokens, at);
        return close < 0 ? -1 : close + 1;
    }
}
