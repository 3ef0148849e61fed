package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.rewrite.Trace;

/**
 * Sums written apart again where the normal form merged them ({@code Σ_k f(k) + Σ_k g(k) = Σ_k (f(k) + g(k))}):
 * a sum {@code Σ_k F_k·(t_1 + … + t_m)} whose every part {@code t_p} depends on k is written
 * {@code Σ_k F_k t_1 + … + Σ_k F_k t_m}
 * <ul>
 *   <li>where the input wrote each of those sums ({@value #SUMS_AS_WRITTEN}): the V-Net Dice
 *       gradient divides by {@code Σ_i p_i² + Σ_i g_i²} as its input did, not by {@code Σ_i (g_i² + p_i²)};
 *       the sums are written in the order the input wrote them;</li>
 *   <li>where the parts carry different free indices ({@value #CONTRACTIONS_APART}): then each sum
 *       is a contraction of its own, a dot product the sources name
 *       ({@code Σ_c G_ac V_bc − Σ_c G_ac O_ac}, FlashAttention's {@code dP_ab − D_a}), while a
 *       bracket of parts with one index structure stays ({@code Σ_n X_nj (p_n − y_n)}), and so does a
 *       bracket of parts that are contractions already ({@code Σ_i P_ib (Σ_c G_ic V_bc − Σ_c G_ic O_ic)}).</li>
 * </ul>
 * A part that does not depend on k is one that {@link SumsSharingAFactor} takes into a sum (from
 * outside it); requiring every part to depend on k keeps the two from acting on one sum, and
 * {@link SumsSharingAFactor} in turn gathers no sum this would write apart ({@link #wouldSplit}).
 * Numerically an identity (linearity of Σ); a fixed point, since the normal form of the result merges
 * the sums again.
 */
final class SumsApart {
    /** The name a step cites for writing apart the sums the input wrote apart. */
    static final String SUMS_AS_WRITTEN = "sums-as-written";
    /** The name a step cites for writing apart contractions over different free indices. */
    static final String CONTRACTIONS_APART = "contractions-apart";

    private final Normalizer normalizer;
    /** The normal forms of the sums the input wrote, each with its position in the input. */
    private final Map<Factored, Integer> written;

    private SumsApart(Normalizer normalizer, Map<Factored, Integer> written) {
        this.normalizer = normalizer;
        this.written = written;
    }

    /** The sums {@code input} writes, compared by their normal forms under {@code normalizer}. */
    static SumsApart in(Expr input, Normalizer normalizer) {
        List<IndexSum> sums = new ArrayList<>();
        collect(input, sums);
        Map<Factored, Integer> written = new LinkedHashMap<>();
        for (IndexSum s : sums) {
            if (Indices.free(s.body()).contains(s.index())) {
                written.putIfAbsent(normalizer.normalize(s), written.size());
            }
        }
        return new SumsApart(normalizer, written);
    }

    private static void collect(Expr e, List<IndexSum> out) {
        if (e instanceof IndexSum s) {
            out.add(s);
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /** {@code e} with its sums written apart where either criterion holds; each criterion applied is reported. */
    Expr apart(Expr e, Trace trace) {
        Set<String> fired = new HashSet<>();
        Expr out = apart(e, fired);
        // in a fixed order, whatever order the sums were met in
        for (String name : List.of(SUMS_AS_WRITTEN, CONTRACTIONS_APART)) {
            if (fired.contains(name)) {
                trace.fired(name);
            }
        }
        return out;
    }

    private Expr apart(Expr e, Set<String> fired) {
        if (e instanceof Add a) {
            // a term written apart is terms of the same sum: c + Σ_j a_j + Σ_j b_j, not c + (Σ_j a_j + Σ_j b_j)
            List<Expr> terms = new ArrayList<>();
            for (Expr t : a.terms()) {
                Expr r = apart(t, fired);
                if (t instanceof IndexSum && r instanceof Add written) {
                    terms.addAll(written.terms());
                } else {
                    terms.add(r);
                }
            }
            return terms.equals(a.terms()) ? e : new Add(terms);
        }
        Expr out = Exprs.mapChildren(e, c -> apart(c, fired));
        if (out instanceof IndexSum s) {
            Optional<Split> split = split(s);
            if (split.isPresent()) {
                fired.add(split.get().rule());
                return split.get().sums();
            }
        }
        return out;
    }

    /** Whether {@link #apart} would write {@code s} as several sums. */
    boolean wouldSplit(IndexSum s) {
        return split(s).isPresent();
    }

    private record Split(Expr sums, String rule) {
    }

    private Optional<Split> split(IndexSum s) {
        List<Expr> factors = s.body() instanceof Mul m ? m.factors() : List.of(s.body());
        int bracket = -1;
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i) instanceof Add) {
                if (bracket >= 0) {
                    return Optional.empty();
                }
                bracket = i;
            }
        }
        if (bracket < 0) {
            return Optional.empty();
        }
        List<Expr> shared = new ArrayList<>(factors);
        List<Expr> parts = ((Add) shared.remove(bracket)).terms();
        if (!parts.stream().allMatch(t -> Indices.mentions(t, s.index()))) {
            return Optional.empty();
        }
        List<Expr> sums = new ArrayList<>();
        for (Expr t : parts) {
            // in the normal form's order of factors, so the result is the same when simplified again
            sums.add(sumOf(s, shared, t));
        }
        List<Integer> positions = new ArrayList<>();
        for (Expr sum : sums) {
            positions.add(written.get(normalizer.normalize(sum)));
        }
        if (!positions.contains(null) && !written.containsKey(normalizer.normalize(s))) {
            List<Integer> order = new ArrayList<>();
            for (int p = 0; p < sums.size(); p++) {
                order.add(p);
            }
            order.sort(java.util.Comparator.comparing(positions::get));
            List<Expr> ordered = new ArrayList<>();
            order.forEach(p -> ordered.add(sums.get(p)));
            return Optional.of(new Split(Exprs.add(ordered), SUMS_AS_WRITTEN));
        }
        Set<Set<String>> structures = new HashSet<>();
        for (Expr t : parts) {
            Set<String> free = new HashSet<>(Indices.free(t));
            free.remove(s.index());
            structures.add(free);
        }
        if (structures.size() > 1 && parts.stream().noneMatch(SumsApart::holdsSum)) {
            return Optional.of(new Split(Exprs.add(sums), CONTRACTIONS_APART));
        }
        return Optional.empty();
    }

    private static boolean holdsSum(Expr e) {
        return e instanceof IndexSum || Exprs.children(e).stream().anyMatch(SumsApart::holdsSum);
    }

    /** {@code Σ_k F·t}, the number of t written before the sum ({@code −Σ_c G_ac O_ac}, not {@code Σ_c −G_ac O_ac}). */
    private Expr sumOf(IndexSum s, List<Expr> shared, Expr part) {
        Num coefficient = null;
        List<Expr> rest = new ArrayList<>();
        for (Expr f : part instanceof Mul m ? m.factors() : List.of(part)) {
            if (coefficient == null && f instanceof Num n) {
                coefficient = n;
            } else {
                rest.add(f);
            }
        }
        List<Expr> body = new ArrayList<>(shared);
        body.addAll(rest);
        Expr sum = normalizer.canonical(new IndexSum(s.index(), s.lower(), s.upper(), Exprs.mul(body)));
        return coefficient == null ? sum : Exprs.mul(coefficient, sum);
    }
}
