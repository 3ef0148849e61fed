package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;

/**
 * The data matrix of a document's examples: a step that sums over examples {@code \mathbf{x}_i} on one side and writes
 * the matrix {@code X} on the other ({@code \sum_i (\sigma(\mathbf{w}^\top \mathbf{x}_i) - y_i)\mathbf{x}_i = X^\top(\sigma(X\mathbf{w}) - \mathbf{y})})
 * means the matrix whose rows are the x_i, as most texts stack them, or whose columns are, as some do. Where the
 * document defines neither name, the step may be read with X_{ab} = x_{ab} or X_{ab} = x_{ba}: the readings to try.
 */
final class DesignMatrices {
    private DesignMatrices() {
    }

    /** One way to stack the examples into the matrix, and the words that say so. */
    record Stacking(Definition definition, String note) {
    }

    /**
     * The two stackings of the one pair of names, a capital and its small letter, that the sides (their definitions
     * expanded) both use with two indices and that the document does not define; else none.
     */
    static List<Stacking> of(List<Expr> sides, Definitions definitions) {
        Map<String, Set<Integer>> arities = new LinkedHashMap<>();
        for (Expr side : sides) {
            collect(definitions.expand(side), arities);
        }
        List<String[]> pairs = new ArrayList<>();
        for (String capital : arities.keySet()) {
            String small = capital.toLowerCase(java.util.Locale.ROOT);
            if (!small.equals(capital) && Character.isUpperCase(capital.charAt(0)) && arities.containsKey(small)
                    && arities.get(capital).equals(Set.of(2)) && arities.get(small).equals(Set.of(2))
                    && definitions.of(capital).isEmpty() && definitions.of(small).isEmpty()) {
                pairs.add(new String[] {capital, small});
            }
        }
        if (pairs.size() != 1) {
            return List.of();
        }
        String capital = pairs.get(0)[0];
        String small = pairs.get(0)[1];
        Indexed target = new Indexed(capital, List.of("a", "b"));
        Indexed same = new Indexed(small, List.of("a", "b"));
        Indexed swapped = new Indexed(small, List.of("b", "a"));
        if (definitions.sampled().contains(small)) {
            // x^{(a)}_b is x_{ba}, the example's index last: the rows are the examples where X_{ab} = x_{ba}
            String example = small + "^{(a)}";
            return List.of(
                    new Stacking(new Definition(target, swapped), capital + " read as the matrix whose rows are the examples " + example
                            + " (" + capital + "_{ab} = " + small + "^{(a)}_b)"),
                    new Stacking(new Definition(target, same), capital + " read as the matrix whose columns are the examples " + small
                            + "^{(b)} (" + capital + "_{ab} = " + small + "^{(b)}_a)"));
        }
        return List.of(
                new Stacking(new Definition(target, same),
                        capital + " read as the matrix whose rows are the vectors " + small + "_a (" + capital + "_{ab} = " + small + "_{ab})"),
                new Stacking(new Definition(target, swapped),
                        capital + " read as the matrix whose columns are the vectors " + small + "_a (" + capital + "_{ab} = " + small + "_{ba})"));
    }

    private static void collect(Expr e, Map<String, Set<Integer>> out) {
        if (e instanceof Indexed x) {
            out.computeIfAbsent(x.name(), n -> new LinkedHashSet<>()).add(x.indices().size());
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }
}
