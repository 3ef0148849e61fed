package org.symgrad.matrix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.eval.IntegerSizes;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;

/**
 * The matrix form of an index-notation result (SPEC §10), read from its index structure: shapes
 * come from how each name is indexed (first index = row, a vector is a column), and the result's
 * axes are the free indices of the differentiated expression, then those of the variable — so a
 * gradient has its variable's shape ({@code ∂E/∂W_ab} is a matrix like W) and a Jacobian
 * {@code ∂y_i/∂x_j} has rows over i. Examples: {@code δ_ij} is {@code I},
 * {@code y_i(δ_ij − y_j)} is {@code diag(y) − y yᵀ}, {@code ∂L/∂y_k x_l} is {@code (∂L/∂y) xᵀ},
 * {@code Σ_k W_ki g_k} is {@code Wᵀ g}, {@code f_i g_i} is {@code f ⊙ g}, {@code Σ_i a_i b_i} is
 * {@code aᵀ b}. A result with three free indices, an entry with a fixed index, a sum over a
 * range other than 1..n and the like have none; the reading then says why.
 */
public final class MatrixForm {
    private MatrixForm() {
    }

    /** The matrix form of {@code result = ∂of/∂wrt}: axes are the free indices of {@code of}, then of {@code wrt}. */
    public static MatrixReading ofDerivative(Expr result, Expr of, Expr wrt) {
        return ofDerivative(result, of, wrt, Set.of());
    }

    /**
     * The matrix form of {@code result = ∂of/∂wrt} where {@code labels} are fixed labels ({@code o} of
     * {@code let y_w = delta(w, o)}, the one-hot vector of one class): a label names one fixed class, so
     * it is no axis. ∂(−log ŷ_o)/∂v_e is {@code Σ_w U_ew(ŷ_w − y_w)}, a vector over e for the class o,
     * {@code U(ŷ − y)}, as CS224n writes it; its rows do not run over o. A result that shows a label
     * itself ({@code U_eo}) is read with the label an axis, as any free index.
     */
    public static MatrixReading ofDerivative(Expr result, Expr of, Expr wrt, Set<String> labels) {
        // without the label known, o of ∂(−log ŷ_o)/∂v_e might be an axis along which the result is
        // constant, or a label the result depends on only through y; a matrix cannot tell the two apart
        Set<String> hidden = new LinkedHashSet<>(Indices.free(of));
        hidden.removeAll(Indices.free(wrt));
        hidden.removeAll(Indices.free(result));
        List<String> axes = axes(result, of, wrt, labels);
        hidden.retainAll(axes);
        if (!hidden.isEmpty()) {
            return MatrixReading.none("the result does not show how it depends on " + hidden
                    + ": a fixed label, or a definition, hides it");
        }
        return of(result, axes);
    }

    /**
     * The axes {@link #ofDerivative(Expr, Expr, Expr, Set)} reads {@code result = ∂of/∂wrt} over: those of
     * {@link #axes(Expr, Expr)} but the fixed labels among {@code labels}; a result that shows a label
     * itself ({@code U_eo}) is read with every free index an axis, as without labels.
     */
    public static List<String> axes(Expr result, Expr of, Expr wrt, Set<String> labels) {
        Set<String> shown = new LinkedHashSet<>(Indices.free(result));
        shown.retainAll(labels);
        Set<String> axes = new LinkedHashSet<>(axes(of, wrt));
        if (shown.isEmpty()) {
            axes.removeAll(labels);
        }
        return List.copyOf(axes);
    }

    /** The axes of {@code ∂of/∂wrt}: the free indices of {@code of}, then those of {@code wrt}. */
    public static List<String> axes(Expr of, Expr wrt) {
        Set<String> axes = new LinkedHashSet<>(Indices.free(of));
        axes.addAll(Indices.free(wrt));
        return List.copyOf(axes);
    }

    /** The matrix form of {@code e} as a tensor over {@code axes} (row first), or why it has none. */
    public static MatrixReading of(Expr e, List<String> axes) {
        Set<String> extra = new LinkedHashSet<>(Indices.free(e));
        extra.removeAll(axes);
        extra.removeAll(IntegerSizes.of(e, axes)); // a stride s of X_{i*s+p} is a size, not an index: no axis
        if (!extra.isEmpty()) {
            return MatrixReading.none("the free indices " + extra + " are not axes of the result");
        }
        if (axes.size() > 2) {
            return MatrixReading.none("the result has " + axes.size() + " free indices " + axes
                    + "; a matrix has at most two");
        }
        try {
            Tensor t = new IndexTranslator().tensor(apart(e, new HashSet<>(axes)));
            return MatrixReading.of(t.filled(axes));
        } catch (NoReading none) {
            return MatrixReading.none(none.getMessage());
        }
    }

    /**
     * {@code e} with every Σ over an index name of its own, none of them in {@code avoid}; the
     * value is unchanged. After this an index name means one index wherever it occurs.
     */
    public static Expr apart(Expr e, Set<String> avoid) {
        Set<String> used = new HashSet<>(avoid);
        used.addAll(Indices.free(e));
        used.addAll(Indices.all(e));
        Set<String> claimed = new HashSet<>(avoid);
        claimed.addAll(Indices.free(e));
        return apart(e, used, claimed);
    }

    private static Expr apart(Expr e, Set<String> used, Set<String> claimed) {
        if (!(e instanceof IndexSum s)) {
            return Exprs.mapChildren(e, c -> apart(c, used, claimed));
        }
        String k = s.index();
        Expr body = s.body();
        if (!claimed.add(k)) {
            String fresh = Indices.fresh(used);
            used.add(fresh);
            claimed.add(fresh);
            body = Indices.rename(body, k, fresh);
            k = fresh;
        }
        Expr inner = apart(body, used, claimed);
        List<Expr> kids = new ArrayList<>(List.of(s.lower(), s.upper(), inner));
        return k.equals(s.index()) && inner == s.body() ? s : new IndexSum(k, kids.get(0), kids.get(1), kids.get(2));
    }
}
