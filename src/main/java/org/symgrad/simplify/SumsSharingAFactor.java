package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;

/**
 * Two terms {@code R·Σ_i F_i G_i} and {@code Q·Σ_i F_i H_i} over one range, whose bodies share a
 * factor {@code F_i} that depends on the bound index, written as one sum with that factor pulled out:
 * {@code Σ_i F_i (R G_i + Q H_i)} (R and Q stand outside the sums, so they are free of i) —
 * {@code Σ_i W_ij y_i (1 + z_i) − (Σ_i W_ij y_i)(Σ_k y_k z_k) = Σ_i W_ij y_i (1 + z_i − Σ_k y_k z_k)},
 * {@code μ Σ_i D_i − Σ_i D_i x_i = Σ_i D_i (μ − x_i)}. The normal form splits such sums (it pulls
 * every factor free of i out); a textbook keeps the shared factor once. Pairs are merged, in every
 * sum of the expression, while each merge makes the expression read shorter ({@link TextbookCost}).
 */
final class SumsSharingAFactor {
    /** The name a step cites for gathering such sums. */
    static final String GATHER_SUMS = "gather-sums";

    private final Normalizer plainForm;
    /** The sums {@link SumsApart} writes apart: not gathered, so the two never undo each other. */
    private final java.util.function.Predicate<IndexSum> keptApart;

    SumsSharingAFactor(Normalizer plainForm, java.util.function.Predicate<IndexSum> keptApart) {
        this.plainForm = plainForm;
        this.keptApart = keptApart;
    }

    /** {@code e} with the sums of each of its sums gathered where that reads shorter; {@code e} itself if none is. */
    Expr gathered(Expr e) {
        List<Expr> children = Exprs.children(e);
        Expr out = e;
        if (!children.isEmpty() && !(e instanceof IndexSum)) {
            List<Expr> rebuilt = new ArrayList<>(children.size());
            boolean changed = false;
            for (Expr c : children) {
                Expr g = gathered(c);
                changed |= g != c;
                rebuilt.add(g);
            }
            if (changed) {
                out = e instanceof Add ? Exprs.add(rebuilt) : e instanceof Mul ? Exprs.mul(rebuilt) : Exprs.withChildren(e, rebuilt);
            }
        }
        if (!(out instanceof Add a)) {
            return out;
        }
        List<Expr> terms = new ArrayList<>(a.terms());
        for (boolean merged = true; merged && terms.size() > 1; ) {
            merged = false;
            Optional<List<Expr>> shorter = bestMerge(terms);
            if (shorter.isPresent()) {
                terms = shorter.get();
                merged = true;
            }
        }
        return terms.size() == a.terms().size() && terms.equals(a.terms()) ? out : Exprs.add(terms);
    }

