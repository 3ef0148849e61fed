package org.symgrad.assume;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Range;
import org.symgrad.rewrite.PositiveRoots;

/**
 * The identities that hold for every value the assumptions allow, and for no other (SPEC §8), as
 * one bottom-up rewrite of an expression:
 * <ul>
 *   <li>{@code y in {0, 1}}: {@code y^k = y} for an integer k ≥ 1;</li>
 *   <li>{@code y in {-1, 1}}: {@code y^k = 1} for an even integer k, {@code y} for an odd one;</li>
 *   <li>{@code y one-hot}: {@code y_i^k = y_i} (k ≥ 1) and {@code y_i y_j = δ_ij y_i} (the sum
 *       {@code Σ_k y_k = 1} is a rule of the assumption itself);</li>
 *   <li>{@code y one-hot at c}: {@code y_k = δ_kc};</li>
 *   <li>{@code C symmetric}: {@code C_ji} is written {@code C_ij}, indices in order;</li>
 *   <li>{@code C symmetric}: {@code Σ_k C_ka (C⁻¹)_kb = Σ_k C_ak (C⁻¹)_kb}, a matrix and its inverse turned to meet as a product
 *       ({@link InversePairsTurned});</li>
 *   <li>{@code W antisymmetric}: {@code W_ji} is written {@code −W_ij}, indices in order, and {@code W_kk} is 0;</li>
 *   <li>{@code W hollow}: {@code W_kk}, an entry at one index twice, is 0;</li>
 *   <li>{@code t simplex} or {@code t one-hot}: {@code Σ_k t_k = 1};</li>
 *   <li>{@code i != j}: {@code δ_ij = 0};</li>
 *   <li>{@code x > 0}, {@code x >= 0}, {@code 0 < x < 1}, a simplex, a one-hot vector:
 *       {@code (x^a)^b = x^(ab)} ({@code sqrt(x^2) = x}) and
 *       {@code (x·y)^r = x^r·y^r} ({@code sqrt(2x) = √2·√x});</li>
 *   <li>any of these where the sign of u follows from them ({@link AssumedSigns}): {@code |u|}, {@code relu(u)},
 *       {@code sign(u)}, {@code heaviside(u)}, {@code max(a, b)}, {@code min(a, b)} by the branch that holds,
 *       {@code log} of a product of positive factors split.</li>
 * </ul>
 * The conditions the simplifier's own rules need ({@code log(x·y) = log x + log y} needs x, y &gt; 0)
 * are met by the sampler's constraints instead ({@link Sampling#nonnegative}); the checker names
 * every assumption a proof used, so a verdict never says "proven" of what holds only under one.
 * Names of one entry ({@code y}) and of entries with any indices ({@code y_i}, {@code y_1}) are
 * both covered. The rewrite is applied to a normal form, which is normalised again: one pass needs
 * no fixpoint of its own.
 */
public final class AssumedForms {
    /** The expression after the rewrite, and the constraints whose identities were used. */
    public record Rewritten(Expr expr, Set<Sampling.Constraint> used) {
    }

    /** The name a derivation step cites for the identities of one assumed fact: {@code assumption: y in {0, 1}}. */
    public static final String RULE_PREFIX = "assumption: ";
    /** Rewrites by the identities, each followed by a normal form: enough for powers of powers. */
    private static final int ROUNDS = 4;

    private final Sampling sampling;
    private final Set<Sampling.Constraint> used = new LinkedHashSet<>();
    /** The index letters a Σ or Π of the expression binds: a one-hot vector's letter bound there is another index. */
    private final Set<String> bound;

    private AssumedForms(Sampling sampling, Set<String> bound) {
        this.sampling = sampling;
        this.bound = bound;
    }

