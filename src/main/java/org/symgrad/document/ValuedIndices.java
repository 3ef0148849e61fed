package org.symgrad.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.IndexValues;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexValue;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;

/**
 * The free indices of a step that are the orders of defined families, not indices of arrays: Rényi's
 * {@code H_\alpha = \frac{1}{1 - \alpha} \log \sum_i p_i^\alpha}, whose body uses its own index α as a number. A step
 * about {@code H_\alpha} that writes α as a value, {@code \frac{\partial H_\alpha}{\partial p_k} = \frac{\alpha}{1 -
 * \alpha} \cdots} or {@code \frac{\partial H_\alpha}{\partial \alpha}}, means the same α as the definition's body (an
 * instance takes its index as its value, {@link IndexValues}), so it is no index used as a value. A letter counts where a
 * name it subscripts in the step is such a family, at that place among its indices; the arrays it labels beside the
 * family are at the same number (Adam's {@code \hat m_t = m_t / (1 - \beta^t)} by {@code g_t}: the step t of the moment
 * and of the gradient is one t).
 */
final class ValuedIndices {
    private ValuedIndices() {
    }

    /** The letters among the indices of {@code sides} that subscript a family whose body uses them as values. */
    static Set<String> of(List<Expr> sides, Definitions definitions) {
        Set<String> valued = new LinkedHashSet<>();
        for (Expr side : sides) {
            collect(side, definitions, valued);
        }
        return valued;
    }

    /**
     * The letters among {@code indices} that the sides use as a number only as the power of a scalar, a hyper-parameter
     * ({@code \beta_1^t}, {@code \gamma^{t-1}}, {@code \lambda^k}), and that label arrays only as themselves: Adam's
     * {@code \frac{\partial \hat v_t}{\partial g_t} = \frac{2(1 - \beta_2) g_t}{1 - \beta_2^t}}, the step t a number and g_t the
     * gradient at it. Not where the sides, with their definitions ({@code expanded}), write an entry at a shifted index
     * ({@code m_{t-1}}, whose unrolling counts in whole steps) or sum over an index they use as a number ({@code \sum_s
     * \beta^{t-s} g_s}): there the number t is the count of the entries, which a free number would not be.
     */
    static Set<String> powers(List<Expr> sides, List<Expr> expanded, Set<String> indices) {
        Set<String> arrays = new LinkedHashSet<>();
        Stream.concat(sides.stream(), expanded.stream()).forEach(e -> arrays(e, arrays));
        Set<String> out = new LinkedHashSet<>();
        for (String k : indices) {
            if (sides.stream().allMatch(e -> onlyPowers(e, k, arrays)) && expanded.stream().allMatch(e -> labelsAsItself(e, k))) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * Whether {@code e} uses {@code k} as a number only in the power of a scalar: a base without indices and no name of the
     * {@code arrays} ({@code x^j} beside {@code x_i} is a slip for {@code x_j}, no power).
     */
    private static boolean onlyPowers(Expr e, String k, Set<String> arrays) {
        return switch (e) {
            case Sym s -> !s.name().equals(k);
            case IndexSum s -> s.index().equals(k) || Exprs.children(e).stream().allMatch(c -> onlyPowers(c, k, arrays));
            case IndexProduct p -> p.index().equals(k) || Exprs.children(e).stream().allMatch(c -> onlyPowers(c, k, arrays));
            case Pow p when Indices.free(p.base()).isEmpty() && Exprs.symbolNames(p.base()).stream().noneMatch(arrays::contains)
                    && Exprs.symbolNames(p.exponent()).equals(Set.of(k)) && Indices.all(p.exponent()).isEmpty() -> onlyPowers(p.base(), k, arrays);
            default -> Exprs.children(e).stream().allMatch(c -> onlyPowers(c, k, arrays));
        };
    }

    /** The names {@code e} writes with indices. */
    private static void arrays(Expr e, Set<String> out) {
        if (e instanceof Indexed x) {
            out.add(x.name());
        }
        Exprs.children(e).forEach(c -> arrays(c, out));
    }

    /**
     * Whether every entry in {@code e} that {@code k} labels is at {@code k} itself, and no Σ or Π uses its index as a number
     * (as a name, or read over its limits as {@link IndexValue}).
     */
    private static boolean labelsAsItself(Expr e, String k) {
        if (e instanceof Indexed x && (IndexValue.is(x) || x.indices().stream().anyMatch(i -> Index.names(i).contains(k) && !i.equals(k)))) {
            return false;
        }
        if (e instanceof IndexSum s && IndexValues.usesAsValue(s.body(), s.index())
                || e instanceof IndexProduct p && IndexValues.usesAsValue(p.body(), p.index())) {
            return false;
        }
        return Exprs.children(e).stream().allMatch(c -> labelsAsItself(c, k));
    }

    private static void collect(Expr e, Definitions definitions, Set<String> valued) {
        if (e instanceof Indexed x) {
            Definition d = definitions.defining(x).orElse(null);
            for (int k = 0; k < x.indices().size(); k++) {
                String index = x.indices().get(k);
                if (d != null && k < d.indices().size() && d.indices().get(k).equals(index)
                        && IndexValues.usesAsValue(d.body(), index)) {
                    valued.add(index);
                }
            }
        }
        Exprs.children(e).forEach(c -> collect(c, definitions, valued));
    }
}
