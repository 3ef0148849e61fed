package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Rational;

/**
 * A matrix times its inverse is the identity ({@link MatrixFunctionNames}: the inverse's entries computed from the matrix's):
 * {@code Σ_k A_ak (A⁻¹)_kb = δ_ab} and {@code Σ_k (A⁻¹)_ak A_kb = δ_ab}, where the two entries are all the sum's body that
 * depends on k. The entries match up to the assumptions: under {@code A symmetric} the normal form writes {@code A_ka} as
 * {@code A_ak}, so {@code Σ_k A_ka (A⁻¹)_kb} is the product too. A product whose inverse stands inside a sum of its own
 * ({@code Σ_k F_ik Σ_l (F⁻¹)_kl g_l}, the matrix times the product of its inverse and a vector) is read over the inner index
 * first, as an identity of finite sums, so the pair meets: {@code Σ_l g_l Σ_k F_ik (F⁻¹)_kl = g_i}.
 */
final class InverseProducts {
    /** The rule's name, as the trace reports it. */
    static final String RULE = "inverse-product";

    private InverseProducts() {
    }

    /** {@code Σ_k bound} with a matrix and its inverse contracted over k; empty where the body holds no such pair alone. */
    static Optional<Expr> contracted(String k, Factored bound, Normalizer normalizer) {
        Optional<List<Expr>> atoms = atoms(bound);
        if (atoms.isEmpty() || atoms.get().size() != 2) {
            return Optional.empty();
        }
        Set<String> avoid = new HashSet<>(Indices.free(atoms.get().get(0)));
        avoid.addAll(Indices.free(atoms.get().get(1)));
        avoid.add(k);
        List<Side> sides = new ArrayList<>();
        for (Expr atom : atoms.get()) {
            Optional<Side> side = side(atom, k, avoid);
            if (side.isEmpty()) {
                return Optional.empty();
            }
            sides.add(side.get());
        }
        for (List<Side> order : List.of(sides, List.of(sides.get(1), sides.get(0)))) {
            for (Indexed x : order.get(0).entries()) {
                for (Indexed y : order.get(1).entries()) {
                    Optional<Expr> delta = identity(x, y, k, normalizer);
                    if (delta.isPresent()) {
                        List<Expr> product = new ArrayList<>(order.get(0).without(x));
                        product.addAll(order.get(1).without(y));
                        product.add(delta.get());
                        Expr out = Exprs.mul(product);
                        for (Side side : order) {
                            out = side.around(out);
                        }
                        return Optional.of(out);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * One factor of the pair: an entry, or a sum whose body holds the entry and factors free of k ({@code Σ_l (F⁻¹)_kl g_l}),
     * its bound index renamed to one {@code avoid} does not hold (and added to it).
     */
    private record Side(List<Expr> factors, Optional<IndexSum> sum, String k) {
        /** The factors that are entries depending on k: one, for the pair to be all the body's dependence on k. */
        List<Indexed> entries() {
            List<Indexed> out = new ArrayList<>();
            for (Expr f : factors) {
                if (Indices.mentions(f, k)) {
                    if (!(f instanceof Indexed x)) {
                        return List.of();
                    }
                    out.add(x);
                }
            }
            return out.size() == 1 ? out : List.of();
        }

        List<Expr> without(Expr entry) {
            List<Expr> out = new ArrayList<>(factors);
            out.remove(entry);
            return out;
        }

        /** {@code body} inside this side's sum, if it has one. */
        Expr around(Expr body) {
            return sum.<Expr>map(s -> new IndexSum(s.index(), s.lower(), s.upper(), body)).orElse(body);
        }
    }

    private static Optional<Side> side(Expr atom, String k, Set<String> avoid) {
        if (atom instanceof Indexed) {
            return Optional.of(new Side(List.of(atom), Optional.empty(), k));
        }
        if (!(atom instanceof IndexSum s) || Indices.mentions(s.lower(), k) || Indices.mentions(s.upper(), k)) {
            return Optional.empty();
        }
        // the inner sum's bound name, free of the other factor and of k (its canonical name may be one of theirs)
        String l = Indices.fresh(avoid);
        avoid.add(l);
        Expr inside = Indices.rename(s.body(), s.index(), l);
        List<Expr> body = inside instanceof Mul m ? m.factors() : List.of(inside);
        return Optional.of(new Side(body, Optional.of(new IndexSum(l, s.lower(), s.upper(), inside)), k));
    }

    /** δ_pq where {@code x}, {@code y} are a matrix's and its inverse's entries (either way round), x_pk y_kq: their product is I. */
    private static Optional<Expr> identity(Indexed a, Indexed b, String k, Normalizer normalizer) {
        if (a.indices().size() != 2 || b.indices().size() != 2) {
            return Optional.empty();
        }
        boolean inverse = MatrixFunctionNames.inverse(a.name()).equals(b.name()) || MatrixFunctionNames.inverse(b.name()).equals(a.name());
        Optional<String> p = other(a, k);
        Optional<String> q = other(b, k);
        if (!inverse || p.isEmpty() || q.isEmpty()) {
            return Optional.empty();
        }
        // x's row p, y's column q: x_pk y_kq, as the normal form writes those entries
        if (same(a, new Indexed(a.name(), List.of(p.get(), k)), normalizer)
                && same(b, new Indexed(b.name(), List.of(k, q.get())), normalizer)) {
            return Optional.of(Exprs.delta(p.get(), q.get()));
        }
        return Optional.empty();
    }

    /** The index of {@code e} other than k, where k is one of its two and the other does not mention k. */
    private static Optional<String> other(Indexed e, String k) {
        String first = e.indices().get(0);
        String second = e.indices().get(1);
        if (first.equals(k) && !Index.names(second).contains(k)) {
            return Optional.of(second);
        }
        if (second.equals(k) && !Index.names(first).contains(k)) {
            return Optional.of(first);
        }
        return Optional.empty();
    }

    /** Whether {@code present} is what the normal form writes for {@code wanted} (the same entry, up to a symmetry assumed). */
    private static boolean same(Indexed present, Indexed wanted, Normalizer normalizer) {
        return present.equals(wanted) || normalizer.normalize(wanted).equals(normalizer.normalize(present));
    }

    /** The atoms of a product of distinct atoms, each to the power 1, coefficient 1; empty for any other form. */
    private static Optional<List<Expr>> atoms(Factored f) {
        if (!f.coefficient().isOne()) {
            return Optional.empty();
        }
        List<Expr> out = new ArrayList<>();
        for (Map.Entry<Poly, Integer> p : f.factors().entrySet()) {
            if (p.getValue() != 1 || p.getKey().terms().size() != 1) {
                return Optional.empty();
            }
            Map.Entry<Monomial, Rational> t = p.getKey().terms().entrySet().iterator().next();
            if (!t.getValue().isOne()) {
                return Optional.empty();
            }
            Monomial m = t.getKey();
            for (int i = 0; i < m.atomCount(); i++) {
                if (m.exponent(i) != 1) {
                    return Optional.empty();
                }
                out.add(m.atom(i));
            }
        }
        return Optional.of(out);
    }
}
