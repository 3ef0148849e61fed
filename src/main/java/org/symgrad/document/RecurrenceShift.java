package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;

/**
 * The step a statement about a recurrence speaks of: its latest written term. Definitions read a
 * recurrence's term at a shifted index ({@code h_{t-1}}) as an input ({@link Definitions#isEarlierTerm});
 * a statement that writes {@code \frac{\partial h_{t+1}}{\partial h_t}} speaks of the step to t + 1,
 * so its index letter is shifted (t := t − 1, which changes no statement's truth: t is free) until its
 * latest term is the plain {@code h_t}, and {@code h_t} is then the earlier term {@code h_{t-1}}. A defined name that
 * reaches the recurrence speaks of the terms its definition writes: {@code y_t} of {@code y_t = v h_t} is of step t, so
 * {@code \frac{\partial y_t}{\partial h_{t-1}}} is already about step t (shifted, it read y_{t+1} = v h_{t+1} by h_t,
 * expanded h_t too and found 0).
 */
final class RecurrenceShift {
    private RecurrenceShift() {
    }

    /** The letter and amount to shift the sides by, if a recurrence's latest term in them is written ahead of its letter. */
    static Optional<Map.Entry<String, String>> of(Definitions definitions, List<Expr> sides) {
        List<Indexed> terms = new ArrayList<>();
        sides.forEach(s -> collect(s, definitions, terms));
        String letter = null;
        long latest = Long.MIN_VALUE;
        for (Indexed x : terms) {
            for (String index : x.indices()) {
                Map<String, Long> c = Index.isConcrete(index) ? Map.of() : Index.coefficients(index);
                if (c.size() != 1 || c.values().iterator().next() != 1 || c.keySet().iterator().next().contains("*")) {
                    continue;
                }
                String t = c.keySet().iterator().next();
                if (letter != null && !letter.equals(t)) {
                    return Optional.empty(); // two letters: no single step to speak of
                }
                letter = t;
                latest = Math.max(latest, Index.offset(index));
            }
        }
        if (letter == null || latest == 0) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(letter, Index.of(Map.of(letter, 1L), -latest)));
    }

    /** {@code e} shifted as {@link #of} says. */
    static Expr apply(Expr e, Map.Entry<String, String> shift) {
        return e == null ? null : Indices.rename(e, shift.getKey(), shift.getValue());
    }

    private static void collect(Expr e, Definitions definitions, List<Indexed> out) {
        if (e == null) {
            return;
        }
        if (e instanceof Indexed x && definitions.of(x.name()).isPresent()) {
            if (definitions.isRecurrence(x.name())) {
                out.add(x);
            } else {
                definitions.defining(x).map(d -> d.instantiate(x)).ifPresent(body -> stepTerms(body, definitions, out));
            }
        }
        Exprs.children(e).forEach(c -> collect(c, definitions, out));
    }

    /** The recurrence's terms {@code body}, a dependent name's definition at its written index, reaches at its free letters. */
    private static void stepTerms(Expr body, Definitions definitions, List<Indexed> out) {
        List<Indexed> reached = new ArrayList<>();
        collect(body, definitions, reached);
        java.util.Set<String> free = Indices.free(body);
        reached.stream().filter(x -> x.indices().stream().allMatch(i -> free.containsAll(Index.names(i)))).forEach(out::add);
    }
}
