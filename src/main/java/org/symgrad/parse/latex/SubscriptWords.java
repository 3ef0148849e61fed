package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A function word that is the whole of a subscript is a label, not a function: {@code x_{\\min}},
 * {@code \\lambda_{\\max}}, {@code x_{\\text{min}}}, {@code T_{max}} name the smallest x, the largest
 * λ. A function there has nothing to apply to, so the word becomes a {@code TEXT} token, read as
 * {@code \\mathrm{reg}} in {@code \\mathcal{L}_{\\mathrm{reg}}} is. So does an infinity that is the whole of
 * a letter's subscript: {@code L_\\infty}, {@code L_{\\infty}}, {@code \\theta_\\infty} name the limit of L, of θ (von
 * Bertalanffy's asymptotic length), and no entry sits at an index ∞; it becomes the label {@code infty}. A norm's
 * {@code \\|x\\|_\\infty} and a limit's {@code \\sum_{k=0}^{\\infty}} are no letter's subscript and stay as they are.
 */
final class SubscriptWords {
    private SubscriptWords() {
    }

    /**
     * {@code tokens} with each function word alone in a subscript, and each infinity alone in a letter's
     * subscript, retyped as a text label.
     */
    static List<Token> labels(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 0; i + 1 < out.size(); i++) {
            if (out.get(i).getType() != LatexLexer.UNDERSCORE) {
                continue;
            }
            int before = i > 0 ? out.get(i - 1).getType() : -1;
            boolean ofALetter = before == LatexLexer.LETTER || before == LatexLexer.GREEK;
            int at = i + 1;
            if (out.get(at).getType() == LatexLexer.LBRACE) {
                if (at + 2 >= out.size() || out.get(at + 2).getType() != LatexLexer.RBRACE) {
                    continue;
                }
                at++;
            }
            Token t = out.get(at);
            if (t.getType() == LatexLexer.FUNC || t.getType() == LatexLexer.INFINITY && ofALetter) {
                CommonToken label = new CommonToken(t);
                label.setType(LatexLexer.TEXT);
                label.setText("\\mathrm{" + (t.getType() == LatexLexer.FUNC ? word(t.getText()) : "infty") + "}");
                out.set(at, label);
            }
        }
        return out;
    }

    /** {@code max} of {@code \\max}, {@code max}, {@code \\mathrm{max}} or {@code \\operatorname{max}}. */
    private static String word(String text) {
        int open = text.indexOf('{');
        if (open >= 0) {
            return text.substring(open + 1, text.lastIndexOf('}')).strip();
        }
        return text.startsWith("\\") ? text.substring(1) : text;
    }
}
