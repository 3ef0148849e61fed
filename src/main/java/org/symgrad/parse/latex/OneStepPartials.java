package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Pascanu, Mikolov and Bengio's immediate partial derivative, {@code \frac{\partial^+ h_t}{\partial W}}: the derivative
 * of a recurrence's step with its earlier state held fixed. symgrad reads a recurrence's earlier state as an input of
 * the step, so ∂⁺ is its ∂; the {@code ^+} (or {@code ^{+}}) after {@code \partial} is dropped, and the reading says so.
 */
final class OneStepPartials {
    private OneStepPartials() {
    }

    /** {@code tokens} without the {@code ^+} of each {@code \partial^+}; a note in {@code notes} where there was one. */
    static List<Token> stripped(List<Token> tokens, List<ReadingNote> notes) {
        List<Token> out = new ArrayList<>(tokens.size());
        boolean any = false;
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.get(i));
            if (tokens.get(i).getType() != LatexLexer.PARTIAL || i + 2 >= tokens.size() || tokens.get(i + 1).getType() != LatexLexer.CARET) {
                continue;
            }
            if (tokens.get(i + 2).getType() == LatexLexer.PLUS) {
                i += 2;
                any = true;
            } else if (i + 4 < tokens.size() && tokens.get(i + 2).getType() == LatexLexer.LBRACE
                    && tokens.get(i + 3).getType() == LatexLexer.PLUS && tokens.get(i + 4).getType() == LatexLexer.RBRACE) {
                i += 4;
                any = true;
            }
        }
        if (any) {
            notes.add(new ReadingNote("\\partial^+ read as the immediate partial derivative: the recurrence's earlier state held fixed", null));
        }
        return any ? out : tokens;
    }
}
