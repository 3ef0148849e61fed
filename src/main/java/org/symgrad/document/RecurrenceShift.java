package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
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

    /**
     * The shift of the index {@code letter} to {@code to}, and the other recurrences whose current term it moves back
     * ({@link Definitions#withCurrentSteps}).
     */
    record Shift(String letter, String to, Map<String, Long> currentSteps) {
        /** {@code e} shifted. */
        Expr apply(Expr e) {
            return e == null ? null : Indices.rename(e, letter, to);
        }
    }

    /** The shift of the sides, if a recurrence's latest term in them is written ahead of its letter. */
    static Optional<Shift> of(Definitions definitions, List<Expr> sides) {
        List<Indexed> terms = new ArrayList<>();
        sides.forEach(s -> collect(s, definitions, terms));
        String letter = null;
        long latest = Long.MIN_VALUE;
        for (Indexed x : terms) {
            for (String index : x.indices()) {
                Optional<String> t = stepLetter(index);
                if (t.isEmpty()) {
                    continue;
                }
                if (letter != null && !letter.equals(t.get())) {
                    return Optional.empty(); // two letters: no single step to speak of
                }
                letter = t.get();
                latest = Math.max(latest, Index.offset(index));
            }
        }
        if (letter == null) {
            return Optional.empty();
        }
        Map<String, Long> steps = new TreeMap<>(latest == 0 ? Map.of() : movedBack(definitions, sides, letter, latest));
        unrolled(definitions, sides, letter, latest).forEach((name, step) -> steps.merge(name, step, Math::min));
        if (latest == 0 && steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Shift(letter, Index.of(Map.of(letter, 1L), -latest), steps));
    }

    /**
     * The recurrences' terms a derivative by an earlier step's term unrolls: by {@code x_{t-1}} or {@code h_{t-2}} (at offset b,
     * once shifted back by {@code latest}), the terms after step b depend on it and are computed by their recurrences, not
     * held fixed as inputs: {@code \frac{\partial h_t}{\partial x_{t-1}}} of {@code h_t = \tanh(w h_{t-1} + u x_t)} goes
     * through h_{t-1}, exactly, since a term before step b does not depend on what step b reads. An input of step b
     * ({@code x_{t-1}}) is read by the terms of step b too; a recurrence's term of step b is the state the later steps
     * start from, held with the other terms of that step, as a one-step derivative holds them: {@code c_{t-1}} of an LSTM
     * beside {@code h_{t-1}}, so that {@code \frac{\partial c_t}{\partial c_{t-1}} = f_t}.
     */
    private static Map<String, Long> unrolled(Definitions definitions, List<Expr> sides, String letter, long latest) {
        long earliest = 0;
        for (Expr side : sides) {
            for (Derivative d : derivatives(side)) {
                if (d.wrt() instanceof Indexed x) {
                    Optional<String> at = x.indices().stream().filter(i -> stepLetter(i).filter(letter::equals).isPresent()).findFirst();
                    if (at.isPresent()) {
                        long b = Index.offset(at.get()) - latest;
                        earliest = Math.min(earliest, definitions.isRecurrence(x.name()) ? b + 1 : b);
                    }
                }
            }
        }
        Map<String, Long> out = new TreeMap<>();
        if (earliest < 0) {
            for (Definition d : definitions.all()) {
                if (definitions.isRecurrence(d.name())) {
                    out.put(d.name(), earliest);
                }
            }
        }
        return out;
    }

    /**
     * The shift's reading along the direct path: of the recurrences {@code shift} computes after an earlier step, only those
     * the sides differentiate by ({@code c} of {@code \frac{\partial c_t}{\partial c_{t-2}}}), the others held fixed as
     * inputs at every step, as the one-step derivative holds them ({@code h_{t-1}} of an LSTM, through which the total
     * derivative also goes). Empty where no other recurrence is computed, so that the direct path is the total derivative.
     */
    static Optional<Shift> directPath(Definitions definitions, Shift shift, List<Expr> sides) {
        Set<String> by = new TreeSet<>();
        for (Expr side : sides) {
            for (Derivative d : derivatives(side)) {
                if (d.wrt() instanceof Indexed x && shift.currentSteps().containsKey(x.name()) && definitions.isRecurrence(x.name())) {
                    by.add(x.name());
                }
            }
        }
        Map<String, Long> steps = new TreeMap<>(shift.currentSteps());
        steps.keySet().retainAll(by);
        return by.isEmpty() || steps.size() == shift.currentSteps().size() ? Optional.empty()
                : Optional.of(new Shift(shift.letter(), shift.to(), steps));
    }

    /**
     * The recurrences {@code path} holds fixed that the definitions read at an earlier step ({@code h} of an LSTM's
     * {@code f_t = \sigma(w h_{t-1} + u x_t)}; not the gates, which are of their own step), in order.
     */
    static List<String> heldOnPath(Definitions definitions, Shift shift, Shift path) {
        Set<String> earlier = new TreeSet<>();
        for (Definition d : definitions.all()) {
            Exprs.any(d.body(), e -> {
                if (e instanceof Indexed x && x.indices().stream().anyMatch(i -> stepLetter(i).isPresent() && Index.offset(i) < 0)) {
                    earlier.add(x.name());
                }
                return false;
            });
        }
        List<String> held = shift.currentSteps().keySet().stream().filter(n -> !path.currentSteps().containsKey(n)).toList();
        List<String> read = held.stream().filter(earlier::contains).toList();
        return read.isEmpty() ? held : read;
    }

    /** The derivatives {@code e} writes, inner ones too. */
    private static List<Derivative> derivatives(Expr e) {
        List<Derivative> out = new ArrayList<>();
        if (e != null) {
            Exprs.any(e, x -> x instanceof Derivative d && !out.add(d));
        }
        return out;
    }

    /**
     * The recurrences whose terms the statement, with the definitions of the recurrence terms it writes, writes at or after
     * the step's inputs but before {@code latest}: {@code v_t} of {@code \theta_{t+1} = \theta_t - \eta g_t / \sqrt{v_t}},
     * computed from g_t as θ_{t+1} is, with the offset its current term has once shifted back (−1). A recurrence written
     * before the inputs is the step's earlier state, as {@code h_t} of an LSTM's {@code f_{t+1} = \sigma(w h_t + u x_{t+1})}.
     */
    private static Map<String, Long> movedBack(Definitions definitions, List<Expr> sides, String letter, long latest) {
        Map<String, Long> recurrences = new TreeMap<>();
        List<Long> inputs = new ArrayList<>();
        sides.forEach(s -> frame(s, definitions, letter, recurrences, inputs, true));
        Map<String, Long> out = new TreeMap<>();
        if (inputs.isEmpty()) {
            return out;
        }
        long step = inputs.stream().mapToLong(Long::longValue).max().getAsLong();
        recurrences.forEach((name, offset) -> {
            if (offset < latest && offset >= step) {
                out.put(name, offset - latest);
            }
        });
        return out;
    }

    /**
     * The latest offsets of the recurrences' terms at {@code letter} in {@code e} (through the definitions of the names that
     * reach them, and where {@code open}, of the recurrence terms themselves, once) and the offsets of its inputs there.
     */
    private static void frame(Expr e, Definitions definitions, String letter, Map<String, Long> recurrences, List<Long> inputs,
                              boolean open) {
        if (e == null) {
            return;
        }
        if (e instanceof Indexed x) {
            Optional<Long> offset = x.indices().stream().filter(i -> stepLetter(i).filter(letter::equals).isPresent())
                    .map(Index::offset).findFirst();
            Optional<Definition> d = definitions.of(x.name()).filter(def -> def.defines(x));
            if (d.isEmpty()) {
                offset.ifPresent(inputs::add);
            } else if (definitions.isRecurrence(x.name())) {
                offset.ifPresent(o -> recurrences.merge(x.name(), o, Math::max));
                if (open) {
                    frame(d.get().instantiate(x), definitions, letter, recurrences, inputs, false);
                }
            } else {
                frame(d.get().instantiate(x), definitions, letter, recurrences, inputs, open);
            }
        }
        Exprs.children(e).forEach(c -> frame(c, definitions, letter, recurrences, inputs, open));
    }

    /** The one letter of an index that steps it by a whole number ({@code t} of {@code t}, {@code t+1}), if it is one. */
    private static Optional<String> stepLetter(String index) {
        Map<String, Long> c = Index.isConcrete(index) ? Map.of() : Index.coefficients(index);
        if (c.size() != 1 || c.values().iterator().next() != 1 || c.keySet().iterator().next().contains("*")) {
            return Optional.empty();
        }
        return Optional.of(c.keySet().iterator().next());
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
        Set<String> free = Indices.free(body);
        reached.stream().filter(x -> x.indices().stream().allMatch(i -> free.containsAll(Index.names(i)))).forEach(out::add);
    }
}
