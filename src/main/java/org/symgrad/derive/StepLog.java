package org.symgrad.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.ExprOrder;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Restricted;
import org.symgrad.rewrite.RuleBook;
import org.symgrad.simplify.NumberFolding;

/**
 * The steps of one (sub)derivation as they are written, and the one place that keeps them moving
 * forward:
 * <ul>
 *   <li>a step that changes nothing is not written;</li>
 *   <li>consecutive applications of one rule are one step;</li>
 *   <li>a step that comes back to an earlier expression — up to the order of terms and factors,
 *       the order of a δ's indices, the names of bound indices, a positive number in front of a Σ or
 *       in its body, and how the δ-blend of a restricted reduction {@code Π_{k≠j} B} is written — undoes the
 *       steps in between:
 *       they are dropped and the earlier step shows the new form;</li>
 *   <li>a step that brings back δs a contraction removed is not written (the steps after it start
 *       from the contracted form, which it equals in value).</li>
 * </ul>
 * Every step stays numerically equal to the one before: steps are only dropped or merged, and the
 * last step written is always the result.
 *
 * <p>A log that does not record ({@link #lastOnly}) keeps only the step a derivation goes on from
 * and its result, for output that shows results alone: while no δ contraction has been written,
 * the last step of a recording log is the last expression written (a detour or a merge ends on it
 * too), so {@link #last()} is the same expression either way.
 */
final class StepLog {
    private final List<Step> steps = new ArrayList<>();
    private final List<Expr> keys = new ArrayList<>();
    private final boolean recording;
    /** Not recording: the expression last written, made readable when {@link #last()} asks for it. */
    private Step pending;
    /** How the steps will be shown; a detour is looked for in them as shown. */
    private java.util.function.UnaryOperator<Expr> shown = e -> e;
    /** Fewest δs since the last δ contraction, or -1 before any. */
    private int deltasSinceContraction = -1;
    /** The δs ({@link #deltaKinds}) every line since the last δ contraction holds; empty before any. */
    private final java.util.Set<String> kindsSinceContraction = new java.util.HashSet<>();

    StepLog(Step first) {
        this(first, true);
    }

    /**
     * A recording log whose steps will be shown as {@code shown} writes them (the input's differences,
     * {@link Deriver}): a stage's detour is found in the steps as shown ({@link #stage}).
     */
    StepLog(Step first, java.util.function.UnaryOperator<Expr> shown) {
        this(first, true);
        this.shown = shown;
    }

    private StepLog(Step first, boolean recording) {
        this.recording = recording;
        steps.add(first);
        if (recording) {
            keys.add(key(first.expr()));
        }
    }

    /**
     * A log that keeps only the last step written, for a derivation whose steps are not shown; it
     * takes no δ contraction (after one, a recording log may refuse a step).
     */
    static StepLog lastOnly(Step first) {
        return new StepLog(first, false);
    }

    Expr last() {
        if (pending != null) {
            Expr e = Indices.readable(pending.expr());
            if (!steps.get(steps.size() - 1).expr().equals(e)) {
                steps.set(steps.size() - 1, new Step(pending.rule(), e));
            }
            pending = null;
        }
        return steps.get(steps.size() - 1).expr();
    }

    List<Step> steps() {
        last();
        return List.copyOf(steps);
    }

    /** Writes {@code expr}, reached by {@code rule}, as the next step if it moves the derivation forward. */
    void add(String rule, Expr expr) {
        if (!recording) {
            if (rule.equals(RuleBook.DELTA_CONTRACTION.name())) {
                throw new IllegalStateException("a log that does not record takes no δ contraction");
            }
            pending = new Step(rule, expr);
            return;
        }
        Expr e = Indices.readable(expr);
        Step last = steps.get(steps.size() - 1);
        if (last.expr().equals(e)) {
            return;
        }
        Expr key = key(e);
        if (bringsBack(e)) {
            return;
        }
        int earlier = keys.indexOf(key);
        if (earlier > 0) {
            // back where an earlier step was: the steps in between were a detour
            while (steps.size() > earlier + 1) {
                steps.remove(steps.size() - 1);
                keys.remove(keys.size() - 1);
            }
            steps.set(earlier, new Step(steps.get(earlier).rule(), e));
            return;
        }
        if (last.rule().equals(rule) && steps.size() > 1) {
            steps.set(steps.size() - 1, new Step(rule, e));
            keys.set(keys.size() - 1, key);
        } else {
            steps.add(new Step(rule, e));
            keys.add(key);
        }
        since(rule, e);
    }

    /**
     * Whether the line {@code e} brings back δs the last δ contraction removed: it shows more δs than every line
     * since, and a δ none of them showed. The same δs written more often bring back nothing: putting
     * {@code 2x_j y_i²/(1 + x_j² y_i²) + δ_ij} over one bar writes the one δ_ij twice.
     */
    private boolean bringsBack(Expr e) {
        return deltasSinceContraction >= 0 && deltas(e) > deltasSinceContraction
                && !kindsSinceContraction.containsAll(deltaKinds(e));
    }

