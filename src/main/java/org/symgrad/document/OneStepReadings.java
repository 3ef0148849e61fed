package org.symgrad.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Variable;
import org.symgrad.print.Printer;

/**
 * The derivatives of a step that a recurrence makes one-step derivatives. With {@code h_t = tanh(w h_{t−1} + u x_t)},
 * symgrad reads the earlier state h_{t−1} as an input of the step the definition states, so {@code ∂h_t/∂u} is
 * {@code (1 − h_t²) x_t}: the derivative with h_{t−1} held fixed. Through time h_{t−1} depends on u too, and the
 * derivative through it adds {@code w (1 − h_t²) ∂h_{t−1}/∂u}. Which one the author means the notation does not say;
 * the document does where it writes the other form ({@link EarlierTermDerivatives}), or where it sums the recurrence
 * over its own index ({@code L = Σ_t ½(h_t − y_t)²}: holding h_{t−1} fixed there differentiates one term of the sum
 * and not the one before it, the gradient truncated to one step), or takes it at the range's last step
 * ({@code L = ½(h_T − y)²}, the loss of the whole sequence: holding h_{T−1} fixed truncates it as well).
 */
final class OneStepReadings {
    private OneStepReadings() {
    }

    /**
     * A derivative of the step by {@code variable} that holds the earlier term {@code earlier} of the recurrence
     * {@code recurrence} fixed, though the earlier term depends on the variable; {@code truncated} where the earlier term
     * is inside a sum over its own index; {@code shared} where the variable is a parameter of every step (u, W_{hh}) and not
     * an input of one step (x_{t−1}). The earlier term's derivative by a shared parameter takes any value as the earlier
     * inputs vary, so a step false with it held fixed is false through time too; by an input of one step it does not.
     */
    record Held(String recurrence, Variable variable, Indexed earlier, Derivative derivative, boolean truncated, boolean shared) {
        /** The key of the recurrence and the variable, as {@link #written} collects them. */
        String key() {
            return OneStepReadings.key(recurrence, variable.name());
        }

        /** The earlier term, the variable and the derivative as the document writes them. */
        String earlierWords(UnaryOperator<Expr> written) {
            return Printer.ascii(written.apply(earlier));
        }

        String variableWords(UnaryOperator<Expr> written) {
            return Printer.ascii(written.apply(variable));
        }

        String derivativeWords(UnaryOperator<Expr> written) {
            return "d" + Printer.ascii(written.apply(derivative.of())) + "/d" + variableWords(written);
        }

        /** {@code dh_{t-1}/du}: the derivative of the earlier term the one-step derivative leaves out. */
        String leftOutWords(UnaryOperator<Expr> written) {
            return "d" + earlierWords(written) + "/d" + variableWords(written);
        }

        /** Why a one-step proof of a loss summed over the recurrence's index is no proof ({@link #truncated}). */
        String truncatedWords(UnaryOperator<Expr> written) {
            return "the step holds only with " + earlierWords(written) + " held fixed, which leaves out its dependence on "
                    + variableWords(written) + " through the recurrence: the gradient truncated to one step; the gradient"
                    + " through time adds the terms through " + leftOutWords(written)
                    + " (say so in the text if the truncated gradient is meant)";
        }

        /** Why a step false with the earlier term held fixed is not false through time (an input of one step). */
        String inputWords(UnaryOperator<Expr> written) {
            return "false with " + earlierWords(written) + " held fixed (the one-step derivative), but " + earlierWords(written)
                    + " depends on " + variableWords(written) + " through the recurrence, and the derivative through time is"
                    + " not checked: write the step with " + leftOutWords(written) + " in it";
        }

        /** Why a one-step proof is no proof where line {@code line} writes the derivative through time. */
        String throughTimeWords(UnaryOperator<Expr> written, int line) {
            return "the step holds only with " + earlierWords(written) + " held fixed (the one-step derivative), and line "
                    + line + " writes the derivative by " + variableWords(written) + " through " + leftOutWords(written)
                    + ", the derivative through time, which adds the terms through it; say in the text which one this step"
                    + " means (holding " + earlierWords(written) + " fixed, or \\partial^+)";
        }
    }

    /** The key of a recurrence and a variable: the one-step derivatives by it and the derivatives through time meet there. */
    private static String key(String recurrence, String variable) {
        return recurrence + "|" + variable;
    }

    /** The one-step derivatives of {@code sides}: each derivative by a variable an earlier term it reaches depends on. */
    static List<Held> of(List<Expr> sides, Definitions definitions) {
        if (definitions.all().stream().noneMatch(d -> definitions.isRecurrence(d.name()))) {
            return List.of(); // no recurrence: every pair of a document without one, expanded for nothing
        }
        Set<Held> out = new LinkedHashSet<>();
        for (Expr side : sides) {
            if (side != null) {
                collect(side, definitions, out);
            }
        }
        return List.copyOf(out);
    }

    /** The keys of the derivatives of earlier terms {@code sides} write ({@code ∂h_{t−1}/∂u}: {@code h|u}). */
    static Set<String> written(List<Expr> sides, Definitions definitions) {
        Set<String> out = new LinkedHashSet<>();
        for (Expr side : sides) {
            if (side != null) {
                writtenIn(side, definitions, out);
            }
        }
        return out;
    }

    private static void writtenIn(Expr e, Definitions definitions, Set<String> out) {
        if (e instanceof Derivative d && d.of() instanceof Indexed x && definitions.isEarlierTerm(x)) {
            out.add(key(x.name(), d.wrt().name()));
        }
        Exprs.children(e).forEach(c -> writtenIn(c, definitions, out));
    }

