package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Why a vector or matrix before parentheses that hold a number is not read ({@code X^T (h - y)} where nothing makes h or y a
 * vector): a product with a number, or the vector or matrix of an argument, could each be meant. The message names what the
 * parentheses hold and the plain names in it that no declaration, definition or bold type makes vectors or matrices, the cause a writer can
 * fix, instead of the notation (a transpose) the number reader does not take.
 */
final class NumberOperands {
    private NumberOperands() {
    }

    /** The message for {@code before} ({@code X^T}) written before the parentheses holding {@code argument}. */
    static String message(VectorReader reader, String before, LatexParser.ExprContext argument) {
        List<String> names = new ArrayList<>(names(reader, argument));
        String unknown = names.isEmpty() ? "" : ": " + String.join(", ", names) + (names.size() == 1 ? " is" : " are")
                + " not declared, defined or written bold as " + (names.size() == 1 ? "a vector or matrix" : "vectors or matrices");
        return before + " before (" + reader.text(argument) + "), a number here" + unknown;
    }

    /** The plain letters and Greek letters the argument writes, other than as a function before its own parentheses. */
    private static Set<String> names(VectorReader reader, ParseTree tree) {
        Set<String> out = new LinkedHashSet<>();
        if (tree instanceof LatexParser.PostfixContext p && (p.primary() instanceof LatexParser.LetterContext
                || p.primary() instanceof LatexParser.GreekContext)
                && !(p.postOp().size() == 1 && p.postOp(0) instanceof LatexParser.CallOpContext)) {
            out.add(reader.text((ParserRuleContext) p.primary()));
        }
        for (int k = 0; k < tree.getChildCount(); k++) {
            out.addAll(names(reader, tree.getChild(k)));
        }
        return out;
    }
}
