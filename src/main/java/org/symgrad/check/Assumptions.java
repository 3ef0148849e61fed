package org.symgrad.check;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Num;
import org.symgrad.print.Printer;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.StopReason;
import org.symgrad.rewrite.TraceRecorder;
import org.symgrad.simplify.Budget;
import org.symgrad.simplify.Rules;
import org.symgrad.simplify.Simplifier;

/**
 * The assumptions in force at a point of a script, in order, each admitted only if it is consistent
 * with those before it. With the earlier assumptions applied, a new one {@code lhs = rhs} is
 * <ul>
 *   <li>redundant when {@code lhs − rhs} normalises to 0 ({@code assume x = x}, or the same
 *       assumption twice): it changes nothing, and is not added (as a rule it would rewrite
 *       {@code x} to {@code x} without end);</li>
 *   <li>a contradiction when {@code lhs − rhs} normalises to a nonzero number
 *       ({@code assume x = x + 1}; {@code assume sum_k t_k = 2} after {@code assume sum_k t_k = 1});</li>
 *   <li>about a quantity already fixed when the earlier assumptions rewrite its left side
 *       ({@code assume y = x} after {@code assume y = 1}): the rule could never apply;</li>
 *   <li>circular when, added, the rules rewrite a left side without end ({@code assume x = 2x}, or
 *       {@code assume y = x^2} after {@code assume x = y}).</li>
 * </ul>
 * The last three are input errors. Immutable: {@link #with} returns a new set.
 */
public final class Assumptions {
    /** Time allowed for deciding one assumption (normal forms of a few small expressions). */
    private static final long MILLIS = 5_000;

    private final List<Rule> rules;

    private Assumptions(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Assumptions none() {
        return new Assumptions(List.of());
    }

    /** The rules, in the order they were assumed. */
    public List<Rule> rules() {
        return rules;
    }

    /** These assumptions and {@code lhs = rhs}; an {@link InputException} when it cannot be admitted. */
    public Assumptions with(Expr lhs, Expr rhs) {
        Rule rule;
        try {
            rule = Rules.assumption(lhs, rhs);
        } catch (IllegalArgumentException bringsBackItsLeftSide) {
            rule = null;
        }
        Simplifier earlier = Simplifier.with(rules, List.of());
        Expr difference = expanded(earlier, Exprs.sub(lhs, rhs));
        if (difference.equals(Exprs.ZERO)) {
            return this;
        }
        if (difference instanceof Num n) {
            throw new InputException(rules.isEmpty()
                    ? "this assumption never holds: its left side minus its right side is always " + n.value()
                    : "this assumption contradicts the earlier ones: with them, its left side minus its right side is "
                            + n.value());
        }
        if (!rules.isEmpty() && !expanded(earlier, lhs).equals(expanded(Simplifier.plain(), lhs))) {
            throw new InputException("an earlier assumption already fixes the left side: with it, this assumption reads "
                    + Printer.ascii(earlier.simplify(lhs)) + " = " + Printer.ascii(earlier.simplify(rhs))
                    + "; state it with a single term on the left");
        }
        if (rule == null) {
            throw new InputException(endless(lhs, rhs));
        }
        List<Rule> next = new ArrayList<>(rules);
        next.add(rule);
        requireTerminating(next, rule);
        return new Assumptions(next);
    }

    /**
     * The message for an assumption whose right side brings its left side back, with the spelling
     * of a symmetry when that is what it says ({@code K_ij = K_ji}: {@code assume K symmetric}).
     */
    private static String endless(Expr lhs, Expr rhs) {
        String message = "this assumption rewrites its left side " + Printer.ascii(lhs) + " without end: its right side "
                + "brings it back";
        if (lhs instanceof Indexed a && rhs instanceof Indexed b && a.name().equals(b.name()) && a.indices().size() == 2
                && a.indices().equals(b.indices().reversed())) {
            return message + "; to say that " + a.name() + " is symmetric, write: assume " + a.name() + " symmetric";
        }
        return message;
    }

    /**
     * Every left side normalises under {@code all} within the budget: a rule whose right side
     * brings back a left side makes the normaliser rewrite until its budget of nested rule
     * applications runs out (or its depth limit, or the stack).
     */
    private static void requireTerminating(List<Rule> all, Rule added) {
        Simplifier simplifier = Simplifier.with(all, List.of());
        for (Rule r : all) {
            TraceRecorder trace = new TraceRecorder();
            boolean endless;
            try {
                simplifier.expanded(r.lhs(), Budget.ofMillis(MILLIS), trace);
                endless = trace.stops().contains(StopReason.BUDGET_EXHAUSTED);
            } catch (LimitException | StackOverflowError e) {
                if (e instanceof LimitException limit && !limit.limit().equals("nesting-depth")) {
                    throw limit;
                }
                endless = true;
            }
            if (endless) {
                throw new InputException(r == added
                        ? endless(added.lhs(), added.rhs().orElse(added.lhs()))
                        : "with this assumption the assumptions rewrite each other without end ("
                                + Printer.ascii(added.lhs()) + " and " + Printer.ascii(r.lhs()) + ")");
            }
        }
    }

    /** The normal form used to decide equalities. */
    private static Expr expanded(Simplifier s, Expr e) {
        return s.expanded(e, Budget.ofMillis(MILLIS));
    }
}