    private static final Pattern HELD_FIXED = Pattern.compile(
            "(?i)\\b(hold|held|holding|treat|treated|treating|keep|keeping|kept|regard\\w*)\\b[^.;$]{0,40}(\\$[^$]{1,40}\\$)?"
                    + "[^.;$]{0,40}\\b(fixed|constant)\\b"
                    + "|(?i)\\b(immediate|one-step|direct|explicit|local)\\s+(partial\\s+)?(derivative|gradient|dependence|partial)"
                    + "|(?i)\\btruncat\\w*"
                    + "|\\\\partial\\s*\\^\\s*\\{?\\+");

    /** Whether {@code words}, the text about a step, say that its earlier state is held fixed (or write ∂⁺). */
    static boolean saysHeldFixed(String words) {
        return HELD_FIXED.matcher(words).find();
    }

    /** The words of a note on a one-step derivative. */
    static String note(List<Held> held, UnaryOperator<Expr> written) {
        Set<String> parts = new LinkedHashSet<>();
        for (Held h : held) {
            parts.add(h.derivativeWords(written) + " with " + h.earlierWords(written) + " held fixed");
        }
        return "read as the one-step derivative" + (parts.size() == 1 ? "" : "s") + ": " + String.join(", ", parts);
    }

    private static void collect(Expr e, Definitions definitions, Set<Held> out) {
        if (e instanceof Derivative d) {
            Variable v = d.wrt();
            if (!(d.of() instanceof Indexed x && definitions.isEarlierTerm(x)) && !definitions.isRecurrence(v.name())) {
                List<Found> earlier = new ArrayList<>();
                Expr expanded;
                try {
                    expanded = definitions.expand(d.of());
                } catch (SymgradException | IllegalArgumentException notExpanded) {
                    return;
                }
                earlierTerms(expanded, definitions, new HashSet<>(), earlier);
                for (Found f : earlier) {
                    Optional<Boolean> shared = dependence(f.term(), v, definitions);
                    if (shared.isPresent()) {
                        out.add(new Held(f.term().name(), v, f.term(), d, f.truncated(), shared.get()));
                    }
                }
            }
            return;
        }
        Exprs.children(e).forEach(c -> collect(c, definitions, out));
    }

    /** An earlier term found in an expansion, and whether a sum over its own index encloses it. */
    private record Found(Indexed term, boolean truncated) {
    }

    private static void earlierTerms(Expr e, Definitions definitions, Set<String> bound, List<Found> out) {
        if (e instanceof Indexed x && definitions.isEarlierTerm(x)) {
            // h_{t-1} under Σ_t, or h_{T-1} of a loss at the range's last step T: every step before it depends on the variable too
            boolean inSum = x.indices().stream().filter(Index::isAffine)
                    .anyMatch(i -> Index.names(i).stream().anyMatch(n -> bound.contains(n) || n.equals(Index.SIZE)));
            Found f = new Found(x, inSum);
            if (!out.contains(f)) {
                out.add(f);
            }
            return;
        }
        if (e instanceof IndexSum s) {
            Set<String> inner = new HashSet<>(bound);
            inner.add(s.index());
            earlierTerms(s.body(), definitions, inner, out);
            return;
        }
        Exprs.children(e).forEach(c -> earlierTerms(c, definitions, bound, out));
    }

    /**
     * Whether the earlier term {@code earlier} depends on {@code v}: the recurrence uses v, and where v carries the
     * recurrence's index, at an offset the earlier steps reach ({@code h_{t−1}} depends on x_{t−1}, not on x_t). Where it
     * does, whether v is a parameter every step shares (true) or the input of one step (false).
     */
    private static Optional<Boolean> dependence(Indexed earlier, Variable v, Definitions definitions) {
        Optional<Definition> def = definitions.of(earlier.name());
        if (def.isEmpty() || v.name().equals(earlier.name())) {
            return Optional.empty();
        }
        Expr body;
        try {
            body = definitions.expand(def.get().body());
        } catch (SymgradException | IllegalArgumentException notExpanded) {
            return Optional.empty();
        }
        if (!InlineDefinitions.names(body).contains(v.name())) {
            return Optional.empty();
        }
        Optional<String> time = earlier.indices().stream().filter(Index::isAffine).findFirst();
        if (time.isEmpty() || !(v instanceof Indexed vi)) {
            return Optional.of(true);
        }
        List<String> letters = Index.names(time.get());
        Expr read;
        try {
            read = definitions.expand(def.get().instantiate(earlier));
        } catch (SymgradException | IllegalArgumentException notExpanded) {
            return Optional.empty();
        }
        // the earlier term reads v at the steps its own definition writes, and through its earlier terms, before them
        boolean seen = false;
        for (Indexed leaf : leaves(read, vi.name(), vi.indices().size())) {
            for (int p = 0; p < vi.indices().size(); p++) {
                String at = leaf.indices().get(p);
                String wanted = vi.indices().get(p);
                if (Index.names(at).stream().anyMatch(letters::contains) && Index.names(wanted).stream().anyMatch(letters::contains)) {
                    seen = true;
                    if (Index.offset(wanted) <= Index.offset(at)) {
                        return Optional.of(false);
                    }
                }
            }
        }
        return seen ? Optional.empty() : Optional.of(true);
    }

    private static List<Indexed> leaves(Expr e, String name, int arity) {
        List<Indexed> out = new ArrayList<>();
        leavesInto(e, name, arity, out);
        return out;
    }

    private static void leavesInto(Expr e, String name, int arity, List<Indexed> out) {
        if (e instanceof Indexed x && x.name().equals(name) && x.indices().size() == arity) {
            out.add(x);
        }
        Exprs.children(e).forEach(c -> leavesInto(c, name, arity, out));
    }
}