    /** Follows the δs since the last contraction after the line {@code e}, cited as {@code rule}. */
    private void since(String rule, Expr e) {
        if (rule.equals(RuleBook.DELTA_CONTRACTION.name())) {
            deltasSinceContraction = deltas(e);
            kindsSinceContraction.clear();
            kindsSinceContraction.addAll(deltaKinds(e));
        } else if (deltasSinceContraction >= 0) {
            deltasSinceContraction = Math.min(deltasSinceContraction, deltas(e));
            kindsSinceContraction.retainAll(deltaKinds(e));
        }
    }

    /**
     * Writes {@code next}, the line a stage of the simplification made from the last line, as
     * {@link #add} does. Where that line brings back a part of the expression an earlier step took
     * away ({@link StepUndos}) and the stage, made from the line before that step ({@code stage}),
     * comes to the same line, the steps from that one on were a detour: they are dropped and the
     * line is written as the stage made it from there, with the rules it applied from there —
     * unless that step would do more than those rules ({@link StepLeaps}).
     */
    void stage(Step next, Function<Expr, Step> stage) {
        Step written = forward(next, stage);
        add(written.rule(), written.expr());
    }

    /** Writes the result as {@link #finish} does, after dropping a detour it would end as {@link #stage} does. */
    void finishStage(Step result, Function<Expr, Step> stage) {
        Step written = forward(result, stage);
        finish(written.rule(), written.expr());
    }

    /** {@code next}, or {@code next} from an earlier line, the steps from that line on dropped. */
    private Step forward(Step next, Function<Expr, Step> stage) {
        if (!recording) {
            return next;
        }
        Expr e = Indices.readable(next.expr());
        List<Step> with = new ArrayList<>();
        for (Step s : steps) {
            with.add(new Step(s.rule(), shown.apply(s.expr())));
        }
        with.add(new Step(next.rule(), shown.apply(e)));
        int undone = -1;
        for (StepUndos.Undo u : StepUndos.of(steps.get(0).expr(), with)) {
            if (u.step() == steps.size() && (undone < 0 || u.undone() < undone)) {
                undone = u.undone();
            }
        }
        if (undone < 1) {
            return next;
        }
        Step again = stage.apply(steps.get(undone - 1).expr());
        if (!key(shown.apply(Indices.readable(again.expr()))).equals(key(shown.apply(e)))
                || StepLeaps.checker().leaps(steps.get(undone - 1).expr(), new Step(again.rule(), e))) {
            // not the same line from there, or a step that does more than it cites: the detour stays
            return next;
        }
        while (steps.size() > undone) {
            steps.remove(steps.size() - 1);
            keys.remove(keys.size() - 1);
        }
        deltasSinceContraction = -1;
        for (Step s : steps) {
            since(s.rule(), s.expr());
        }
        return new Step(again.rule(), next.expr());
    }

    /**
     * Writes the result as the last step: like {@link #add}, except that a result with more δs
     * than a contraction left is written over the steps since that contraction.
     */
    void finish(String rule, Expr result) {
        Expr e = Indices.readable(result);
        if (!recording) {
            // a recording log ends on this expression whatever it wrote before
            pending = new Step(rule, e);
            return;
        }
        if (bringsBack(e) && !last().equals(e)) {
            int contraction = steps.size() - 1;
            while (contraction > 0 && !steps.get(contraction).rule().equals(RuleBook.DELTA_CONTRACTION.name())) {
                contraction--;
            }
            while (steps.size() > contraction) {
                steps.remove(steps.size() - 1);
                keys.remove(keys.size() - 1);
            }
            deltasSinceContraction = -1;
        }
        add(rule, e);
    }

    /**
     * {@code steps} with no line that prints as the line before it: a step whose expression reads the
     * same as the one before in ASCII, Unicode or LaTeX (a rewrite of a form the printer does not
     * show, {@code √d → d^{1/2}} in LaTeX, {@code g(1 − S)/2 → ½g(1 − S)} in ASCII) is merged into that
     * line, which then shows the step's expression and cites the rules of both, in order, each once.
     * The derivation's start stays as it is; the last expression is still the result.
     */
    static List<Step> withoutRepeatedLines(List<Step> steps) {
        List<Step> out = new ArrayList<>(steps.size());
        Printed shown = null;
        for (Step s : steps) {
            Printed printed = new Printed(s.expr());
            if (out.size() > 1 && printed.alike(shown)) {
                Step last = out.get(out.size() - 1);
                java.util.LinkedHashSet<String> rules = new java.util.LinkedHashSet<>(last.rules());
                rules.addAll(s.rules());
                out.set(out.size() - 1, new Step(String.join(Step.RULES_SEPARATOR, rules), s.expr()));
            } else {
                out.add(s);
            }
            shown = printed;
        }
        return out.size() == steps.size() ? steps : out;
    }

    /** How a line is printed in each notation a derivation is shown in. */
    private record Printed(String ascii, String unicode, String latex) {
        Printed(Expr e) {
            this(org.symgrad.print.Printer.ascii(e), org.symgrad.print.Printer.unicode(e), org.symgrad.print.Printer.latex(e));
        }