    /** The terms with the one pair merged that shortens them most, if any does. */
    private Optional<List<Expr>> bestMerge(List<Expr> terms) {
        int cost = TextbookCost.of(Exprs.add(terms));
        List<Expr> best = null;
        for (int p = 0; p < terms.size(); p++) {
            for (int q = 0; q < terms.size(); q++) {
                if (p == q) {
                    continue;
                }
                List<Optional<Expr>> merged = new ArrayList<>(merges(terms.get(p), terms.get(q), terms, false));
                // a nested sum read over its inner index first may share the factor: Σ_i A_i Σ_c B_c C_ic = Σ_c B_c Σ_i A_i C_ic
                for (Expr exchanged : SumsExchanged.of(terms.get(p))) {
                    merged.addAll(merges(exchanged, terms.get(q), terms, true));
                }
                for (Optional<Expr> m : merged) {
                    if (m.isEmpty()) {
                        continue;
                    }
                    List<Expr> out = new ArrayList<>(terms);
                    out.set(Math.min(p, q), m.get());
                    out.remove(Math.max(p, q));
                    int c = TextbookCost.of(Exprs.add(out));
                    if (c < cost) {
                        cost = c;
                        best = out;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The merges of a sum factor of {@code first} with one of {@code second}, each factor pair tried. */
    private List<Optional<Expr>> merges(Expr first, Expr second, List<Expr> all, boolean exchanged) {
        List<Optional<Expr>> out = new ArrayList<>();
        List<Expr> fs = factors(first);
        List<Expr> gs = factors(second);
        for (int i = 0; i < fs.size(); i++) {
            // a range condition is a bracket, not a sum to gather: merged, it reads as a δ to contract again
            if (!(fs.get(i) instanceof IndexSum s) || org.symgrad.expr.RangeIndicator.of(s).isPresent()) {
                continue;
            }
            for (int j = 0; j < gs.size(); j++) {
                if (gs.get(j) instanceof IndexSum t && s.lower().equals(t.lower()) && s.upper().equals(t.upper())) {
                    out.add(merge(s, without(fs, i), t, without(gs, j), all, exchanged));
                }
            }
        }
        return out;
    }

    /** {@code R·Σ_i F_i G_i + Q·Σ_i F_i H_i = Σ_i F_i (R G_i + Q H_i)}, if the bodies share a factor that depends on i. */
    private Optional<Expr> merge(IndexSum s, List<Expr> r, IndexSum t, List<Expr> q, List<Expr> all, boolean exchanged) {
        Set<String> taken = new HashSet<>(Indices.all(Exprs.add(all)));
        String i = Indices.fresh(taken);
        List<Expr> g = new ArrayList<>(factors(Indices.rename(s.body(), s.index(), i)));
        List<Expr> h = new ArrayList<>(factors(Indices.rename(t.body(), t.index(), i)));
        List<Expr> shared = new ArrayList<>();
        for (Expr f : List.copyOf(g)) {
            if (Indices.mentions(f, i) && h.remove(f)) {
                g.remove(f);
                shared.add(f);
            }
        }
        // each side brings a whole term into the bracket — what stood outside its sum (C) or what
        // stood inside beside the shared factor (B_i) — never their product: Σ_i A_i (B_i − C), not
        // Σ_i A_i (1 + C B_i), which reads no better than the two sums it replaces
        if (shared.isEmpty() || !whole(r, g) || !whole(q, h)) {
            return Optional.empty();
        }
        // a sum exchanged ({@link SumsExchanged}) joins only a product of sums the normal form split apart,
        // (Σ_i G_ai O_ai)(Σ_c K_ce P_ac), whose sum over c is all shared: the bracket holds two sums over i
        if (exchanged && (!h.isEmpty() || q.stream().noneMatch(f -> f instanceof IndexSum))) {
            return Optional.empty();
        }
        Expr one = product(r, g);
        Expr other = product(q, h);
        // the added part first, as the sum is read: Σ_i A_i (B_i − C), not Σ_i A_i (−C + B_i)
        Expr joined = negative(one) && !negative(other) ? Exprs.add(other, one) : Exprs.add(one, other);
        Expr bracket = joined;
        Expr normal = plainForm.canonical(joined);
        // like terms of the two would collect: the normal form, else the terms as the sums had them
        if (!(normal instanceof Add n) || n.terms().size() < termCount(joined)) {
            bracket = normal;
        }
        // a number the bracket's terms share stands in front of the Σ, as the normal form pulls it out of one:
        // 2g Σ_i a_i (x_i − x_m), not Σ_i 2a_i … the bracket's 2g x_i − 2g x_m would leave inside
        Num content = null;
        if (bracket instanceof Mul bm && bm.factors().get(0) instanceof Num c && !c.value().isOne()
                && bm.factors().size() > 1) {
            content = c;
            bracket = Exprs.mul(bm.factors().subList(1, bm.factors().size()));
        }
        List<Expr> body = new ArrayList<>(shared);
        body.add(bracket);
        Expr sum = new IndexSum(i, s.lower(), s.upper(), Exprs.mul(body));
        if (bracket instanceof Add a && a.terms().stream().allMatch(SumsSharingAFactor::negative)) {
            // −Σ_i A_i (B_i + C), not Σ_i A_i (−B_i − C)
            List<Expr> negated = new ArrayList<>(shared);
            negated.add(plainForm.canonical(Exprs.neg(bracket)));
            sum = Exprs.neg(new IndexSum(i, s.lower(), s.upper(), Exprs.mul(negated)));
        }
        IndexSum gathered = (IndexSum) (sum instanceof Mul m ? m.factors().get(1) : sum);
        if (keptApart.test(gathered)) {
            return Optional.empty();
        }
        if (content == null) {
            return Optional.of(sum);
        }
        return Optional.of(sum instanceof Mul m ? Exprs.mul(new Num(content.value().negate()), m.factors().get(1))
                : Exprs.mul(content, sum));
    }

    /** Whether the factors outside a sum and those left inside beside the shared factor are not both there. */
    private static boolean whole(List<Expr> outside, List<Expr> inside) {
        return inside.isEmpty() || outside.stream().allMatch(f -> f instanceof Num);
    }

    private static boolean negative(Expr term) {
        Expr first = term instanceof Add a ? a.terms().get(0) : term;
        return first instanceof Num n && n.value().signum() < 0
                || first instanceof Mul m && m.factors().get(0) instanceof Num c && c.value().signum() < 0;
    }

    private static int termCount(Expr e) {
        return e instanceof Add a ? a.terms().size() : 1;
    }

    /** The product of the factors of both lists, their numbers multiplied into one coefficient in front. */
    private static Expr product(List<Expr> outside, List<Expr> inside) {
        Rational c = Rational.ONE;
        List<Expr> rest = new ArrayList<>();
        for (Expr f : concat(outside, inside)) {
            if (f instanceof Num n) {
                c = c.multiply(n.value());
            } else {
                rest.add(f);
            }
        }
        List<Expr> out = new ArrayList<>();
        if (!c.isOne()) {
            out.add(new Num(c));
        }
        out.addAll(rest);
        return Exprs.mul(out);
    }

    private static List<Expr> concat(List<Expr> a, List<Expr> b) {
        List<Expr> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Expr> factors(Expr e) {
        return e instanceof Mul m ? m.factors() : List.of(e);
    }

    private static List<Expr> without(List<Expr> list, int index) {
        List<Expr> out = new ArrayList<>(list);
        out.remove(index);
        return out;
    }
}
