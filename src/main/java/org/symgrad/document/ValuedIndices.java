package org.symgrad.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.IndexValues;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;

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
