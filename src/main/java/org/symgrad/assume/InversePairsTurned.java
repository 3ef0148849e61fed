package org.symgrad.assume;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Mul;

/**
 * A symmetric matrix and its inverse ({@link MatrixFunctionNames}) that a sum pairs with the summed index on the same side
 * of both ({@code Σ_k A_ka (A⁻¹)_kb}, which {@code xᵀAx} at {@code x = A⁻¹b} reads), the symmetric one's entry turned so that
 * they meet as a product, {@code Σ_k A_ak (A⁻¹)_kb}, which the normal form contracts to {@code δ_ab}. Ordering each entry's
 * indices by name ({@code C_ji = C_ij}) cannot do this: which side the summed index lands on depends on the names the sums
 * bind. The pair may stand in the sum's body or in the body of a sum inside it ({@code Σ_k A_ka Σ_l (A⁻¹)_kl b_l}), and is
 * all of the body that depends on the summed index, as the contraction needs.
 */
final class InversePairsTurned {
    private InversePairsTurned() {
    }

    /**
     * {@code sum} with one entry of such a pair turned, in one term of its body, and the symmetry used added to {@code used};
     * empty where none is.
     */
    static Optional<Expr> of(IndexSum sum, Sampling sampling, Set<Sampling.Constraint> used) {
        List<Expr> terms = sum.body() instanceof Add a ? a.terms() : List.of(sum.body());
        for (int t = 0; t < terms.size(); t++) {
            Optional<Expr> turned = turned(terms.get(t), sum.index(), sampling, used);
            if (turned.isPresent()) {
                List<Expr> rebuilt = new ArrayList<>(terms);
                rebuilt.set(t, turned.get());
                return Optional.of(new IndexSum(sum.index(), sum.lower(), sum.upper(), Exprs.add(rebuilt)));
            }
        }
        return Optional.empty();
    }

    /** The product {@code term} with one entry of a pair over k turned; empty where it holds no such pair. */
    private static Optional<Expr> turned(Expr term, String k, Sampling sampling, Set<Sampling.Constraint> used) {
        List<Expr> entries = new ArrayList<>();
        for (Expr f : factors(term)) {
            if (f instanceof Indexed x && Indices.mentions(x, k)) {
                entries.add(x);
            } else if (f instanceof IndexSum inner && !inner.index().equals(k) && Indices.mentions(f, k)) {
                for (Expr g : factors(inner.body())) {
                    if (Indices.mentions(g, k)) {
                        entries.add(g);
                    }
                }
            } else if (Indices.mentions(f, k)) {
                return Optional.empty();
            }
        }
        if (entries.size() != 2 || !(entries.get(0) instanceof Indexed a) || !(entries.get(1) instanceof Indexed b)
                || !partners(a.name(), b.name()) || a.indices().size() != 2 || b.indices().size() != 2) {
            return Optional.empty();
        }
        int pa = position(a, k);
        int pb = position(b, k);
        if (pa < 0 || pb < 0 || pa != pb) {
            return Optional.empty();
        }
        for (Indexed x : List.of(a, b)) {
            Optional<Sampling.Constraint> symmetric = symmetry(x.name(), sampling);
            if (symmetric.isPresent()) {
                used.add(symmetric.get());
                Indexed turned = new Indexed(x.name(), List.of(x.indices().get(1), x.indices().get(0)));
                return Optional.of(Exprs.replace(term, x, turned));
            }
        }
        return Optional.empty();
    }

    /** Whether one name stands for the other's inverse. */
    private static boolean partners(String a, String b) {
        return MatrixFunctionNames.inverse(a).equals(b) || MatrixFunctionNames.inverse(b).equals(a);
    }

    /** Where k stands among the entry's two indices, the other not mentioning it; -1 otherwise. */
    private static int position(Indexed x, String k) {
        boolean first = x.indices().get(0).equals(k);
        boolean second = x.indices().get(1).equals(k);
        return first == second ? -1 : first ? 0 : 1;
    }

    /** The assumption that the matrix {@code name} is symmetric, if there is one. */
    private static Optional<Sampling.Constraint> symmetry(String name, Sampling sampling) {
        return sampling.constraints().stream().filter(c -> c instanceof Sampling.Symmetric s && s.name().equals(name)).findFirst();
    }

    private static List<Expr> factors(Expr e) {
        return e instanceof Mul m ? m.factors() : List.of(e);
    }
}
