package org.symgrad.simplify;

import java.util.Map;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Rational;
import org.symgrad.rewrite.Trace;

/**
 * A difference the input wrote, gathered back out of a sum the normal form multiplied it out in: the scale
 * derivative of the Gumbel log density {@code −(y − μ)/s − exp(−(y − μ)/s) − log s} is
 * {@code ((y − μ)(1 − exp(−(y − μ)/s)) − s)/s²}, not {@code (y(1 − exp(…)) − s − μ(1 − exp(…)))/s²}. A sum of the
 * result (outside functions and Σ bodies) that is of the first degree in the first atom {@code a} of a linear
 * difference {@code D = c·a + …} the input wrote is written {@code D·Q + R}, Q its terms in a divided by c·a and R
 * the rest, where R is free of every atom of D and that reads shorter ({@link TextbookCost}); of several such
 * differences, the one that reads shortest (then the first in the normal form's order of their normal forms), so
 * the form is a function of the sum and of the differences alone. An identity: {@code D·Q + R} multiplies out to the sum.
 * Only sums of at most {@link #MOST_TERMS} terms multiplied out are tried, so the work grows with the result's size
 * polynomially.
 */
final class WrittenDifferencesGathered {
    /** The name a step cites for gathering a written difference. */
    static final String GATHER_DIFFERENCE = "gather-written-difference";
    /**
     * Most terms a sum of the result may have multiplied out for a difference to be gathered from it: a textbook
     * gathers a difference out of a few terms, and the work stays linear in the size of the result (a sum of
     * products of sums, {@code a·σ(a)·(1 − σ(a))·…}, can have exponentially many terms multiplied out).
     */
    static final int MOST_TERMS = 64;

    private final Normalizer normalizer;
    /** The linear differences the input writes, by their expanded normal form. */
    private final Map<Poly, Expr> differences;

    private WrittenDifferencesGathered(Normalizer normalizer, Map<Poly, Expr> differences) {
        this.normalizer = normalizer;
        this.differences = differences;
    }

    /** The linear differences {@code input} writes (anywhere, inside functions too), compared by {@code normalizer}. */
    static WrittenDifferencesGathered in(Expr input, Normalizer normalizer) {
        Map<Poly, Expr> found = new java.util.TreeMap<>();
        collect(input, normalizer, found);
        return new WrittenDifferencesGathered(normalizer, found);
    }

    private static void collect(Expr e, Normalizer normalizer, Map<Poly, Expr> out) {
        if (e instanceof Add a && !Exprs.holdsBoundIndex(e)) {
            Factored f = normalizer.normalize(a);
            // a linear sum of two atoms or more is a number times one sum: nothing else is multiplied out
            if (f.factors().size() == 1 && f.factors().values().iterator().next() == 1) {
                Poly p = f.expand(normalizer.budget());
                if (linear(p)) {
                    out.putIfAbsent(p, normalizer.presenter().polynomial(p));
                }
            }
        }
        Exprs.children(e).forEach(c -> collect(c, normalizer, out));
    }

    /** Whether {@code p} is c₁a₁ + c₂a₂ + … (+ a number), two atoms at least, each to the first power. */
    private static boolean linear(Poly p) {
        int atoms = 0;
        for (Monomial m : p.terms().keySet()) {
            if (m.isOne()) {
                continue;
            }
            if (m.atomCount() != 1 || m.exponent(0) != 1) {
                return false;
            }
            atoms++;
        }
        return atoms >= 2;
    }

    /** {@code result} with each of its sums written over a written difference where that reads shorter. */
    Expr written(Expr result, Trace trace) {
        if (differences.isEmpty()) {
            return result;
        }
        Expr out = rewritten(result);
        if (out != result) {
            trace.fired(GATHER_DIFFERENCE);
        }
        return out;
    }

    private Expr rewritten(Expr e) {
        if (e instanceof Fn || e instanceof IndexSum) {
            return e;
        }
        Expr out = Exprs.mapChangedChildren(e, this::rewritten);
        if (out instanceof Add a) {
            Expr gathered = gathered(a);
            if (gathered != null) {
                return gathered;
            }
        }
        return out;
    }

    /** {@code a} written as D·Q + R over the difference that reads shortest; null when none reads shorter. */
    private Expr gathered(Add a) {
        Factored f = normalizer.normalize(a);
        if (!f.isPolynomial() || f.expandedSizeBound() > MOST_TERMS) {
            return null;
        }
        Poly p = f.expand(normalizer.budget());
        Expr best = null;
        int bestCost = TextbookCost.asPrinted(a);
        for (Map.Entry<Poly, Expr> d : differences.entrySet()) {
            Expr candidate = over(p, d.getKey(), d.getValue());
            if (candidate != null && TextbookCost.asPrinted(candidate) < bestCost) {
                best = candidate;
                bestCost = TextbookCost.asPrinted(candidate);
            }
        }
        return best;
    }

    /** {@code p} as D·Q + R, R free of D's atoms and Q no number; null when it is no such sum. */
    private Expr over(Poly p, Poly d, Expr written) {
        Monomial lead = null;
        Rational c = null;
        for (Map.Entry<Monomial, Rational> t : d.terms().entrySet()) {
            if (!t.getKey().isOne()) {
                lead = t.getKey();
                c = t.getValue();
                break;
            }
        }
        Expr a = lead.atom(0);
        Poly q = Poly.ZERO;
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            Integer k = t.getKey().powers().get(a);
            if (k == null) {
                continue;
            }
            if (k != 1) {
                return null;
            }
            q = q.add(Poly.monomial(t.getValue().divide(c), t.getKey().divide(lead)), normalizer.budget());
        }
        if (q.isZero() || q.size() < 2 && q.terms().keySet().iterator().next().isOne()) {
            return null; // a number times D is the normal form's own factoring, or no gathering at all
        }
        Poly rest = p.add(d.multiply(q, normalizer.budget()).negate(), normalizer.budget());
        if (rest.isZero()) {
            return null; // the whole sum is D·Q: the normal form's factoring
        }
        for (Monomial m : d.terms().keySet()) {
            for (int i = 0; i < m.atomCount(); i++) {
                Expr atom = m.atom(i);
                if (rest.terms().keySet().stream().anyMatch(r -> r.powers().containsKey(atom))) {
                    return null;
                }
            }
        }
        Expr product = normalizer.presenter().present(Factored.fromPoly(d).multiply(Factored.fromPoly(q)));
        return Exprs.add(product, normalizer.presenter().present(Factored.fromPoly(rest)));
    }
}
