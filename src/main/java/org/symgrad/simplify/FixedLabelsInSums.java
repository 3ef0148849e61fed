package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.Trace;

/**
 * A term at a fixed label joined to a sibling Σ as the one-hot name the input defined
 * ({@code fixed-label-into-sum}): with {@code let y_w = δ(w, o)}, {@code A_o = Σ_k A_k y_k}, so
 * {@code Σ_k U_ek ŷ_k − U_eo = Σ_k U_ek (ŷ_k − y_k)}, as CS224n prints the softmax gradient. It
 * applies where the sibling Σ runs over 1..n (the label's range) and its body shares a factor with
 * the term so written: the sum then gathers into one body instead of holding the label apart.
 */
final class FixedLabelsInSums {
    /** The name this form is reported under. */
    static final String FIXED_LABEL_INTO_SUM = "fixed-label-into-sum";

    /** A one-hot definition {@code name_w = δ(w, label)}. */
    private record OneHot(String name, String index, String label) {
    }

    private final List<OneHot> oneHots;
    private final Normalizer normalizer;

    private FixedLabelsInSums(List<OneHot> oneHots, Normalizer normalizer) {
        this.oneHots = oneHots;
        this.normalizer = normalizer;
    }

    /** The one-hot definitions among the write-backs {@code definitions}. */
    static FixedLabelsInSums of(List<Rule> definitions, Normalizer normalizer) {
        List<OneHot> out = new ArrayList<>();
        for (Rule r : definitions) {
            // the write-back's right side is y_w/1: its written form read as the name
            Expr name = r.rhs().map(x -> normalizer.presenter().present(normalizer.normalize(x))).orElse(null);
            if (r.lhs() instanceof Delta d && name instanceof Indexed y && y.indices().size() == 1) {
                String w = y.indices().get(0);
                String label = d.i().equals(w) ? d.j() : d.j().equals(w) ? d.i() : null;
                if (label != null && !label.equals(w) && org.symgrad.expr.Index.isSymbolic(label)) {
                    out.add(new OneHot(y.name(), w, label));
                }
            }
        }
        return new FixedLabelsInSums(out, normalizer);
    }

    /** {@code e} with each term at a one-hot label joined to a sibling Σ it shares a factor with. */
    Expr joined(Expr e, Trace trace) {
        if (oneHots.isEmpty()) {
            return e;
        }
        Expr inner = Exprs.mapChildren(e, c -> joined(c, trace));
        if (!(inner instanceof Add a)) {
            return inner;
        }
        List<Expr> terms = new ArrayList<>(a.terms());
        for (OneHot h : oneHots) {
            for (int t = 0; t < terms.size(); t++) {
                Expr term = terms.get(t);
                if (!Indices.free(term).contains(h.label()) || term instanceof IndexSum) {
                    continue;
                }
                for (int s = 0; s < terms.size(); s++) {
                    Optional<Expr> merged = s == t ? Optional.empty() : merged(terms.get(s), term, h);
                    if (merged.isPresent()) {
                        trace.fired(FIXED_LABEL_INTO_SUM);
                        terms.set(s, merged.get());
                        terms.remove(t);
                        return terms.size() == 1 ? terms.get(0) : Exprs.add(terms);
                    }
                }
            }
        }
        return inner;
    }

    /** {@code Σ_k (B_k + T[o→k]·y_k)} for a sibling {@code Σ_k B_k} over 1..n sharing a factor with {@code T[o→k]}. */
    private Optional<Expr> merged(Expr sibling, Expr term, OneHot h) {
        if (!(sibling instanceof IndexSum s) || !s.lower().equals(Exprs.ONE) || !s.upper().equals(Exprs.N)) {
            return Optional.empty();
        }
        String k = s.index();
        if (Indices.all(term).contains(k) || k.equals(h.label())) {
            return Optional.empty();
        }
        Expr at = Indices.rename(term, h.label(), k);
        if (!sharesAFactor(factors(s.body()), factors(at))) {
            return Optional.empty();
        }
        Expr body = Exprs.add(s.body(), Exprs.mul(at, new Indexed(h.name(), List.of(k))));
        Expr written = normalizer.presenter().present(normalizer.normalize(body));
        return Optional.of(new IndexSum(k, s.lower(), s.upper(), written));
    }

    private static List<Expr> factors(Expr e) {
        List<Expr> out = new ArrayList<>(e instanceof Mul m ? m.factors() : List.of(e));
        out.removeIf(f -> f instanceof Num);
        return out;
    }

    private static boolean sharesAFactor(List<Expr> a, List<Expr> b) {
        Set<Expr> mine = Set.copyOf(a);
        return b.stream().anyMatch(mine::contains);
    }
}
