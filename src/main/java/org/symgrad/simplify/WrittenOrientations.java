package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;

/**
 * An even power of a difference turned the way the input wrote it: {@code (a − b)² = (b − a)²},
 * and the normal form writes one of them by its term order, so a result would print
 * {@code Σ_k (μ_ak − t_k)²} where the input squared {@code t_l − μ_kl}. A base is turned when its
 * negation has the shape of a base the input raised to an even power (the same names with the same
 * signs in the same order, whatever their indices: bound indices are renamed on the way) and it
 * has not; a sum that is a factor of a product raised to an even power ({@code ((y − μ)/σ)²}) is squared
 * too. Where the input squares neither orientation, a square is turned to the one orientation the input
 * writes the difference in at all (a derivative of {@code ((y − μ)/σ)²} holds {@code y − μ} unsquared), so
 * {@code (y − μ)²}, never {@code (μ − y)²}, stands beside it. Numerically an identity, and a fixed point:
 * the result writes the shape it was turned to.
 */
final class WrittenOrientations {
    private final Set<Expr> shapes;
    /** The shapes of every sum the input writes, squared or not: the orientation of a square it did not write. */
    private final Set<Expr> sums;

    private WrittenOrientations(Set<Expr> shapes, Set<Expr> sums) {
        this.shapes = shapes;
        this.sums = sums;
    }

    /** The shapes of the bases {@code input} raises to an even power, and of all its sums. */
    static WrittenOrientations in(Expr input) {
        Set<Expr> shapes = new HashSet<>();
        Set<Expr> sums = new HashSet<>();
        collect(input, shapes, sums);
        return new WrittenOrientations(shapes, sums);
    }

    private static void collect(Expr e, Set<Expr> out, Set<Expr> sums) {
        if (evenPowerOfSum(e)) {
            out.add(shape(((Pow) e).base()));
        }
        // ((y − μ)/σ)² squares the difference too: (y − μ)²/σ²
        if (e instanceof Pow p && p.base() instanceof Mul m && isEvenPower(p)) {
            m.factors().stream().filter(f -> f instanceof Add).forEach(f -> out.add(shape(f)));
        }
        if (e instanceof Add) {
            sums.add(shape(e));
        }
        Exprs.children(e).forEach(c -> collect(c, out, sums));
    }

    private static boolean evenPowerOfSum(Expr e) {
        return e instanceof Pow p && p.base() instanceof Add && isEvenPower(p);
    }

    /** Whether {@code p} raises its base to a positive even whole number. */
    static boolean isEvenPower(Pow p) {
        return p.exponent() instanceof Num k && k.value().isInteger() && !k.value().toBigInteger().testBit(0)
                && k.value().signum() > 0;
    }

    /** {@code e} with each even power of a sum turned the way the input wrote it. */
    Expr oriented(Expr e) {
        if (shapes.isEmpty() && sums.isEmpty()) {
            return e;
        }
        List<Expr> kids = Exprs.children(e);
        List<Expr> turned = new ArrayList<>(kids.size());
        kids.forEach(k -> turned.add(oriented(k)));
        Expr out = turned.equals(kids) ? e : Exprs.withChildren(e, turned);
        if (evenPowerOfSum(out)) {
            Pow p = (Pow) out;
            Expr shape = shape(p.base());
            if (!shapes.contains(shape)) {
                Expr negated = negated((Add) p.base());
                Expr other = shape(negated);
                // a square the input wrote turned that way; else a difference it wrote only that way
                // ((y − μ)/σ)²'s derivative holds y − μ to the first power), when it wrote this one nowhere
                if (shapes.contains(other) || !sums.contains(shape) && sums.contains(other)) {
                    return new Pow(negated, p.exponent());
                }
            }
        }
        return out;
    }

    /** {@code −(t_1 + … + t_n)}, its positive terms first (in their order), then the negative ones. */
    static Expr negated(Add a) {
        List<Expr> positive = new ArrayList<>();
        List<Expr> negative = new ArrayList<>();
        for (Expr t : a.terms()) {
            Expr n = negatedTerm(t);
            (startsNegative(n) ? negative : positive).add(n);
        }
        positive.addAll(negative);
        return Exprs.add(positive);
    }

    private static Expr negatedTerm(Expr t) {
        if (t instanceof Num n) {
            return new Num(n.value().negate());
        }
        if (t instanceof Mul m && m.factors().get(0) instanceof Num c) {
            List<Expr> rest = new ArrayList<>(m.factors());
            rest.set(0, new Num(c.value().negate()));
            return Exprs.mul(rest);
        }
        return Exprs.neg(t);
    }

    private static boolean startsNegative(Expr t) {
        return t instanceof Num n && n.value().signum() < 0
                || t instanceof Mul m && m.factors().get(0) instanceof Num c && c.value().signum() < 0;
    }

    /**
     * {@code e} with every indexed name written without its indices and each Σ over one index name:
     * α-equivalent sums alike, so a form whose bound indices are the simplifier's ({@code Σ_p φ_mp w_p})
     * has the shape of the input's {@code Σ_d w_d φ_nd}, whichever path (with the steps or without)
     * names them first.
     */
    static Expr shape(Expr e) {
        if (Exprs.indexFreeInOrder(e)) {
            // nothing to write without indices, no factor to move, no bound index to rename
            return e;
        }
        return org.symgrad.expr.Indices.canonicalBound(unindexed(e));
    }

    /** {@link #shape}: α-equivalent sums, bound indices renamed, alike. */
    static Expr shapeOverAnyIndex(Expr e) {
        return shape(e);
    }

    private static Expr unindexed(Expr e) {
        if (Exprs.indexFreeInOrder(e)) {
            return e;
        }
        if (e instanceof Indexed x) {
            return new Sym(x.name());
        }
        List<Expr> kids = Exprs.children(e);
        if (kids.isEmpty()) {
            return e;
        }
        List<Expr> out = new ArrayList<>(kids.size());
        kids.forEach(k -> out.add(unindexed(k)));
        if (e instanceof Mul) {
            // the factors of a product in one order, whatever order their names sort in: the input's
            // w_d·φ_nd is the result's φ_nd·w_d, as its w_j·x_nj is w_j·x_nj (issue 9 item 5.4)
            Expr number = out.get(0) instanceof Num ? out.remove(0) : null;
            out.sort(org.symgrad.expr.ExprOrder.INSTANCE);
            if (number != null) {
                out.add(0, number);
            }
        }
        return Exprs.withChildren(e, out);
    }
}
