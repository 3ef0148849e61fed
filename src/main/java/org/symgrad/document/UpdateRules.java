package org.symgrad.document;

import java.util.List;
import java.util.regex.Pattern;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.latex.Target;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * An update rule, a step of an iteration: the name on the left is on the right too ({@code \theta_j := \theta_j +
 * \alpha(y - e^{\theta^T x})x_j}, {@code w = w - \eta g}). It gives the name its next value from its current one, so it is
 * neither a definition of the name (read as one, it was a recursive definition that left every step using the name
 * unread) nor an equation to check (θ_j = θ_j + α… is false as one).
 */
final class UpdateRules {
    /** What a display's update rule says it is. */
    static final String NOT_CHECKED = "an update rule (its left side is on its right side too): a step of an iteration, "
            + "neither a definition nor an equation, not checked";

    private UpdateRules() {
    }

    /**
     * Whether the formula ({@code T = R}, {@code T := R}) writes the name of its left side as a word of its own in its right
     * side: {@code w} in {@code w - \eta g}, {@code \theta_j} in {@code \theta_j + \alpha g_j}; the name of a function's left
     * side is its letter ({@code f} of {@code f(x)}), in its right side only where that calls it. A letter inside a longer name is none: p is not in {@code \exp}, h not in
     * {@code \theta}, A not in {@code A_0} (a subscript makes another name), and a label is none: o is not in {@code a_o} or
     * {@code a_{o}}, the output gate's pre-activation of {@code o = \sigma(a_o)}.
     */
    static boolean writesItsName(String formula) {
        List<String> links = InlineDefinitions.links(formula);
        if (links.size() < 2) {
            return false;
        }
        String left = links.get(0).strip();
        boolean call = left.contains("(");
        String name = InlineDefinitions.leftName(left);
        String rest = String.join("=", links.subList(1, links.size())).replaceAll("\\s+", "");
        // a function's name is in its right side where the side calls it: the π of \sqrt{2\pi} in π(a)'s density is the number
        return !name.isEmpty() && Pattern.compile("(?<![A-Za-z\\\\_])(?<!_\\{)" + Pattern.quote(name) + (call ? "(\\\\left)?\\(" : "(?![A-Za-z_])"))
                .matcher(rest).find();
    }

    /**
     * Whether a display that would define {@code t} by {@code body} is an update of it: with {@code :=}, the body holds the
     * very value the left side names (the name, or its entry at the same indices); with {@code =}, that value is a term of the
     * body ({@code w = w - \eta g}), where {@code q_j = 1 + \frac{1}{2} q_j^2} is an equation q_j solves, no update (refused as
     * a recursive definition). The left side is no call, square or magnitude.
     */
    static boolean updates(Target t, int relation, Side body) {
        if (t.isCall() || t.squared() || t.magnitude() || t.builtIn() || body.expr().isEmpty()) {
            return false;
        }
        Expr b = body.expr().get();
        if (relation == LatexLexer.DEF_EQ) {
            return Exprs.any(b, e -> e.equals(t.variable()));
        }
        return relation == LatexLexer.EQ && b instanceof Add sum && sum.terms().contains(t.variable());
    }
}
