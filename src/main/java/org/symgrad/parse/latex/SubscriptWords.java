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
 * {@code \\mathrm{reg}} in {@code \\mathcal{L}_{\\mathrm{reg}}} is.
 */
final class SubscriptWords {
    private SubscriptWords() {
    }

    /** {@code tokens} with each function word alone in a subscript retyped as a text label. */
    static List<Token> labels(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 0; i + 1 < out.size(); i++) {
            if (out.get(i).getType() != LatexLexer.UNDERSCORE) {
                continue;
            }
            int at = i + 1;
            if (out.get(at).getType() == LatexLexer.LBRACE) {
                if (at + 2 >= out.size() || out.get(at + 2).getType() != LatexLexer.RBRACE) {
                    continue;
                }
                at++;
            }
            Token t = out.get(at);
            if (t.getType() == LatexLexer.FUNC) {
                CommonToken label = new CommonToken(t);
                label.setType(LatexLexer.TEXT);
                label.setText("\\mathrm{" + word(t.getText()) + "}");
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
