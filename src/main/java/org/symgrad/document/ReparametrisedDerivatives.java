package org.symgrad.document;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexValue;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.functions.Constants;
import org.symgrad.functions.FunctionRegistry;

/**
 * A derivative by a new parameter the document defines from an old one, entry by entry — the log-variance
 * {@code s_j = \log\sigma_j^2} of a VAE, {@code \sigma = e^{\rho}}, {@code \theta = \log\lambda} — of a quantity the document
 * defines in the old one: {@code \frac{\partial D_{KL}}{\partial s_j}} with D_KL written in σ_j. The author means the quantity
 * as a function of the new parameter, so the derivative is the chain rule through the old one,
 * {@code ∂D/∂s_j = (∂D/∂σ_j)/(∂s_j/∂σ_j)} (the inverse function's derivative: no inverse needs writing). Read only where
 * the new parameter's definition uses one name the quantity depends on, at the derivative's own indices (an entry by
 * entry map; a matrix product {@code z = Wx} is no reparametrisation; nor is a function the document leaves undefined).
 * Read as written, D_KL did not depend on s_j and the
 * step was undecided ("its derivative is 0; is a definition missing?").
 */
final class ReparametrisedDerivatives {
    private ReparametrisedDerivatives() {
    }

    /** {@code e} with each such derivative written through the old parameter; {@code e} itself where there is none. */
    static Expr through(Expr e, Definitions definitions) {
        if (e instanceof Derivative d) {
            Expr of = through(d.of(), definitions);
            Optional<Expr> chained = chained(of, d.wrt(), definitions);
            return chained.orElse(of == d.of() ? e : new Derivative(of, d.wrt()));
        }
        return Exprs.mapChangedChildren(e, c -> through(c, definitions));
    }

    private static Optional<Expr> chained(Expr of, Variable wrt, Definitions definitions) {
        Optional<Definition> definition = definitions.defining(wrt);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        // expanded as the checker expands a derivative's subject: the variable kept where a definition reaches it
        if (mentions(definitions.expandKeeping(of, Set.of(wrt.name())), wrt.name())) {
            return Optional.empty();
        }
        Expr quantity = definitions.expand(of);
        Expr body = definitions.expand(definition.get().instantiate(wrt));
        if (Exprs.any(body, x -> x instanceof Fn f && !FunctionRegistry.isKnown(f.name()))) {
            return Optional.empty(); // s = f(σ) with f left undefined: its derivative is the author's to state
        }
        Set<Expr> old = new LinkedHashSet<>();
        leaves(body, old);
        old.removeIf(leaf -> !mentions(quantity, ((Variable) leaf).name()));
        if (old.size() != 1) {
            return Optional.empty();
        }
        Expr u = old.iterator().next();
        boolean sameIndices = u instanceof Sym ? wrt instanceof Sym
                : wrt instanceof Indexed w && ((Indexed) u).indices().equals(w.indices());
        if (!sameIndices) {
            return Optional.empty();
        }
        return Optional.of(Exprs.div(new Derivative(of, u), new Derivative(wrt, u)));
    }

    /** The names {@code e} holds as values: symbols and entries, not constants nor an index used as a number. */
    private static void leaves(Expr e, Set<Expr> out) {
        switch (e) {
            case Sym s when !Constants.isConstant(s) -> out.add(s);
            case Indexed x when !IndexValue.is(x) -> out.add(x);
            default -> Exprs.children(e).forEach(c -> leaves(c, out));
        }
    }

    private static boolean mentions(Expr e, String name) {
        return Exprs.any(e, x -> x instanceof Variable v && v.name().equals(name));
    }
}
