package org.symgrad.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A step read by the scalar reader alone (neither side entry by entry) that writes, whole, a plain capital the document makes
 * or uses as a matrix elsewhere ({@code P} of {@code \frac{\partial L}{\partial V} = PG} where the document writes
 * {@code P^\top G}): its verdict is about numbers, which commute, not about the matrices the document means (PG for P^⊤G was
 * proven). Such a step is undecided, naming the capitals.
 */
final class MatricesAsNumbers {
    private MatricesAsNumbers() {
    }

    /**
     * Why the step, its sides' tokens {@code sides} read with the plain symbols {@code numbers}, is not decided: the capitals of
     * {@code matrices} it writes whole and reads as symbols, numbers; empty where it writes none (a derivative by W read at its
     * entries W_ij, an outer product's entry, read no matrix as a number).
     */
    static Optional<String> undecided(List<List<Token>> sides, Set<String> numbers, Set<String> matrices) {
        Set<String> written = new LinkedHashSet<>();
        for (List<Token> side : sides) {
            for (int k = 0; k < side.size(); k++) {
                if (whole(side, k) && matrices.contains(side.get(k).getText()) && numbers.contains(side.get(k).getText())) {
                    written.add(side.get(k).getText());
                }
            }
        }
        if (written.isEmpty()) {
            return Optional.empty();
        }
        String names = String.join(", ", written);
        return Optional.of("not decided: " + names + (written.size() == 1 ? " is" : " are") + " read as one number here, but the "
                + "document writes " + (written.size() == 1 ? "it" : "them") + " as " + (written.size() == 1 ? "a matrix" : "matrices")
                + " elsewhere; numbers commute and matrices do not, so the step is not checked as matrices: write it in the "
                + "matrix notation the document uses (transposes, bold), or by entries");
    }

    /** Whether a plain capital stands at {@code k} by itself: no font, decoration or script, no subscript, not called. */
    private static boolean whole(List<Token> side, int k) {
        Token t = side.get(k);
        if (t.getType() != LatexLexer.LETTER || !t.getText().matches("[A-Z]")) {
            return false;
        }
        int before = k > 0 ? side.get(k - 1).getType() : -1;
        int after = k + 1 < side.size() ? side.get(k + 1).getType() : -1;
        return before != LatexLexer.UNDERSCORE && before != LatexLexer.CARET && before != LatexLexer.FONT && before != LatexLexer.DECOR
                && !(before == LatexLexer.LBRACE && k > 1 && (side.get(k - 2).getType() == LatexLexer.FONT
                || side.get(k - 2).getType() == LatexLexer.DECOR || side.get(k - 2).getType() == LatexLexer.UNDERSCORE
                || side.get(k - 2).getType() == LatexLexer.CARET))
                && after != LatexLexer.UNDERSCORE && after != LatexLexer.LPAREN;
    }
}
