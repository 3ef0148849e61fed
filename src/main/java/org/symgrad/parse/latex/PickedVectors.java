package org.symgrad.parse.latex;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A vector picked by a label letter as a statement's first side, {@code \mathbf{h}_t}, {@code \mathbf{h}_{t-1}},
 * {@code \boldsymbol{\mu}_k}, {@code \hat{\mathbf{y}}_t}: its derivatives are read entry by entry (h_{ti}), so a statement
 * that defines it by vector notation ({@code \mathbf{h}_t = \tanh(\mathbf{a}_t)}, {@code \mathbf{h}_t = \tanh(W\mathbf{h}_{t-1}
 * + U\mathbf{x}_t)}) is read entry by entry too — h_{ti} = tanh(a_{ti}) — not as one number h_t, which would take the matrix
 * W for a number and leave h_{ti} undefined. A digit subscript ({@code \mathbf{x}_1}) is not such a label here. The
 * example's label above the name, {@code \mathbf{z}^{(i)}} (CS229's {@code \mathbf{z}^{(i)} = W\mathbf{x}^{(i)}}), picks
 * it as the subscript does.
 */
final class PickedVectors {
    private PickedVectors() {
    }

    /**
     * Whether {@code side} is a bold or arrowed name alone with a subscript that writes a letter, or with a letter label in
     * brackets above it ({@code ^{(i)}}, {@code ^{[t]}}).
     */
    static boolean picked(List<Token> side) {
        int script = -1;
        for (int k = 0; k < side.size(); k++) {
            if (side.get(k).getType() == LatexLexer.UNDERSCORE || side.get(k).getType() == LatexLexer.CARET) {
                script = k;
                break;
            }
        }
        if (script <= 0 || !VectorEntries.bareName(side.subList(0, script)) || !styled(side.subList(0, script))
                || LatexTokens.argumentEnd(side, script + 1) != side.size()) {
            return false;
        }
        List<Token> label = side.subList(script + 1, side.size());
        if (side.get(script).getType() == LatexLexer.CARET && !bracketed(label)) {
            return false;
        }
        boolean letter = false;
        for (Token t : label) {
            switch (t.getType()) {
                case LatexLexer.LETTER -> letter |= Character.isLowerCase(t.getText().charAt(0));
                case LatexLexer.DIGIT, LatexLexer.PLUS, LatexLexer.MINUS, LatexLexer.LBRACE, LatexLexer.RBRACE,
                        LatexLexer.LPAREN, LatexLexer.RPAREN, LatexLexer.LBRACK, LatexLexer.RBRACK -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return letter;
    }

    /** Whether a superscript's tokens are a label in brackets, {@code {(i)}} or {@code {[t-1]}}: no power. */
    private static boolean bracketed(List<Token> script) {
        List<Token> inside = script.size() > 2 && script.get(0).getType() == LatexLexer.LBRACE
                && script.get(script.size() - 1).getType() == LatexLexer.RBRACE ? script.subList(1, script.size() - 1) : script;
        return inside.size() > 2 && (inside.get(0).getType() == LatexLexer.LPAREN && inside.get(inside.size() - 1).getType() == LatexLexer.RPAREN
                || inside.get(0).getType() == LatexLexer.LBRACK && inside.get(inside.size() - 1).getType() == LatexLexer.RBRACK);
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
            if (t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) {
                lower = LatexTokens.lowerCaseLetter(t);
            }
        }
        return bold && lower;
    }
}
