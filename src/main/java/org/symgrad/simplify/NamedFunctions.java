package org.symgrad.simplify;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Functions;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Rational;

/**
 * The named functions that are shorthand for exp/log expressions, with their definitions
 * ({@code σ(u) = 1/(1 + e^{−u})}, {@code tanh(u) = (e^{2u} − 1)/(e^{2u} + 1)},
 * {@code softplus(u) = log(1 + e^u)}, {@code sinh}, {@code cosh}) and the inverse rules that write
 * an exp form back in the name — the Möbius inversions {@code e^u = σ/(1 − σ)} and
 * {@code e^{2u} = (1 + t)/(1 − t)}, and {@code log(1 + e^u) = softplus(u)}.
 */
public final class NamedFunctions {
    private NamedFunctions() {
    }

    /** {@code name(u)} written in exp and log, if {@code name} is such a shorthand. */
    public static Optional<Expr> definition(String name, Expr u) {
        Expr half = Exprs.num(Rational.of(1, 2));
        return Optional.ofNullable(switch (name) {
            case Functions.SIGMA -> Exprs.div(Exprs.ONE, Exprs.add(Exprs.ONE, Exprs.exp(Exprs.neg(u))));
            case Functions.TANH -> {
                Expr e2 = Exprs.exp(Exprs.mul(Exprs.TWO, u));
                yield Exprs.div(Exprs.sub(e2, Exprs.ONE), Exprs.add(e2, Exprs.ONE));
            }
            case Functions.SOFTPLUS -> Exprs.log(Exprs.add(Exprs.ONE, Exprs.exp(u)));
            case Functions.SINH -> Exprs.mul(half, Exprs.sub(Exprs.exp(u), Exprs.exp(Exprs.neg(u))));
            case Functions.COSH -> Exprs.mul(half, Exprs.add(Exprs.exp(u), Exprs.exp(Exprs.neg(u))));
            default -> null;
        });
    }

    /**
     * Rules that rewrite the exp/log atoms of {@code name(u)}'s definition back in {@code name(u)};
     * {@code u} must be in canonical form.
     */
    static List<AtomRule> inverses(String name, Expr u, Normalizer n) {
        Set<String> variables = Indices.free(u);
        Optional<Expr> expU = singleAtom(n, Exprs.exp(u));
        return switch (name) {
            case Functions.SIGMA -> expU.map(a -> List.of(new AtomRule("sigma-from-exp", a, variables,
                    Exprs.div(Exprs.sigma(u), Exprs.sub(Exprs.ONE, Exprs.sigma(u)))))).orElse(List.of());
            case Functions.TANH -> expU.map(a -> {
                Expr t = Exprs.fn(Functions.TANH, u);
                // e^{2u} = (1 + t)/(1 − t), so e^u is its square root
                Expr square = Exprs.div(Exprs.add(Exprs.ONE, t), Exprs.sub(Exprs.ONE, t));
                return List.of(new AtomRule("tanh-from-exp", a, variables,
                        Exprs.pow(square, Exprs.num(Rational.of(1, 2)))));
            }).orElse(List.of());
            case Functions.SOFTPLUS -> {
                Optional<Expr> log = singleAtom(n, Exprs.log(Exprs.add(Exprs.ONE, Exprs.exp(u))));
                List<AtomRule> out = new java.util.ArrayList<>();
                log.ifPresent(a -> out.add(new AtomRule("softplus-from-log", a, variables,
                        Exprs.fn(Functions.SOFTPLUS, u))));
                out.addAll(inverses(Functions.SIGMA, u, n)); // softplus′ = σ
                yield out;
            }
            default -> List.of();
        };
    }

    private static Optional<Expr> singleAtom(Normalizer n, Expr e) {
        Factored f = n.normalize(e);
        if (f.coefficient().isOne() && f.factors().size() == 1 && f.factors().values().iterator().next() == 1) {
            return f.factors().keySet().iterator().next().asAtom();
        }
        return Optional.empty();
    }
}
