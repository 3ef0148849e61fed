package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.symgrad.error.InputException;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indices;
import org.symgrad.expr.RangeIndicator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Rational;
import org.symgrad.rewrite.Trace;

/**
 * A rational function in factored normal form: {@code c · Π f_i^{e_i}} with an exact coefficient
 * {@code c}, nonzero integer exponents, and each factor {@code f_i} either a single atom or a
 * primitive polynomial of two or more terms (integer coefficients with gcd 1, positive leading
 * coefficient, no monomial dividing all terms). Two equal rational functions built the same way
 * have equal factored forms; sums find common factors by factor identity and cancel against the
 * denominator by exact division.
 */
final class Factored {
    static final Factored ZERO = new Factored(Rational.ZERO, new TreeMap<>());
    static final Factored ONE = new Factored(Rational.ONE, new TreeMap<>());
    private static final String CANCEL = "cancel-common-factors";

    private final Rational coefficient;
    private final TreeMap<Poly, Integer> factors;

    private Factored(Rational coefficient, TreeMap<Poly, Integer> factors) {
        this.coefficient = coefficient;
        this.factors = coefficient.isZero() ? new TreeMap<>() : factors;
    }

    static Factored constant(Rational c) {
        return new Factored(c, new TreeMap<>());
    }

    static Factored atom(Expr atom) {
        TreeMap<Poly, Integer> f = new TreeMap<>();
        f.put(Poly.atom(atom), 1);
        return new Factored(Rational.ONE, f);
    }

    Rational coefficient() {
        return coefficient;
    }

    Map<Poly, Integer> factors() {
        return Collections.unmodifiableMap(factors);
    }

    boolean isZero() {
        return coefficient.isZero();
    }

    boolean isConstant() {
        return factors.isEmpty();
    }

    /** {@code c · Π f^e} with the given pieces, normalising exponents (δ² = δ, zero exponents drop). */
    static Factored of(Rational c, Map<Poly, Integer> pieces) {
        TreeMap<Poly, Integer> f = new TreeMap<>();
        pieces.forEach((p, e) -> put(f, p, e));
        return new Factored(c, f);
    }

    private static void put(TreeMap<Poly, Integer> f, Poly p, int e) {
        int total = Budget.exponent((long) f.getOrDefault(p, 0) + e);
        if (total == 0) {
            f.remove(p);
            return;
        }
        if (total > 1 && p.asAtom().filter(a -> a instanceof Delta || RangeIndicator.of(a).isPresent()).isPresent()) {
            total = 1; // δ_ij² = δ_ij, and a range condition is 0 or 1 as well
        }
        f.put(p, total);
    }

    Factored multiply(Factored o) {
        return multiply(o, Trace.NONE);
    }

