package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Lower-case names numbered below that a document makes its layers' vectors, as lecture notes write a network's biases
 * and activations in plain letters: {@code b_1} declared {@code b_1 \in \mathbb{R}^H} (alone or listed), or written with an
 * entry of its own as a subscript on its bracket ({@code (b_1)_j}). Such a name written whole is the layer's vector
 * {@code b^{(1)}} (its entries {@code b^{(1)}_j}), as the bold {@code \mathbf{b}_1} is, never the component b_1 of a vector
 * b; so is one added to a numbered matrix's product ({@code \sigma(W_1 x + b_1)}); elsewhere {@code x_1} stays a component. One subscript that writes the number and an entry index after it,
 * {@code b_{1k}} (or {@code b_{1,k}}), is that vector's entry {@code b^{(1)}_k} ({@link NumberedEntries}).
 */
final class LabelledVectors {
    private static final RecentTexts<Set<String>> READ = new RecentTexts<>(LabelledVectors::search);
    /** {@code (b_1)_j}, {@code [h_{2}]_{k}}: group 1 the letter, group 2 or 3 its number. */
    private static final Pattern BRACKETED = Pattern.compile("(?:\\\\left\\s*)?[(\\[]\\s*([a-z])\\s*_\\s*(?:\\{\\s*([0-9]+)\\s*\\}|([0-9]))"
            + "\\s*(?:\\\\right\\s*)?[)\\]]\\s*_");

    /** A numbered capital, a vector (plain, numbered or bold), plus a numbered lower-case name ending the sum: {@code W_1 x + b_1)}. */
    private static final Pattern ADDED_TO_PRODUCT = Pattern.compile("(?<![\\\\a-zA-Z{])([A-Z])\\s*_\\s*(?:\\{\\s*([0-9]+)\\s*\\}|([0-9]))\\s*"
            + "(?:\\\\(?:mathbf|boldsymbol|bm)\\s*\\{?\\s*[a-z]\\s*\\}?|[a-z](?:\\s*_\\s*(?:\\{\\s*[0-9]+\\s*\\}|[0-9]))?)\\s*\\+\\s*"
            + "([a-z])\\s*_\\s*(?:\\{\\s*([0-9]+)\\s*\\}|([0-9]))(?=\\s*(?:\\)|\\]|\\\\right|\\$|,|\\\\q?quad|$))");

    private LabelledVectors() {
    }

    /** The keys ({@code b^{(1)}}) of the lower-case names numbered below that {@code document} makes vectors. */
    static Set<String> in(String document) {
        return READ.in(document);
    }

    private static Set<String> search(String document) {
        Set<String> out = new LinkedHashSet<>(Dimensions.plainLabelledVectors(document));
        Matcher m = BRACKETED.matcher(document);
        while (m.find()) {
            out.add(m.group(1) + "^{(" + (m.group(2) != null ? m.group(2) : m.group(3)) + ")}");
        }
        out.addAll(addedToLayerProducts(document));
        out.addAll(NumberedTransposes.in(document));
        return out;
    }

