package org.symgrad.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.diff.DefinedDerivatives;
import org.symgrad.diff.Differentiator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.functions.FunctionRegistry;

/**
 * The dependence a side keeps after its definitions are expanded: a bare vector that an abstract
 * function takes whole, {@code L(\mathbf{o})} with {@code o_i = Σ_j W_ij h_j} defined by its
 * components (d2l.ai §5.3), is not expanded (the call has no components to put it in), so
 * differentiating {@code J = L(o) + s} by {@code W_ab} would see no W at all and give 0 while the
 * deriver, through the same definitions, gives {@code ∂L/∂o_a · h_b}. Here the entries {@code o_m}
 * of such a vector differentiate through their definitions, and the chain rule over the call's
 * argument sums over them, as it does for the deriver: both sides of a step and its expected value
 * then read the chain rule the same way. Every other leaf is left as the plain differentiator
 * sees it (expanded already, or a variable being differentiated by). A scalar argument
 * ({@code f(u)} with {@code u = a x^2}) is the one-entry case.
 */
final class VectorArguments implements DefinedDerivatives {
    private final Definitions definitions;
    private final Set<String> vectors;
    private final Map<List<Expr>, Optional<Expr>> memo = new HashMap<>();

    private VectorArguments(Definitions definitions, Set<String> vectors) {
        this.definitions = definitions;
        this.vectors = vectors;
    }

    /** The hook for an expanded side: empty-handed ({@link DefinedDerivatives#NONE}) where no call takes a defined vector. */
    static DefinedDerivatives in(Expr expanded, Definitions definitions) {
        Set<String> vectors = new HashSet<>();
        collect(expanded, definitions, vectors);
        return vectors.isEmpty() ? DefinedDerivatives.NONE : new VectorArguments(definitions, vectors);
    }

    private static void collect(Expr e, Definitions definitions, Set<String> out) {
        if (e instanceof Fn f && !FunctionRegistry.isKnown(f.name())) {
            for (Expr a : f.args()) {
                if (a instanceof Sym s && definitions.of(s.name()).isPresent()) {
                    out.add(s.name());
                }
            }
        }
        Exprs.children(e).forEach(c -> collect(c, definitions, out));
    }

    @Override
    public Optional<Expr> derivative(Expr leaf, Expr wrt) {
        if (!(leaf instanceof Variable x) || !vectors.contains(x.name()) || !(wrt instanceof Variable w)
                || w.name().equals(x.name()) || !definitions.reaches(x.name(), w.name())) {
            return Optional.empty();
        }
        List<Expr> key = List.of(leaf, wrt);
        Optional<Expr> known = memo.get(key);
        if (known != null) {
            return known;
        }
        Optional<Definition> d = definitions.defining(x);
        Optional<Expr> out = d.map(def -> new Differentiator(this)
                .differentiate(definitions.expandKeeping(def.instantiate(x), Set.of(w.name())), wrt));
        memo.put(key, out);
        return out;
    }
}
