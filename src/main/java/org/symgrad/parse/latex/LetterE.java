package org.symgrad.parse.latex;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The letter e as a quantity: a document that differentiates by it ({@code \frac{\partial p^*}{\partial e}}, {@code \frac{dC}{de}})
 * means a rate or a coefficient it calls e (Levins's extinction rate in {@code c p (1 - p) - e p}), not Euler's number, which
 * nothing is differentiated by; so does one that defines a function of it ({@code h(e) = \sqrt{1 + e^2} - 1}, a loss of the error
 * e, {@link #aParameter}). Then every bare e of the document is that quantity.
 */
public final class LetterE {
    private LetterE() {
    }

    /**
     * Whether a display of {@code displays} defines a function of the bare letter e ({@code h(e) = \sqrt{1 + e^2} - 1}, whose
     * {@code h'(e)} then reads), where no formula of {@code all} (displays and inline math) raises e to anything but a whole
     * number ({@code e^{-x}}, {@code e^x} write Euler's number, and then the e of {@code h(e)} is left as the reader takes it).
     */
    public static boolean aParameter(List<List<Token>> displays, List<List<Token>> all) {
        return displays.stream().anyMatch(f -> DefinedFunctions.parameters(f).contains("e"))
                && all.stream().noneMatch(LetterE::raisedToAnythingButANumber);
    }

    /**
     * Whether the document declares a vector or matrix with e entries ({@code V \in \mathbb{R}^{n \times e}}, {@link Dimensions})
     * and no formula of {@code all} raises e to anything but a whole number: then {@code \sum_{k=1}^{e}} runs to that size.
     */
    public static boolean aSize(String document, List<List<Token>> all) {
        return Dimensions.sizes(document).contains("e") && all.stream().noneMatch(LetterE::raisedToAnythingButANumber);
    }

    /** Whether {@code tokens} write {@code e^} followed by anything other than digits, bare or in braces. */
    private static boolean raisedToAnythingButANumber(List<Token> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).getText().equals("e") || tokens.get(i).getType() != LatexLexer.LETTER
                    || tokens.get(i + 1).getType() != LatexLexer.CARET) {
                continue;
            }
            int k = i + 2;
            if (tokens.get(k).getType() == LatexLexer.DIGIT) {
                continue; // e^2
            }
            if (tokens.get(k).getType() != LatexLexer.LBRACE) {
                return true;
            }
            k++;
            int digits = 0;
            while (k < tokens.size() && tokens.get(k).getType() == LatexLexer.DIGIT) {
                k++;
                digits++;
            }
            if (digits == 0 || k >= tokens.size() || tokens.get(k).getType() != LatexLexer.RBRACE) {
                return true; // e^{-x}, e^{x}
            }
        }
        return false;
    }

    /** Whether {@code tokens} (a document's math) write a derivative by the bare letter e: {@code \partial e} or {@code d e} closing a denominator. */
    public static boolean differentiatedBy(List<Token> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.getText().equals("e") || t.getType() != LatexLexer.LETTER || tokens.get(i + 1).getType() != LatexLexer.RBRACE) {
                continue;
            }
            Token before = tokens.get(i - 1);
            boolean partial = before.getType() == LatexLexer.PARTIAL;
            boolean d = before.getType() == LatexLexer.LETTER && before.getText().equals("d") && i >= 2
                    && tokens.get(i - 2).getType() == LatexLexer.LBRACE;
            if (partial || d) {
                return true;
            }
        }
        return false;
    }
}
