package org.symgrad.oracle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Derivation;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.report.Json;

/**
 * The keyword arguments of an emitted gradient function at a point, as JSON: every name of the derivation and
 * of its definitions with its value at {@code env} — a number for a scalar, nested lists of {@code n} entries
 * per axis for an indexed name — but the range size n and the names {@code leftOut} says the module computes.
 */
final class EmittedArguments {
    private EmittedArguments() {
    }

    static Json.Obj at(Derivation d, Definitions definitions, Environment env, int n, Predicate<String> leftOut) {
        return at(d, definitions, env, (name, axis) -> n, leftOut);
    }

    /**
     * As {@link #at(Derivation, Definitions, Environment, int, Predicate)}, with {@code length.apply(name, axis)}
     * entries along each axis: an array a convolution reads at {@code a_{i+m}} is longer than n.
     */
    static Json.Obj at(Derivation d, Definitions definitions, Environment env,
                       java.util.function.BiFunction<String, Integer, Integer> length, Predicate<String> leftOut) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (Definition def : definitions.all()) {
            collect(def.body(), ranks);
        }
        collect(d.of(), ranks);
        collect(d.result(), ranks);
        collect(d.wrt(), ranks);
        Json.Obj out = Json.object();
        ranks.forEach((name, rank) -> {
            if (leftOut.test(name) || name.equals(Exprs.N.name())) {
                return;
            }
            out.put(name, rank == 0 ? new Json.Raw(Double.toString(env.scalar(name)))
                    : array(name, rank, env, length, new int[0]));
        });
        return out;
    }

    private static Json array(String name, int rank, Environment env,
                              java.util.function.BiFunction<String, Integer, Integer> length, int[] prefix) {
        List<Json> items = new ArrayList<>();
        for (int i = 1; i <= length.apply(name, prefix.length); i++) {
            int[] index = Arrays.copyOf(prefix, prefix.length + 1);
            index[prefix.length] = i;
            items.add(index.length == rank ? new Json.Raw(Double.toString(env.indexed(name, index)))
                    : array(name, rank, env, length, index));
        }
        return Json.array(items);
    }

    private static void collect(Expr e, Map<String, Integer> ranks) {
        if (e instanceof Indexed x) {
            ranks.merge(x.name(), x.indices().size(), Math::max);
        } else if (e instanceof Sym s) {
            ranks.putIfAbsent(s.name(), 0);
        }
        Exprs.children(e).forEach(child -> collect(child, ranks));
    }
}
