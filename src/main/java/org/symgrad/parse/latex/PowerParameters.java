package org.symgrad.parse.latex;

import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Variable;

/**
 * A function's parameter written as a power of a name, {@code \sigma^2} in {@code \mathcal{N}(x | \mu, \sigma^2)}: the
 * body is written in σ, and an argument written as the same power of another name, {@code \sigma_k^2}, gives σ its
 * value σ_k. The names of such parameters are magnitudes (a standard deviation beside its variance), so the sign
 * the power hides is the written base's; applied to another argument (a variance), a square's base is its square root.
 */
final class PowerParameters {
    private PowerParameters() {
    }

    /** The value of {@code parameter}'s base when the function is applied to {@code argument}, if it is written so. */
    static Optional<Expr> base(Pow parameter, Expr argument) {
        if (!(parameter.base() instanceof Variable)) {
            return Optional.empty();
        }
        if (argument instanceof Pow power && power.exponent().equals(parameter.exponent())
                && power.base() instanceof Variable) {
            return Optional.of(power.base());
        }
        if (parameter.exponent().equals(Exprs.num(Rational.of(2)))) {
            // \mathcal{N}(x | \mu_k, v_k): the variance v_k, whose standard deviation is √v_k
            return Optional.of(Exprs.pow(argument, Exprs.num(Rational.of(1, 2))));
        }
        return Optional.empty();
    }
}
