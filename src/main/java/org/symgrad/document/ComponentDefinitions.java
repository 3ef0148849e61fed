package org.symgrad.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;

/**
 * Components a document defines one at a time, at a concrete index: {@code x_1 = \sin t},
 * {@code x_2 = \cos t} (MML Example 5.8). Each such component is a name of its own, {@code x_1},
 * defined like any other, and read so wherever the document writes it (also as a ∂-denominator).
 * The vector at a symbolic index ({@code x_i}) beside it would mix the two readings, so a side that
 * writes both is refused with a message.
 */
final class ComponentDefinitions {
    private final Map<Indexed, Sym> names = new LinkedHashMap<>();

    /**
     * Whether {@code target} is a component at concrete indices only, which this table defines; or one whose subscript is no
     * list of distinct index names, so that it names one quantity, as a label does: Haykin's optimum tap {@code w_{o,0}} (a
     * label beside a tap number), the steady state {@code C_{ss}} (a repeated letter).
     */
    static boolean isComponent(Expr target) {
        if (!(target instanceof Indexed x) || x.indices().isEmpty()
                || !x.indices().stream().allMatch(i -> Index.isConcrete(i) || Index.isSymbolic(i))) {
            return false;
        }
        // distinct index names (w_{ij}) are a family's entries, anything else one quantity
        boolean indexNames = x.indices().stream().allMatch(Index::isSymbolic) && x.indices().stream().distinct().count() == x.indices().size();
        return !indexNames;
    }

    /**
     * Whether {@code target}, a name with indices, is defined by a value that uses the bare name: Lord and Novick's
     * {@code \rho_{kk'} = \frac{k \rho}{1 + (k - 1) \rho}}, the reliability of a lengthened test beside the test's own ρ.
     * The subscript labels a quantity of its own (read as an entry of ρ, the definition was recursive), defined as a
     * component is ({@link #define}).
     */
    static boolean besideItsBareName(Expr target, Expr value) {
        return target instanceof Indexed x && !x.indices().isEmpty()
                && x.indices().stream().allMatch(i -> Index.isSymbolic(i) || Index.isConcrete(i))
                && Exprs.any(value, e -> e instanceof Sym s && s.name().equals(x.name()));
    }

    /** The name of its own that the component {@code x} ({@link #isComponent}) is defined under, from now on. */
    Sym define(Indexed x) {
        // a labelled name keeps its label last: L_2^τ is L2^(tau)
        return names.computeIfAbsent(x, k -> new Sym(org.symgrad.parse.latex.DocumentFunction.memberName(k.name(), k.indices())));
    }

    /** The components of {@code name} defined so far, each with the name of its own it is defined under. */
    Map<Indexed, Sym> of(String name) {
        Map<Indexed, Sym> out = new LinkedHashMap<>();
        names.forEach((x, own) -> {
            if (x.name().equals(name)) {
                out.put(x, own);
            }
        });
        return out;
    }

    /** The name of its own the component {@code x} is defined under, if it is defined already. */
    Optional<Sym> defined(Indexed x) {
        return Optional.ofNullable(names.get(x));
    }

    /**
     * {@code definitions} with {@code rename} applied to every body but those of {@code functions} (whose parameters are their
     * own: f(x_1, x_2) = … is a function of any two arguments); an {@link org.symgrad.error.InputException} where that makes a cycle.
     */
    static Definitions renamed(Definitions definitions, java.util.function.UnaryOperator<Expr> rename, java.util.Set<String> functions) {
        Definitions out = definitions.cleared();
        for (Definition d : definitions.all()) {
            out = out.with(functions.contains(d.name()) ? d : new Definition(d.target(), rename.apply(d.body())));
        }
        return out;
    }

    /** {@code e} with every defined component written as its own name. */
    Expr apply(Expr e) {
        return names.isEmpty() ? e : written(e, names);
    }

    /** {@code e} with each component {@code names} holds written as the name of its own it maps to. */
    static Expr written(Expr e, Map<Indexed, Sym> names) {
        return e instanceof Indexed x && names.containsKey(x) ? names.get(x) : Exprs.mapChildren(e, c -> written(c, names));
    }

    /**
     * A vector {@code e} writes at a symbolic index whose components, as many indices deep, are also defined one by one, if
     * any: the single tap's optimum {@code w_o} beside the two taps' {@code w_{o,0}}, {@code w_{o,1}} is another quantity.
     */
    Optional<Indexed> mixed(Expr e) {
        if (e instanceof Indexed x && !names.containsKey(x) && x.indices().stream().anyMatch(Index::isSymbolic)
                && names.keySet().stream().anyMatch(k -> k.name().equals(x.name()) && k.indices().size() == x.indices().size())) {
            return Optional.of(x);
        }
        return Exprs.children(e).stream().map(this::mixed).flatMap(Optional::stream).findFirst();
    }

    /** The components defined so far under the vector name {@code name}, as written ({@code x_1, x_2}). */
    String definedOf(String name) {
        return String.join(", ", names.keySet().stream().filter(k -> k.name().equals(name))
                .map(k -> k.name() + "_" + String.join("", k.indices())).toList());
    }
}
