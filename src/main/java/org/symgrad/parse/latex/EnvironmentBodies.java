package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.symgrad.parse.latex.gen.LatexParser;

/** The tokens written between an environment's {@code \begin{…}} and {@code \end{…}}, which its reader splits into rows and cells. */
final class EnvironmentBodies {
    private EnvironmentBodies() {
    }

    static List<Token> tokens(LatexParser.EnvironmentContext env) {
        List<Token> out = new ArrayList<>();
        for (int i = 1; i + 1 < env.getChildCount(); i++) {
            collect(env.getChild(i), out);
        }
        return out;
    }

    private static void collect(ParseTree node, List<Token> out) {
        if (node instanceof TerminalNode t) {
            out.add(t.getSymbol());
            return;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            collect(node.getChild(i), out);
        }
    }
}