    /**
     * The product; a factor of one that the other divides is reported as {@code cancel-common-factors},
     * powers of one factor multiplied together as {@code multiply-powers}.
     */
    Factored multiply(Factored o, Trace trace) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        for (Map.Entry<Poly, Integer> e : o.factors.entrySet()) {
            Integer mine = factors.get(e.getKey());
            if (mine != null) {
                trace.fired(Integer.signum(mine) != Integer.signum(e.getValue()) ? CANCEL : "multiply-powers");
            }
        }
        TreeMap<Poly, Integer> f = new TreeMap<>(factors);
        o.factors.forEach((p, e) -> put(f, p, e));
        return new Factored(coefficient.multiply(o.coefficient), f);
    }

    /**
     * The product of {@code parts}, as multiplying them one after another would make it (and
     * reporting the same), built in one table rather than a copy per factor: a product of n
     * factors costs n log n, not n².
     */
    static Factored product(List<Factored> parts, Trace trace) {
        Rational c = Rational.ONE;
        TreeMap<Poly, Integer> f = new TreeMap<>();
        for (Factored part : parts) {
            if (part.isZero()) {
                return ZERO;
            }
            for (Map.Entry<Poly, Integer> e : part.factors.entrySet()) {
                Integer mine = f.get(e.getKey());
                if (mine != null) {
                    trace.fired(Integer.signum(mine) != Integer.signum(e.getValue()) ? CANCEL : "multiply-powers");
                }
            }
            part.factors.forEach((p, e) -> put(f, p, e));
            c = c.multiply(part.coefficient);
        }
        return new Factored(c, f);
    }

    Factored pow(int e, Budget budget) {
        if (e == 0) {
            return ONE;
        }
        if (isZero()) {
            if (e < 0) {
                throw new InputException("division by zero");
            }
            return ZERO;
        }
        if (!coefficient.abs().isOne()) {
            budget.numberExponent(e);
        }
        TreeMap<Poly, Integer> f = new TreeMap<>();
        factors.forEach((p, k) -> put(f, p, Budget.exponent((long) k * e)));
        return new Factored(coefficient.pow(e), f);
    }

    /** The factors whose exponent is negative, with positive exponents: the denominator. */
    Factored denominator() {
        TreeMap<Poly, Integer> f = new TreeMap<>();
        factors.forEach((p, e) -> {
            if (e < 0) {
                f.put(p, -e);
            }
        });
        return new Factored(Rational.ONE, f);
    }

    /** Whether every exponent is positive (a polynomial times a constant). */
    boolean isPolynomial() {
        for (int e : factors.values()) {
            if (e < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Multiplies out a polynomial-valued form; callers check {@link #isPolynomial()}. When a power
     * of a sum in it is too large to multiply out ({@link #powersKeptWhole}), every sum and power of a
     * sum in it stays whole, one atom {@code (a + b)^e}: no reader wants hundreds of terms, and
     * {@code 1 + (1 + x²)^300} is as exact as its expansion.
     */
    Poly expand(Budget budget) {
        return expand(budget, powersKeptWhole());
    }

    /** {@link #expand(Budget)} with {@link #powersKeptWhole} already known. */
    private Poly expand(Budget budget, boolean whole) {
        // the powers of one term multiplied together first, into one monomial: each sum is then
        // multiplied out once, not scaled again for every atom beside it
        Rational c = coefficient;
        Monomial m = Monomial.ONE;
        List<Poly> sums = new ArrayList<>();
        for (Map.Entry<Poly, Integer> f : factors.entrySet()) {
            Poly power = whole && f.getKey().size() > 1
                    ? Poly.atom(Exprs.pow(f.getKey().written(), f.getValue()))
                    : f.getKey().pow(f.getValue(), budget);
            if (power.size() == 1) {
                c = c.multiply(power.leadingCoefficient());
                m = m.multiply(power.leadingMonomial());
            } else {
                sums.add(power);
            }
        }
        Poly out = Poly.monomial(c, m);
        for (Poly sum : sums) {
            out = out.multiply(sum, budget);
        }
        return out;
    }

    /**
     * Whether multiplying this form out could break the limits: a power of a sum above
     * {@link Budget#MAX_EXPANSION_EXPONENT}, or products that could need more than
     * {@link Budget#MAX_TERMS} terms on the way (the last of the e − 1 products of {@code s^e} is the
     * largest: the terms of {@code s^{e−1}} times those of {@code s}).
     */
    private boolean powersKeptWhole() {
        if (factors.entrySet().stream().noneMatch(f -> f.getValue() > 1 && f.getKey().size() > 1)) {
            return false; // no power of a sum: nothing multiplied out grows beyond the product of the sums' sizes
        }
        double product = 1; // an upper bound on the terms of the whole product
        for (Map.Entry<Poly, Integer> f : factors.entrySet()) {
            Poly sum = f.getKey();
            int e = f.getValue();
            if (e <= 0 || sum.size() < 2) {
                continue;
            }
            if (e == 1) {
                product *= sum.size();
                continue;
            }
            if (e > Budget.MAX_EXPANSION_EXPONENT || sum.powerSizeBound(e - 1) > Budget.MAX_TERMS / sum.size()) {
                return true;
            }
            product *= sum.powerSizeBound(e);
        }
        return product > Budget.MAX_TERMS;
    }

    /**
     * An upper bound on the terms of this polynomial-valued form multiplied out, capped at {@code Long.MAX_VALUE}:
     * the product of the bounds of its factors' powers ({@link Poly#powerSizeBound}).
     */
    long expandedSizeBound() {
        long bound = 1;
        for (Map.Entry<Poly, Integer> f : factors.entrySet()) {
            Poly sum = f.getKey();
            int e = f.getValue();
            if (e <= 0 || sum.size() < 2) {
                continue;
            }
            long power = e == 1 ? sum.size() : sum.powerSizeBound(e);
            bound = power > Long.MAX_VALUE / bound ? Long.MAX_VALUE : bound * power;
        }
        return bound;
    }

    /** The factored form of a polynomial: rational content, monomial content, primitive rest. */
    static Factored fromPoly(Poly p) {
        return fromPoly(p, Trace.NONE);
    }

    /** {@link #fromPoly(Poly)}, reporting a common factor pulled out of a sum and a factoring by grouping. */
    static Factored fromPoly(Poly p, Trace trace) {
        if (p.isZero()) {
            return ZERO;
        }
        Rational c = p.content();
        Monomial m = p.monomialContent();
        Poly rest = p.divideBy(c, m);
        if (p.size() > 1 && !m.isOne()) {
            trace.fired("factor-out-common-factor");
        }
        TreeMap<Poly, Integer> f = new TreeMap<>();
        m.forEachPower((a, e) -> put(f, Poly.atom(a), e));
        if (rest.size() > 1) {
            Optional<Poly[]> grouped = grouped(rest);
            if (grouped.isPresent()) {
                trace.fired("factor-by-grouping");
                return new Factored(c, f).multiply(fromPoly(grouped.get()[0])).multiply(fromPoly(grouped.get()[1]));
            }
            put(f, rest, 1); // otherwise rest is the constant 1
        }
        return new Factored(c, f);
    }

    /** The most terms a polynomial may have for factoring by grouping to be tried. */
    private static final int GROUPING_LIMIT = 16;

    /**
     * Factoring by grouping: {@code p = v^k·A + c·A = (v^k + c)·A} for an atom {@code v} that occurs
     * to the same power {@code k} in every term that has it and a rational {@code c} ({@code c_i z_i − c_i − h_i z_i + h_i =
     * (z_i − 1)(c_i − h_i)}); the first such atom in order, so the factors are a function of
     * {@code p}.
     */
    private static Optional<Poly[]> grouped(Poly p) {
        if (p.size() > GROUPING_LIMIT) {
            return Optional.empty(); // quadratic in the terms: a textbook factor has a handful
        }
        java.util.Set<Expr> atoms = new java.util.TreeSet<>(org.symgrad.expr.ExprOrder.INSTANCE);
        p.terms().keySet().forEach(t -> atoms.addAll(t.powers().keySet()));
        Budget budget = Budget.standard();
        for (Expr v : atoms) {
            // v to one power k wherever it occurs: v^k is the unit ((1 − t²)(1 + c x²) by t²)
            int k = 0;
            for (Monomial t : p.terms().keySet()) {
                int e = t.powers().getOrDefault(v, 0);
                k = k == 0 ? e : e == 0 || e == k ? k : -1;
                if (k < 0) {
                    break;
                }
            }
            if (k <= 0) {
                continue;
            }
            Monomial unit = Monomial.of(v, k);
            Poly a = Poly.ZERO;
            Poly b = Poly.ZERO;
            for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
                if (t.getKey().powers().containsKey(v)) {
                    a = a.add(Poly.monomial(t.getValue(), t.getKey().divide(unit)), budget);
                } else {
                    b = b.add(Poly.monomial(t.getValue(), t.getKey()), budget);
                }
            }
            if (a.size() < 2 || b.size() != a.size()) {
                continue;
            }
            Rational ratio = b.leadingCoefficient().divide(a.leadingCoefficient());
            if (!b.leadingMonomial().equals(a.leadingMonomial()) || !a.scale(ratio, Monomial.ONE).equals(b)) {
                continue;
            }
            Poly binomial = Poly.monomial(Rational.ONE, unit).add(Poly.constant(ratio), budget);
            return Optional.of(new Poly[] {binomial, a});
        }
        return Optional.empty();
    }

    /**
     * The sum of the given forms: pull out every factor common to all terms (the smaller exponent;
     * denominators included), add the multiplied-out cofactors, then cancel what the new numerator
     * shares with the common denominator.
     */
    static Factored add(List<Factored> xs, Budget budget) {
        return add(xs, budget, Trace.NONE);
    }

    /**
     * {@link #add(List, Budget)}, reporting what it did the way a textbook names it: fractions
     * combined over a common denominator, a common factor pulled out, products multiplied out, like
     * terms collected, common factors cancelled.
     */
    static Factored add(List<Factored> xs, Budget budget, Trace trace) {
        List<Factored> terms = new ArrayList<>();
        for (Factored x : xs) {
            if (!x.isZero()) {
                terms.add(x);
            }
        }
        if (terms.isEmpty()) {
            return ZERO;
        }
        if (terms.size() == 1) {
            return terms.get(0);
        }
        TreeMap<Poly, Integer> common = commonFactors(terms);
        // exp(u)^{−1} prints as exp(−u), a factor and no fraction: pulled out of the terms, it is a common factor
        if (terms.stream().anyMatch(Factored::printsADenominator)) {
            trace.fired("combine-fractions");
        }
        if (common.entrySet().stream().anyMatch(e -> e.getValue() > 0 || isExp(e.getKey()))) {
            trace.fired("factor-out-common-factor");
        }
        Factored g = new Factored(Rational.ONE, common);
        Factored inverse = g.pow(-1, budget);
        List<Poly> cofactors = new ArrayList<>(terms.size());
        int monomials = 0;
        boolean expanded = false;
        for (Factored t : terms) {
            Factored cofactor = t.multiply(inverse);
            boolean whole = cofactor.powersKeptWhole();
            expanded |= !whole && cofactor.multipliesOutASum();
            Poly p = cofactor.expand(budget, whole);
            monomials += p.size();
            cofactors.add(p);
            budget.tick();
        }
        if (expanded) {
            trace.fired("expand-products");
        }
        Poly sum = Poly.sum(cofactors, budget);
        if (sum.size() < monomials) {
            trace.fired("collect-like-terms");
        }
        if (sum.isZero()) {
            return ZERO;
        }
        return g.multiply(withTermFactors(sum, terms, budget, trace), trace).cancelled(budget, trace);
    }

    /**
     * Whether taking {@code p} out would split a factor of a term that has no more terms than {@code p}: {@code 1 + t}
     * of one term does not come out of the {@code 1 − t²} of another, which a book keeps whole (tanh′).
     */
    private static boolean splitsAFactor(Poly p, List<Factored> terms, Budget budget) {
        for (Factored t : terms) {
            for (Poly f : t.factors.keySet()) {
                if (!f.equals(p) && f.size() >= 2 && f.size() <= p.size() && f.exactDivide(p, budget).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The most terms a multiplied-out sum may have for the terms' factors to be divided into it. */
    private static final int TERM_FACTOR_LIMIT = 48;

    /**
     * The factored form of {@code sum}, the multiplied-out sum of {@code terms}, with each sum factor of a term
     * that divides it taken out whole, as a book takes out the factor a term shows and the others hide in their
     * brackets: {@code (1 − t²)(t + 2x(1 − t²)) + t(3 − 3t² − 4xt + 4xt³) = 2(1 − t²)(2t + x(1 − 3t²))}, the
     * {@code 1 − σ} of {@code β(βy + σ(1 − βy)) + βσ(1 − σ)(1 − βy) − βσ(βy + σ(1 − βy))}. Only a factor of the
     * terms themselves, never one found by searching: a sum no term writes a factor of stays as it is.
     */
    private static Factored withTermFactors(Poly sum, List<Factored> terms, Budget budget, Trace trace) {
        if (sum.size() < 3 || sum.size() > TERM_FACTOR_LIMIT) {
            return fromPoly(sum, trace);
        }
        java.util.TreeSet<Poly> shown = new java.util.TreeSet<>();
        for (Factored t : terms) {
            t.factors.forEach((p, e) -> {
                if (e > 0 && p.size() >= 2 && p.size() < sum.size()) {
                    shown.add(p);
                }
            });
        }
        for (Poly p : shown) {
            if (splitsAFactor(p, terms, budget)) {
                continue;
            }
            Optional<Poly> q = sum.exactDivide(p, budget);
            if (q.isPresent()) {
                trace.fired("factor-out-common-factor");
                return fromPoly(p).multiply(withTermFactors(q.get(), terms, budget, trace));
            }
        }
        return fromPoly(sum, trace);
    }

    /** Whether this form prints with a denominator: a negative power of a factor other than an exp. */
    private boolean printsADenominator() {
        return factors.entrySet().stream().anyMatch(e -> e.getValue() < 0 && !isExp(e.getKey()));
    }

    private static boolean isExp(Poly p) {
        return p.asAtom().orElse(null) instanceof org.symgrad.expr.Fn f
                && f.name().equals(org.symgrad.functions.FunctionRegistry.EXP);
    }

    /** Whether expanding this form multiplies a sum by something (a number aside) or raises it to a power. */
    private boolean multipliesOutASum() {
        boolean sum = false;
        for (Map.Entry<Poly, Integer> f : factors.entrySet()) {
            if (f.getKey().size() > 1) {
                if (sum || f.getValue() > 1 || factors.size() > 1) {
                    return true;
                }
                sum = true;
            }
        }
        return false;
    }

    /**
     * Each factor to its smallest exponent over {@code terms}, a term without the factor counting
     * as exponent 0; factors whose smallest exponent is 0 are left out. One pass over the factors
     * of all terms, so a sum of many terms with distinct atoms costs linear, not quadratic, time.
     */
    static TreeMap<Poly, Integer> commonFactors(List<Factored> terms) {
        TreeMap<Poly, int[]> seen = new TreeMap<>(); // factor -> {smallest exponent, number of terms with it}
        for (Factored t : terms) {
            t.factors.forEach((p, e) -> {
                int[] s = seen.computeIfAbsent(p, k -> new int[] {Integer.MAX_VALUE, 0});
                s[0] = Math.min(s[0], e);
                s[1]++;
            });
        }
        TreeMap<Poly, Integer> common = new TreeMap<>();
        seen.forEach((p, s) -> {
            int min = s[1] < terms.size() ? Math.min(s[0], 0) : s[0];
            if (min != 0) {
                common.put(p, min);
            }
        });
        return common;
    }

    /**
     * This form with every multi-term denominator factor divided into the numerator's sum factors
     * where the division is exact: {@code (x²−1)/(x−1) = x+1}.
     */
    Factored cancelled(Budget budget) {
        return cancelled(budget, Trace.NONE);
    }

    /** {@link #cancelled(Budget)}, reporting each exact division as {@code cancel-common-factors}. */
    Factored cancelled(Budget budget, Trace trace) {
        Factored out = this;
        for (Map.Entry<Poly, Integer> d : factors.entrySet()) {
            if (d.getValue() >= 0 || d.getKey().size() < 2) {
                continue;
            }
            for (int k = 0; k < -d.getValue(); k++) {
                Factored next = divideOnce(out, d.getKey(), budget);
                if (next == null) {
                    break;
                }
                trace.fired(CANCEL);
                out = next;
            }
        }
        return out;
    }

    /**
     * {@code f(i)·δ_ij} is {@code f(j)·δ_ij}: with a δ of two index names among the factors, a factor and
     * its copy with one of those indices for the other cancel as one atom, into the power of the one
     * with the larger exponent ({@code s_a δ_ak/s_k³ = δ_ak/s_k²}), as contracting the δ first and then
     * cancelling would; reported as {@code cancel-common-factors}. Factors whose powers do not cancel
     * stay as they are ({@code x_i x_j δ_ij}).
     */
    Factored deltaCancelled(Trace trace) {
        Factored out = this;
        for (Poly d : factors.keySet()) {
            if (!(d.asAtom().orElse(null) instanceof Delta delta) || delta.i().equals(delta.j())
                    || !Index.isSymbolic(delta.i()) || !Index.isSymbolic(delta.j())) {
                continue;
            }
            Factored next = out.cancelledAcross(delta.i(), delta.j());
            while (next != null) {
                trace.fired(CANCEL);
                out = next;
                next = out.cancelledAcross(delta.i(), delta.j());
            }
        }
        return out;
    }

    /** One pair of atoms {@code a}, {@code a} with {@code i} for {@code j}, whose powers cancel, merged; null if none. */
    private Factored cancelledAcross(String i, String j) {
        for (Map.Entry<Poly, Integer> p : factors.entrySet()) {
            Optional<Expr> atom = p.getKey().asAtom();
            if (atom.isEmpty() || atom.get() instanceof Delta) {
                continue;
            }
            Expr other = Indices.rename(atom.get(), i, j);
            if (other.equals(atom.get())) {
                continue;
            }
            Poly q = Poly.atom(other);
            Integer e = factors.get(q);
            if (e == null || Integer.signum(e) == Integer.signum(p.getValue())) {
                continue;
            }
            TreeMap<Poly, Integer> f = new TreeMap<>(factors);
            f.remove(p.getKey());
            f.remove(q);
            int total = p.getValue() + e;
            if (total != 0) {
                put(f, Math.abs(p.getValue()) > Math.abs(e) ? p.getKey() : q, total);
            }
            return new Factored(coefficient, f);
        }
        return null;
    }

    private static Factored divideOnce(Factored f, Poly divisor, Budget budget) {
        for (Map.Entry<Poly, Integer> p : f.factors.entrySet()) {
            if (p.getValue() <= 0 || p.getKey().size() < 2 || p.getKey().size() < divisor.size()) {
                continue;
            }
            var q = p.getKey().exactDivide(divisor, budget);
            if (q.isPresent()) {
                TreeMap<Poly, Integer> rest = new TreeMap<>(f.factors);
                put(rest, p.getKey(), -1);
                put(rest, divisor, 1);
                return new Factored(f.coefficient, rest).multiply(fromPoly(q.get()));
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Factored f && coefficient.equals(f.coefficient) && factors.equals(f.factors);
    }

    @Override
    public int hashCode() {
        return coefficient.hashCode() * 31 + factors.hashCode();
    }

    @Override
    public String toString() {
        return coefficient + "·" + factors;
    }
}
