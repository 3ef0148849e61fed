package org.symgrad.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.simplify.WrittenFunctions;

/**
 * The steps of a derivation that undo an earlier step: a step brings back a part of the
 * expression — a difference, a product, a fraction — that an earlier step took away, up to the
 * order of terms and factors ({@link StepLog#key}); a function the normal form writes as another ({@code log1p},
 * {@code expm1}, {@code logit}) is such a part. Writing {@code x − 1} and later {@code 1 − x}
 * back, combining fractions and later splitting them again, expanding a product and later
 * factoring the same factor back: each brings back what the earlier step removed. A derivation
 * that moves forward has none (the differentiation itself is not looked at: it only removes
 * derivatives).
 */
public final class StepUndos {
    /** Step {@code step} brings back {@code part}, which step {@code undone} removed. */
    public record Undo(int undone, int step, String rule, Expr part) {
    }

    /** The smallest part counted, in nodes: {@code x − 1} has 4 ({@code x + (−1)}). */
    private static final int SMALLEST = 3;

    private StepUndos() {
    }

    /** The undos among {@code d}'s own steps (its sub-derivations are derivations of their own). */
    public static List<Undo> of(Derivation d) {
        return of(d.start(), d.steps());
    }

    /** The undos among {@code steps}, which start from {@code start}. */
    static List<Undo> of(Expr start, List<Step> steps) {
        List<Set<Expr>> parts = new ArrayList<>();
        parts.add(parts(start));
        for (Step s : steps) {
            parts.add(parts(s.expr()));
        }
        // parts.get(i) are the parts before step i, parts.get(i + 1) after it
        List<Set<Expr>> removed = new ArrayList<>();
        List<Undo> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Expr before = i == 0 ? start : steps.get(i - 1).expr();
            boolean differentiating = Exprs.any(before, e -> e instanceof Derivative);
            Set<Expr> gone = new HashSet<>(parts.get(i));
            gone.removeAll(parts.get(i + 1));
            Set<Expr> brought = new HashSet<>(parts.get(i + 1));
            brought.removeAll(parts.get(i));
            if (!differentiating) {
                for (int k = 0; k < removed.size(); k++) {
                    for (Expr part : brought) {
                        if (removed.get(k).contains(part)) {
                            out.add(new Undo(k, i, steps.get(i).rule(), part));
                            break;
                        }
                    }
                }
            }
            removed.add(differentiating ? Set.of() : gone);
        }
        return out;
    }

    /** The keys of {@code e}'s sums, products and powers of at least {@link #SMALLEST} nodes. */
    private static Set<Expr> parts(Expr e) {
        Set<Expr> out = new HashSet<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, Set<Expr> out) {
        // a function the normal form writes as another (log1p(u) as log(1 + u)) is a part of any size: writing it so
        // and a later step writing the name back undo each other
        boolean part = (e instanceof Add || e instanceof Mul || e instanceof Pow p && !(p.exponent() instanceof Num))
                && Exprs.count(e, x -> true) >= SMALLEST || WrittenFunctions.canonicallyAFunctionOrASum(e);
        if (part && !Exprs.any(e, x -> x instanceof Derivative)) {
            out.add(StepLog.key(e));
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }
}
