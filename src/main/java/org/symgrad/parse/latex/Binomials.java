package org.symgrad.parse.latex;

import java.math.BigInteger;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.functions.FunctionRegistry;

/**
 * A binomial coefficient, {@code \binom{n}{k}} ({@code \dbinom}, {@code \tbinom}): Γ(n + 1)/(Γ(k + 1) Γ(n − k + 1)), the
 * value n!/(k!(n − k)!) at whole numbers and its continuation between them, so that a likelihood's
 * {@code \log \binom{n_i}{y_i}} is read, and its derivative in a parameter is 0. It was an unknown command, and a binomial
 * log-likelihood with it and every step using it were refused.
 */
final class Binomials {
    private Binomials() {
    }

    /** {@code \binom{n}{k}}. */
    static Expr coefficient(Expr n, Expr k) {
        if (n instanceof Num a && k instanceof Num b && a.value().isInteger() && b.value().isInteger()
                && a.value().signum() >= 0 && b.value().signum() >= 0 && a.value().compareTo(Rational.of(1000)) <= 0) {
            // \binom{4}{2}: the whole number itself
            BigInteger top = a.value().toBigInteger();
            BigInteger choose = b.value().toBigInteger();
            if (choose.compareTo(top) > 0) {
                return Exprs.ZERO;
            }
            BigInteger out = BigInteger.ONE;
            for (int i = 0; i < choose.intValueExact(); i++) {
                out = out.multiply(top.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            }
            return Exprs.num(Rational.of(out));
        }
        Expr top = Exprs.fn(FunctionRegistry.GAMMA, Exprs.add(n, Exprs.ONE));
        Expr bottom = Exprs.mul(Exprs.fn(FunctionRegistry.GAMMA, Exprs.add(k, Exprs.ONE)),
                Exprs.fn(FunctionRegistry.GAMMA, Exprs.add(Exprs.sub(n, k), Exprs.ONE)));
        return Exprs.div(top, bottom);
    }
}
