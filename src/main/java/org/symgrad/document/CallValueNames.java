package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;

/**
 * A name for the value of a function the document leaves undefined, differentiated by: "Writing $z = f(x)$,
 * $$\frac{\partial L}{\partial z} = …$$" with L written in f(x), or a GAN's {@code \tilde a = a(\tilde x)} beside
 * {@code L_D = -\log D(x) - \log(1 - D(\tilde x))}, D(x) = σ(a(x)). The author means L as a function of that value: each call
 * f(x) in the pair is the name z, and z is a variable of its own. Read as written, L depended on x only through an unknown f
 * and not on z, and the step was undecided ("L does not depend on z as the document defines it"). Only a plain name whose
 * whole definition is one call of a function that neither the document nor the registry defines.
 */
final class CallValueNames {
    private CallValueNames() {
    }

    /** The sides with each named call written as its name, and the definitions without those names. */
    record Reading(List<Expr> sides, Definitions definitions) {
    }

    /** The reading of the sides ({@code null} for an absent one) where a derivative in them is by such a name. */
    static Optional<Reading> of(Definitions definitions, List<Expr> sides) {
        Map<Sym, Fn> named = new LinkedHashMap<>();
        for (Expr side : sides) {
            if (side != null) {
                collect(side, definitions, named);
            }
        }
        // a = a(x) names the call only for a derivative by a: elsewhere a(x̃) stays a call of the function a, not of the value
        for (Definition d : definitions.all()) {
            if (d.target() instanceof Sym z && d.body() instanceof Fn f && f.name().equals(z.name()) && !named.containsKey(z)) {
                definitions = definitions.without(z.name());
                if (named.isEmpty()) {
                    return Optional.of(new Reading(sides, definitions));
                }
            }
        }
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Definitions without = definitions;
        for (Sym z : named.keySet()) {
            without = without.without(z.name());
        }
        Set<String> kept = new LinkedHashSet<>();
        named.keySet().forEach(z -> kept.add(z.name()));
        List<Expr> read = new ArrayList<>();
        for (Expr side : sides) {
            Expr e = side == null ? null : definitions.expandKeeping(side, kept);
            for (Map.Entry<Sym, Fn> n : named.entrySet()) {
                e = e == null ? null : Exprs.replace(e, n.getValue(), n.getKey());
            }
            read.add(e);
        }
        return Optional.of(new Reading(read, without));
    }

    /** Each name a derivative in {@code e} is taken by whose definition is such a call, with the call. */
    private static void collect(Expr e, Definitions definitions, Map<Sym, Fn> named) {
        if (e instanceof Derivative d && d.wrt() instanceof Sym z) {
            call(z, definitions).ifPresent(f -> named.put(z, f));
        }
        Exprs.children(e).forEach(c -> collect(c, definitions, named));
    }

    /** The call {@code z}'s definition is, where it is one call of a function nobody defines (z's own name: {@code a = a(x)}). */
    private static Optional<Fn> call(Sym z, Definitions definitions) {
        return definitions.defining(z).map(Definition::body)
                .filter(b -> b instanceof Fn f && !FunctionRegistry.isKnown(f.name())
                        && (f.name().equals(z.name()) || definitions.of(f.name()).isEmpty()))
                .map(Fn.class::cast);
    }

    /** A plain name set to a call of the function of that name at plain names: {@code a = a(x)}, the value named as its function. */
    private static final java.util.regex.Pattern OWN_CALL = java.util.regex.Pattern.compile(
            "\\s*(\\\\?[A-Za-z]+)\\s*=\\s*\\1\\s*(?:\\\\left)?\\(\\s*\\\\?[A-Za-z]+(\\s*,\\s*\\\\?[A-Za-z]+)*\\s*(?:\\\\right)?\\)\\s*");

    /**
     * Whether the formula names the value of a function by the function's own letter ("Writing $a = a(x)$" beside D(x) = σ(a(x))):
     * no update of a, but the name of the call, as {@code z = f(x)} is ({@link #of}).
     */
    static boolean namesItsOwnCall(String formula) {
        return OWN_CALL.matcher(formula).matches();
    }
}
