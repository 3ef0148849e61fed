package org.symgrad.simplify;

import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.Relation;
import org.symgrad.rewrite.StepLaws;
import org.symgrad.rewrite.Trace;

/**
 * Two cases with one value on the two sides of an interval read as that interval first, as an
 * indicator reads: {@code where(x > l, 1, where(x < -l, 1, 0))} is
 * {@code where(x >= -l, where(x <= l, 0, 1), 1)} ("0 if −l ≤ x ≤ l, else 1", PyTorch's
 * {@code shrink_backward}). The rewrite is the logic of the conditions alone,
 * {@code where(P, A, where(Q, A, B)) = where(¬Q, where(¬P, B, A), A)}, so it holds everywhere — at
 * the ends of the interval too, and whichever of the bounds is the larger (an empty interval reads
 * A everywhere both ways) — and needs no order of symbolic bounds, where {@link PiecewiseCases}
 * needs numeric jumps. It applies where P and Q bound one quantity from opposite sides
 * ({@code q > a}, {@code q < b}, either side of the comparison); the lower bound is read first.
 */
final class IntervalCases {
    /** The rule name the simplifier reports. */
    static final String ONE_INTERVAL_FIRST = StepLaws.ONE_INTERVAL_FIRST;

    /** A comparison read as {@code quantity relation limit}. */
    private record Bound(Expr quantity, Relation relation, Expr limit) {
        boolean above() {
            return relation == Relation.GT || relation == Relation.GE;
        }

        Bound negated() {
            Relation r = switch (relation) {
                case GT -> Relation.LE;
                case GE -> Relation.LT;
                case LT -> Relation.GE;
                case LE -> Relation.GT;
            };
            return new Bound(quantity, r, limit);
        }

        Expr condition() {
            return Exprs.fn(relation.function(), quantity, limit);
        }
    }

    private IntervalCases() {
    }

    /** {@code e} with each two-sided case split read as its interval first; {@link #ONE_INTERVAL_FIRST} reported where one is. */
    static Expr of(Expr e, Trace trace) {
        Expr kids = Exprs.mapChangedChildren(e, c -> of(c, trace));
        Optional<Expr> read = interval(kids);
        if (read.isEmpty()) {
            return kids;
        }
        trace.fired(ONE_INTERVAL_FIRST);
        return read.get();
    }

    private static Optional<Expr> interval(Expr e) {
        if (!(where(e) instanceof Fn outer) || !(where(outer.args().get(2)) instanceof Fn inner)) {
            return Optional.empty();
        }
        Expr a = outer.args().get(1);
        if (!inner.args().get(1).equals(a) || inner.args().get(2).equals(a)) {
            return Optional.empty();
        }
        Expr b = inner.args().get(2);
        for (Bound p : readings(outer.args().get(0))) {
            for (Bound q : readings(inner.args().get(0))) {
                if (p.quantity().equals(q.quantity()) && p.above() != q.above()) {
                    Bound notP = p.negated();
                    Bound notQ = q.negated();
                    Bound lower = notP.above() ? notP : notQ;
                    Bound upper = notP.above() ? notQ : notP;
                    Fn within = Exprs.fn(FunctionRegistry.WHERE, upper.condition(), b, a);
                    return Optional.of(Exprs.fn(FunctionRegistry.WHERE, lower.condition(), within, a));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code e} if it is a three-argument {@code where}, else null. */
    private static Fn where(Expr e) {
        return e instanceof Fn f && f.name().equals(FunctionRegistry.WHERE) && f.args().size() == 3 ? f : null;
    }

    /** A comparison read with its left side as the quantity, then with its right side. */
    private static List<Bound> readings(Expr condition) {
        if (!(condition instanceof Fn c) || c.args().size() != 2) {
            return List.of();
        }
        Optional<Relation> r = Relation.ofFunction(c.name());
        if (r.isEmpty()) {
            return List.of();
        }
        Relation turned = switch (r.get()) {
            case GT -> Relation.LT;
            case GE -> Relation.LE;
            case LT -> Relation.GT;
            case LE -> Relation.GE;
        };
        return List.of(new Bound(c.args().get(0), r.get(), c.args().get(1)),
                new Bound(c.args().get(1), turned, c.args().get(0)));
    }
}
