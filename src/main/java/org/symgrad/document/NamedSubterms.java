package org.symgrad.document;

import java.util.Optional;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Variable;
import org.symgrad.functions.FunctionRegistry;

/**
 * A derivative by a name the document gives a part of a quantity's formula, where the quantity's own definition writes that
 * part out: "$h_t = \tanh(W h_{t-1} + U x_t)$ and write $a_t = W h_{t-1} + U x_t$ for the pre-activation", then
 * {@code \frac{\partial h_t}{\partial a_t}}. The author means the quantity as a function of the named part,
 * ∂h_t/∂a_t = ∂tanh(a)/∂a at a = a_t, so the part, wherever the quantity's expansion writes it exactly as the name's
 * expansion does, is the name, a variable of its own, and takes its value after the derivative. Read as written, h_t did not
 * depend on a_t and the step was undecided ("its derivative is 0; is a definition missing?"). Only where the quantity does not
 * depend on the name otherwise, and the name stands for a formula (no single name, no number, no call of a function left
 * undefined).
 */
final class NamedSubterms {
    private NamedSubterms() {
    }

    /** {@code e} with each such derivative taken by the named part; {@code e} itself where there is none. */
    static Expr through(Expr e, Definitions definitions) {
        if (e instanceof Derivative d) {
            Expr of = through(d.of(), definitions);
            return named(of, d.wrt(), definitions).orElse(of == d.of() ? e : new Derivative(of, d.wrt()));
        }
        return Exprs.mapChangedChildren(e, c -> through(c, definitions));
    }

    private static Optional<Expr> named(Expr of, Variable wrt, Definitions definitions) {
        Optional<Definition> definition = definitions.defining(wrt);
        if (definition.isEmpty() || mentions(definitions.expandKeeping(of, Set.of(wrt.name())), wrt.name())) {
            return Optional.empty(); // no name of a part, or the quantity depends on it as written
        }
        Expr part = definitions.expand(definition.get().instantiate(wrt));
        if (part instanceof Variable || Exprs.children(part).isEmpty()
                || Exprs.any(part, x -> x instanceof Fn f && !FunctionRegistry.isKnown(f.name()))) {
            return Optional.empty();
        }
        Expr quantity = definitions.expand(of);
        if (!Exprs.any(quantity, x -> x.equals(part))) {
            return Optional.empty();
        }
        return Optional.of(new Derivative(Exprs.replace(quantity, part, wrt), wrt));
    }

    private static boolean mentions(Expr e, String name) {
        return Exprs.any(e, x -> x instanceof Variable v && v.name().equals(name));
    }
}
