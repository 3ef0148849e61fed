package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.RangeIndicator;
import org.symgrad.expr.Rational;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.RuleBook;

/**
 * Normal form of {@code Σ_k body}:
 * <ul>
 *   <li>factors of the body that do not mention {@code k} leave the sum;</li>
 *   <li>{@code Σ_k A_ak (A⁻¹)_kb = δ_ab}, a matrix times its inverse ({@link InverseProducts});</li>
 *   <li>{@code Σ_k δ_ka f(k) = f(a)} and {@code Σ_k c = (hi − lo + 1)·c}: the rule book's
 *       {@code delta-contraction} and {@code sum-of-constant};</li>
 *   <li>a body that is a product with a sum in it is split term by term when that lets a term
 *       contract or shed a factor ({@code Σ_k t_k(δ_kj − y_j) = t_j − y_j Σ_k t_k});</li>
 *   <li>otherwise the sum is one atom with canonical bound index;</li>
 *   <li>{@code Σ_k a_k + Σ_k b_k = Σ_k (a_k + b_k)} over the same range, when both have the same
 *       free indices ({@link #mergeSums}).</li>
 * </ul>
 */
final class SumRules {
    private final Normalizer normalizer;

    SumRules(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    Factored normalize(IndexSum s) {
        String k = s.index();
        if (normalizer.assumedIndices().contains(k)) {
            // Σ_k δ_kl under k ≠ l: the assumption is about the free k, not this bound one
            String other = boundName(s);
            return normalizer.normalize(new IndexSum(other, s.lower(), s.upper(), Indices.rename(s.body(), k, other)));
        }
        Expr lower = normalizer.canonical(s.lower());
        Expr upper = normalizer.canonical(s.upper());
        Factored body = normalizer.normalize(s.body());
        if (body.isZero()) {
            return Factored.ZERO;
        }
        TreeMap<Poly, Integer> outside = new TreeMap<>();
        TreeMap<Poly, Integer> inside = new TreeMap<>();
        body.factors().forEach((p, e) -> (mentions(p, k) ? inside : outside).put(p, e));
        Factored free = Factored.of(body.coefficient(), outside);
        Factored bound = Factored.of(Rational.ONE, inside);
        if (!outside.isEmpty() && !inside.isEmpty()) {
            normalizer.trace().fired("pull-factor-out-of-sum");
        }
        return free.multiply(dependent(k, lower, upper, bound));
    }

    /** Σ_k of a form every factor of which mentions k (or the constant 1). */
    private Factored dependent(String k, Expr lower, Expr upper, Factored bound) {
        if (bound.isConstant() || contractible(bound, k)) {
            // Σ_k c = (hi − lo + 1)·c and Σ_k δ_km f(k) = f(m): the book's rules, applied to the sum as written
            IndexSum sum = new IndexSum(k, lower, upper, normalizer.presenter().present(bound));
            for (Rule rule : List.of(RuleBook.SUM_OF_CONSTANT, RuleBook.DELTA_CONTRACTION)) {
                Optional<Expr> out = rule.apply(sum);
                if (out.isPresent()) {
                    normalizer.trace().fired(rule.name());
                    return normalizer.normalize(out.get());
                }
            }
        }
        Optional<Expr> identity = InverseProducts.contracted(k, bound, normalizer);
        if (identity.isPresent()) {
            // Σ_k A_ik (A⁻¹)_kj = δ_ij
            normalizer.trace().fired(InverseProducts.RULE);
            return normalizer.normalize(identity.get());
        }
        if (bound.isPolynomial() && hasSumFactor(bound)) {
            Poly expanded = bound.expand(normalizer.budget());
            if (splittingHelps(expanded, k) || splittingMeetsAssumption(expanded, k, lower, upper) || splittingPairsInverses(expanded, k)) {
                normalizer.trace().fired("split-sum");
                List<Factored> parts = new ArrayList<>();
                for (Map.Entry<Monomial, Rational> t : expanded.terms().entrySet()) {
                    Factored term = Factored.of(t.getValue(), Map.of());
                    Monomial m = t.getKey();
                    for (int i = 0; i < m.atomCount(); i++) {
                        term = term.multiply(Factored.atom(m.atom(i)).pow(m.exponent(i), normalizer.budget()));
                    }
                    Expr body = normalizer.presenter().present(term);
                    parts.add(normalizer.normalize(new IndexSum(k, lower, upper, body)));
                }
                return normalizer.add(parts);
            }
        }
        Optional<Poly> deltas = bound.isPolynomial() ? Optional.empty() : deltaSumFactor(bound, k);
        if (deltas.isPresent()) {
            // Σ_k r(k)·(u_i δ_kj + u_k δ_ij) with r no polynomial (an exp, a quotient): each term its own Σ,
            // so the δ in it contracts — as a polynomial body is split above
            normalizer.trace().fired("split-sum");
            Factored rest = bound.multiply(Factored.of(Rational.ONE, Map.of(deltas.get(), -1)));
            List<Factored> parts = new ArrayList<>();
            for (Map.Entry<Monomial, Rational> t : deltas.get().terms().entrySet()) {
                Factored term = rest.multiply(Factored.fromPoly(Poly.monomial(t.getValue(), t.getKey())));
                parts.add(normalizer.normalize(new IndexSum(k, lower, upper, normalizer.presenter().present(term))));
            }
            return normalizer.add(parts);
        }
        if (normalizer.proving()) {
            // Σ_{k=a}^{b} q^k = (q^a − q^{b+1})/(1 − q), q ≠ 1: the annuity's Σ_t C/(1 + r)^t, a discounted return's Σ_t γ^t r
            Optional<Expr> geometric = GeometricSums.closedForm(k, lower, upper, bound, normalizer);
            if (geometric.isPresent()) {
                return normalizer.normalize(geometric.get());
            }
        }
        Expr body = normalizer.presenter().present(bound);
        IndexSum sum = new IndexSum(k, lower, upper, body);
        String canonical = boundName(sum);
        if (!canonical.equals(k)) {
            // the body's normal form orders atoms by name: normalise it again under the final name
            return normalizer.normalize(new IndexSum(canonical, lower, upper, Indices.rename(body, k, canonical)));
        }
        return normalizer.atom(Indices.canonicalBound(sum, normalizer.assumedIndices()));
    }

    /** The canonical bound index of {@code s}: the first name free in it that no assumption names ({@link Normalizer#assumedIndices}). */
    private String boundName(IndexSum s) {
        Set<String> avoid = new HashSet<>(Indices.free(s));
        avoid.addAll(normalizer.assumedIndices());
        return Indices.fresh(avoid);
    }

    private static boolean mentions(Poly p, String k) {
        for (Monomial m : p.terms().keySet()) {
            for (int i = 0; i < m.atomCount(); i++) {
                if (Indices.mentions(m.atom(i), k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a factor of {@code f} is a δ that ties {@code k} to another index. */
    private static boolean contractible(Factored f, String k) {
        for (Map.Entry<Poly, Integer> p : f.factors().entrySet()) {
            Optional<Expr> a = p.getKey().asAtom();
            if (p.getValue() == 1 && a.isPresent() && a.get() instanceof Delta d && ties(d, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether Σ_k contracts δ_ij: i = j determines k as an index ({@code δ_km}, {@code δ_{i+k,j}};
     * {@code RuleBook.DELTA_CONTRACTION}).
     */
    private static boolean ties(Delta d, String k) {
        return Index.solve(d.i(), d.j(), k).isPresent();
    }

    /** Whether Σ_k δ_ij alone is a {@link RangeIndicator}. */
    private static boolean isRangeCondition(Delta d, String k) {
        return RangeIndicator.of(new IndexSum(k, Exprs.ONE, Exprs.N, d)).isPresent();
    }

    /**
     * A sum factor of {@code f} (to the power 1) with a term that holds a δ tying {@code k}, and not
     * only as a range condition: split over its terms, that term contracts.
     */
    private static Optional<Poly> deltaSumFactor(Factored f, String k) {
        for (Map.Entry<Poly, Integer> p : f.factors().entrySet()) {
            if (p.getValue() != 1 || p.getKey().size() < 2) {
                continue;
            }
            for (Monomial m : p.getKey().terms().keySet()) {
                for (int i = 0; i < m.atomCount(); i++) {
                    if (m.atom(i) instanceof Delta d && ties(d, k) && !(m.atomCount() == 1 && isRangeCondition(d, k))) {
                        return Optional.of(p.getKey());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasSumFactor(Factored f) {
        return f.factors().keySet().stream().anyMatch(p -> p.size() > 1);
    }

    /** Splitting pays when some term then holds a δ on k or a factor free of k. */
    private static boolean splittingHelps(Poly expanded, String k) {
        for (Monomial m : expanded.terms().keySet()) {
            if (m.isOne()) {
                return true;
            }
            for (int i = 0; i < m.atomCount(); i++) {
                Expr a = m.atom(i);
                if (!Indices.mentions(a, k)) {
                    return true;
                }
                // a term that is δ_{k,a} alone sums to a range condition, which is no contraction
                if (a instanceof Delta d && ties(d, k) && !(m.atomCount() == 1 && isRangeCondition(d, k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Splitting pays, too, when a term is a matrix times its inverse over k ({@link InverseProducts}): {@code Σ_l P_kl (w_l − m_l)}, m = P⁻¹b. */
    private boolean splittingPairsInverses(Poly expanded, String k) {
        for (Monomial m : expanded.terms().keySet()) {
            Factored bound = Factored.ONE;
            for (int i = 0; i < m.atomCount(); i++) {
                if (Indices.mentions(m.atom(i), k)) {
                    bound = bound.multiply(Factored.atom(m.atom(i)).pow(m.exponent(i), normalizer.budget()));
                }
            }
            if (InverseProducts.contracted(k, bound, normalizer).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splitting pays, too, when a term's Σ is what an assumption rewrites: {@code Σ_k p_k(1 + log p_k)}
     * is {@code 1 + Σ_k p_k log p_k} given {@code Σ_k p_k = 1} (merged terms must not hide it).
     */
    private boolean splittingMeetsAssumption(Poly expanded, String k, Expr lower, Expr upper) {
        for (Map.Entry<Monomial, Rational> t : expanded.terms().entrySet()) {
            Factored term = Factored.ONE;
            Monomial m = t.getKey();
            for (int i = 0; i < m.atomCount(); i++) {
                term = term.multiply(Factored.atom(m.atom(i)).pow(m.exponent(i), normalizer.budget()));
            }
            if (normalizer.assumed(new IndexSum(k, lower, upper, normalizer.presenter().present(term)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Terms {@code c·R·Σ} with the same other factors {@code R} and Σ over the same range are merged
     * into {@code R·Σ} of the sum of the bodies (bound indices renamed to one fresh name); other
     * terms pass through. {@code R} may be 1 ({@code Σ_k a_k + Σ_k b_k}) or not
     * ({@code n Σ_k x_k + n Σ_k y_k = n Σ_k (x_k + y_k)}): the same sum with its common factor
     * pulled out first reads the same, so normalising a normal form again changes nothing.
     */
    List<Factored> mergeSums(List<Factored> terms) {
        Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            for (Map.Entry<IndexSum, Factored> s : sumFactors(terms.get(i)).entrySet()) {
                // same range and same free indices: merging never hides a factor that could leave a sum
                groups.computeIfAbsent(List.of(s.getKey().lower(), s.getKey().upper(),
                        new TreeSet<>(Indices.free(s.getKey())), s.getValue()), r -> new ArrayList<>()).add(i);
            }
        }
        if (groups.values().stream().allMatch(g -> g.size() < 2)) {
            return terms;
        }
        List<Factored> out = new ArrayList<>();
        boolean[] used = new boolean[terms.size()];
        for (Map.Entry<List<Object>, List<Integer>> group : groups.entrySet()) {
            List<Integer> members = group.getValue().stream().filter(i -> !used[i]).toList();
            if (members.size() < 2) {
                continue;
            }
            normalizer.trace().fired("merge-sums");
            Factored rest = (Factored) group.getKey().get(3);
            List<Expr> all = new ArrayList<>();
            for (int i : members) {
                all.add(normalizer.presenter().present(terms.get(i)));
            }
            String k = Indices.fresh(Indices.all(Exprs.add(all)));
            List<Expr> bodies = new ArrayList<>();
            IndexSum first = null;
            for (int i : members) {
                IndexSum s = sumFactors(terms.get(i)).entrySet().stream().filter(e -> e.getValue().equals(rest)
                        && e.getKey().lower().equals(group.getKey().get(0)) && e.getKey().upper().equals(group.getKey().get(1))
                        && new TreeSet<>(Indices.free(e.getKey())).equals(group.getKey().get(2)))
                        .findFirst().orElseThrow().getKey();
                first = first == null ? s : first;
                Expr coefficient = Exprs.num(terms.get(i).coefficient());
                bodies.add(Exprs.mul(coefficient, Indices.rename(s.body(), s.index(), k)));
                used[i] = true;
            }
            out.add(rest.multiply(normalizer.normalize(new IndexSum(k, first.lower(), first.upper(), Exprs.add(bodies)))));
        }
        for (int i = 0; i < terms.size(); i++) {
            if (!used[i]) {
                out.add(terms.get(i));
            }
        }
        return out;
    }

    /**
     * Whether {@link #mergeSums} may merge terms of the sum {@code p}, each term taken as a product
     * of its atoms: only when two terms or more have a Σ to a positive power among them (the
     * {@link #sumFactors} of a term). A sum of terms without Σs is passed over without building them.
     */
    static boolean mayMerge(Poly p) {
        int withSums = 0;
        for (Monomial m : p.terms().keySet()) {
            for (int i = 0; i < m.atomCount(); i++) {
                if (m.atom(i) instanceof IndexSum && m.exponent(i) >= 1) {
                    if (++withSums == 2) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /**
     * Each Σ factor of {@code f} (once, to the first power), with the other factors beside it
     * (coefficient 1; {@code Σ^{e−1}} of a Σ to the power e), in the order of the factors.
     */
    private static Map<IndexSum, Factored> sumFactors(Factored f) {
        Map<IndexSum, Factored> out = new LinkedHashMap<>();
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            // a range condition stays a factor of its own: merged into a sum it would read as a δ to contract
            if (e.getValue() >= 1 && e.getKey().asAtom().orElse(null) instanceof IndexSum s
                    && RangeIndicator.of(s).isEmpty()) {
                Map<Poly, Integer> rest = new TreeMap<>(f.factors());
                if (e.getValue() == 1) {
                    rest.remove(e.getKey());
                } else {
                    rest.put(e.getKey(), e.getValue() - 1);
                }
                out.put(s, Factored.of(Rational.ONE, rest));
            }
        }
        return out;
    }
}
