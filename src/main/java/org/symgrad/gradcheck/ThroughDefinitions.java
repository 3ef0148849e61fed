package org.symgrad.gradcheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.functions.FunctionRegistry;

/**
 * An expression with the definitions substituted, ready for the evaluator: each defined name is
 * replaced by its body except the names held (the variable of a derivative: inside {@code ∂f/∂v}
 * the name of {@code v} is held, so that a derivative with respect to a defined name is the
 * partial one); an abstract function's bare vector argument {@code y} (a defined indexed name)
 * becomes the arguments {@code y_1 … y_n}, each expanded — the evaluator's convention for
 * {@code L(y)}. Unlike {@link Definitions#expand}, it keeps no defined name behind an abstract
 * function, so a finite difference of the expansion is the total derivative through every
 * definition.
 */
final class ThroughDefinitions {
    private final Definitions definitions;
    private final int n;

    ThroughDefinitions(Definitions definitions, int n) {
        this.definitions = definitions;
        this.n = n;
    }

    /** {@code e} expanded, with the definitions of the names in {@code held} kept out. */
    Expr expand(Expr e, Set<String> held) {
        return switch (e) {
            case Derivative d -> {
                Set<String> inner = new HashSet<>(held);
                inner.add(nameOf(d.wrt()));
                yield new Derivative(expand(d.of(), inner), d.wrt());
            }
            case Indexed x -> definitions.defining(x).filter(d -> !held.contains(d.name()))
                    .map(d -> expand(d.instantiate(x), held)).orElse(x);
            case Sym s -> definitions.defining(s).filter(d -> !held.contains(d.name()))
                    .map(d -> expand(d.body(), held)).orElse(s);
            case Fn f when !FunctionRegistry.isKnown(f.name()) -> new Fn(f.name(), abstractArguments(f, held));
            case Num x -> x;
            case Delta x -> x;
            case Fn x -> Exprs.mapChildren(x, c -> expand(c, held));
            case Add x -> Exprs.mapChildren(x, c -> expand(c, held));
            case Mul x -> Exprs.mapChildren(x, c -> expand(c, held));
            case Pow x -> Exprs.mapChildren(x, c -> expand(c, held));
            case IndexSum x -> Exprs.mapChildren(x, c -> expand(c, held));
            case IndexProduct x -> Exprs.mapChildren(x, c -> expand(c, held));
        };
    }

    private List<Expr> abstractArguments(Fn f, Set<String> held) {
        List<Expr> args = new ArrayList<>();
        for (Expr a : f.args()) {
            if (a instanceof Sym s && !held.contains(s.name())
                    && definitions.of(s.name()).map(d -> d.indices().size() == 1).orElse(false)) {
                for (int m = 1; m <= n; m++) {
                    args.add(expand(new Indexed(s.name(), List.of(Integer.toString(m))), held));
                }
            } else {
                args.add(expand(a, held));
            }
        }
        return args;
    }

    /** The name of a variable ({@code W} of {@code W_ab}). */
    static String nameOf(Expr variable) {
        return switch ((Variable) variable) {
            case Indexed x -> x.name();
            case Sym s -> s.name();
        };
    }
}
