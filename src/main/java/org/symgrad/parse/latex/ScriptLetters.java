package org.symgrad.parse.latex;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Letters a document writes both in a script font and plain, read once over its whole math: PRML's
 * {@code \mathcal{L}} beside its own {@code L} (a Lagrangian beside a loss, a regularised loss
 * {@code \mathcal{L} = L + \lambda R}) are two names. A document that writes only {@code \mathcal{L}}
 * keeps reading it as L, as it always has. A letter in a sub- or superscript ({@code \mathrm{smooth}_{L_1}},
 * {@code W^{L}}) is a label or an index there, not the plain name.
 */
public final class ScriptLetters {
    private ScriptLetters() {
    }

    /** The letters these tokens (a whole document's math) write both as {@code \mathcal{X}} and as a plain X. */
    public static Set<String> apart(List<Token> tokens) {
        Set<String> script = new TreeSet<>();
        Set<String> plain = new TreeSet<>();
        // the brace depths at which a sub- or superscript's group opened; a letter inside one is no plain name
        Deque<Integer> scripts = new ArrayDeque<>();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (type == LatexLexer.LBRACE) {
                depth++;
                continue;
            }
            if (type == LatexLexer.RBRACE) {
                if (!scripts.isEmpty() && scripts.peek() == depth) {
                    scripts.pop();
                }
                depth--;
                continue;
            }
            if (type == LatexLexer.FONT && LatexNames.SCRIPT_FONTS.containsKey(t.getText())) {
                int at = i + 1 < tokens.size() && tokens.get(i + 1).getType() == LatexLexer.LBRACE ? i + 2 : i + 1;
                if (at < tokens.size() && tokens.get(at).getType() == LatexLexer.LETTER) {
                    script.add(tokens.get(at).getText());
                    i = at;
                }
                continue;
            }
            boolean afterScript = i > 0 && (tokens.get(i - 1).getType() == LatexLexer.UNDERSCORE
                    || tokens.get(i - 1).getType() == LatexLexer.CARET);
            if (afterScript && type != LatexLexer.LBRACE) {
                continue; // x_L, W^L: one token in a script
            }
            if (type == LatexLexer.LETTER && scripts.isEmpty()) {
                plain.add(t.getText());
            }
            if (i + 1 < tokens.size() && (type == LatexLexer.UNDERSCORE || type == LatexLexer.CARET)
                    && tokens.get(i + 1).getType() == LatexLexer.LBRACE) {
                scripts.push(depth + 1);
            }
        }
        script.retainAll(plain);
        return script;
    }
}
