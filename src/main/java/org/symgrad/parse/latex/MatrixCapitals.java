package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Plain capitals a document has read as matrices in an earlier statement ({@code \mathbf{y} = W\mathbf{x}},
 * {@code q(\mathbf{x}) = \mathbf{x}^\top A\mathbf{x}}), for {@link VectorEntries}: in a later statement where one
 * side writes vector notation and another only such capitals ({@code \frac{\partial \mathbf{y}}{\partial \mathbf{x}} = W},
 * {@code \nabla^2_{\mathbf{x}} q = 2A}) they are tried as the same matrices, and kept only where every side then reads at
 * one shape; a capital alone as the first side of a statement whose other sides read as matrices
 * ({@code H = \nabla^2_{\mathbf{w}} L}) is defined as a matrix here and read as one from then on.
 */
final class MatrixCapitals {
    private final Set<String> seen = new LinkedHashSet<>();

    void clear() {
        seen.clear();
    }

    /** Whether an earlier statement read the capital as a matrix. */
    boolean contains(String capital) {
        return seen.contains(capital);
    }

    /** Remembers capitals a statement read as matrices. */
    void remember(Set<String> capitals) {
        seen.addAll(capitals);
    }

    /**
     * The capitals remembered as matrices that a side writes plainly: not subscripted, in a script, or styled; {@code matrix}
     * tells the other capitals that are matrices ({@code V} declared, of {@code PV}).
     */
    Set<String> writtenIn(List<Token> side, java.util.function.Predicate<String> matrix) {
        Set<String> out = new LinkedHashSet<>();
        for (int k = 0; k < side.size(); k++) {
            if (seen.contains(side.get(k).getText()) && plain(side, k, matrix)) {
                out.add(side.get(k).getText());
            }
            // W_{hh} read as a matrix before (LabelledCapitals)
            LabelledCapitals.at(side, k).filter(m -> seen.contains(m.key())).ifPresent(m -> out.add(m.key()));
        }
        return out;
    }

    /** The capital, Latin or Greek, a side is alone ({@code H}, {@code {H}}, {@code \Delta}), or null. */
    static String alone(List<Token> side) {
        List<Token> names = side.stream().filter(t -> t.getType() != LatexLexer.LBRACE && t.getType() != LatexLexer.RBRACE
                && t.getType() != LatexLexer.SPACING).toList();
        return names.size() == 1 && (names.get(0).getType() == LatexLexer.LETTER || names.get(0).getType() == LatexLexer.GREEK)
                && VectorNotation.capital(names.get(0).getText()) ? names.get(0).getText() : null;
    }

    private boolean plain(List<Token> side, int k, java.util.function.Predicate<String> matrix) {
        Token t = side.get(k);
        boolean greekMatrix = t.getType() == LatexLexer.GREEK && InvertedMatrices.GREEK_MATRIX_NAMES.contains(t.getText());
        if (!greekMatrix && (t.getType() != LatexLexer.LETTER || !Character.isUpperCase(t.getText().charAt(0)))
                || VectorNotation.subscripted(side, k + 1)) {
            return false;
        }
        if (k > 0) {
            int before = side.get(k - 1).getType();
            if (before == LatexLexer.UNDERSCORE || before == LatexLexer.CARET || before == LatexLexer.FONT || before == LatexLexer.DECOR
                    || before == LatexLexer.LBRACE && k > 1 && (side.get(k - 2).getType() == LatexLexer.FONT
                    || side.get(k - 2).getType() == LatexLexer.DECOR || side.get(k - 2).getType() == LatexLexer.UNDERSCORE
                    || side.get(k - 2).getType() == LatexLexer.CARET)) {
                return false;
            }
        }
        // a capital followed by a letter or a parenthesis is part of a word or a call (F(x), KL): not a lone matrix; a capital
        // set apart from the letter after it (X^\top S X) is a factor of a product, and so is one before another matrix (2SW, PV)
        return k + 1 >= side.size() || side.get(k + 1).getType() != LatexLexer.LPAREN && (side.get(k + 1).getType() != LatexLexer.LETTER
                || side.get(k + 1).getStartIndex() > t.getStopIndex() + 1 || seen.contains(t.getText())
                && (seen.contains(side.get(k + 1).getText()) || matrix.test(side.get(k + 1).getText())));
    }
}
