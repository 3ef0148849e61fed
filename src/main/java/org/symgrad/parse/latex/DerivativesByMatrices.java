package org.symgrad.parse.latex;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A derivative by a plain capital that is a matrix of the document (read as one in an earlier statement, declared, or defined as a
 * product of matrices: {@code O} of {@code O = PV}), written {@code \frac{\partial L}{\partial O}}, {@code \partial L/\partial O}
 * or {@code \nabla_O L}: the derivative by that matrix, entry by entry, so the capital is a matrix in this statement too
 * ({@link VectorEntries#capitals}). "Given the upstream gradient $G = \partial L/\partial O$" then reads as G_ij = ∂L/∂O_ij, a
 * matrix G, and not as a number G times a number O.
 */
final class DerivativesByMatrices {
    private DerivativesByMatrices() {
    }

    /** Adds to the statement's capitals each capital the side differentiates by that is such a matrix. */
    static void see(List<Token> side, VectorEntries entries) {
        entries.capitals.addAll(in(side, entries));
    }

    /**
     * Whether the side differentiates by such a matrix: a side the scalar reader takes without an entry's letter
     * ({@code \frac{\partial L}{\partial O}} as the number ∂L/∂O) is then no reading of it.
     */
    static boolean writes(List<Token> side, VectorEntries entries) {
        return !in(side, entries).isEmpty();
    }

    private static java.util.Set<String> in(List<Token> side, VectorEntries entries) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (int k = 0; k + 1 < side.size(); k++) {
            String by = null;
            if (EntryParameters.leibnizAt(side, k)) {
                by = side.get(k + 7).getText();
            } else if (k > 0 && side.get(k).getType() == LatexLexer.PARTIAL && side.get(k - 1).getType() == LatexLexer.SLASH
                    && side.get(k + 1).getType() == LatexLexer.LETTER && (k + 2 >= side.size() || side.get(k + 2).getType() != LatexLexer.UNDERSCORE
                    && side.get(k + 2).getType() != LatexLexer.LPAREN)) {
                // \partial L/\partial O
                by = side.get(k + 1).getText();
            } else if (side.get(k).getType() == LatexLexer.NABLA) {
                by = EntryParameters.scriptedAt(side, k + 1).filter(s -> !s.squared()).map(EntryParameters.Scripted::argument).orElse(null);
            }
            if (by != null && by.length() == 1 && Character.isUpperCase(by.charAt(0))
                    && (entries.readAsMatrix(by) || entries.matrixNamed(by) || entries.factorMatrices.contains(by))) {
                out.add(by);
            }
        }
        return out;
    }
}
