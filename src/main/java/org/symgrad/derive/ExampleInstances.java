package org.symgrad.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Variable;

/**
 * One example of a name defined for one example, as lecture notes write it: {@code \hat y = \sigma(z)},
 * {@code z = \sum_k w_k x_k + b}, then {@code J = \frac{1}{m}\sum_i \mathcal{L}(\hat y^{(i)}, y^{(i)})} and
 * {@code \partial J/\partial w_j = \frac{1}{m}\sum_i (\hat y^{(i)} - y^{(i)}) x_j^{(i)}}. The name written with
 * one index more than its definition has, the last one a sample index ({@code \hat y^{(i)}}), is its definition at
 * that example: every name of the body that the document writes with a sample index ({@code x^{(i)}}), or that
 * is defined through one ({@code z}), takes the example's index last, as the reader places it; the parameters
 * ({@code w}, {@code b}) are shared by all examples. Without this, {@code \hat y^{(i)}} was an undefined array and a
 * right gradient came out false.
 */
final class ExampleInstances {
    private ExampleInstances() {
    }

    /**
     * The definition of {@code leaf}, an example of the name {@code d} defines ({@code leaf} has one index more than
     * {@code d}'s target), where the document writes that name with a sample index; else nothing.
     */
    static Optional<Definition> of(Definition d, Indexed leaf, Definitions all) {
        if (leaf.indices().size() != d.indices().size() + 1 || !all.sampled().contains(d.name())) {
            return Optional.empty();
        }
        Set<String> avoid = new HashSet<>(Indices.all(d.body()));
        avoid.addAll(d.indices());
        String example = Indices.fresh(avoid);
        List<String> indices = new ArrayList<>(d.indices());
        indices.add(example);
        Expr body = atExample(d.body(), example, all, new HashSet<>(Set.of(d.name())));
        return Optional.of(new Definition(new Indexed(d.name(), indices), body));
    }

    /**
     * {@code e} with every name that varies by example taking the index {@code example} last; a defined one
     * ({@code z}, which the document writes only for one example) is its definition at that example.
     */
    private static Expr atExample(Expr e, String example, Definitions all, Set<String> seen) {
        return switch (e) {
            case Variable v when variesByExample(v.name(), all, seen) -> defined(v, all, seen)
                    .map(d -> instance(d, v, example, all, seen)).orElseGet(() -> withExample(v, example));
            case Variable v -> v;
            default -> Exprs.mapChildren(e, c -> atExample(c, example, all, seen));
        };
    }

    /** {@code v} with the index {@code example} last ({@code x_k} → {@code x_{k,i}}, {@code y} → {@code y_i}). */
    private static Indexed withExample(Variable v, String example) {
        List<String> indices = new ArrayList<>(v instanceof Indexed x ? x.indices() : List.of());
        indices.add(example);
        return new Indexed(v.name(), indices);
    }

    /** The definition of {@code leaf} itself, where it is not one being instantiated already. */
    private static Optional<Definition> defined(Variable leaf, Definitions all, Set<String> seen) {
        return seen.contains(leaf.name()) ? Optional.empty() : all.of(leaf.name()).filter(d -> d.defines(leaf));
    }

    /** The body of {@code d} for {@code leaf} at the example {@code example}. */
    private static Expr instance(Definition d, Expr leaf, String example, Definitions all, Set<String> seen) {
        seen.add(d.name());
        try {
            return atExample(Indices.boundAvoiding(d.instantiate(leaf), Set.of(example)), example, all, seen);
        } finally {
            seen.remove(d.name());
        }
    }

    /** Written with a sample index, or defined through a name that is. */
    private static boolean variesByExample(String name, Definitions all, Set<String> seen) {
        if (all.sampled().contains(name)) {
            return true;
        }
        Optional<Definition> d = all.of(name);
        if (d.isEmpty() || !seen.add(name)) {
            return false;
        }
        try {
            return mentionsVarying(d.get().body(), all, seen);
        } finally {
            seen.remove(name);
        }
    }

    private static boolean mentionsVarying(Expr e, Definitions all, Set<String> seen) {
        return e instanceof Variable v ? variesByExample(v.name(), all, seen)
                : Exprs.children(e).stream().anyMatch(c -> mentionsVarying(c, all, seen));
    }
}