    /**
     * The numbered names added to a numbered matrix's product with a vector, {@code b_1} of {@code \sigma(W_1 x + b_1)}, where the
     * document makes the capital a matrix (written transposed, {@code W_1^\top}, or declared one): a vector of the product's
     * length, the layer's bias, as a plain letter added to a vector is ({@link VectorNameScan}); the product opens a side or a
     * bracket, so no row stands before it ({@code w_2^\top W_1 x + b} is a number).
     */
    private static Set<String> addedToLayerProducts(String document) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> transposed = LabelledCapitals.numberedMatrices(document);
        java.util.Map<String, Dimensions.Declared> declared = Dimensions.in(document);
        Matcher m = ADDED_TO_PRODUCT.matcher(document);
        while (m.find()) {
            String before = document.substring(Math.max(0, m.start() - 12), m.start()).stripTrailing();
            String capital = m.group(1);
            String matrix = LabelledCapitals.key(capital, m.group(2) != null ? m.group(2) : m.group(3));
            boolean isMatrix = transposed.contains(capital) || declared.get(matrix) instanceof Dimensions.Declared d && d.matrix();
            if (isMatrix && (before.isEmpty() || before.matches("(?s).*(?:[=($\\[]|\\\\left\\s*[(\\[])"))) {
                out.add(m.group(4) + "^{(" + (m.group(5) != null ? m.group(5) : m.group(6)) + ")}");
            }
        }
        return out;
    }

    /** {@code tokens} with each of the {@code vectors} written whole and numbered below ({@code b_1}) written labelled, {@code b^{(1)}}. */
    static List<Token> rewritten(List<Token> tokens, Set<String> vectors) {
        if (vectors.isEmpty()) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Optional<NumberedEntries> entry = NumberedEntries.at(tokens, i, false, 1);
            if (entry.isPresent() && vectors.contains(entry.get().key(tokens, i)) && !styledOrScripted(tokens, i)) {
                // b_{1k}: the label and the entry in one subscript, b^{(1)}_{k}, as (b_1)_k is
                entry.get().rewrite(tokens, i, out);
                changed = true;
                i = entry.get().close();
                continue;
            }
            int end = numberEnd(tokens, i);
            if (end < 0 || !vectors.contains(t.getText() + "^{(" + number(tokens, i + 2, end) + ")}") || styledOrScripted(tokens, i)
                    || end < tokens.size() && tokens.get(end).getType() == LatexLexer.UNDERSCORE) {
                out.add(t);
                continue;
            }
            // b^{(1)} in the place of b_1: the marks before the number where the underscore was, those after it at its end
            out.add(t);
            List<Token> label = labelAbove(tokens.subList(i + 2, end).stream().filter(d -> d.getType() == LatexLexer.DIGIT).toList(),
                    tokens.get(i + 1), tokens.get(end - 1));
            int transposed = VectorNameScan.transposeEnd(tokens, end);
            if (transposed > 0) {
                // w_2^\top: the label and the transpose in one superscript, w^{(2)T}, as y^{(1)T} is written (no second superscript)
                label = new ArrayList<>(label);
                label.add(label.size() - 1, LatexTokens.written(tokens.get(transposed - 1), LatexLexer.LETTER, "T"));
                end = transposed;
            }
            out.addAll(label);
            changed = true;
            i = end - 1;
        }
        return changed ? out : tokens;
    }

    /**
     * The tokens of a layer label written above a name, {@code ^{(label)}}, for a label the document wrote otherwise: the
     * marks before the label at the place of {@code opening}, those after it at the place of {@code closing}, so that a
     * message or a span points at the user's own text.
     */
    static List<Token> labelAbove(List<Token> label, Token opening, Token closing) {
        List<Token> out = new ArrayList<>(label.size() + 5);
        out.add(LatexTokens.written(opening, LatexLexer.CARET, "^"));
        out.add(LatexTokens.written(opening, LatexLexer.LBRACE, "{"));
        out.add(LatexTokens.written(opening, LatexLexer.LPAREN, "("));
        out.addAll(label);
        out.add(LatexTokens.written(closing, LatexLexer.RPAREN, ")"));
        out.add(LatexTokens.written(closing, LatexLexer.RBRACE, "}"));
        return out;
    }

    /** The index past a lower-case letter, Latin or Greek, at {@code k} numbered below ({@code b_1}, {@code b_{12}}, {@code \\mu_0}), or -1. */
    private static int numberEnd(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size() || !LatexTokens.lowerCaseLetter(tokens.get(k)) || tokens.get(k + 1).getType() != LatexLexer.UNDERSCORE) {
            return -1;
        }
        if (tokens.get(k + 2).getType() == LatexLexer.DIGIT) {
            return k + 3;
        }
        if (tokens.get(k + 2).getType() != LatexLexer.LBRACE) {
            return -1;
        }
        int j = k + 3;
        while (j < tokens.size() && tokens.get(j).getType() == LatexLexer.DIGIT) {
            j++;
        }
        return j > k + 3 && j < tokens.size() && tokens.get(j).getType() == LatexLexer.RBRACE ? j + 1 : -1;
    }

    /** The digits of the number below, from {@code from} (after the underscore) to {@code end}. */
    private static String number(List<Token> tokens, int from, int end) {
        StringBuilder digits = new StringBuilder();
        tokens.subList(from, end).stream().filter(t -> t.getType() == LatexLexer.DIGIT).forEach(t -> digits.append(t.getText()));
        return digits.toString();
    }

    /**
     * Whether the letter at {@code k} is in a font or decorated, or is itself a script of another name; the variable below a
     * gradient ({@code \nabla_{b_1}}, {@code \nabla_{\mu_1}}) is no name's script but the vector the gradient is by.
     */
    private static boolean styledOrScripted(List<Token> tokens, int k) {
        if (k == 0 || k > 2 && tokens.get(k - 1).getType() == LatexLexer.LBRACE && tokens.get(k - 2).getType() == LatexLexer.UNDERSCORE
                && tokens.get(k - 3).getType() == LatexLexer.NABLA) {
            return false;
        }
        int before = tokens.get(k - 1).getType();
        return before == LatexLexer.FONT || before == LatexLexer.DECOR || before == LatexLexer.UNDERSCORE || before == LatexLexer.CARET
                || before == LatexLexer.LBRACE && k > 1 && (tokens.get(k - 2).getType() == LatexLexer.FONT
                || tokens.get(k - 2).getType() == LatexLexer.DECOR || tokens.get(k - 2).getType() == LatexLexer.UNDERSCORE
                || tokens.get(k - 2).getType() == LatexLexer.CARET);
    }
}
