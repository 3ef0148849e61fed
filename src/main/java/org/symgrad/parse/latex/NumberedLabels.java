package org.symgrad.parse.latex;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A letter that labels one thing beside numbered ones: the coating's index {@code n_c} beside the media's {@code n_1} and
 * {@code n_2} (Hecht's quarter-wave coating), the critical {@code T_c} beside {@code T_1}, {@code T_2}. Read as an index,
 * n_c would be the entry c of the family n_1, n_2, …, equal to n_1 at c = 1, and a right ∂R_c/∂n_c would be called false
 * there. A lower-case letter is such a label when every use of it is the whole subscript of a name (never a value, never
 * bound by a sum or product, never in index arithmetic or a subscript of two letters, never the last of a run
 * {@code x_1, \dots, x_d}), it is none of the index letters i, j, k, l, m, n, one name it subscripts also carries whole
 * numbers ({@code n_1}), and no name it subscripts carries another subscript than whole numbers and such letters: a name
 * written with an index ({@code n_i}) is a family, and c its member.
 */
final class NumberedLabels {
    private static final String INDEX_LETTERS = "ijklmn";
    /** How many tokens before a subscripted name a {@code \dots} makes its letter the end of a run. */
    private static final int RUN = 4;

    private NumberedLabels() {
    }

    /** The label letters of a document's displays ({@code tokens}), given the letters its sums and products bind. */
    static Set<String> in(List<Token> tokens, Set<String> bound) {
        Set<String> notLabels = new LinkedHashSet<>(bound);
        Map<String, Set<String>> onBase = new LinkedHashMap<>();
        Set<String> numbered = new LinkedHashSet<>();
        Set<String> otherwise = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == LatexLexer.UNDERSCORE && i > 0 && i + 1 < tokens.size()) {
                String base = NameSubscripts.baseKey(tokens, i - 1);
                int end = LatexTokens.argumentEnd(tokens, i + 1);
                if (base == null || end < 0) {
                    continue;
                }
                List<Token> script = tokens.subList(i + 1, end);
                List<Token> inner = script.size() >= 3 && script.get(0).getType() == LatexLexer.LBRACE
                        ? script.subList(1, script.size() - 1) : script;
                if (inner.size() == 1 && inner.get(0).getType() == LatexLexer.LETTER
                        && Character.isLowerCase(inner.get(0).getText().charAt(0))) {
                    String letter = inner.get(0).getText();
                    onBase.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(letter);
                    if (afterDots(tokens, i - 1)) {
                        notLabels.add(letter);
                    }
                } else if (!inner.isEmpty() && inner.stream().allMatch(s -> s.getType() == LatexLexer.DIGIT)) {
                    numbered.add(base);
                } else {
                    otherwise.add(base);
                }
                continue;
            }
            if (t.getType() == LatexLexer.LETTER && Character.isLowerCase(t.getText().charAt(0)) && !NameSubscripts.wholeSubscript(tokens, i)) {
                notLabels.add(t.getText());
            }
        }
        Set<String> out = new LinkedHashSet<>();
        Set<String> letters = new LinkedHashSet<>();
        onBase.values().forEach(letters::addAll);
        for (String letter : letters) {
            if (notLabels.contains(letter) || INDEX_LETTERS.contains(letter)) {
                continue;
            }
            boolean beside = false;
            boolean family = false;
            for (var e : onBase.entrySet()) {
                if (!e.getValue().contains(letter)) {
                    continue;
                }
                beside |= numbered.contains(e.getKey());
                family |= otherwise.contains(e.getKey()) || e.getValue().stream()
                        .anyMatch(l -> !l.equals(letter) && (notLabels.contains(l) || INDEX_LETTERS.contains(l)));
            }
            if (beside && !family) {
                out.add(letter);
            }
        }
        return out;
    }

    /** Whether a {@code \dots} stands shortly before the name that ends at {@code at}: {@code x_1, \dots, x_d}. */
    static boolean afterDots(List<Token> tokens, int at) {
        for (int k = Math.max(0, at - RUN); k < at; k++) {
            if (tokens.get(k).getType() == LatexLexer.DOTS) {
                return true;
            }
        }
        return false;
    }
}
