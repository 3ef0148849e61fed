package org.symgrad.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.antlr.v4.runtime.Token;
import org.symgrad.check.Verdict;
import org.symgrad.parse.latex.LatexTokens;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The letters a document writes only right before a parenthesis (or primed), never alone as a factor: "Let $h = g(\theta
 * x)$" with g nowhere else. LATEX-INPUT M8 reads {@code g(\theta x)} as the product g·θx, but the document may mean g as a
 * function it leaves undefined (CS229's g(θᵀx), the sigmoid): a step false only by that reading is not decided. A letter
 * the document also writes alone ({@code g = 9.81}, {@code m g}, {@code g^2}) is a number, and keeps its product.
 */
final class AppliedLetters {
    /** Parentheses and braces, which {@link #closing} counts alike. */
    private static final Set<Integer> BRACKETS_OPEN = Set.of(LatexLexer.LPAREN, LatexLexer.LBRACE);
    private static final Set<Integer> BRACKETS_CLOSE = Set.of(LatexLexer.RPAREN, LatexLexer.RBRACE);

    private AppliedLetters() {
    }

    /**
     * The letters (a Latin letter, or a Greek one by its name: {@code phi}) the formulas write only applied: right before a
     * parenthesis, or primed before one ({@code g'(z)}); a letter in a subscript or superscript ({@code \sum_{c'=1}}) is an
     * index, neither.
     */
    static Set<String> of(List<List<Token>> formulas) {
        Set<String> applied = new LinkedHashSet<>();
        Set<String> alone = new LinkedHashSet<>();
        for (List<Token> f : formulas) {
            for (int k = 0; k < f.size(); k++) {
                int type = f.get(k).getType();
                if ((type == LatexLexer.UNDERSCORE || type == LatexLexer.CARET) && k + 1 < f.size()) {
                    k = f.get(k + 1).getType() == LatexLexer.LBRACE ? closing(f, k + 1) : k + 1; // a script: indices
                    continue;
                }
                if (letter(f.get(k))) {
                    (applied(f, k + 1) ? applied : alone).add(name(f.get(k)));
                }
            }
        }
        applied.removeAll(alone);
        return applied;
    }

    /**
     * The letters a formula gives as the whole value of a name, applied to a parenthesis: g of {@code h = g(\theta x)}. Only
     * there does a letter the document writes only applied ({@link #of}) look like a function the document leaves undefined;
     * {@code \beta (z - z_0)} in a sum is a coefficient, as M8 reads it.
     */
    static Set<String> wholeValues(List<List<Token>> formulas) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Token> f : formulas) {
            for (int k = 0; k + 2 < f.size(); k++) {
                int type = f.get(k).getType();
                if ((type == LatexLexer.EQ || type == LatexLexer.DEF_EQ) && letter(f.get(k + 1))
                        && f.get(k + 2).getType() == LatexLexer.LPAREN) {
                    int end = closing(f, k + 2);
                    if (end + 1 >= f.size() || Set.of(LatexLexer.DOT, LatexLexer.COMMA, LatexLexer.EQ, LatexLexer.LINEBREAK)
                            .contains(f.get(end + 1).getType())) {
                        out.add(name(f.get(k + 1)));
                    }
                }
            }
        }
        return out;
    }

    private static boolean letter(Token t) {
        return t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK && t.getText().startsWith("\\");
    }

    private static String name(Token t) {
        return t.getText().replace("\\", "");
    }

    /** Whether the tokens from {@code k} open an argument: a parenthesis, or primes and then one. */
    private static boolean applied(List<Token> f, int k) {
        while (k < f.size() && f.get(k).getType() == LatexLexer.PRIME) {
            k++;
        }
        return k < f.size() && f.get(k).getType() == LatexLexer.LPAREN;
    }

    /** The index of the bracket that closes the one at {@code open} (the last token where none does). */
    private static int closing(List<Token> f, int open) {
        int close = LatexTokens.closing(f, open, BRACKETS_OPEN, BRACKETS_CLOSE);
        return close < 0 ? f.size() - 1 : close;
    }

    /**
     * The letters a formula opens by defining as a call ({@code \Phi(z) = …}, {@code g(z) := …}): the document's own function,
     * whatever the registry names so.
     */
    static Set<String> definedByCall(List<List<Token>> formulas) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Token> f : formulas) {
            if (f.size() >= 4 && letter(f.get(0)) && f.get(1).getType() == LatexLexer.LPAREN) {
                int end = closing(f, 1);
                if (end + 1 < f.size() && (f.get(end + 1).getType() == LatexLexer.EQ || f.get(end + 1).getType() == LatexLexer.DEF_EQ)) {
                    out.add(name(f.get(0)));
                }
            }
        }
        return out;
    }

    /**
     * Why a step false at {@code verdict}'s point is not decided, where that point sets a letter the document writes only
     * applied ({@code letters}) and nothing defines ({@code defined}): the step is false with the letter read as a number
     * times the parenthesis, and may mean a function.
     */
    static Optional<String> undecided(Optional<Verdict> verdict, Set<String> letters, Predicate<String> defined) {
        Map<String, Double> point = verdict.map(Verdict::point).orElse(Map.of());
        return point.keySet().stream().filter(letters::contains).filter(defined.negate()).sorted().findFirst()
                .map(name -> name.length() > 1 ? "\\" + name : name)
                .map(g -> "not decided: " + g + " is written only before a parenthesis and no display defines it, so " + g + "(…) was"
                        + " read as " + g + " times (…), and so read the step is false; if " + g + " is a function, define it by a"
                        + " display ($$" + g + "(z) = …$$); if a number, write " + g + " \\cdot (…)");
    }
}
