package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Names a document defines whole in terms of their own reference value: the vapour pressure
 * {@code P(T) = P_0 \\exp(…)} from a reference point (T_0, P_0), Beer and Lambert's {@code I = I_0 10^{-\\varepsilon l c}},
 * a decay {@code N(t) = N_0 e^{-\\lambda t}}. Read as an entry of P, P_0 made the definition recursive (P → P) and every
 * step of the document was skipped; a name defined whole (a plain letter with no subscript, a value or a function of its
 * arguments) has no entries, so its numbered names are other quantities: P_0 is the name P0, a reference value, wherever
 * the document writes it. A vector or matrix written out ({@code x = \\begin{pmatrix} x_1 \\\\ x_2 \\end{pmatrix}}) lists its
 * entries and is not such a definition, and a base the document also writes with an index letter as its subscript is a
 * family ({@code L_k = …} beside {@code L = L_1 + L_2}), whose numbered names stay its members: a letter a sum binds, that
 * subscripts a defined name, or that subscripts two bases ({@code L_k}, {@code y_k}). A letter on one base alone labels it
 * ({@code I_u}, the unpolarised irradiance beside {@code I(\\theta) = I_0 \\cos^2\\theta}) and makes no family.
 */
public final class ReferenceValues {
    private ReferenceValues() {
    }

