package org.symgrad.parse.latex;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A letter that labels one quantity beside the members of a summed family: Aki's magnitude of completeness {@code M_c}
 * beside the magnitudes {@code M_i} of {@code \sum_{i=1}^{n} (M_i - M_c)}, a centre {@code x_c} beside the samples
 * {@code x_i}, a centroid {@code x_c = \sum_i m_i x_i / \sum_i m_i}. Read as an index, M_c would be the entry c of the
 * family the sums run over, equal to M_1 at c = 1, and a right ∂b̂/∂M_c of a sample mean would be called false (it would
 * carry the mean's own (n − 1)/n). A lower-case letter is such a label when the document never uses it as an index: every
 * use of it, in the displays and the prose's math, is the whole subscript of a name (never a value, never bound by a sum
 * or product, never in index arithmetic or a subscript of two letters, never the last of a run {@code x_1, \dots, x_d}), it
 * is none of the index letters i, j, k, l, m, n (∂/∂x_j of {@code \sum_i x_i^2} is 2x_j: a component), it subscripts one
 * name alone (a letter on two names, {@code p_c} and {@code z_c}, is the class both are written at), that name is a
 * family, written with a letter a sum or product binds, and the labelled name is written as a reference the family is
 * measured from: added to or subtracted from a member ({@code M_i - M_c}, {@code x_c - x_k}) or the family's mean
 * ({@code \bar{M} - M_c}), or named by the prose as one ("a centre $x_c$", "the reference value $M_c$"), where no formula
 * needs to write it beside a member ({@code S = x_c \sum_i x_i}). A letter on a name the document also writes alone, as a
 * number ({@code T_d}, the dew point, beside the temperature T of {@code b + T}), labels a quantity of its own too, where no
 * sum binds a letter of that name; so does an index letter on the parameter of a function the displays define, written alone
 * too ({@code k_j}, the jam density, beside {@code u(k) = u_f (1 - k/k_j)}: a function's parameter is a number, and q(k_2) calls q
 * at another). The true class's logit {@code z_y} of {@code -z_y + \log \sum_j e^{z_j}} is no such
 * reference: it stays the member at the class y.
 */
public final class FamilyLabels {
    private static final String INDEX_LETTERS = "ijklmn";

    private FamilyLabels() {
    }

    /**
     * The words that name a reference point just before its inline math: "a centre $x_c$", "the reference value $M_c$",
     * "an anchor $a_r$". The prose says the name is a quantity of its own, where no formula writes it beside a member.
     */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("(?i)\\b(?:centre|center|centroid"
            + "|reference|origin|anchor|pivot|baseline|threshold|cut-?off|midpoint|offset)(?:\\s+(?:point|value|level|location))?"
            + "\\s*,?\\s*\\$(?<math>[^$]{1,30})\\$");

