package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A plain capital with a label of letters below it, {@code W_{hh}}, {@code W_{xh}}, {@code W_h}, {@code \Sigma_{xy}}: where it stands as a
 * matrix (transposed, or beside a vector), the matrix named by its label, W^{(hh)}, as the bold {@code \mathbf{W}_{hh}} is,
 * its entries W^{(hh)}_{ij}; a subscript that is an index of the statement (summed, or below another name, or one of
 * i, j, k, l, m, n) is a component, {@code W_{ij}}, never a label.
 */
final class LabelledCapitals {
    private static final String INDEX_LETTERS = "ijklmn";

    private LabelledCapitals() {
    }

    /** The key of the labelled capital written at {@code k} ({@code W^{(hh)}}), and the token past it; empty where there is none. */
    record Labelled(String key, int end, boolean word) {
    }

    /** A capital at {@code k} with a subscript of letters and digits only, {@code W_h}, {@code W_{xh}}, {@code W_1}. */
    static Optional<Labelled> at(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size() || !capital(tokens.get(k)) || tokens.get(k + 1).getType() != LatexLexer.UNDERSCORE
                || k > 0 && (tokens.get(k - 1).getType() == LatexLexer.FONT || tokens.get(k - 1).getType() == LatexLexer.DECOR
                || tokens.get(k - 1).getType() == LatexLexer.UNDERSCORE || tokens.get(k - 1).getType() == LatexLexer.CARET
                || tokens.get(k - 1).getType() == LatexLexer.LBRACE && k > 1 && (tokens.get(k - 2).getType() == LatexLexer.FONT
                || tokens.get(k - 2).getType() == LatexLexer.DECOR))) {
            return Optional.empty();
        }
        // W_{\mathrm{out}}: a label in upright letters, whatever its letters
        Optional<TextLabels.Labelled> word = TextLabels.after(tokens, k + 1);
        if (word.isPresent()) {
            return Optional.of(new Labelled(key(tokens.get(k).getText(), word.get().word()), word.get().end(), true));
        }
        StringBuilder label = new StringBuilder();
        int end;
        if (tokens.get(k + 2).getType() == LatexLexer.LBRACE) {
            int j = k + 3;
            for (; j < tokens.size() && (tokens.get(j).getType() == LatexLexer.LETTER || tokens.get(j).getType() == LatexLexer.DIGIT); j++) {
                label.append(tokens.get(j).getText());
            }
            if (j >= tokens.size() || tokens.get(j).getType() != LatexLexer.RBRACE) {
                return Optional.empty();
            }
            end = j + 1;
        } else if (tokens.get(k + 2).getType() == LatexLexer.LETTER || tokens.get(k + 2).getType() == LatexLexer.DIGIT) {
            label.append(tokens.get(k + 2).getText());
            end = k + 3;
        } else {
            return Optional.empty();
        }
        String l = label.toString();
        if (l.isEmpty() || l.length() > 3 || !(l.matches("[0-9]+") || l.matches("[a-zA-Z]+"))) {
            return Optional.empty();
        }
        return Optional.of(new Labelled(key(tokens.get(k).getText(), l), end, false));
    }

    /**
     * A Latin capital, or a Greek one that names a matrix by convention ({@code \Sigma_{xy}}, a cross-covariance): what a label
     * below names a matrix of.
     */
    private static boolean capital(Token t) {
        return t.getType() == LatexLexer.LETTER && Character.isUpperCase(t.getText().charAt(0))
                || t.getType() == LatexLexer.GREEK && InvertedMatrices.GREEK_MATRIX_NAMES.contains(t.getText());
    }

    static String key(String capital, String label) {
        return capital + "^{(" + label + ")}";
    }

    /**
     * The key as the entry-by-entry reading writes it, {@code W^{[h]}} for {@code W^{(h)}}: a label in square brackets is always
     * a layer's for the reader, where {@code (h)} would be the sample index h wherever the statement writes h as an index, as
     * it does below the capital ({@code W_h}), making the matrix's entries a third index of W.
     */
    static String written(String key) {
        return key.substring(0, key.indexOf("^{(")) + "^{[" + label(key) + "]}";
    }

    /** The label of a key, {@code hh} of {@code W^{(hh)}}. */
    static String label(String key) {
        return key.substring(key.indexOf("^{(") + 3, key.length() - 2);
    }

    /** A capital with a number below it written transposed, {@code W_2^\\top}, {@code W_{1}^T}: group 1 the capital. */
    private static final java.util.regex.Pattern NUMBERED_TRANSPOSED = java.util.regex.Pattern.compile(
            "(?<![\\\\a-zA-Z{])([A-Z])\\s*_\\s*(?:\\{\\s*[0-9]+\\s*}|[0-9])\\s*\\^\\s*(?:\\{\\s*)?(?:\\\\top|\\\\intercal|T)(?![a-zA-Z])");

    /**
     * The capitals a document writes numbered and transposed somewhere ({@code W_2^\\top}): a constant is never transposed, so
     * every numbered member of such a letter ({@code W_1}, {@code W_2}) is a matrix, the layer's weights, throughout the document.
     */
    static Set<String> numberedMatrices(String document) {
        Set<String> out = new TreeSet<>();
        java.util.regex.Matcher m = NUMBERED_TRANSPOSED.matcher(document);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Whether the key is a numbered member of one of {@code letters}: {@code W^{(2)}} of W. */
    static boolean numberedOf(String key, Set<String> letters) {
        return label(key).matches("[0-9]+") && letters.contains(key.substring(0, key.indexOf("^{(")));
    }

    /** Whether the label names no index of the statement: letters none of which is summed or below another name, nor i–n. */
    static boolean isLabel(String label, List<List<Token>> sides) {
        if (!label.matches("[a-zA-Z]+")) {
            return false; // C_1 \mathbf{x}: a numbered constant as often as a matrix (a bold \mathbf{W}_1 is read as one)
        }
        Set<String> indices = indices(sides);
        return label.chars().mapToObj(c -> String.valueOf((char) c)).noneMatch(c -> INDEX_LETTERS.contains(c) || indices.contains(c));
    }

    /** The letters a statement sums over or writes below a name other than a capital's (x_t, h_{t-1}: t). */
    private static Set<String> indices(List<List<Token>> sides) {
        Set<String> out = new TreeSet<>();
        for (List<Token> side : sides) {
            for (int k = 1; side != null && k + 1 < side.size(); k++) {
                if (side.get(k).getType() != LatexLexer.UNDERSCORE) {
                    continue;
                }
                Token before = side.get(k - 1);
                boolean capital = capital(before) && !(k > 1 && side.get(k - 2).getType() == LatexLexer.LBRACE);
                if (capital || before.getType() == LatexLexer.NABLA) {
                    continue; // \nabla_{\mathbf{x}} names the variable, not an index
                }
                int from = k + 1;
                int to = side.get(from).getType() == LatexLexer.LBRACE ? LatexTokens.argumentEnd(side, from) : from + 1;
                for (int j = from; j < Math.min(Math.max(to, from + 1), side.size()); j++) {
                    boolean styled = j > 1 && side.get(j - 1).getType() == LatexLexer.LBRACE
                            && (side.get(j - 2).getType() == LatexLexer.FONT || side.get(j - 2).getType() == LatexLexer.DECOR);
                    if (side.get(j).getType() == LatexLexer.LETTER && !styled) {
                        out.add(side.get(j).getText());
                    }
                }
            }
        }
        return out;
    }
}
