package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * How a document uses {@code \sigma}, the one Greek letter that is also a built-in function (the
 * logistic sigmoid), read once over the whole document's math so that every formula reads it alike:
 * <ul>
 *   <li>as a <em>quantity</em> — a scale or a standard deviation — when the document writes it with a
 *       numeric power ({@code \sigma^2}, {@code \sigma^{3}}); then
 *       {@code \sigma \left( \nu\sigma^2 + r^2 \right)} is σ times the bracket, not the sigmoid of it;</li>
 *   <li>as a quantity too when a formula gives the bare σ a number, the prose's "the Stefan–Boltzmann constant
 *       {@code $\sigma = 5.67 \times 10^{-8}$}" ({@link #givenANumber}): then {@code \varepsilon \sigma (T_s + T)} is a
 *       product, not the sigmoid of {@code T_s + T};</li>
 *   <li>as a function applied to <em>one argument only</em> ({@code a = \sigma(z)}, {@code \sigma'(z)}):
 *       then a bare {@code \sigma} in a derivative, {@code \frac{\partial \sigma}{\partial w_j}} (Nielsen,
 *       ch. 3), is σ of that argument, as its author means, not σ of the variable it is differentiated by.
 *       A bracket that holds σ itself, {@code \sigma(1 - \sigma)}, is a product, not an application.</li>
 * </ul>
 */
public final class SigmaUse {
    private SigmaUse() {
    }

    /**
     * Whether these tokens (a whole document's math) write the bare σ as a quantity: σ^2, σ^{3}. A
     * subscripted σ_k (a mixture's widths) is another name, and leaves σ(a) the sigmoid.
     */
    public static boolean asQuantity(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!isSigma(tokens.get(i))) {
                continue;
            }
            int next = tokens.get(i + 1).getType();
            if (next == LatexLexer.CARET && i + 2 < tokens.size()) {
                Token power = tokens.get(i + 2);
                if (power.getType() == LatexLexer.DIGIT || power.getType() == LatexLexer.LBRACE && i + 3 < tokens.size()
                        && tokens.get(i + 3).getType() == LatexLexer.DIGIT) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of {@code formulas} (each a formula's tokens, inline math too) starts {@code \sigma = } and a number. */
    public static boolean givenANumber(List<List<Token>> formulas) {
        return formulas.stream().anyMatch(f -> f.size() >= 3 && isSigma(f.get(0)) && f.get(1).getType() == LatexLexer.EQ
                && f.get(2).getType() == LatexLexer.DIGIT);
    }

    /**
     * The tokens of the one argument these tokens apply σ to ({@code z} of {@code \sigma(z)} and
     * {@code \sigma'(z)}), or none when σ is applied to several different arguments or to none.
     */
    public static List<Token> soleArgument(List<Token> tokens) {
        Map<String, List<Token>> arguments = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isSigma(tokens.get(i))) {
                continue;
            }
            int open = i + 1;
            while (open < tokens.size() && tokens.get(open).getType() == LatexLexer.PRIME) {
                open++;
            }
            if (open >= tokens.size() || tokens.get(open).getType() != LatexLexer.LPAREN) {
                continue;
            }
            int depth = 0;
            List<Token> argument = new ArrayList<>();
            for (int j = open; j < tokens.size(); j++) {
                int type = tokens.get(j).getType();
                depth += type == LatexLexer.LPAREN ? 1 : type == LatexLexer.RPAREN ? -1 : 0;
                if (depth == 0) {
                    if (argument.stream().anyMatch(SigmaUse::isSigma)) {
                        break; // \sigma(1 - \sigma): a bare σ times a bracket, not an application
                    }
                    StringBuilder key = new StringBuilder();
                    argument.forEach(t -> key.append(t.getText()).append(' '));
                    arguments.putIfAbsent(key.toString(), argument);
                    break;
                }
                if (j > open) {
                    argument.add(tokens.get(j));
                }
            }
        }
        return arguments.size() == 1 ? arguments.values().iterator().next() : List.of();
    }

    private static boolean isSigma(Token t) {
        return t.getType() == LatexLexer.GREEK && (t.getText().equals("\\sigma") || t.getText().equals("\u03C3"));
    }
}