    /**
     * The label letters of a document's {@code formulas} (its displays and its inline math, each apart), with its
     * {@code prose}: a name the prose calls a reference point ({@link #REFERENCE}) is written as one, as a difference from a
     * member of its family would write it. A letter on the name of a function the displays define ({@code x(t) = …},
     * {@code functions} in symgrad's spelling) labels a quantity of its own, Lanchester's final strength {@code x_f}: a
     * function has no entries ({@link ReferenceValues#functions}).
     */
    public static Set<String> in(List<List<Token>> formulas, String prose, Set<String> functions) {
        Set<List<String>> named = new LinkedHashSet<>();
        java.util.regex.Matcher m = REFERENCE.matcher(prose);
        while (m.find()) {
            try {
                List<Token> t = LatexTokens.lex(prose, m.start("math"), m.end("math"));
                String base = t.size() >= 3 ? NameSubscripts.baseKey(t, 0) : null;
                if (base != null && t.get(1).getType() == LatexLexer.UNDERSCORE && LatexTokens.argumentEnd(t, 2) == t.size()) {
                    String letter = oneLetter(t.subList(2, t.size()));
                    if (letter != null) {
                        named.add(List.of(base, letter));
                    }
                }
            } catch (RuntimeException unreadable) {
                // prose that only looks like math: no evidence
            }
        }
        Set<String> notLabels = new LinkedHashSet<>();
        Set<String> bare = new LinkedHashSet<>(); // the names written alone somewhere, as a number is (b + T)
        Set<String> matrices = new LinkedHashSet<>(); // K of K^{-1}: written alone, and still with entries (K = K_f + σ²I)
        Set<String> bound = new LinkedHashSet<>();
        Map<String, Set<String>> basesOf = new LinkedHashMap<>(); // letter → the names it is the whole subscript of
        Map<String, Set<String>> lettersOf = new LinkedHashMap<>(); // name → its one-letter subscripts
        List<List<Written>> differences = new java.util.ArrayList<>();
        for (List<Token> tokens : formulas) {
            differences.addAll(differences(tokens));
            bare.addAll(bare(tokens));
            matrices.addAll(matrices(tokens));
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.getType() == LatexLexer.UNDERSCORE && i > 0 && i + 1 < tokens.size()) {
                    int end = LatexTokens.argumentEnd(tokens, i + 1);
                    int before = tokens.get(i - 1).getType();
                    if (end > 0 && (before == LatexLexer.SUM || before == LatexLexer.PROD)) {
                        bound.addAll(NameSubscripts.boundLetters(tokens.subList(i + 1, end)));
                        continue;
                    }
                    String base = NameSubscripts.baseKey(tokens, i - 1);
                    String letter = end > 0 && base != null ? oneLetter(tokens.subList(i + 1, end)) : null;
                    if (letter != null) {
                        basesOf.computeIfAbsent(letter, k -> new LinkedHashSet<>()).add(base);
                        lettersOf.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(letter);
                        if (NumberedLabels.afterDots(tokens, i - 1)) {
                            notLabels.add(letter);
                        }
                    }
                    continue;
                }
                if (t.getType() == LatexLexer.LETTER && Character.isLowerCase(t.getText().charAt(0))
                        && !NameSubscripts.wholeSubscript(tokens, i) && !differential(tokens, i)) {
                    notLabels.add(t.getText());
                }
            }
        }
        Set<String> parameters = new LinkedHashSet<>(); // k of u(k) = …: a display function's parameter, a number
        formulas.forEach(f -> parameters.addAll(DefinedFunctions.parameters(f)));
        Set<String> out = new LinkedHashSet<>();
        basesOf.forEach((letter, bases) -> {
            if (notLabels.contains(letter) || bound.contains(letter) || bases.size() != 1) {
                return;
            }
            String base = bases.iterator().next();
            if (INDEX_LETTERS.contains(letter)) {
                // k_j beside u(k) = u_f (1 - k/k_j): the parameter of a function is a number, with no entries, and the jam
                // density is a quantity of its own, even at an index letter, where no sum binds a letter of that name
                if (parameters.contains(base.startsWith("\\") ? base.substring(1) : base) && bare.contains(base)
                        && !matrices.contains(base) && lettersOf.get(base).stream().noneMatch(bound::contains)) {
                    out.add(letter);
                }
                return;
            }
            if (functions.contains(base.startsWith("\\") ? base.substring(1) : base)) {
                out.add(letter); // x_f beside x(t) = …: a function has no entries, the final strength is a quantity of its own
                return;
            }
            if (bare.contains(base) && !matrices.contains(base) && lettersOf.get(base).stream().noneMatch(bound::contains)) {
                out.add(letter); // T_d beside b + T: a name written alone is a number, with no entries; the dew point is another
                return;
            }
            if (lettersOf.get(base).stream().anyMatch(bound::contains) && (named.contains(List.of(base, letter))
                    || differences.stream().anyMatch(pair -> pair.stream().anyMatch(w -> w.is(base, letter))
                    && pair.stream().anyMatch(w -> w.member(base, bound))))) {
                out.add(letter);
            }
        });
        return out;
    }

    /**
     * The names {@code tokens} write alone, as a number is written: a plain letter with no subscript after it and no
     * argument list ({@code T} of {@code b + T}, not {@code T_d}, not {@code u(k)}), itself no subscript and no differential.
     */
    private static Set<String> bare(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() != LatexLexer.LETTER && t.getType() != LatexLexer.GREEK || differential(tokens, i)
                    || i >= 1 && (tokens.get(i - 1).getType() == LatexLexer.UNDERSCORE || tokens.get(i - 1).getType() == LatexLexer.CARET
                    || tokens.get(i - 1).getType() == LatexLexer.LBRACE && i >= 2 && (tokens.get(i - 2).getType() == LatexLexer.UNDERSCORE
                    || tokens.get(i - 2).getType() == LatexLexer.CARET || tokens.get(i - 2).getType() == LatexLexer.DECOR
                    || tokens.get(i - 2).getType() == LatexLexer.FONT))) {
                continue;
            }
            int next = i + 1 < tokens.size() ? tokens.get(i + 1).getType() : -1;
            if (next != LatexLexer.UNDERSCORE && next != LatexLexer.LPAREN) {
                out.add(t.getText());
            }
        }
        return out;
    }

    /** The names {@code tokens} invert or transpose, {@code K^{-1}}, {@code X^\top}: matrices, which have entries. */
    static Set<String> matrices(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i + 1).getType() == LatexLexer.CARET && NameSubscripts.baseKey(tokens, i) != null) {
                int end = LatexTokens.argumentEnd(tokens, i + 2);
                String script = end < 0 ? "" : tokens.subList(i + 2, end).stream().map(Token::getText).reduce("", String::concat);
                if (MATRIX_SCRIPTS.contains(script.replace("{", "").replace("}", "").replace(" ", ""))) {
                    out.add(NameSubscripts.baseKey(tokens, i));
                }
            }
        }
        return out;
    }

    /** The superscripts only a matrix takes: an inverse, a transpose. */
    private static final Set<String> MATRIX_SCRIPTS = Set.of("-1", "T", "\\top", "\\intercal", "\\mathsfT");

    /** Whether the letter at {@code at} is the d of a differential: {@code d} before a name or a power ({@code d T}, {@code d^2 q}). */
    private static boolean differential(List<Token> tokens, int at) {
        return tokens.get(at).getText().equals("d") && at + 1 < tokens.size()
                && (tokens.get(at + 1).getType() == LatexLexer.LETTER || tokens.get(at + 1).getType() == LatexLexer.GREEK
                || tokens.get(at + 1).getType() == LatexLexer.CARET);
    }

    /** A name as written: its base ({@link NameSubscripts#baseKey}) and its one-letter subscript, or null. */
    private record Written(String base, String letter) {
        boolean is(String name, String label) {
            return base.equals(name) && label.equals(letter);
        }

        /** A member of the family {@code name} (at a bound or an index letter), or its mean {@code \bar{name}}. */
        boolean member(String name, Set<String> bound) {
            return base.equals(name) && letter != null && (bound.contains(letter) || INDEX_LETTERS.contains(letter))
                    || letter == null && base.equals("\\bar{" + name + "}");
        }
    }

    /** The pairs of names this formula writes on either side of a + or −: {@code M_i - M_c}, {@code \bar{M} - M_c}. */
    private static List<List<Written>> differences(List<Token> tokens) {
        List<List<Written>> out = new java.util.ArrayList<>();
        Written last = null;
        int lastEnd = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String base = NameSubscripts.baseKey(tokens, i);
            if (base == null || i + 1 < tokens.size() && NameSubscripts.baseKey(tokens, i + 1) != null) {
                continue; // no name, or the letter of a decorated one (\bar{M}), read at its closing brace
            }
            int start = base.contains("{") ? i - 3 : i;
            int end = i + 1;
            String letter = null;
            if (end < tokens.size() && tokens.get(end).getType() == LatexLexer.UNDERSCORE) {
                int scriptEnd = LatexTokens.argumentEnd(tokens, end + 1);
                if (scriptEnd < 0) {
                    continue;
                }
                letter = oneLetter(tokens.subList(end + 1, scriptEnd));
                end = scriptEnd;
            }
            Written w = new Written(base, letter);
            int between = start - lastEnd;
            if (last != null && between == 1 && (tokens.get(lastEnd).getType() == LatexLexer.MINUS
                    || tokens.get(lastEnd).getType() == LatexLexer.PLUS)) {
                out.add(List.of(last, w));
            }
            last = w;
            lastEnd = end;
            i = end - 1;
        }
        return out;
    }

    /** The lower-case letter that is the whole of this subscript ({@code c}, {@code {c}}), or null. */
    private static String oneLetter(List<Token> script) {
        List<Token> inner = script.size() == 3 && script.get(0).getType() == LatexLexer.LBRACE ? script.subList(1, 2) : script;
        return inner.size() == 1 && inner.get(0).getType() == LatexLexer.LETTER
                && Character.isLowerCase(inner.get(0).getText().charAt(0)) ? inner.get(0).getText() : null;
    }
}
