package org.symgrad.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Sym;

/**
 * A Σ that differentiation leaves multiplying a sum the input wrote under a Σ over the same index
 * stays folded, as a textbook writes it ({@code pull-factor-out-of-sum}): the factors free of its
 * index are taken out and the Σ of the rest is simplified as one quantity, not expanded and split
 * over the terms of the written sum. d/dμ Σ_k (x_k − μ)²/n is −2 Σ_k (x_k − μ)/n, not
 * 2(μn − Σ_k x_k)/n; d/db Σ_i (w x_i + b − y_i)²/2 is Σ_i (w x_i + b − y_i), not bn + wΣ_i x_i − Σ_i y_i.
 *
 * <p>The identity is exact: Σ_k a·f(k) = a·Σ_k f(k) for a free of k, and the Σ stands for itself
 * while the rest is simplified ({@link Folded#frozen}); the steps with and without recording
 * simplify the same frozen form. Only a Σ whose body, besides the written sum, multiplies plain
 * quantities (names, indexed names, their powers, numbers) is kept so: one that still holds a δ,
 * a function or a derivative is simplified as before.
 */
final class FoldedSums {
    /** The rule the step that takes the factors out cites. */
    static final String PULL_OUT = TermsApart.PULL_OUT;

    /** A sum of two or more terms the input wrote under a Σ over {@code index} that mentions it. */
    private record Written(String index, Add sum) {
    }

    /**
     * A derivative with its folded Σs taken apart from their factors: {@code pulled} shows them
     * taken out, {@code frozen} holds each folded Σ as a fresh name, {@code sums} maps each name back;
     * {@code leads} says whether the derivative's first term holds a folded Σ.
     */
    record Folded(Expr pulled, Expr frozen, Map<Sym, IndexSum> sums, boolean leads) {
        /**
         * Whether {@code result}, the derivative simplified without folding, holds each folded Σ
         * already (up to the order of factors and the names of bound indices): then the fold keeps
         * nothing the simplification would not, and the derivation goes on as before.
         */
        boolean keptIn(Expr result) {
            return sums.values().stream().allMatch(sum -> {
                Expr key = StepLog.key(sum);
                return Exprs.any(result, x -> x instanceof IndexSum && StepLog.key(x).equals(key));
            });
        }

        /** {@code e} with each fresh name written as the Σ it stands for. */
        Expr unfrozen(Expr e) {
            if (e instanceof Sym s && sums.containsKey(s)) {
                return sums.get(s);
            }
            return Exprs.mapChangedChildren(e, this::unfrozen);
        }

        /**
         * {@code e}, a form simplified from {@link #frozen}, with its Σs written out and the terms that
         * hold them where the input wrote them: first if the derivative's first term held one
         * ({@code Σ_n X_nj(ŷ_n − y_n) + λw_j} of Σ_n (ŷ_n − y_n)²/2 + λ/2 Σ_k w_k²), last otherwise.
         * The name a Σ stood as sorts where any name may; its order says nothing.
         */
        Expr written(Expr e) {
            if (!(e instanceof Add a)) {
                return unfrozen(e);
            }
            List<Expr> holding = new ArrayList<>();
            List<Expr> rest = new ArrayList<>();
            for (Expr t : a.terms()) {
                (Exprs.any(t, x -> x instanceof Sym s && sums.containsKey(s)) ? holding : rest).add(unfrozen(t));
            }
            List<Expr> terms = new ArrayList<>(leads ? holding : rest);
            terms.addAll(leads ? rest : holding);
            return Exprs.add(terms);
        }
    }

    private final List<Written> written;

    private FoldedSums(List<Written> written) {
        this.written = written;
    }

    /** The sums {@code input} and the definition {@code bodies} it uses write under their Σs. */
    static FoldedSums in(Expr input, List<Expr> bodies) {
        List<Written> out = new ArrayList<>();
        collect(input, List.of(), out);
        bodies.forEach(b -> collect(b, List.of(), out));
        return new FoldedSums(out);
    }

    private static void collect(Expr e, List<String> bound, List<Written> out) {
        List<String> inner = bound;
        if (e instanceof IndexSum s) {
            inner = new ArrayList<>(bound);
            inner.add(s.index());
        } else if (e instanceof IndexProduct) {
            inner = List.of(); // a Π's body is no Σ's
        }
        // a sum with a δ is a restricted reduction's blend (Σ_{m≠k} is Σ_m x_m(1 − δ_km)), no difference the input wrote
        if (e instanceof Add a && a.terms().size() > 1 && !Exprs.any(a, x -> x instanceof Delta)) {
            for (String i : bound) {
                if (Indices.mentions(a, i)) {
                    out.add(new Written(i, a));
                }
            }
        }
        List<String> scope = inner;
        Exprs.children(e).forEach(c -> collect(c, scope, out));
    }

