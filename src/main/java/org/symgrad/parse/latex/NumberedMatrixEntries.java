package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A layer's weight matrix numbered below in a plain capital, with its entry written in the same subscript, as lecture notes
 * write it: {@code W_{1,jk}}, {@code W_{1jk}}, {@code W_{1,j,k}} with {@code W_1 \in \mathbb{R}^{H \times D}} declared. It is
 * the entry {@code W^{(1)}_{jk}} of the layer's matrix, as {@code (W_1)_{jk}} is ({@link BracketedEntries}); a capital the
 * document declares no numbered matrix keeps its three indices.
 */
final class NumberedMatrixEntries {
    private static final RecentTexts<Set<String>> DECLARED = new RecentTexts<>(NumberedMatrixEntries::search);

    private NumberedMatrixEntries() {
    }

    /** The keys ({@code W^{(1)}}) of the capitals numbered below that {@code document} declares matrices. */
    static Set<String> in(String document) {
        return DECLARED.in(document);
    }

    private static Set<String> search(String document) {
        return Dimensions.in(document).values().stream().filter(Dimensions.Declared::matrix).map(Dimensions.Declared::key)
                .filter(k -> k.matches("[A-Z]\\^\\{\\([0-9]+\\)\\}")).collect(Collectors.toUnmodifiableSet());
    }

    /** {@code tokens} with each entry of one of the {@code matrices} written in its number's subscript written as the layer's entry. */
    static List<Token> rewritten(List<Token> tokens, Set<String> matrices) {
        if (matrices.isEmpty()) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            int close = entryEnd(tokens, i);
            List<Token> digits = close < 0 ? List.of() : tokens.subList(i + 3, close).stream()
                    .takeWhile(t -> t.getType() == LatexLexer.DIGIT).toList();
            String key = digits.isEmpty() ? "" : tokens.get(i).getText() + "^{(" + digits.stream().map(Token::getText)
                    .collect(Collectors.joining()) + ")}";
            if (close < 0 || !matrices.contains(key)) {
                out.add(tokens.get(i));
                continue;
            }
            // W^{(1)}_{jk} in the place of W_{1,jk}: the label's marks where the number was, the entry's letters as written
            out.add(tokens.get(i));
            out.addAll(LabelledVectors.labelAbove(digits, tokens.get(i + 1), digits.get(digits.size() - 1)));
            out.add(tokens.get(i + 1));
            out.add(tokens.get(i + 2));
            tokens.subList(i + 3 + digits.size(), close + 1).stream().filter(t -> t.getType() != LatexLexer.COMMA || out.get(out.size() - 1)
                    .getType() != LatexLexer.LBRACE).forEach(out::add);
            changed = true;
            i = close;
        }
        return changed ? out : tokens;
    }

    /**
     * The index of the closing brace of a capital's subscript at {@code k} that writes a number and then two entry letters
     * ({@code W_{1,jk}}, {@code W_{1jk}}, {@code W_{1,j,k}}); -1 for any other.
     */
    private static int entryEnd(List<Token> tokens, int k) {
        if (k + 6 >= tokens.size() || tokens.get(k).getType() != LatexLexer.LETTER || !Character.isUpperCase(tokens.get(k).getText().charAt(0))
                || tokens.get(k + 1).getType() != LatexLexer.UNDERSCORE || tokens.get(k + 2).getType() != LatexLexer.LBRACE
                || k > 0 && (tokens.get(k - 1).getType() == LatexLexer.FONT || tokens.get(k - 1).getType() == LatexLexer.UNDERSCORE
                || tokens.get(k - 1).getType() == LatexLexer.CARET || tokens.get(k - 1).getType() == LatexLexer.LBRACE)) {
            return -1;
        }
        int j = k + 3;
        while (j < tokens.size() && tokens.get(j).getType() == LatexLexer.DIGIT) {
            j++;
        }
        if (j == k + 3) {
            return -1;
        }
        int letters = 0;
        for (boolean comma = false; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.getType() == LatexLexer.RBRACE) {
                return letters == 2 && !comma ? j : -1;
            }
            if (t.getType() == LatexLexer.COMMA && !comma) {
                comma = true;
            } else if (t.getType() == LatexLexer.LETTER && Character.isLowerCase(t.getText().charAt(0)) && letters < 2) {
                letters++;
                comma = false;
            } else {
                return -1;
            }
        }
        return -1;
    }
}
