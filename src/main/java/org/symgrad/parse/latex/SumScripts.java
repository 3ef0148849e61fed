package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The scripts written on one Σ or Π of a formula's tokens, in the order written ({@code \sum_{t=0}^{T}}: the lower
 * {@code {t=0}}, then the upper {@code {T}}); each argument is a brace group, braces included, or one token.
 *
 * @param scripts the scripts, each an upper ({@code ^}) or a lower ({@code _}) one with its argument
 * @param begin   the index of the first token of the scripts, right after the Σ or Π
 * @param end     the index of the first token after them, where the summand begins
 */
record SumScripts(List<Script> scripts, int begin, int end) {
    /** One script: whether it is the upper ({@code ^}) and its argument as written. */
    record Script(boolean upper, List<Token> arg) {
        /** The argument without its braces: {@code t=0} of {@code {t=0}}. */
        List<Token> inner() {
            return arg.size() >= 2 && arg.get(0).getType() == LatexLexer.LBRACE ? arg.subList(1, arg.size() - 1) : arg;
        }
    }

    /** The scripts of every Σ and Π of {@code tokens}, one entry per Σ or Π; an unclosed argument ends its scripts. */
    static List<SumScripts> in(List<Token> tokens) {
        List<SumScripts> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type != LatexLexer.SUM && type != LatexLexer.PROD) {
                continue;
            }
            List<Script> scripts = new ArrayList<>();
            int k = i + 1;
            while (k + 1 < tokens.size()) {
                int script = tokens.get(k).getType();
                if (script != LatexLexer.UNDERSCORE && script != LatexLexer.CARET) {
                    break;
                }
                int argEnd = LatexTokens.argumentEnd(tokens, k + 1);
                if (argEnd < 0) {
                    break;
                }
                scripts.add(new Script(script == LatexLexer.CARET, tokens.subList(k + 1, argEnd)));
                k = argEnd;
            }
            out.add(new SumScripts(scripts, i + 1, k));
        }
        return out;
    }
}
