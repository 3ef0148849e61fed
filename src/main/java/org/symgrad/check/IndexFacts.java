package org.symgrad.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;

/**
 * What the range of a free index gives a difference that does not normalise to 0 on its own. A
 * free index ranges over 1..n, as every Σ does and as the sampler draws it, so:
 * <ul>
 *   <li>{@code δ_ij t = δ_ij t[j := i]}: a term with the factor δ_ij of two free indices is taken on
 *       the diagonal, where it is not 0 (t-SNE's {@code δ_ij (y_id − y_jd)} is 0);</li>
 *   <li>{@code δ_0j = 0}: a free index is never 0 (the offset θ_0 beside the weights θ_j);</li>
 *   <li>where every Σ of the pair runs from 1 to the same number m ({@code Σ_{k=1}^{3}} beside
 *       {@code α_1 + α_2 + α_3}), that is the range: the free indices are taken at each value
 *       ({@code δ_1j + δ_2j + δ_3j = 1} for j in 1..3).</li>
 * </ul>
 */
final class IndexFacts {
    /** Free indices taken at each value only up to this many assignments. */
    private static final int MOST_ASSIGNMENTS = 64;

    private IndexFacts() {
    }

    /** {@code e} with each term's δ of two free indices taken on its diagonal and each δ_0j dropped. */
    static Expr onDiagonal(Expr e) {
        List<Expr> terms = e instanceof Add a ? a.terms() : List.of(e);
        List<Expr> out = new ArrayList<>();
        boolean changed = false;
        for (Expr t : terms) {
            Expr d = termOnDiagonal(t);
            changed |= d != t;
            out.add(d);
        }
        return changed ? Exprs.add(out) : e;
    }

    private static Expr termOnDiagonal(Expr term) {
        List<Expr> factors = term instanceof Mul m ? m.factors() : List.of(term);
        for (int k = 0; k < factors.size(); k++) {
            if (!(factors.get(k) instanceof Delta d)) {
                continue;
            }
            boolean iName = Index.isSymbolic(d.i());
            boolean jName = Index.isSymbolic(d.j());
            if (iName && !jName && below(d.j()) || jName && !iName && below(d.i())) {
                return Exprs.ZERO;
            }
            if (!iName || !jName || d.i().equals(d.j())) {
                continue;
            }
            String keep = d.i().compareTo(d.j()) < 0 ? d.i() : d.j();
            String drop = keep.equals(d.i()) ? d.j() : d.i();
            List<Expr> others = new ArrayList<>(factors);
            others.remove(k);
            Expr rest = Exprs.mul(others);
            Expr renamed = Indices.rename(rest, drop, keep);
            if (renamed.equals(rest)) {
                continue;
            }
            return Exprs.mul(d, renamed);
        }
        return term;
    }

    /** A concrete index below the range 1..n. */
    private static boolean below(String index) {
        return Index.isConcrete(index) && Integer.parseInt(index) < 1;
    }

    /**
     * The number m when every Σ (and Π) in {@code sides} runs from 1 to m, there is at least one,
     * and no concrete index of an entry is above m: the range of the free indices.
     */
    static OptionalInt fixedRange(List<Expr> sides) {
        Set<Long> uppers = new TreeSet<>();
        boolean[] open = {false};
        long[] largest = {0};
        for (Expr s : sides) {
            collect(s, uppers, open, largest);
        }
        if (open[0] || uppers.size() != 1) {
            return OptionalInt.empty();
        }
        long m = uppers.iterator().next();
        return m >= 1 && m <= 9 && largest[0] <= m ? OptionalInt.of((int) m) : OptionalInt.empty();
    }

    /**
     * Whether a Σ or Π of {@code sides} runs up to a size less one ({@code 0..n−1}, a variable counted from 0):
     * a free index, which ranges over its variable's extent, then lies below the size.
     */
    static boolean countsBelowSize(List<Expr> sides) {
        return sides.stream().anyMatch(s -> Exprs.any(s, e -> e instanceof IndexSum x
                && org.symgrad.expr.RangeIndicator.lessOne(x.upper()).isPresent()
                || e instanceof IndexProduct p && org.symgrad.expr.RangeIndicator.lessOne(p.upper()).isPresent()));
    }