    /**
     * {@code e} rewritten by the identities of {@code sampling}'s constraints and normalised again by
     * {@code normalise}, round after round until no identity applies: the one loop that serves the
     * checker (with the expanded normal form) and the deriver (with the textbook form). Empty when
     * {@code normalise} gives up (a resource limit); {@code e} itself when nothing applies.
     */
    public static Optional<Rewritten> settled(Expr e, Sampling sampling,
                                              java.util.function.Function<Expr, Optional<Expr>> normalise) {
        Set<Sampling.Constraint> all = new LinkedHashSet<>();
        Expr current = e;
        for (int round = 0; round < ROUNDS && !current.equals(Exprs.ZERO); round++) {
            Rewritten w = apply(current, sampling);
            if (w.used().isEmpty()) {
                break;
            }
            all.addAll(w.used());
            Optional<Expr> next = normalise.apply(w.expr());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(new Rewritten(current, Collections.unmodifiableSet(new LinkedHashSet<>(all))));
    }

    /**
     * The rule a derivation step cites for the facts in {@code used}, one {@code assumption: …} per
     * fact, in the order they were assumed, joined as a row of several rules is.
     */
    public static String rule(Set<Sampling.Constraint> used, Sampling sampling, String separator) {
        List<String> out = new ArrayList<>();
        for (Sampling.Constraint c : sampling.constraints()) {
            if (used.contains(c)) {
                out.add(RULE_PREFIX + Sampling.statement(c));
            }
        }
        return String.join(separator, out);
    }

    /** {@code e} with the identities of {@code sampling}'s constraints applied once, bottom up. */
    public static Rewritten apply(Expr e, Sampling sampling) {
        if (sampling.constraints().isEmpty()) {
            return new Rewritten(e, Set.of());
        }
        AssumedForms f = new AssumedForms(sampling, Set.copyOf(org.symgrad.expr.Indices.bound(e)));
        Expr out = f.rewrite(f.twoValuedNames() ? f.expanded(e) : e);
        return new Rewritten(out, Collections.unmodifiableSet(new LinkedHashSet<>(f.used)));
    }

    /** Most terms a product of sums is multiplied out into; beyond, it stays a product. */
    private static final int MAX_TERMS = 256;

    /** Whether a constraint gives an identity for powers ({@code y in {0, 1}}, one-hot): products must be multiplied out. */
    private boolean twoValuedNames() {
        return sampling.constraints().stream().anyMatch(c -> c instanceof Sampling.TwoValued || c instanceof Sampling.OneHot);
    }

    /**
     * {@code e} with the products of sums that mention a two-valued or one-hot name multiplied out,
     * and small powers of such sums written as products, everywhere (inside Σ bodies and function
     * arguments too): the normal form keeps {@code y(1 − y)} factored, where {@code y² = y} cannot be
     * seen. Factors without such a name stay as they are, so the textbook form keeps them
     * ({@code 2p(1 − p)·y(p − y)} becomes {@code 2p(1 − p)(p y − y²)}, not a polynomial in p).
     */
    private Expr expanded(Expr e) {
        if (!mentionsTwoValued(e)) {
            return e;
        }
        if (e instanceof org.symgrad.expr.Add a) {
            return Exprs.add(a.terms().stream().map(this::expanded).toList());
        }
        if (e instanceof Pow p && p.exponent() instanceof Num n && n.value().isInteger() && n.value().signum() > 0
                && n.value().compareTo(Rational.of(6)) <= 0 && expanded(p.base()) instanceof org.symgrad.expr.Add) {
            int k = n.value().toBigInteger().intValue();
            return expanded(Exprs.mul(java.util.Collections.nCopies(k, p.base())));
        }
        if (e instanceof Mul m) {
            List<Expr> kept = new ArrayList<>();
            List<List<Expr>> products = new ArrayList<>();
            products.add(List.of());
            for (Expr factor : m.factors()) {
                if (!mentionsTwoValued(factor)) {
                    kept.add(factor);
                    continue;
                }
                Expr f = expanded(factor);
                List<Expr> terms = f instanceof org.symgrad.expr.Add a ? a.terms() : List.of(f);
                if (products.size() * terms.size() > MAX_TERMS) {
                    return Exprs.mul(m.factors().stream().map(this::expanded).toList());
                }
                List<List<Expr>> next = new ArrayList<>();
                for (List<Expr> p : products) {
                    for (Expr t : terms) {
                        List<Expr> q = new ArrayList<>(p);
                        q.add(t);
                        next.add(q);
                    }
                }
                products = next;
            }
            kept.add(Exprs.add(products.stream().map(Exprs::mul).toList()));
            return Exprs.mul(kept);
        }
        return Exprs.mapChildren(e, this::expanded);
    }

    /** Whether {@code e} mentions a name whose powers the constraints reduce ({@link #constrainsPowers}). */
    private boolean mentionsTwoValued(Expr e) {
        Optional<String> name = nameOf(e);
        if (name.isPresent() && constrainsPowers(name.get())) {
            return true;
        }
        for (Expr c : Exprs.children(e)) {
            if (mentionsTwoValued(c)) {
                return true;
            }
        }
        return false;
    }

    private Expr rewrite(Expr e) {
        Expr inner = Exprs.mapChildren(e, this::rewrite);
        // only these four node kinds carry an identity of the assumptions; every other is rebuilt as it is
        if (inner instanceof Pow p) {
            return power(p).orElse(inner);
        }
        if (inner instanceof Mul m) {
            Expr grouped = powersGrouped(m);
            return grouped instanceof Mul g ? oneHotPairs(g).or(() -> oneHotIntoSum(g)).orElse(grouped) : grouped;
        }
        if (inner instanceof Indexed x) {
            return hollow(x).or(() -> antisymmetric(x)).or(() -> diagonal(x)).or(() -> symmetric(x)).or(() -> hotAt(x)).orElse(inner);
        }
        if (inner instanceof Fn f) {
            return switched(f).or(() -> logarithm(f)).orElse(inner);
        }
        if (inner instanceof org.symgrad.expr.IndexSum sum) {
            // [1 ≤ k − 1 ≤ n − 1] = 1 under a stated case 1 < k < n
            Optional<Expr> range = org.symgrad.expr.RangeIndicator.of(sum).flatMap(r -> IndexRangeCases.decided(r, sampling, used));
            return range.isPresent() ? range.get() : sumToOne(sum).or(() -> InversePairsTurned.of(sum, sampling, used)).orElse(inner);
        }
        if (inner instanceof Delta d) {
            return distinct(d).orElse(inner);
        }
        return inner;
    }

    /** The name of a constrained quantity: a symbol, or an entry of a named vector or matrix. */
    private static Optional<String> nameOf(Expr e) {
        if (e instanceof Sym s) {
            return Optional.of(s.name());
        }
        if (e instanceof Indexed x) {
            return Optional.of(x.name());
        }
        return Optional.empty();
    }

    private Optional<Expr> power(Pow p) {
        if (p.base() instanceof Pow inner && p.exponent() instanceof Num b && inner.exponent() instanceof Num a) {
            // (x^a)^b = x^(ab) where x is never negative: sqrt(x^2) = x under x > 0
            Optional<Sampling.Constraint> by = sampling.nonnegativeBy(inner.base());
            if (by.isPresent()) {
                used.add(by.get());
                return Optional.of(Exprs.pow(inner.base(), Exprs.num(a.value().multiply(b.value()))));
            }
        }
        Optional<Expr> split = rootOfProduct(p);
        if (split.isPresent()) {
            return split;
        }
        Optional<String> name = nameOf(p.base());
        if (name.isEmpty() || !(p.exponent() instanceof Num n) || !n.value().isInteger()) {
            return Optional.empty();
        }
        Rational k = n.value();
        for (Sampling.Constraint c : sampling.constraints()) {
            switch (c) {
                case Sampling.TwoValued t when t.name().equals(name.get()) && k.signum() > 0 && t.low() == 0 && t.high() == 1 -> {
                    used.add(c);
                    return Optional.of(p.base());
                }
                case Sampling.TwoValued t when t.name().equals(name.get()) && t.low() == -1 && t.high() == 1 -> {
                    used.add(c);
                    boolean even = !k.toBigInteger().testBit(0);
                    return Optional.of(even ? Exprs.ONE : p.base());
                }
                case Sampling.OneHot h when h.name().equals(name.get()) && k.signum() > 0 -> {
                    used.add(c);
                    return Optional.of(p.base());
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code (a·b)^r = a^r·b^r} for a rational r that is not an integer, where no factor is
     * negative: each a positive constant ({@link PositiveRoots}) or a name the assumptions keep
     * from being negative ({@code √(x·y) = √x·√y} under x, y &gt; 0), at least one of them a name.
     */
    private Optional<Expr> rootOfProduct(Pow p) {
        if (!(p.base() instanceof Mul m) || !(p.exponent() instanceof Num r) || r.value().isInteger()) {
            return Optional.empty();
        }
        Set<Sampling.Constraint> by = new LinkedHashSet<>();
        for (Expr f : m.factors()) {
            Expr base = f instanceof Pow q && q.exponent() instanceof Num ? q.base() : f;
            if (PositiveRoots.isPositiveConstant(f)) {
                continue;
            }
            Optional<Sampling.Constraint> c = sampling.nonnegativeBy(base);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            by.add(c.get());
        }
        if (by.isEmpty()) {
            return Optional.empty();
        }
        used.addAll(by);
        return Optional.of(Exprs.mul(m.factors().stream().map(f -> Exprs.pow(f, r)).toList()));
    }

    /**
     * The factors of a product with equal constrained bases gathered ({@code y·y^2} is {@code y^3})
     * and their power reduced by the constraint: after multiplying out, a square is a product.
     */
    private Expr powersGrouped(Mul m) {
        java.util.Map<Expr, Rational> exponents = new java.util.LinkedHashMap<>();
        List<Expr> others = new ArrayList<>();
        for (Expr f : m.factors()) {
            Expr base = f instanceof Pow p && p.exponent() instanceof Num n && n.value().isInteger() ? p.base() : f;
            Rational k = base == f ? Rational.ONE : ((Num) ((Pow) f).exponent()).value();
            if (nameOf(base).isPresent() && constrainsPowers(nameOf(base).get())) {
                exponents.merge(base, k, Rational::add);
            } else {
                others.add(f);
            }
        }
        if (exponents.values().stream().allMatch(Rational::isOne)) {
            return m;
        }
        List<Expr> out = new ArrayList<>(others);
        exponents.forEach((base, k) -> {
            Expr p = k.isOne() ? base : Exprs.pow(base, Exprs.num(k));
            out.add(p instanceof Pow pw ? power(pw).orElse(p) : p);
        });
        return Exprs.mul(out);
    }

    private boolean constrainsPowers(String name) {
        for (Sampling.Constraint c : sampling.constraints()) {
            if (c instanceof Sampling.TwoValued t && t.name().equals(name) || c instanceof Sampling.OneHot h && h.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code y_i · y_j = δ_ij y_i} for a one-hot y (and {@code y_ik · y_il = δ_kl y_ik} in one row of a one-hot matrix, {@code y_ik · y_jk = δ_ij y_ik} in one column of one one-hot by columns): the first two entries in the product. */
    private Optional<Expr> oneHotPairs(Mul m) {
        List<Expr> factors = m.factors();
        for (Sampling.Constraint c : sampling.constraints()) {
            if (!(c instanceof Sampling.OneHot h)) {
                continue;
            }
            int first = -1;
            for (int i = 0; i < factors.size(); i++) {
                if (!(factors.get(i) instanceof Indexed x) || !x.name().equals(h.name()) || x.indices().size() > 2
                        || x.indices().size() == 1 && h.along() != Sampling.Along.ENTRIES) {
                    continue;
                }
                if (first < 0) {
                    first = i;
                    continue;
                }
                List<String> fi = ((Indexed) factors.get(first)).indices();
                // the index along which entries are one-hot: the last, or the first of a matrix one-hot by columns
                int along = h.along() == Sampling.Along.COLUMNS && fi.size() == 2 ? 0 : fi.size() - 1;
                if (fi.size() != x.indices().size() || fi.size() == 2 && !fi.get(1 - along).equals(x.indices().get(1 - along))) {
                    // entries of two rows (columns) of a one-hot matrix (y_ik y_jl): no identity
                    continue;
                }
                String a = fi.get(along);
                String b = x.indices().get(along);
                if (!Index.isSymbolic(a) && !Index.isSymbolic(b) && !a.equals(b)) {
                    // two different concrete entries of a one-hot vector: one of them is 0
                    used.add(c);
                    return Optional.of(Exprs.ZERO);
                }
                List<Expr> out = new ArrayList<>(factors);
                out.set(i, new Delta(a, b));
                used.add(c);
                return Optional.of(Exprs.mul(out));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code t_a Σ_i t_i w_i = Σ_i δ_ai t_i w_i} for a one-hot t: an entry of the vector outside a Σ
     * whose body holds an entry at the bound index is taken inside, where it pairs with it.
     */
    private Optional<Expr> oneHotIntoSum(Mul m) {
        List<Expr> factors = m.factors();
        for (int a = 0; a < factors.size(); a++) {
            if (!(factors.get(a) instanceof Indexed x) || x.indices().size() != 1 || !oneHot(x.name())) {
                continue;
            }
            for (int s = 0; s < factors.size(); s++) {
                if (!(factors.get(s) instanceof org.symgrad.expr.IndexSum sum)
                        || sum.index().equals(x.indices().get(0)) || !hasEntry(sum.body(), x.name(), sum.index())) {
                    continue;
                }
                Expr inside = rewrite(Exprs.mul(x, sum.body()));
                if (inside.equals(Exprs.mul(x, sum.body()))) {
                    continue;
                }
                List<Expr> out = new ArrayList<>(factors);
                out.set(s, new org.symgrad.expr.IndexSum(sum.index(), sum.lower(), sum.upper(), inside));
                out.remove(a);
                return Optional.of(Exprs.mul(out));
            }
        }
        return Optional.empty();
    }

    private boolean oneHot(String name) {
        return sampling.constraints().stream().anyMatch(c -> c instanceof Sampling.OneHot h && h.name().equals(name)
                && h.along() == Sampling.Along.ENTRIES);
    }

    /** Whether {@code body} is, or is a product with, the entry {@code name_index}. */
    private static boolean hasEntry(Expr body, String name, String index) {
        Expr entry = new Indexed(name, List.of(index));
        return body.equals(entry) || body instanceof Mul m && m.factors().contains(entry);
    }

    /**
     * {@code Σ_k t_k = 1} for a simplex or one-hot t, over the whole range; for a one-hot name with two indices,
     * {@code Σ_k y_ik = 1}: each row is one-hot along the last index; for a matrix whose rows (columns) the assumption
     * says are one-hot or on the simplex, {@code Σ_k y_ik = 1} ({@code Σ_i y_ik = 1}).
     */
    private Optional<Expr> sumToOne(org.symgrad.expr.IndexSum sum) {
        // over the whole range: to n, or to a size of its own (K of \\sum_{k=1}^{K}), which its labels run to
        if (!(sum.body() instanceof Indexed x) || !Exprs.isNum(sum.lower(), 1) || !(sum.upper().equals(Exprs.N)
                || sum.upper() instanceof org.symgrad.expr.Sym size && sampling.sizes().contains(size.name()))) {
            return Optional.empty();
        }
        boolean vector = x.indices().equals(List.of(sum.index()));
        boolean two = x.indices().size() == 2 && !x.indices().get(0).equals(x.indices().get(1));
        boolean row = two && x.indices().get(1).equals(sum.index());
        boolean column = two && x.indices().get(0).equals(sum.index());
        if (!vector && !row && !column) {
            return Optional.empty();
        }
        for (Sampling.Constraint c : sampling.constraints()) {
            boolean line = switch (Sampling.along(c)) {
                case ENTRIES -> vector || row && c instanceof Sampling.OneHot;
                case ROWS -> row;
                case COLUMNS -> column;
            };
            if (line && (c instanceof Sampling.Simplex t && t.name().equals(x.name())
                    || c instanceof Sampling.OneHot h && h.name().equals(x.name()))) {
                used.add(c);
                return Optional.of(Exprs.ONE);
            }
            // Σ_c Y_ic = 1 stated of the rows: its identity was read over n, and holds to whichever size the rows run to
            if (line && !sum.upper().equals(Exprs.N) && c instanceof Sampling.SumsTo t && t.name().equals(x.name())
                    && t.total() == Math.rint(t.total())) {
                used.add(c);
                return Optional.of(Exprs.num((long) t.total()));
            }
        }
        return Optional.empty();
    }

    /** {@code δ_ij = 0} on the branch {@code i ≠ j}. */
    private Optional<Expr> distinct(Delta d) {
        for (Sampling.Constraint c : sampling.constraints()) {
            if (c instanceof Sampling.Distinct b && (b.i().equals(d.i()) && b.j().equals(d.j())
                    || b.i().equals(d.j()) && b.j().equals(d.i()))) {
                used.add(c);
                return Optional.of(Exprs.ZERO);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code y_k = δ_kc} for a vector one-hot at the letter c ({@code y one-hot at c}: "c is the true class"), where no Σ or Π
     * of the expression binds c; {@code y_k = 0} for one whose 1 is away from k ({@link Sampling.OneHot#awayFrom}).
     */
    private Optional<Expr> hotAt(Indexed x) {
        if (x.indices().size() != 1) {
            return Optional.empty();
        }
        for (Sampling.Constraint c : sampling.constraints()) {
            if (c instanceof Sampling.OneHot h && h.name().equals(x.name()) && !h.at().isEmpty() && h.along() == Sampling.Along.ENTRIES
                    && !bound.contains(h.at())) {
                used.add(c);
                return Optional.of(new Delta(x.indices().get(0), h.at()));
            }
            if (c instanceof Sampling.OneHot h && h.name().equals(x.name()) && h.away().equals(x.indices().get(0))
                    && !bound.contains(h.away())) {
                used.add(c);
                return Optional.of(org.symgrad.expr.Exprs.ZERO); // y_k = 0, the label's 1 is elsewhere
            }
        }
        return Optional.empty();
    }

    /** {@code W_kk = 0} for a W with a zero diagonal ({@code W hollow}): an entry at one index twice. */
    private Optional<Expr> hollow(Indexed x) {
        if (x.indices().size() != 2 || !x.indices().get(0).equals(x.indices().get(1))) {
            return Optional.empty();
        }
        for (Sampling.Constraint c : sampling.constraints()) {
            if (c instanceof Sampling.Hollow h && h.name().equals(x.name())) {
                used.add(c);
                return Optional.of(Exprs.ZERO);
            }
        }
        return Optional.empty();
    }

    /** {@code W_ji = −W_ij} and {@code W_kk = 0} for an antisymmetric W: the two indices in order, the sign turned. */
    private Optional<Expr> antisymmetric(Indexed x) {
        if (x.indices().size() != 2 || x.indices().get(0).compareTo(x.indices().get(1)) < 0) {
            return Optional.empty();
        }
        for (Sampling.Constraint c : sampling.constraints()) {
            if (c instanceof Sampling.Antisymmetric s && s.name().equals(x.name())) {
                used.add(c);
                return Optional.of(x.indices().get(0).equals(x.indices().get(1)) ? Exprs.ZERO
                        : Exprs.neg(new Indexed(x.name(), List.of(x.indices().get(1), x.indices().get(0)))));
            }
        }
        return Optional.empty();
    }

    /** {@code C_ij = δ_ij C_ii} for a diagonal C ({@code C diagonal}): an entry at two index letters, zero where they differ. */
    private Optional<Expr> diagonal(Indexed x) {
        if (x.indices().size() != 2 || x.indices().get(0).equals(x.indices().get(1))
                || !x.indices().stream().allMatch(i -> i.matches("[a-z]"))) {
            return Optional.empty();
        }
        for (Sampling.Constraint c : sampling.constraints()) {
            if (c instanceof Sampling.Diagonal d && d.name().equals(x.name())) {
                used.add(c);
                String i = x.indices().get(0);
                return Optional.of(Exprs.mul(new Delta(i, x.indices().get(1)), new Indexed(x.name(), List.of(i, i))));
            }
        }
        return Optional.empty();
    }

    /** {@code C_ji = C_ij} for a symmetric C: the two indices in order. */
    private Optional<Expr> symmetric(Indexed x) {
        if (x.indices().size() != 2 || x.indices().get(0).compareTo(x.indices().get(1)) <= 0) {
            return Optional.empty();
        }
        for (Sampling.Constraint c : sampling.constraints()) {
            if (c instanceof Sampling.Symmetric s && s.name().equals(x.name())) {
                used.add(c);
                return Optional.of(new Indexed(x.name(), List.of(x.indices().get(1), x.indices().get(0))));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code log(x·y) = log x + log y} and {@code log(x^a) = a·log x} where every factor is positive:
     * a positive number, a positive quantity ({@code e^u}, {@code 1 + e^u}: {@link org.symgrad.rewrite.Bounds}), or a
     * power of a quantity the assumptions keep from being negative ({@code x}, {@code x + x^2} under x &gt; 0; at 0 both
     * sides are undefined).
     */
    private Optional<Expr> logarithm(Fn f) {
        if (!f.name().equals("log") || f.args().size() != 1) {
            return Optional.empty();
        }
        List<Expr> factors = f.args().get(0) instanceof Mul m ? m.factors() : List.of(f.args().get(0));
        if (factors.size() == 1 && !(factors.get(0) instanceof Pow)) {
            return Optional.empty();
        }
        List<Expr> terms = new ArrayList<>();
        Set<Sampling.Constraint> by = new LinkedHashSet<>();
        for (Expr factor : factors) {
            Expr base = factor instanceof Pow p ? p.base() : factor;
            Expr exponent = factor instanceof Pow p ? p.exponent() : Exprs.ONE;
            if (base instanceof Num n && n.value().signum() > 0 || org.symgrad.rewrite.Bounds.isPositive(base)) {
                terms.add(Exprs.mul(exponent, Exprs.fn("log", base)));
                continue;
            }
            Optional<Set<Sampling.Constraint>> c = AssumedSigns.by(base, sampling, AssumedSigns::nonnegative);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            by.addAll(c.get());
            terms.add(Exprs.mul(exponent, Exprs.fn("log", base)));
        }
        if (by.isEmpty()) {
            return Optional.empty();
        }
        used.addAll(by);
        return Optional.of(Exprs.add(terms));
    }

    /**
     * The switches whose branch the assumptions decide, each a named identity of the assumption it needs: where u is
     * never negative {@code |u| = u} and {@code relu(u) = u}, where it is never positive {@code |u| = −u} and
     * {@code relu(u) = 0}; where u is positive {@code sign(u) = 1} and {@code heaviside(u) = 1}, where it is negative
     * {@code −1} and {@code 0} (at u = 0 they take other values, so a bound that admits 0 decides nothing);
     * {@code max(a, b) = a} and {@code min(a, b) = b} where {@code a − b} is never negative, and the other way round.
     * {@code sqrt(u^2)} is {@code |u|} and {@code log|u|} the log of what |u| becomes, as the rewrite goes bottom up.
     */
    private Optional<Expr> switched(Fn f) {
        List<Expr> a = f.args();
        return switch (f.name()) {
            case "abs" -> a.size() != 1 ? Optional.empty()
                    : when(a.get(0), AssumedSigns::nonnegative, a.get(0)).or(() -> when(a.get(0), AssumedSigns::nonpositive, Exprs.neg(a.get(0))));
            case "relu" -> a.size() != 1 ? Optional.empty()
                    : when(a.get(0), AssumedSigns::nonnegative, a.get(0)).or(() -> when(a.get(0), AssumedSigns::nonpositive, Exprs.ZERO));
            case "sign" -> a.size() != 1 ? Optional.empty()
                    : when(a.get(0), Range::isPositive, Exprs.ONE).or(() -> when(a.get(0), Range::isNegative, Exprs.MINUS_ONE));
            case "heaviside" -> a.size() != 1 ? Optional.empty()
                    : when(a.get(0), Range::isPositive, Exprs.ONE).or(() -> when(a.get(0), Range::isNegative, Exprs.ZERO));
            case "max", "min" -> {
                if (a.size() != 2) {
                    yield Optional.empty();
                }
                boolean max = f.name().equals("max");
                Expr difference = Exprs.sub(a.get(0), a.get(1));
                yield when(difference, AssumedSigns::nonnegative, max ? a.get(0) : a.get(1))
                        .or(() -> when(difference, AssumedSigns::nonpositive, max ? a.get(1) : a.get(0)));
            }
            default -> Optional.empty();
        };
    }

    /** {@code value} where the assumptions make {@code holds} true of {@code u}'s values ({@link AssumedSigns}), noting them. */
    private Optional<Expr> when(Expr u, java.util.function.Predicate<Range> holds, Expr value) {
        Optional<Set<Sampling.Constraint>> by = AssumedSigns.by(u, sampling, holds);
        by.ifPresent(used::addAll);
        return by.map(c -> value);
    }
}
