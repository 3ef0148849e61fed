package org.symgrad.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;

/**
 * Nested sums in one order, for proofs: {@code Σ_k Σ_j A_kj B_j = Σ_j Σ_k A_kj B_j}. The normal form keeps
 * the nesting a side wrote (the outer index first), so two sides that sum the same products in the
 * other order differ by a term that is 0 only after the sums are exchanged — a step a person writes
 * all the time ("swap the sums") that was only numerically equal. A side is read in the other orders
 * that exchanging a sum with a sum in its body reaches; the step is proven when the difference of one
 * such reading and the other side normalises to 0. Exchanging two finite sums whose inner range does
 * not depend on the outer index is an identity, so a 0 found this way is a proof.
 */
final class SumOrder {
    /** The orders read per side at most: four nested sums have 24. */
    private static final int MOST_ORDERS = 24;

    private SumOrder() {
    }

    /**
     * {@code side} in each other order of its nested sums that exchanging a sum with a sum among the factors
     * of its body reaches (at most {@value #MOST_ORDERS} orders in all); empty when it has no such nesting.
     */
    static List<Expr> otherOrders(Expr side) {
        List<Expr> all = orders(side);
        return all.subList(1, all.size());
    }

    /** {@code term} in each order of its nested sums that exchanges reach, {@code term} first. */
    private static List<Expr> orders(Expr term) {
        Set<Expr> seen = new LinkedHashSet<>(List.of(term));
        List<Expr> queue = new ArrayList<>(List.of(term));
        for (int next = 0; next < queue.size() && seen.size() < MOST_ORDERS; next++) {
            for (Expr x : exchanges(queue.get(next))) {
                if (seen.size() < MOST_ORDERS && seen.add(x)) {
                    queue.add(x);
                }
            }
        }
        return List.copyOf(seen);
    }

    /** {@code e} with one sum exchanged with a sum among the factors of its body, for each place that allows it. */
    private static List<Expr> exchanges(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Add a) {
            List<Expr> terms = a.terms();
            for (int k = 0; k < terms.size(); k++) {
                for (Expr x : exchanges(terms.get(k))) {
                    List<Expr> rebuilt = new ArrayList<>(terms);
                    rebuilt.set(k, x);
                    out.add(Exprs.add(rebuilt));
                }
            }
        } else if (e instanceof Mul m) {
            List<Expr> factors = m.factors();
            for (int k = 0; k < factors.size(); k++) {
                for (Expr x : exchanges(factors.get(k))) {
                    List<Expr> rebuilt = new ArrayList<>(factors);
                    rebuilt.set(k, x);
                    out.add(Exprs.mul(rebuilt));
                }
            }
        } else if (e instanceof IndexSum s) {
            for (Expr x : exchanges(s.body())) {
                out.add(new IndexSum(s.index(), s.lower(), s.upper(), x));
            }
            List<Expr> body = s.body() instanceof Mul m ? m.factors() : List.of(s.body());
            for (int k = 0; k < body.size(); k++) {
                if (body.get(k) instanceof IndexSum t) {
                    List<Expr> rest = new ArrayList<>(body);
                    rest.remove(k);
                    exchanged(s, t, rest).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /**
     * {@code Σ_i rest·Σ_c body} read as {@code Σ_c Σ_i rest·body}, when the inner range does not depend on
     * i; c is renamed first where a name outside the inner sum takes it.
     */
    private static Optional<Expr> exchanged(IndexSum outer, IndexSum inner, List<Expr> rest) {
        String i = outer.index();
        if (Indices.mentions(inner.lower(), i) || Indices.mentions(inner.upper(), i)) {
            return Optional.empty();
        }
        String c = inner.index();
        Expr innerBody = inner.body();
        if (c.equals(i) || rest.stream().anyMatch(f -> Indices.mentions(f, inner.index()))
                || Indices.mentions(outer.lower(), c) || Indices.mentions(outer.upper(), c)) {
            // the inner index's name is taken outside its sum: read the sum under a fresh one
            Set<String> taken = new LinkedHashSet<>(Indices.all(outer));
            c = Indices.fresh(taken);
            innerBody = Indices.rename(inner.body(), inner.index(), c);
        }
        List<Expr> body = new ArrayList<>(rest);
        body.add(innerBody);
        return Optional.of(new IndexSum(c, inner.lower(), inner.upper(),
                new IndexSum(i, outer.lower(), outer.upper(), Exprs.mul(body))));
    }
}