        boolean alike(Printed other) {
            return other != null && (ascii.equals(other.ascii) || unicode.equals(other.unicode) || latex.equals(other.latex));
        }
    }

    /**
     * {@code e} up to the order of terms and factors, of a δ's indices, the names of bound indices,
     * and how the numbers of a product are split ({@code ½·2·x} reads {@code x}), in front of a Σ or in
     * its body ({@code Σ_j 2a_j} reads {@code 2Σ_j a_j}: a sum split and gathered back with its number
     * in front comes back to where it was); a minus stays where it is written.
     */
    static Expr key(Expr e) {
        return sorted(NumberFolding.apply(numbersOutOfSums(NumberFolding.apply(Indices.canonicalBound(e)))));
    }

    /**
     * {@code e} with the positive numbers of each Σ's product body in front of the Σ: {@code Σ_j 2a_j} reads
     * {@code 2Σ_j a_j}. A minus stays: taking it out of a Σ is a step of its own (sign out of sum).
     */
    private static Expr numbersOutOfSums(Expr e) {
        Expr kids = Exprs.mapChangedChildren(e, StepLog::numbersOutOfSums);
        if (kids instanceof IndexSum s && s.body() instanceof Mul m && m.factors().stream().anyMatch(StepLog::positiveNumber)) {
            List<Expr> numbers = m.factors().stream().filter(StepLog::positiveNumber).toList();
            List<Expr> rest = m.factors().stream().filter(f -> !positiveNumber(f)).toList();
            List<Expr> out = new ArrayList<>(numbers);
            out.add(new IndexSum(s.index(), s.lower(), s.upper(), Exprs.mul(rest)));
            return Exprs.mul(out);
        }
        return kids;
    }

    private static boolean positiveNumber(Expr e) {
        return e instanceof Num n && n.value().signum() > 0;
    }

    private static Expr sorted(Expr e) {
        Optional<Restricted> restricted = restricted(e);
        if (restricted.isPresent()) {
            // Π_{k≠j} B is one expression however its δ-blend is written (δ + (1 − δ)B, B + δ(1 − B), …)
            Restricted r = restricted.get();
            Expr body = sorted(r.body());
            return e instanceof IndexProduct p ? Restricted.product(r.index(), r.excluded(), p.lower(), p.upper(), body)
                    : Restricted.sum(r.index(), r.excluded(), ((IndexSum) e).lower(), ((IndexSum) e).upper(), body);
        }
        List<Expr> kids = Exprs.children(e);
        if (kids.isEmpty()) {
            return e instanceof Delta d && d.i().compareTo(d.j()) > 0 ? new Delta(d.j(), d.i()) : e;
        }
        List<Expr> out = new ArrayList<>(kids.size());
        for (Expr k : kids) {
            out.add(sorted(k));
        }
        return switch (e) {
            case Add a -> Exprs.add(out.stream().sorted(ExprOrder.INSTANCE).toList());
            case Mul m -> Exprs.mul(out.stream().sorted(ExprOrder.INSTANCE).toList());
            default -> Exprs.withChildren(e, out);
        };
    }

    /** The restriction a product or sum over an index holds, if it is one ({@link Restricted}). */
    private static Optional<Restricted> restricted(Expr e) {
        return switch (e) {
            case IndexProduct p -> Restricted.of(p);
            case IndexSum s -> Restricted.of(s);
            default -> Optional.empty();
        };
    }

    /**
     * The δs {@code e} shows, each as its two indices in order with a bound index written {@code •} (a Σ's index is
     * named anew as lines change): {@code δ_ij}, {@code δ_•j}, {@code δ_3j}; the δ-blend of a restricted reduction is
     * its notation {@code k≠j}, not a δ.
     */
    static java.util.Set<String> deltaKinds(Expr e) {
        java.util.Set<String> out = new java.util.HashSet<>();
        deltaKinds(e, new java.util.HashSet<>(Indices.free(e)), out);
        return out;
    }

    private static void deltaKinds(Expr e, java.util.Set<String> free, java.util.Set<String> out) {
        Optional<Restricted> restricted = restricted(e);
        if (restricted.isPresent()) {
            deltaKinds(restricted.get().body(), free, out);
            return;
        }
        if (e instanceof Delta d) {
            String i = free.contains(d.i()) || !org.symgrad.expr.Index.isSymbolic(d.i()) ? d.i() : "•";
            String j = free.contains(d.j()) || !org.symgrad.expr.Index.isSymbolic(d.j()) ? d.j() : "•";
            out.add(i.compareTo(j) <= 0 ? i + "," + j : j + "," + i);
        }
        for (Expr c : Exprs.children(e)) {
            deltaKinds(c, free, out);
        }
    }

    /** How many δs {@code e} shows: the δ-blend of a restricted reduction is its notation {@code k≠j}, not a δ. */
    static int deltas(Expr e) {
        Optional<Restricted> restricted = restricted(e);
        if (restricted.isPresent()) {
            return deltas(restricted.get().body());
        }
        int n = e instanceof Delta ? 1 : 0;
        for (Expr c : Exprs.children(e)) {
            n += deltas(c);
        }
        return n;
    }
}