    /**
     * The largest literal index value {@code sides} write: a concrete subscript ({@code α_3}) or the
     * literal upper limit of a Σ or Π ({@code Σ_{k=1}^{4}}); 0 when there is none.
     */
    static int largestLiteral(List<Expr> sides) {
        Set<Long> uppers = new TreeSet<>();
        boolean[] open = {false};
        long[] largest = {0};
        for (Expr s : sides) {
            collect(s, uppers, open, largest);
        }
        long most = Math.max(largest[0], uppers.isEmpty() ? 0 : ((TreeSet<Long>) uppers).last());
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, most));
    }

    private static void collect(Expr e, Set<Long> uppers, boolean[] open, long[] largest) {
        Expr lower = null;
        Expr upper = null;
        if (e instanceof IndexSum s) {
            lower = s.lower();
            upper = s.upper();
        } else if (e instanceof IndexProduct p) {
            lower = p.lower();
            upper = p.upper();
        }
        if (upper != null) {
            if (Exprs.isNum(lower, 1) && upper instanceof Num n && n.value().isInteger()) {
                uppers.add(n.value().toBigInteger().longValueExact());
            } else {
                open[0] = true;
            }
        }
        if (e instanceof Indexed x) {
            for (String i : x.indices()) {
                if (Index.isConcrete(i)) {
                    largest[0] = Math.max(largest[0], Long.parseLong(i));
                }
            }
        }
        Exprs.children(e).forEach(c -> collect(c, uppers, open, largest));
    }

    /**
     * {@code e} with each Σ whose body is a sum of terms with δ factors split into one Σ per term,
     * products distributed over such sums first: {@code Σ_j f_ij (u_i δ_mj + u_j δ_im)} is
     * {@code Σ_j f_ij u_i δ_mj + Σ_j f_ij u_j δ_im}, each of which a δ contracts (the derivative of
     * a quadratic form {@code Σ_i Σ_j u_i K_ij u_j} with K given by a formula).
     */
    static Expr sumsByTerm(Expr e) {
        Expr mapped = Exprs.mapChildren(e, IndexFacts::sumsByTerm);
        if (mapped instanceof Mul m) {
            List<Expr> factors = m.factors();
            for (int k = 0; k < factors.size(); k++) {
                if (factors.get(k) instanceof Add a && a.terms().stream().anyMatch(IndexFacts::hasDelta)) {
                    List<Expr> others = new ArrayList<>(factors);
                    others.remove(k);
                    List<Expr> terms = new ArrayList<>();
                    for (Expr t : a.terms()) {
                        List<Expr> f = new ArrayList<>(others);
                        f.add(t);
                        terms.add(Exprs.mul(f));
                    }
                    return Exprs.add(terms);
                }
            }
        }
        if (mapped instanceof IndexSum s && s.body() instanceof Add a && a.terms().stream().anyMatch(IndexFacts::hasDelta)) {
            List<Expr> sums = new ArrayList<>();
            for (Expr t : a.terms()) {
                sums.add(new IndexSum(s.index(), s.lower(), s.upper(), t));
            }
            return Exprs.add(sums);
        }
        return mapped;
    }

    /** Whether {@code term} mentions a δ. */
    private static boolean hasDelta(Expr term) {
        return Exprs.any(term, x -> x instanceof Delta);
    }

    /** {@code e} at every assignment of its free symbolic indices to 1..m, or empty when there are too many. */
    static Optional<List<Expr>> atEachValue(Expr e, int m) {
        List<String> free = Indices.free(e).stream().filter(Index::isSymbolic).toList();
        if (free.isEmpty() || Math.pow(m, free.size()) > MOST_ASSIGNMENTS) {
            return Optional.empty();
        }
        List<Expr> out = new ArrayList<>(List.of(e));
        for (String index : free) {
            List<Expr> next = new ArrayList<>();
            for (Expr x : out) {
                for (int v = 1; v <= m; v++) {
                    next.add(Indices.rename(x, index, Integer.toString(v)));
                }
            }
            out = next;
        }
        return Optional.of(out);
    }
}
