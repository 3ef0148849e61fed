package org.symgrad.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;

/**
 * The rewriting combinators on plain expressions, as small as SymbolicUtils' rewriters: a
 * post-order walk that applies the first rule that matches at each node, again at that node until
 * none does (a fixpoint), within a budget of rule applications. An unchanged subtree keeps its
 * identity; a changed sum or product is rebuilt with the flattening factories.
 */
public final class Rewriter {
    private final List<Rule> rules;
    private final Negation negation;
    private final Trace trace;
    private final int budget;
    private int applications;
    private boolean exhausted;

    private Rewriter(List<Rule> rules, Negation negation, Trace trace, int budget) {
        this.rules = List.copyOf(rules);
        this.negation = negation;
        this.trace = trace;
        this.budget = budget;
    }

    /** {@code e} rewritten bottom-up to a fixpoint of {@code rules}, at most {@code budget} applications. */
    public static Rewritten bottomUp(List<Rule> rules, Expr e, int budget, Trace trace) {
        Rewriter r = new Rewriter(rules, Negation.PLAIN, trace, budget);
        Expr out = r.walk(e);
        StopReason reason = r.exhausted ? StopReason.BUDGET_EXHAUSTED : StopReason.SATURATED;
        if (r.exhausted) {
            trace.stopped(reason);
        }
        return new Rewritten(out, reason, r.applications);
    }

    private Expr walk(Expr e) {
        Expr node = children(e);
        while (!exhausted) {
            Optional<Expr> next = once(node);
            if (next.isEmpty()) {
                return node;
            }
            node = children(next.get());
        }
        return node;
    }

    private Expr children(Expr e) {
        List<Expr> kids = Exprs.children(e);
        if (kids.isEmpty()) {
            return e;
        }
        List<Expr> out = new ArrayList<>(kids.size());
        boolean changed = false;
        for (Expr k : kids) {
            Expr r = walk(k);
            changed |= r != k;
            out.add(r);
        }
        if (!changed) {
            return e;
        }
        return switch (e) {
            case Add a -> Exprs.add(out);
            case Mul m -> Exprs.mul(out);
            default -> Exprs.withChildren(e, out);
        };
    }

    private Optional<Expr> once(Expr node) {
        for (Rule rule : rules) {
            Optional<Expr> out = rule.apply(node, negation);
            if (out.isPresent() && !out.get().equals(node)) {
                if (++applications > budget) {
                    exhausted = true;
                    return Optional.empty();
                }
                trace.fired(rule.name());
                return out;
            }
        }
        return Optional.empty();
    }
}
