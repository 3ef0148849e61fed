package org.symgrad.parse.latex;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Whether a document uses a bare {@code \pi} as a quantity of its own, read once over its whole math: a
 * zero-inflated model's mixing probability, {@code \ell_0(\pi, \lambda) = \log(\pi + (1 - \pi) e^{-\lambda})} and
 * {@code \frac{\partial \ell_0}{\partial \pi}} (Lambert 1992). There π is a variable, not the number 3.14159…
 * ({@code 2 \pi - 3 \pi^2} is twice the variable); a document that writes the number in a normaliser
 * ({@code \sqrt{2 \pi}}, {@code \log(2\pi)}, {@code (2\pi)^{-1/2}}) keeps reading π as the number everywhere.
 * A subscripted {@code \pi_k} is another name and is a variable either way.
 */
public final class PiUse {
    /** The name a bare π that is a variable is read as; a report prints it as π ({@code print/SymbolSpelling}). */
    public static final String VARIABLE = "varpi";

    private PiUse() {
    }

    /**
     * Whether the formulas (a whole document's math) use the bare π as a variable: they differentiate by it
     * ({@code \partial \pi}, {@code d\pi}) or list it as a parameter on the left of a definition
     * ({@code f(\pi, \lambda) =}), and never write it as the number in a normaliser ({@code \sqrt{2\pi}}).
     */
    public static boolean asVariable(List<List<Token>> formulas) {
        boolean variable = false;
        for (List<Token> tokens : formulas) {
            int firstEq = -1;
            for (int i = 0; i < tokens.size(); i++) {
                int type = tokens.get(i).getType();
                if (type == LatexLexer.EQ || type == LatexLexer.DEF_EQ) {
                    firstEq = i;
                    break;
                }
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (!isPi(tokens.get(i))) {
                    continue;
                }
                int before = i > 0 ? tokens.get(i - 1).getType() : -1;
                int after = i + 1 < tokens.size() ? tokens.get(i + 1).getType() : -1;
                if (after == LatexLexer.UNDERSCORE) {
                    continue; // π_k: a name of its own
                }
                if (before == LatexLexer.DIGIT && i > 1 && opensGroup(tokens.get(i - 2).getType())
                        && (after == LatexLexer.RBRACE || after == LatexLexer.RPAREN || after == LatexLexer.GREEK || after == -1)) {
                    return false; // \sqrt{2\pi}, \log(2\pi), (2\pi)^{-1/2}, \sqrt{2\pi\sigma^2}: the number
                }
                // ∂π(a), a policy π differentiated at an action, is a function's value: no evidence either way
                boolean differentiated = after != LatexLexer.LPAREN
                        && (before == LatexLexer.PARTIAL || before == LatexLexer.DIFF_D);
                boolean parameter = i < firstEq && (before == LatexLexer.LPAREN || before == LatexLexer.COMMA)
                        && (after == LatexLexer.RPAREN || after == LatexLexer.COMMA);
                variable |= differentiated || parameter;
            }
        }
        return variable;
    }

    private static boolean opensGroup(int type) {
        return type == LatexLexer.LBRACE || type == LatexLexer.LPAREN || type == LatexLexer.FUNC;
    }

    private static boolean isPi(Token t) {
        return t.getType() == LatexLexer.GREEK && (t.getText().equals("\\pi") || t.getText().equals("\u03C0"));
    }
}
