package org.symgrad.parse.latex;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A vector picked by a label letter as a statement's first side, {@code \mathbf{h}_t}, {@code \mathbf{h}_{t-1}},
 * {@code \boldsymbol{\mu}_k}, {@code \hat{\mathbf{y}}_t}: its derivatives are read entry by entry (h_{ti}), so a statement
 * that defines it by vector notation ({@code \mathbf{h}_t = \tanh(\mathbf{a}_t)}, {@code \mathbf{h}_t = \tanh(W\mathbf{h}_{t-1}
 * + U\mathbf{x}_t)}) is read entry by entry too — h_{ti} = tanh(a_{ti}) — not as one number h_t, which would take the matrix
 * W for a number and leave h_{ti} undefined. A digit subscript ({@code \mathbf{x}_1}) is not such a label here.
 */
final class PickedVectors {
    private PickedVectors() {
    }

    /** Whether {@code side} is a bold or arrowed name alone with a subscript that writes a letter. */
    static boolean picked(List<Token> side) {
        int under = -1;
        for (int k = 0; k < side.size(); k++) {
            if (side.get(k).getType() == LatexLexer.UNDERSCORE) {
                under = k;
                break;
            }
        }
        if (under <= 0 || !VectorEntries.bareName(side.subList(0, under)) || !styled(side.subList(0, under))
                || LatexTokens.argumentEnd(side, under + 1) != side.size()) {
            return false;
        }
        boolean letter = false;
        for (Token t : side.subList(under + 1, side.size())) {
            switch (t.getType()) {
                case LatexLexer.LETTER -> letter |= Character.isLowerCase(t.getText().charAt(0));
                case LatexLexer.DIGIT, LatexLexer.PLUS, LatexLexer.MINUS, LatexLexer.LBRACE, LatexLexer.RBRACE -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return letter;
    }

    /** Whether the name is written bold or with an arrow, and lower-case: a vector, not a matrix or a number. */
    private static boolean styled(List<Token> name) {
        boolean bold = false;
        boolean lower = false;
        for (Token t : name) {
            if (t.getType() == LatexLexer.FONT && VectorEntries.BOLD.contains(t.getText())
                    || t.getType() == LatexLexer.DECOR && t.getText().equals("\\vec")) {
                bold = true;
            }
            if (t.getType() == LatexLexer.LETTER) {
                lower = Character.isLowerCase(t.getText().charAt(0));
            }
            if (t.getType() == LatexLexer.GREEK) {
                lower = Character.isLowerCase(t.getText().charAt(1));
            }
        }
        return bold && lower;
    }
}