    /** {@code differentiated} (free of derivatives) with its folded Σs, if it has one. */
    Optional<Folded> of(Expr differentiated) {
        if (written.isEmpty() || Exprs.any(differentiated, x -> x instanceof Derivative)) {
            return Optional.empty();
        }
        Set<String> names = new java.util.HashSet<>();
        Exprs.count(differentiated, x -> x instanceof Sym s && names.add(s.name()));
        Map<Sym, IndexSum> sums = new LinkedHashMap<>();
        Expr frozen = fold(differentiated, names, sums);
        if (sums.isEmpty() || Exprs.any(frozen, x -> x instanceof Delta)
                && sums.values().stream().anyMatch(sum -> !Indices.free(sum).isEmpty())) {
            // a δ left to contract would rename a free index the fresh name hides
            return Optional.empty();
        }
        boolean leads = frozen instanceof Add a
                && Exprs.any(a.terms().get(0), x -> x instanceof Sym s && sums.containsKey(s));
        Folded folded = new Folded(differentiated, frozen, sums, leads);
        return Optional.of(new Folded(folded.written(frozen), frozen, sums, leads));
    }

    /**
     * {@code e} with each foldable Σ replaced by its factors free of the index times a fresh name
     * for the Σ of the rest (recorded in {@code sums}).
     */
    private Expr fold(Expr e, Set<String> names, Map<Sym, IndexSum> sums) {
        return fold(e, Set.of(), names, sums);
    }

    /**
     * {@link #fold} under reductions that bind {@code bound}: a Σ that mentions one of them is a
     * quantity of that index, which a fresh name (free of indices) cannot stand for, so it stays.
     */
    private Expr fold(Expr e, Set<String> bound, Set<String> names, Map<Sym, IndexSum> sums) {
        if (e instanceof IndexSum s && java.util.Collections.disjoint(Indices.free(s), bound)) {
            Optional<Expr> folded = folded(s, names, sums);
            if (folded.isPresent()) {
                return folded.get();
            }
        }
        Set<String> inner = bound;
        if (e instanceof IndexSum s) {
            inner = new java.util.HashSet<>(bound);
            inner.add(s.index());
        } else if (e instanceof IndexProduct p) {
            inner = new java.util.HashSet<>(bound);
            inner.add(p.index());
        }
        Set<String> scope = inner;
        Expr folded = Exprs.mapChangedChildren(e, c -> fold(c, scope, names, sums));
        // a factor taken out joins the product the Σ stood in: −2Σ_k (x_k − μ)/n, not (−2Σ_k (x_k − μ))/n
        return folded != e && folded instanceof Mul m ? Exprs.mul(m.factors()) : folded;
    }

    private Optional<Expr> folded(IndexSum s, Set<String> names, Map<Sym, IndexSum> sums) {
        List<Expr> factors = s.body() instanceof Mul m ? m.factors() : List.of(s.body());
        List<Expr> outside = new ArrayList<>();
        List<Expr> inside = new ArrayList<>();
        boolean writtenSum = false;
        for (Expr f : factors) {
            if (!Indices.mentions(f, s.index())) {
                outside.add(f);
            } else if (f instanceof Add a && wrote(s.index(), a)) {
                inside.add(f);
                writtenSum = true;
            } else if (plain(f)) {
                inside.add(f);
            } else {
                return Optional.empty();
            }
        }
        if (!writtenSum) {
            return Optional.empty();
        }
        IndexSum kept = new IndexSum(s.index(), s.lower(), s.upper(), Exprs.mul(inside));
        // the same Σ twice is one quantity, so that its terms collect
        Sym name = sums.entrySet().stream().filter(e -> e.getValue().equals(kept)).map(Map.Entry::getKey).findFirst()
                .orElseGet(() -> fresh(names));
        sums.put(name, kept);
        List<Expr> frozen = new ArrayList<>(outside);
        frozen.add(name);
        return Optional.of(Exprs.mul(frozen));
    }

    /** Whether the input wrote {@code a} under a Σ (over {@code index}, up to the name of its index). */
    private boolean wrote(String index, Add a) {
        for (Written w : written) {
            if (w.sum().terms().size() == a.terms().size() && Indices.rename(w.sum(), w.index(), index).equals(a)) {
                return true;
            }
        }
        return false;
    }

    /** A name, an indexed name, a number or a power of one: nothing a simplification would still take apart. */
    private static boolean plain(Expr f) {
        return !Exprs.any(f, x -> x instanceof Add || x instanceof Fn || x instanceof Delta || x instanceof Derivative
                || x instanceof IndexSum || x instanceof IndexProduct);
    }

    private static Sym fresh(Set<String> names) {
        for (int i = 1; ; i++) {
            String n = "Sfolded" + i;
            if (names.add(n)) {
                return new Sym(n);
            }
        }
    }
}
