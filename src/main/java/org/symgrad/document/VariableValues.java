package org.symgrad.document;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;

/**
 * The variables a step differentiates by that the document also gives a value: μ of {@code \frac{dQ}{d\mu}} after
 * "Setting the derivative to zero gives $$\mu = \frac{\sum_n r_n x_n}{\sum_n r_n}$$", x of {@code f'(x)} after
 * {@code x = 3}. A derivative by μ is a function of μ; with μ's value put in, the sides are compared at that one point only,
 * where a stationary solution makes every multiple of the derivative 0, so the slip {@code \frac{2}{\sigma^2}\sum_n r_n
 * (x_n - \mu)} was proven. Such a variable is one that the differentiated expression's definition writes as a variable
 * of its own: the definition came first (Q at line 2, μ's value at line 4), so the value is a point of it. A step is read
 * with it free as well where a side writes the variable itself, not only its value. A quantity defined before what uses it
 * ({@code z = wx + b} above {@code L = (z - y)^2}, the batch mean above the variance) is a value the author computes with,
 * and its steps read with it.
 */
final class VariableValues {
    private VariableValues() {
    }

    /** The names of such variables of the derivatives in {@code sides} (nulls allowed), with the lines of the definitions. */
    static Set<String> of(Definitions definitions, Map<String, Integer> definedAt, Expr... sides) {
        Set<String> out = new LinkedHashSet<>();
        for (Expr side : sides) {
            collect(side, definitions, definedAt, sides, out);
        }
        return out;
    }

    private static void collect(Expr e, Definitions definitions, Map<String, Integer> definedAt, Expr[] sides, Set<String> out) {
        if (e == null) {
            return;
        }
        if (e instanceof Derivative d && d.wrt() instanceof Sym v && definitions.of(v.name()).filter(def -> def.defines(v)).isPresent()
                && definedAt.containsKey(v.name()) && writtenBeside(v, sides) && definedBefore(d.of(), v, definitions, definedAt)) {
            out.add(v.name());
        }
        Exprs.children(e).forEach(c -> collect(c, definitions, definedAt, sides, out));
    }

    /** Whether {@code of} names a definition that writes {@code v} itself, made before v's value. */
    private static boolean definedBefore(Expr of, Sym v, Definitions definitions, Map<String, Integer> definedAt) {
        int valued = definedAt.get(v.name());
        for (String name : definitions.namesIn(of)) {
            Integer line = definedAt.get(name);
            if (line != null && line < valued && definitions.of(name).filter(d -> Exprs.contains(d.body(), v)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a side writes {@code v} as a value, not only as the variable of a derivative. */
    private static boolean writtenBeside(Sym v, Expr[] sides) {
        for (Expr side : sides) {
            if (side != null && writes(side, v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean writes(Expr e, Sym v) {
        if (e instanceof Derivative d) {
            return writes(d.of(), v);
        }
        return e.equals(v) || Exprs.children(e).stream().anyMatch(c -> writes(c, v));
    }
}
