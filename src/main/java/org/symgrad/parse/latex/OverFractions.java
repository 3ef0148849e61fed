package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Plain TeX's fraction inside a group, {@code {\partial L \over \partial w}}, as older lecture notes write it: the group is
 * {@code \frac{\partial L}{\partial w}}, and {@code {n \choose k}} is {@code \binom{n}{k}}. Only a braced group with one
 * such command is read so; elsewhere the command stays unknown, with its message.
 */
final class OverFractions {
    private OverFractions() {
    }

    /** {@code tokens} with every braced {@code {a \over b}} and {@code {n \choose k}} written as a fraction or binomial. */
    static List<Token> rewritten(List<Token> tokens) {
        if (tokens.stream().noneMatch(OverFractions::isInfix)) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 0; i < out.size(); i++) {
            if (!isInfix(out.get(i))) {
                continue;
            }
            int open = open(out, i);
            int close = open < 0 ? -1 : LatexTokens.matchingBrace(out, open);
            if (open < 0 || close < 0 || out.subList(open + 1, close).stream().filter(OverFractions::isInfix).count() != 1
                    || open + 1 == i || i + 1 == close) {
                continue;
            }
            Token infix = out.get(i);
            boolean choose = infix.getText().equals("\\choose");
            boolean argument = isArgument(out, open);
            List<Token> group = new ArrayList<>();
            if (argument) {
                group.add(out.get(open));
            }
            group.add(LatexTokens.written(out.get(open), choose ? LatexLexer.BINOM : LatexLexer.FRAC, choose ? "\\binom" : "\\frac"));
            group.add(LatexTokens.written(out.get(open), LatexLexer.LBRACE, "{"));
            group.addAll(out.subList(open + 1, i));
            group.add(LatexTokens.written(infix, LatexLexer.RBRACE, "}"));
            group.add(LatexTokens.written(infix, LatexLexer.LBRACE, "{"));
            group.addAll(out.subList(i + 1, close));
            group.add(LatexTokens.written(out.get(close), LatexLexer.RBRACE, "}"));
            if (argument) {
                group.add(out.get(close));
            }
            List<Token> rest = new ArrayList<>(out.subList(close + 1, out.size()));
            out = new ArrayList<>(out.subList(0, open));
            int next = out.size() + group.size();
            out.addAll(group);
            out.addAll(rest);
            i = next - 1;
        }
        return out;
    }

    /**
     * Whether the group opening at {@code open} is the argument of what stands before it (a script, a fraction's or root's
     * part), which keeps its braces; elsewhere the fraction replaces the group ({@code {d \over dx}} is an operator).
     */
    private static boolean isArgument(List<Token> tokens, int open) {
        if (open == 0) {
            return false;
        }
        int before = tokens.get(open - 1).getType();
        if (before == LatexLexer.RBRACE) {
            int partOpen = LatexTokens.openingBrace(tokens, open - 1);
            return partOpen > 0 && (tokens.get(partOpen - 1).getType() == LatexLexer.FRAC || tokens.get(partOpen - 1).getType() == LatexLexer.BINOM);
        }
        return before == LatexLexer.CARET || before == LatexLexer.UNDERSCORE || before == LatexLexer.FRAC || before == LatexLexer.SQRT
                || before == LatexLexer.BINOM || before == LatexLexer.RBRACK || before == LatexLexer.FONT || before == LatexLexer.DECOR;
    }

    private static boolean isInfix(Token t) {
        return t.getType() == LatexLexer.CMD && (t.getText().equals("\\over") || t.getText().equals("\\choose"));
    }

    /** The brace that opens the group around {@code at}, or -1. */
    private static int open(List<Token> tokens, int at) {
        int depth = 0;
        for (int j = at - 1; j >= 0; j--) {
            int type = tokens.get(j).getType();
            if (type == LatexLexer.RBRACE) {
                depth++;
            } else if (type == LatexLexer.LBRACE && depth-- == 0) {
                return j;
            }
        }
        return -1;
    }
}
