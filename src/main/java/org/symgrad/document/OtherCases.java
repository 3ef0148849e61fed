package org.symgrad.document;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.symgrad.parse.latex.Condition;

/**
 * Prose that turns to the other side of the case stated before it: "and otherwise", "Otherwise,", "else", "in the other
 * case", "if not" between two displays. The display after it holds where the case does not: under {@code y w^\top x < 1}
 * the "otherwise" step {@code \partial L / \partial w = 0} is about {@code y w^\top x \ge 1}, and under {@code i = j} about
 * {@code i \ne j}. Kept in the stated case, a right "otherwise" step was false there; left without a case, it was false
 * where the first case holds.
 */
final class OtherCases {
    /** The prose: a link word at most, the word of the other case, and no math of its own (a case of its own is stated so). */
    private static final Pattern OTHERWISE = Pattern.compile("(?i)^[\\s,;]*(?:(?:and|but|while|whereas)\\s+)?(?:otherwise|else"
            + "|in\\s+the\\s+other\\s+cases?|in\\s+all\\s+other\\s+cases|if\\s+not)\\b[^$]*$");
    /** Each order relation and the one that holds where it does not. */
    private static final Map<String, String> COMPLEMENT = Map.of("<", ">=", "<=", ">", ">", "<=", ">=", "<");

    private OtherCases() {
    }

    /** Whether {@code prose} turns to the other side of the case before it. */
    static boolean turns(String prose) {
        return OTHERWISE.matcher(prose).find();
    }

    /** The index branch that holds where {@code b} does not: i ≠ j for i = j. */
    static Assumption.Branch other(Assumption.Branch b) {
        return new Assumption.Branch(b.i(), b.j(), !b.equal());
    }

    /**
     * The case that holds where {@code c} does not, stated at {@code line}: one order relation turned ({@code y f < 1} to
     * {@code y f \ge 1}); empty for a chain ({@code 0 < x < 1}, whose other side is two pieces) or any other relation.
     */
    static Optional<StatedCases.Case> other(StatedCases.Case c, int line) {
        Condition condition = c.condition();
        if (condition.relations().size() != 1 || !COMPLEMENT.containsKey(condition.relations().get(0))) {
            return Optional.empty();
        }
        return Optional.of(new StatedCases.Case(new Condition(condition.operands(), List.of(COMPLEMENT.get(condition.relations().get(0))),
                condition.span(), "not " + condition.text()), line));
    }
}
