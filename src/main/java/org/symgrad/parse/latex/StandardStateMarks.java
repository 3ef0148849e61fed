package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The standard-state mark above a name, chemistry's {@code E^\\circ}, {@code \\Delta G^{\\circ}}, {@code K^\\ominus}: the
 * standard potential, the standard free energy, a label of the name and not a power (a superscript has to be a script,
 * and {@code '^' needs a script after it} refused every step of a document that wrote one). The mark becomes the text
 * label {@code \\mathrm{circ}}, read as {@code E^{\\mathrm{std}}} is, a name of its own beside E. A mark after a number,
 * {@code 30^\\circ}, is an angle in degrees and stays as it is.
 */
final class StandardStateMarks {
    private static final Set<String> MARKS = Set.of("\\circ", "\\ominus", "\\varominus", "\\standardstate");

    private StandardStateMarks() {
    }

    /** {@code tokens} with each standard-state mark that is the whole superscript of a name retyped as a text label. */
    static List<Token> labels(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 1; i + 1 < out.size(); i++) {
            if (out.get(i).getType() != LatexLexer.CARET || !afterAName(out, i - 1)) {
                continue;
            }
            int at = i + 1;
            boolean braced = out.get(at).getType() == LatexLexer.LBRACE;
            if (braced && (at + 2 >= out.size() || out.get(at + 2).getType() != LatexLexer.RBRACE)) {
                continue;
            }
            Token mark = out.get(braced ? at + 1 : at);
            if (MARKS.contains(mark.getText().strip())) {
                CommonToken label = new CommonToken(mark);
                label.setType(LatexLexer.TEXT);
                label.setText("\\mathrm{circ}");
                out.set(braced ? at + 1 : at, label);
            }
        }
        return out;
    }

    /** Whether a name ends at {@code at}: a letter, a Greek letter, a name's subscript or a styled letter's brace. */
    private static boolean afterAName(List<Token> tokens, int at) {
        int type = tokens.get(at).getType();
        if (type == LatexLexer.LETTER || type == LatexLexer.GREEK) {
            return true;
        }
        if (type != LatexLexer.RBRACE && type != LatexLexer.LETTER && type != LatexLexer.DIGIT) {
            return false;
        }
        // E_{\mathrm{cell}}^\circ, \hat{K}^\circ: the brace closes a subscript or a styled letter; a number's would not
        int depth = 0;
        for (int k = at; k >= 0; k--) {
            int t = tokens.get(k).getType();
            depth += t == LatexLexer.RBRACE ? 1 : t == LatexLexer.LBRACE ? -1 : 0;
            if (depth == 0) {
                return k > 0 && (tokens.get(k - 1).getType() == LatexLexer.UNDERSCORE || tokens.get(k - 1).getType() == LatexLexer.DECOR
                        || tokens.get(k - 1).getType() == LatexLexer.FONT);
            }
        }
        return false;
    }
}
