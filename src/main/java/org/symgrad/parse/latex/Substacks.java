package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * {@code \substack{k=1 \\ k \neq i}} under a sum or product: the lines of the stack are the conditions of one subscript,
 * read as {@code _{k=1, k \neq i}} is. The command and, where it fills a brace group of its own ({@code _{\substack{…}}}),
 * its braces are dropped, and each line break at its top level becomes a comma.
 */
final class Substacks {
    private Substacks() {
    }

    static List<Token> rewritten(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 0; i + 1 < out.size(); i++) {
            if (out.get(i).getType() != LatexLexer.CMD || !out.get(i).getText().equals("\\substack")
                    || out.get(i + 1).getType() != LatexLexer.LBRACE) {
                continue;
            }
            int close = LatexTokens.matchingBrace(out, i + 1);
            if (close < 0) {
                continue;
            }
            int depth = 0;
            for (int k = i + 2; k < close; k++) {
                int type = out.get(k).getType();
                depth += type == LatexLexer.LBRACE ? 1 : type == LatexLexer.RBRACE ? -1 : 0;
                if (depth == 0 && type == LatexLexer.LINEBREAK) {
                    CommonToken comma = new CommonToken(out.get(k));
                    comma.setType(LatexLexer.COMMA);
                    comma.setText(",");
                    out.set(k, comma);
                }
            }
            boolean filled = i > 0 && out.get(i - 1).getType() == LatexLexer.LBRACE && close + 1 < out.size()
                    && out.get(close + 1).getType() == LatexLexer.RBRACE;
            if (filled) {
                out.remove(close);
                out.remove(i + 1);
            }
            out.remove(i);
        }
        return out;
    }
}
