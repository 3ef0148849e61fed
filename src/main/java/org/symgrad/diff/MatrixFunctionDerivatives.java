package org.symgrad.diff;

import static org.symgrad.expr.Exprs.mul;

import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Sym;

/**
 * The derivatives of an inverse's entry and of a determinant ({@link MatrixFunctionNames}) by an entry of their matrix,
 * every entry of it taken as a variable of its own: {@code ∂(X⁻¹)_ij/∂X_ab = −(X⁻¹)_ia (X⁻¹)_bj} and
 * {@code ∂ det X/∂X_ab = det X · (X⁻¹)_ba} (Jacobi's formula). By anything else they do not vary.
 */
final class MatrixFunctionDerivatives {
    private MatrixFunctionDerivatives() {
    }

    /** The derivative of {@code leaf} by {@code wrt} where the leaf is computed from wrt's matrix; empty otherwise. */
    static Optional<Expr> of(Expr leaf, Expr wrt) {
        if (!(wrt instanceof Indexed w) || w.indices().size() != 2) {
            return Optional.empty();
        }
        String a = w.indices().get(0);
        String b = w.indices().get(1);
        String inverse = MatrixFunctionNames.inverse(w.name());
        if (leaf instanceof Indexed x && x.indices().size() == 2 && x.name().equals(inverse)) {
            return Optional.of(mul(Exprs.num(-1), new Indexed(inverse, List.of(x.indices().get(0), a)),
                    new Indexed(inverse, List.of(b, x.indices().get(1)))));
        }
        if (leaf instanceof Sym s && s.name().equals(MatrixFunctionNames.determinant(w.name()))) {
            return Optional.of(mul(s, new Indexed(inverse, List.of(b, a))));
        }
        return Optional.empty();
    }
}