    /** The bases (symgrad's spelling: P, lambda) whose numbered names are reference values in these {@code formulas}. */
    public static Set<String> in(List<List<Token>> formulas) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> byLetter = new LinkedHashSet<>();
        java.util.Map<String, Set<String>> lettered = new java.util.LinkedHashMap<>();
        Set<String> indices = new LinkedHashSet<>();
        for (List<Token> f : formulas) {
            base(f, false).ifPresent(out::add);
            base(f, true).filter(b -> !out.contains(b)).ifPresent(byLetter::add);
            lettered(f, lettered, indices);
        }
        // L_k = (y_k − w x_k)^2 beside L = L_1 + L_2: L_1 is the family's member, not another name; the u of the
        // unpolarised I_u beside I(θ) = I_0 cos²θ indexes nothing, and I_0 stays a reference value
        Set<String> letters = familyLetters(lettered, indices, true);
        lettered.forEach((base, ls) -> {
            if (ls.stream().anyMatch(letters::contains)) {
                out.remove(base);
            }
        });
        // q(t) = q_i/(1 + b D_i t)^{1/b}: a name defined whole writes its initial rate q_i, a letter its definition leaves
        // free; it is a family only where a sum binds the letter or a formula defines a name by it, not where the letter
        // is on another name too (D_i, the initial decline)
        Set<String> strict = familyLetters(lettered, indices, false);
        Set<String> matrices = new LinkedHashSet<>(); // K = K_f + σ²I beside K^{-1}: a matrix has entries
        formulas.forEach(f -> matrices.addAll(FamilyLabels.matrices(f)));
        byLetter.forEach(base -> {
            if (lettered.getOrDefault(base, Set.of()).stream().noneMatch(strict::contains) && !matrices.contains(base)) {
                out.add(base);
            }
        });
        return out;
    }

    /**
     * The letters that index a family: bound by a sum, or subscripting a name a formula defines ({@code indices}), and, where
     * {@code shared}, any on two bases or more ({@link #lettered}).
     */
    private static Set<String> familyLetters(java.util.Map<String, Set<String>> lettered, Set<String> indices, boolean shared) {
        java.util.Map<String, Integer> bases = new java.util.HashMap<>();
        lettered.values().forEach(ls -> ls.forEach(l -> bases.merge(l, 1, Integer::sum)));
        Set<String> letters = new LinkedHashSet<>();
        indices.forEach(l -> {
            // x_f = … beside x(t) = x_0 …: a letter no other name carries, none of i–n, labels the one it defines (the final
            // strength), it indexes no family
            if (l.startsWith(BOUND) || bases.getOrDefault(l, 0) >= 2 || "ijklmn".contains(l)) {
                letters.add(l.startsWith(BOUND) ? l.substring(BOUND.length()) : l);
            }
        });
        bases.forEach((l, n) -> {
            if (shared && n >= 2) {
                letters.add(l);
            }
        });
        return letters;
    }

    /** The mark of a letter a sum or product binds, among the letters {@link #lettered} finds. */
    private static final String BOUND = "bound:";

    /**
     * Adds to {@code lettered} each base written with a letter as (the start of) its subscript (L_k, x_{ij}) and that
     * letter, and to {@code indices} the letters the formula uses as indices for sure: bound by a sum or product, or in the
     * subscript of the name it defines (L_k = …).
     */
    private static void lettered(List<Token> tokens, java.util.Map<String, Set<String>> lettered, Set<String> indices) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token base = tokens.get(i - 1);
            if (tokens.get(i).getType() != LatexLexer.UNDERSCORE) {
                continue;
            }
            int at = tokens.get(i + 1).getType() == LatexLexer.LBRACE && i + 2 < tokens.size() ? i + 2 : i + 1;
            int type = tokens.get(at).getType();
            if (type != LatexLexer.LETTER && type != LatexLexer.GREEK && type != LatexLexer.WORD) {
                continue;
            }
            String letter = tokens.get(at).getText();
            if (base.getType() == LatexLexer.SUM || base.getType() == LatexLexer.PROD) {
                indices.add(BOUND + letter);
                continue;
            }
            if (base.getType() != LatexLexer.LETTER && base.getType() != LatexLexer.GREEK) {
                continue;
            }
            String name = LatexTokens.spelled(base);
            lettered.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(letter);
            if (i == 1) {
                indices.add(letter);
            }
        }
    }

    /**
     * The name {@code tokens} define whole ({@code P(T) = …}, {@code q = …}) where the definition writes it with a
     * whole-number subscript ({@code P_0}), or, {@code byLetter}, with a letter no sum or product of the formula binds
     * ({@code q_i}).
     */
    private static java.util.Optional<String> base(List<Token> tokens, boolean byLetter) {
        if (tokens.size() < 5) {
            return java.util.Optional.empty();
        }
        Token head = tokens.get(0);
        if (head.getType() != LatexLexer.LETTER && head.getType() != LatexLexer.GREEK) {
            return java.util.Optional.empty();
        }
        int at = 1;
        if (tokens.get(at).getType() == LatexLexer.LPAREN) {
            // P(T) = …: a function of its arguments
            while (at < tokens.size() && tokens.get(at).getType() != LatexLexer.RPAREN) {
                at++;
            }
            at++;
        }
        if (at >= tokens.size() || tokens.get(at).getType() != LatexLexer.EQ && tokens.get(at).getType() != LatexLexer.DEF_EQ) {
            return java.util.Optional.empty();
        }
        boolean numbered = false;
        for (int i = at + 1; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).getText().startsWith("\\begin")) {
                return java.util.Optional.empty();
            }
            if (tokens.get(i).getType() == head.getType() && tokens.get(i).getText().equals(head.getText())
                    && (i == 0 || !decorated(tokens, i)) && tokens.get(i + 1).getType() == LatexLexer.UNDERSCORE
                    && (byLetter ? freeLetter(tokens, i + 2) : digit(tokens, i + 2))) {
                numbered = true;
            }
        }
        if (!numbered) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(LatexTokens.spelled(head));
    }

    /**
     * The names (symgrad's spelling) these {@code formulas} define as functions of their arguments, {@code s(r) = …}, other
     * than families written with an index letter: a function has no entries, so its numbered names are other quantities,
     * Thiem's drawdowns {@code s_1}, {@code s_2} observed at two wells beside the drawdown curve s(r) (read as entries of s,
     * T solved from them was a recursive definition, T → s → T). Lettered names keep their reading ({@code C_{ss}}).
     */
    public static Set<String> functions(List<List<Token>> formulas) {
        Set<String> out = new LinkedHashSet<>();
        java.util.Map<String, Set<String>> lettered = new java.util.LinkedHashMap<>();
        Set<String> indices = new LinkedHashSet<>();
        for (List<Token> f : formulas) {
            lettered(f, lettered, indices);
            if (f.size() > 3 && (f.get(0).getType() == LatexLexer.LETTER || f.get(0).getType() == LatexLexer.GREEK)
                    && f.get(1).getType() == LatexLexer.LPAREN) {
                int at = 1;
                while (at < f.size() && f.get(at).getType() != LatexLexer.RPAREN) {
                    at++;
                }
                if (at + 1 < f.size() && (f.get(at + 1).getType() == LatexLexer.EQ || f.get(at + 1).getType() == LatexLexer.DEF_EQ)) {
                    out.add(LatexTokens.spelled(f.get(0)));
                }
            }
        }
        Set<String> letters = familyLetters(lettered, indices, false);
        lettered.forEach((base, ls) -> {
            if (ls.stream().anyMatch(letters::contains)) {
                out.remove(base); // L_k(x) = … beside L(x): a family of functions, L_1 its member
            }
        });
        return out;
    }

    /** Whether a lower-case letter no sum or product of {@code tokens} binds is the whole subscript at {@code at}: {@code i}, {@code {i}}. */
    private static boolean freeLetter(List<Token> tokens, int at) {
        int letter = tokens.get(at).getType() == LatexLexer.LBRACE && at + 2 < tokens.size()
                && tokens.get(at + 2).getType() == LatexLexer.RBRACE ? at + 1 : at;
        if (tokens.get(letter).getType() != LatexLexer.LETTER || !Character.isLowerCase(tokens.get(letter).getText().charAt(0))) {
            return false;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if ((tokens.get(i).getType() == LatexLexer.SUM || tokens.get(i).getType() == LatexLexer.PROD)
                    && tokens.get(i + 1).getType() == LatexLexer.UNDERSCORE) {
                int end = LatexTokens.argumentEnd(tokens, i + 2);
                if (end > 0 && NameSubscripts.boundLetters(tokens.subList(i + 2, end)).contains(tokens.get(letter).getText())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a whole-number subscript starts at {@code at}: {@code 0} or {@code {0}}. */
    private static boolean digit(List<Token> tokens, int at) {
        if (tokens.get(at).getType() == LatexLexer.DIGIT) {
            return true;
        }
        return tokens.get(at).getType() == LatexLexer.LBRACE && at + 2 < tokens.size()
                && tokens.get(at + 1).getType() == LatexLexer.DIGIT && tokens.get(at + 2).getType() == LatexLexer.RBRACE;
    }

    /** Whether the letter at {@code at} sits in a decoration or font ({@code \\hat{P}_0}: another name). */
    private static boolean decorated(List<Token> tokens, int at) {
        return at >= 2 && tokens.get(at - 1).getType() == LatexLexer.LBRACE
                && (tokens.get(at - 2).getType() == LatexLexer.DECOR || tokens.get(at - 2).getType() == LatexLexer.FONT);
    }
}
