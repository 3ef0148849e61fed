package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.rewrite.Trace;

/**
 * A whole power of a sum the input wrote with a fraction among its terms, written as the input wrote
 * it: the input's {@code 1 + s/a²} normalises to {@code (a² + s)/a²}, and a result {@code a²/(a² + s)}
 * is printed {@code 1/(1 + s/a²)}, {@code (a² − s)²/a⁴} is printed {@code (1 − s/a²)²}, as Ceres'
 * robust losses and Huber's and Tukey's ψ are printed ({@code z(1 − (z/c)²)²}). In each term of a
 * result, the largest whole power of the base (in size) whose every factor the term holds to at
 * least that power on the same side of the fraction bar is written over the input's base — so the
 * term divides by nothing it did not divide by. Kept only where the result reads shorter
 * ({@link TextbookCost}), so a result is a fixed point. Roots of such sums are {@link WrittenRoots}'.
 */
final class WrittenFractionSums {
    /** The name a step cites for writing a power over the input's sum. */
    static final String POWER_OF_WRITTEN_SUM = "power-of-written-sum";

    private final Normalizer normalizer;
    /** The sums the input wrote with a variable denominator, by their normal form. */
    private final Map<Factored, Expr> bases;

    private WrittenFractionSums(Normalizer normalizer, Map<Factored, Expr> bases) {
        this.normalizer = normalizer;
        this.bases = bases;
    }

    /** The sums with a fraction among their terms that {@code input} writes, compared by {@code normalizer}. */
    static WrittenFractionSums in(Expr input, Normalizer normalizer) {
        List<Expr> sums = writtenSums(input);
        // the sum a simplify is asked about is not written back as it is: a/w + z − y is put over one bar
        sums.remove(input);
        Map<Factored, Expr> byForm = new LinkedHashMap<>();
        for (Expr s : sums) {
            Factored f = normalizer.normalize(s);
            if (overVariables(f)) {
                // of sums with one normal form, the shortest (then the first): the choice does not depend on their order
                byForm.merge(f, s, (x, y) -> TextbookCost.of(y) < TextbookCost.of(x) ? y : x);
            }
        }
        return new WrittenFractionSums(normalizer, byForm);
    }

    /** The sums {@code e} writes with a term written with a division by variables in it, in the order a walk from the top meets them. */
    static List<Expr> writtenSums(Expr e) {
        List<Expr> sums = new ArrayList<>();
        collect(e, sums);
        return sums;
    }

    /** What {@link #collect} reports of a subtree: a term written with a division by variables in it ({@code s/a²}, {@code (z/c)²}). */
    private static final int DIVIDES = 1;
    /** … and a subtree that holds a function. */
    private static final int HOLDS_FUNCTION = 2;

    /**
     * Adds to {@code out} each sum in {@code e} with a term written with a division by variables in it, in the order a
     * walk from the top meets them (a sum before the sums inside it), in one walk: whether a term divides, outside any
     * function ({@code 1/exp(u)} is a function's value, not a fraction the input wrote), is found from its parts, not by
     * walking each term again at each sum around it (a walk per level of a deep tree).
     */
    private static int collect(Expr e, List<Expr> out) {
        int at = out.size();
        int below = 0;
        for (Expr c : Exprs.children(e)) {
            below |= collect(c, out);
        }
        boolean divides;
        if (e instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0) {
            // the exponent, a number, holds no function: what is below is the base's
            divides = (below & HOLDS_FUNCTION) == 0;
        } else {
            divides = !(e instanceof Fn) && (below & DIVIDES) != 0;
        }
        if (e instanceof Add && divides) {
            out.add(at, e);
        }
        return (divides ? DIVIDES : 0) | (e instanceof Fn || (below & HOLDS_FUNCTION) != 0 ? HOLDS_FUNCTION : 0);
    }

    /** Whether a normal form is a sum over a product of variables: (a² + s)·a⁻², not a sum or a quotient of sums. */
    private static boolean overVariables(Factored f) {
        int sums = 0;
        boolean below = false;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            if (e.getKey().size() > 1) {
                if (e.getValue() != 1) {
                    return false;
                }
                sums++;
            } else if (e.getValue() < 0) {
                below = true;
            }
        }
        return sums == 1 && below;
    }

    /** {@code result} with each term's whole powers of written sums written over them, where that reads shorter. */
    Expr written(Expr result, Trace trace) {
        if (bases.isEmpty()) {
            return result;
        }
        if (result instanceof Fn cases && cases.name().equals(FunctionRegistry.WHERE) && cases.args().size() == 3) {
            // each branch of a piecewise result on its own: where(s ≤ a², (1 − s/a²)², 0)
            Expr then = written(cases.args().get(1), trace);
            Expr otherwise = written(cases.args().get(2), trace);
            return then == cases.args().get(1) && otherwise == cases.args().get(2) ? result
                    : new Fn(FunctionRegistry.WHERE, List.of(cases.args().get(0), then, otherwise));
        }
        List<Expr> terms = result instanceof Add a ? a.terms() : List.of(result);
        List<Expr> out = new ArrayList<>(terms.size());
        boolean changed = false;
        for (Expr t : terms) {
            Expr w = term(t);
            changed |= w != t;
            out.add(w);
        }
        if (!changed) {
            return result;
        }
        Expr candidate = result instanceof Add ? Exprs.add(out) : out.get(0);
        if (TextbookCost.asPrinted(candidate) >= TextbookCost.asPrinted(result)) {
            return result;
        }
        trace.fired(POWER_OF_WRITTEN_SUM);
        return candidate;
    }

    private Expr term(Expr t) {
        if (hasRoot(t)) {
            return t; // roots and the whole powers beside them are {@link WrittenRoots}'
        }
        Factored f = normalizer.normalize(t);
        if (!normalizer.presenter().present(f).equals(t)) {
            return t; // a term an earlier pass wrote as the input did (exps as written) stays
        }
        Factored remaining = f;
        List<Expr> powers = new ArrayList<>();
        for (Map.Entry<Factored, Expr> b : bases.entrySet()) {
            int m = wholePower(remaining, b.getKey());
            if (m == 0) {
                continue;
            }
            remaining = remaining.multiply(b.getKey().pow(-m, normalizer.budget()));
            powers.add(Exprs.pow(b.getValue(), m));
        }
        if (powers.isEmpty()) {
            return t;
        }
        return WrittenRoots.inOrder(normalizer.presenter().present(remaining), powers);
    }

    private static boolean hasRoot(Expr e) {
        if (e instanceof Pow p && !(p.exponent() instanceof Num k && k.value().isInteger())
                || e instanceof Fn f && f.name().equals("sqrt")) {
            return true;
        }
        return Exprs.children(e).stream().anyMatch(WrittenFractionSums::hasRoot);
    }

    /**
     * The whole power {@code m} of {@code base} largest in size whose every factor {@code f} holds to at
     * least that power on the same side of the fraction bar; 0 when there is none.
     */
    private static int wholePower(Factored f, Factored base) {
        int best = Integer.MAX_VALUE;
        int sign = 0;
        for (Map.Entry<Poly, Integer> e : base.factors().entrySet()) {
            int ratio = f.factors().getOrDefault(e.getKey(), 0) / e.getValue();
            if (ratio == 0 || sign != 0 && sign != Integer.signum(ratio)) {
                return 0;
            }
            sign = Integer.signum(ratio);
            best = Math.min(best, Math.abs(ratio));
        }
        return sign == 0 ? 0 : sign * best;
    }
}
