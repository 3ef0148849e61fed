package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Num;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.Relation;
import org.symgrad.rewrite.StepLaws;
import org.symgrad.rewrite.Trace;

/**
 * A case split's condition read as the comparison the input wrote ({@value StepLaws#CONDITION_AS_WRITTEN}):
 * {@code max(x, 2x²)′ = where(2x² > x, 4x, 1)}, not {@code where(−x(1 − 2x) > 0, 4x, 1)}. The input's
 * comparisons are the two arguments of each {@code max} and {@code min}, the value and each bound of a
 * {@code clip}, the two sides of each condition of a {@code where}, and the argument of an {@code abs}
 * or {@code relu} against 0; a result's condition {@code l ρ r}
 * whose difference {@code l − r} is, in the normal form, the difference {@code a − b} of such a pair is
 * written {@code a ρ b} — the same set of points, so an identity everywhere. Taken only where it reads
 * shorter ({@link TextbookCost}): {@code s − y > 0} stays beside the quantile loss's
 * {@code max(α(y − s), (α − 1)(y − s))}, and so does a condition already as short as the pair's, and a
 * bound of a quantity at a jump other than 0 ({@code x > −3} beside relu6's {@code max(0, x + 3)}).
 * The derivation applies it to its last form, beside the differences as written
 * ({@link WrittenDifferences}): the simplifier sees only the derivative, whose steps
 * ({@code heaviside(x − 2x²)}) no longer say which comparison the input wrote.
 */
public final class WrittenConditions {
    /** The comparisons the input wrote, each as its two sides. */
    private final List<Expr[]> pairs;
    private final Normalizer normalizer;

    private WrittenConditions(List<Expr[]> pairs, Normalizer normalizer) {
        this.pairs = pairs;
        this.normalizer = normalizer;
    }

    /**
     * {@code result}, a form of the derivative of {@code input}, with its case splits' conditions
     * written as the comparisons {@code input} and {@code bodies} (the lets it uses) write, where
     * that reads shorter; {@code result} itself where none is.
     */
    public static Expr written(Expr input, List<Expr> bodies, Expr result) {
        if (!Exprs.any(result, WrittenConditions::isCaseSplit)) {
            return result;
        }
        List<Expr> all = new ArrayList<>(bodies);
        all.add(0, input);
        List<Expr[]> pairs = new ArrayList<>();
        all.forEach(e -> collect(e, pairs));
        if (pairs.isEmpty()) {
            return result;
        }
        return new WrittenConditions(pairs, new Normalizer(Budget.standard(), List.of(), List.of(), false))
                .written(result, new org.symgrad.rewrite.TraceRecorder());
    }

    private static boolean isCaseSplit(Expr e) {
        return e instanceof Fn f && f.name().equals(FunctionRegistry.WHERE);
    }

    /** The comparisons {@code input} writes, compared by {@code normalizer}. */
    static WrittenConditions in(Expr input, Normalizer normalizer) {
        List<Expr[]> pairs = new ArrayList<>();
        collect(input, pairs);
        return new WrittenConditions(pairs, normalizer);
    }

    private static void collect(Expr e, List<Expr[]> out) {
        if (e instanceof Fn f) {
            List<Expr> a = f.args();
            switch (f.name()) {
                case "max", "min" -> {
                    if (a.size() == 2) {
                        out.add(new Expr[] {a.get(0), a.get(1)});
                    }
                }
                case "abs", "relu" -> {
                    // |u| and relu(u) switch where u > 0: u against 0
                    if (a.size() == 1) {
                        out.add(new Expr[] {a.get(0), Exprs.ZERO});
                    }
                }
                case "clip" -> {
                    if (a.size() == 3) {
                        out.add(new Expr[] {a.get(0), a.get(1)});
                        out.add(new Expr[] {a.get(0), a.get(2)});
                    }
                }
                case FunctionRegistry.WHERE -> {
                    if (a.size() == 3 && a.get(0) instanceof Fn c && c.args().size() == 2
                            && Relation.ofFunction(c.name()).isPresent()) {
                        out.add(new Expr[] {c.args().get(0), c.args().get(1)});
                    }
                }
                default -> {
                }
            }
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /** {@code e} with each condition of its case splits written as a comparison the input wrote, where that reads shorter. */
    Expr written(Expr e, Trace trace) {
        if (pairs.isEmpty()) {
            return e;
        }
        return rewritten(e, trace);
    }

    private Expr rewritten(Expr e, Trace trace) {
        Expr out = Exprs.mapChangedChildren(e, c -> rewritten(c, trace));
        if (out instanceof Fn f && f.name().equals(FunctionRegistry.WHERE) && f.args().size() == 3
                && f.args().get(0) instanceof Fn c && c.args().size() == 2) {
            Optional<Relation> relation = Relation.ofFunction(c.name());
            if (relation.isPresent()) {
                Optional<Expr> asWritten = asWritten(c, relation.get());
                if (asWritten.isPresent()) {
                    trace.fired(StepLaws.CONDITION_AS_WRITTEN);
                    List<Expr> args = new ArrayList<>(f.args());
                    args.set(0, asWritten.get());
                    return Exprs.fn(f.name(), args.toArray(Expr[]::new));
                }
            }
        }
        return out;
    }

    private Optional<Expr> asWritten(Fn condition, Relation relation) {
        if (condition.args().stream().anyMatch(side -> side instanceof Num n && !n.value().isZero())) {
            // a quantity against a jump other than 0 is already the bound a book writes: x > −3 for relu6(x + 3)
            return Optional.empty();
        }
        Expr difference = normalizer.canonical(Exprs.sub(condition.args().get(0), condition.args().get(1)));
        Expr best = null;
        int cost = TextbookCost.of(condition);
        List<Expr[]> sides = new ArrayList<>();
        for (Expr[] pair : pairs) {
            sides.add(pair);
            sides.add(new Expr[] {pair[1], pair[0]});
        }
        for (Expr[] pair : sides) {
            if (normalizer.canonical(Exprs.sub(pair[0], pair[1])).equals(difference)) {
                // l ρ r is (l − r) ρ 0, which is (a − b) ρ 0: a ρ b
                Expr candidate = Exprs.fn(relation.function(), pair[0], pair[1]);
                if (TextbookCost.of(candidate) < cost && !candidate.equals(condition)) {
                    best = candidate;
                    cost = TextbookCost.of(candidate);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
