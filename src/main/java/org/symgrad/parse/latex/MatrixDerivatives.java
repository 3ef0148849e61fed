package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Whether a side writes a derivative whose entries form a matrix: of a vector by a vector, the Jacobian
 * ({@code \frac{\partial \mathbf{u}}{\partial \mathbf{b}}}, {@code \frac{\partial u}{\partial x}} with u and x vectors of the
 * document), of a number by a matrix ({@code \frac{\partial r}{\partial A}}, {@code \nabla_{W} L}), or of a matrix by a number.
 * Each name is the whole numerator or denominator after its {@code \partial} (or d), or the whole subscript of {@code \nabla};
 * what it is, the statement's reader says ({@code vector}, {@code matrix}: the names' keys, {@code x}, {@code W}, {@code \hat{y}},
 * {@code W^{(1)}}), a bold name being a vector (lower case) or matrix (a capital) wherever written.
 */
final class MatrixDerivatives {
    private enum Kind { NUMBER, VECTOR, MATRIX }

    private MatrixDerivatives() {
    }

    /** Whether {@code side} writes such a derivative. */
    static boolean written(List<Token> side, Predicate<String> vector, Predicate<String> matrix) {
        return writes(side, vector, matrix, false);
    }

    /**
     * Whether {@code side} writes a Jacobian, the derivative of a vector by a vector ({@code \frac{\partial \mathbf{u}}{\partial
     * \mathbf{x}}}), whose entries form a matrix of the two vectors' sizes.
     */
    static boolean jacobian(List<Token> side, Predicate<String> vector, Predicate<String> matrix) {
        return writes(side, vector, matrix, true);
    }

    private static boolean writes(List<Token> side, Predicate<String> vector, Predicate<String> matrix, boolean jacobian) {
        for (int k = 0; k < side.size(); k++) {
            int type = side.get(k).getType();
            if (type == LatexLexer.FRAC && k + 1 < side.size() && side.get(k + 1).getType() == LatexLexer.LBRACE) {
                int numeratorEnd = LatexTokens.argumentEnd(side, k + 1);
                if (numeratorEnd < 0 || numeratorEnd >= side.size() || side.get(numeratorEnd).getType() != LatexLexer.LBRACE) {
                    continue;
                }
                int denominatorEnd = LatexTokens.argumentEnd(side, numeratorEnd);
                if (denominatorEnd < 0) {
                    continue;
                }
                Optional<Kind> of = differentiated(side, k + 2, numeratorEnd - 1, vector, matrix);
                Optional<Kind> by = differentiated(side, numeratorEnd + 1, denominatorEnd - 1, vector, matrix);
                if (of.isPresent() && by.isPresent() && (jacobian ? of.get() == Kind.VECTOR && by.get() == Kind.VECTOR
                        : matrixShaped(of.get(), by.get()))) {
                    return true;
                }
            } else if (!jacobian && type == LatexLexer.NABLA && k + 1 < side.size() && side.get(k + 1).getType() == LatexLexer.UNDERSCORE) {
                int end = LatexTokens.argumentEnd(side, k + 2);
                int from = end > 0 && side.get(k + 2).getType() == LatexLexer.LBRACE ? k + 3 : k + 2;
                int to = end > 0 && side.get(k + 2).getType() == LatexLexer.LBRACE ? end - 1 : end;
                Optional<Kind> by = end > 0 ? kind(side, from, to, vector, matrix) : Optional.empty();
                if (by.isPresent() && by.get() == Kind.MATRIX) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matrixShaped(Kind of, Kind by) {
        return of == Kind.VECTOR && by == Kind.VECTOR || of == Kind.NUMBER && by == Kind.MATRIX || of == Kind.MATRIX && by == Kind.NUMBER;
    }

    /** What the name after {@code \partial} or d in {@code [from, to)} is; empty where the part writes more than that. */
    private static Optional<Kind> differentiated(List<Token> side, int from, int to, Predicate<String> vector, Predicate<String> matrix) {
        if (from >= to) {
            return Optional.empty();
        }
        Token d = side.get(from);
        if (d.getType() != LatexLexer.PARTIAL && !(d.getType() == LatexLexer.LETTER && d.getText().equals("d"))) {
            return Optional.empty();
        }
        return kind(side, from + 1, to, vector, matrix);
    }

    /** What the one name written in {@code [from, to)} is: a bold name, a decorated one, a plain letter or a labelled capital. */
    private static Optional<Kind> kind(List<Token> side, int from, int to, Predicate<String> vector, Predicate<String> matrix) {
        if (from >= to) {
            return Optional.empty();
        }
        Token t = side.get(from);
        int[] end = new int[1];
        if (t.getType() == LatexLexer.FONT && VectorEntries.BOLD.contains(t.getText())) {
            Optional<String> name = VectorNameScan.nameAt(side, from + 1, end);
            return name.filter(n -> end[0] == to).map(n -> VectorNotation.capital(n) ? Kind.MATRIX : Kind.VECTOR);
        }
        if (t.getType() == LatexLexer.DECOR) {
            Optional<String> name = VectorNameScan.nameAt(side, from + 1, end);
            return name.filter(n -> end[0] == to).map(n -> t.getText() + "{" + n + "}").map(key -> of(key, vector, matrix));
        }
        Optional<LabelledCapitals.Labelled> labelled = LabelledCapitals.at(side, from);
        if (labelled.isPresent()) {
            return labelled.get().end() == to ? Optional.of(of(labelled.get().key(), vector, matrix)) : Optional.empty();
        }
        if ((t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) && from + 1 == to) {
            return Optional.of(of(t.getText(), vector, matrix));
        }
        return Optional.empty();
    }

    private static Kind of(String key, Predicate<String> vector, Predicate<String> matrix) {
        return matrix.test(key) ? Kind.MATRIX : vector.test(key) ? Kind.VECTOR : Kind.NUMBER;
    }
}
