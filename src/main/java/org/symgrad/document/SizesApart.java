package org.symgrad.document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.assume.Sampling;
import org.symgrad.check.Checker;
import org.symgrad.check.Verdict;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.rewrite.Rule;

/**
 * A step that holds only where the document's range sizes are one number. A document whose examples run to N and whose
 * classes run to K reads each as a size of its own ({@link Sampling.Size}); the checker draws every size as n, so a step
 * that confuses them ({@code \sum_{k=1}^{K} 1 = N}, {@code \frac{1}{N}} for {@code \frac{1}{K}}) agrees there. Checked
 * again with each size a number of its own ({@link Sampling#apart}), a vector that sums to one drawn along the size its
 * sums run to, it is false. Not checked again where such a vector is summed to two sizes, a matrix is drawn whole (a
 * symmetric one), or an entry is taken at the size ({@code w_T}): there the sizes apart would not be the document's.
 */
final class SizesApart {
    private SizesApart() {
    }

    /** The verdict of {@code a = b} with the sizes apart, where {@code v} holds with them one number and that one is false. */
    static Optional<Verdict> falseApart(Verdict v, Expr a, Expr b, Definitions definitions, List<Rule> rules, Sampling sampling) {
        if (v.kind() != Verdict.Kind.PROVEN && v.kind() != Verdict.Kind.NUMERICALLY_EQUAL) {
            return Optional.empty();
        }
        Set<String> sizes = sampling.sizes();
        List<Expr> sides = List.of(definitions.expand(a), definitions.expand(b));
        if (sizes.isEmpty() || sides.stream().noneMatch(e -> Exprs.any(e, x -> x instanceof Sym s && sizes.contains(s.name())))
                || sides.stream().anyMatch(e -> Exprs.any(e, x -> x instanceof Indexed i
                && i.indices().stream().anyMatch(k -> Index.names(k).contains(Index.SIZE))))) {
            return Optional.empty();
        }
        Map<String, String> ranges = new HashMap<>();
        for (Map.Entry<String, Sampling.Along> line : sampling.summedToANumber().entrySet()) {
            Set<Expr> uppers = new HashSet<>();
            sides.forEach(e -> uppers(e, line.getKey(), line.getValue(), uppers));
            if (uppers.size() > 1 || uppers.stream().anyMatch(u -> !u.equals(Exprs.N) && !(u instanceof Sym z && sizes.contains(z.name())))) {
                return Optional.empty(); // summed to two sizes, or to a number: its lines' size is not known
            }
            uppers.stream().filter(u -> !u.equals(Exprs.N)).forEach(u -> ranges.put(line.getKey(), ((Sym) u).name()));
        }
        Optional<Sampling> apart = sampling.apart(ranges);
        if (apart.isEmpty()) {
            return Optional.empty();
        }
        Verdict again = new Checker(definitions, rules, apart.get()).check(a, b);
        return again.kind() == Verdict.Kind.FALSE ? Optional.of(again) : Optional.empty();
    }

    /** The upper limits of the sums of {@code e} over a line of {@code name} ({@code Σ_c Y_ic}: the rows' entries). */
    private static void uppers(Expr e, String name, Sampling.Along along, Set<Expr> out) {
        Exprs.any(e, x -> {
            if (x instanceof IndexSum sum && Exprs.any(sum.body(), y -> y instanceof Indexed i && i.name().equals(name)
                    && !i.indices().isEmpty() && sum.index().equals(switch (along) {
                        case ENTRIES, ROWS -> i.indices().get(i.indices().size() - 1);
                        case COLUMNS -> i.indices().get(0);
                    }))) {
                out.add(sum.upper());
            }
            return false;
        });
    }

    /** What the report says of such a step. */
    static String words(Sampling sampling) {
        return "holds only where " + String.join(", ", sampling.sizes()) + ", which the document writes as a range size of its"
                + " own, is the size its other sums run to";
    }
}
