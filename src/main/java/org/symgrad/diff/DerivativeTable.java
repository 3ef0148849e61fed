package org.symgrad.diff;

import static java.util.Map.entry;
import static org.symgrad.expr.Exprs.*;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.symgrad.expr.Expr;
import org.symgrad.expr.Functions;
import org.symgrad.expr.Rational;

/**
 * A function knows only its own derivative: {@code f ↦ f′(u)} as an expression of the argument
 * {@code u}, one line per known function. The chain rule ({@code d f(u) = f′(u)·du}) is written
 * once, in {@link DiffRules}. {@code heaviside′} and {@code sign′} are 0 away from the jump at 0
 * (the distributional δ at 0 is not represented); {@code abs′ = sign} and {@code relu′ = heaviside}
 * likewise hold away from 0.
 */
public final class DerivativeTable {
    private static final Map<String, UnaryOperator<Expr>> TABLE = Map.ofEntries(
            entry(Functions.EXP, u -> exp(u)),
            entry(Functions.LOG, u -> pow(u, -1)),
            entry(Functions.SQRT, u -> mul(num(Rational.of(1, 2)), pow(u, num(Rational.of(-1, 2))))),
            entry(Functions.ABS, u -> fn(Functions.SIGN, u)),
            entry(Functions.SIN, u -> fn(Functions.COS, u)),
            entry(Functions.COS, u -> neg(fn(Functions.SIN, u))),
            entry(Functions.TAN, u -> add(ONE, pow(fn(Functions.TAN, u), 2))),
            entry(Functions.SINH, u -> fn(Functions.COSH, u)),
            entry(Functions.COSH, u -> fn(Functions.SINH, u)),
            entry(Functions.TANH, u -> sub(ONE, pow(fn(Functions.TANH, u), 2))),
            entry(Functions.SIGMA, u -> mul(sigma(u), sub(ONE, sigma(u)))),
            entry(Functions.SOFTPLUS, u -> sigma(u)),
            entry(Functions.RELU, u -> fn(Functions.HEAVISIDE, u)),
            entry(Functions.HEAVISIDE, u -> ZERO),
            entry(Functions.SIGN, u -> ZERO));

    private DerivativeTable() {
    }

    /** Whether the table has the derivative of the known function {@code function}. */
    public static boolean covers(String function) {
        return TABLE.containsKey(function);
    }

    /** {@code f′(u)} for the known function {@code function}, or empty if it is not in the table. */
    public static Optional<Expr> derivative(String function, Expr u) {
        UnaryOperator<Expr> d = TABLE.get(function);
        return d == null ? Optional.empty() : Optional.of(d.apply(u));
    }

    /** The rule name a derivation cites for {@code f′}: {@code "derivative-of-exp"}, {@code "derivative-of-sigma"}, … */
    public static String rule(String function) {
        return "derivative-of-" + function;
    }
}
