package org.symgrad.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.symgrad.derive.Step;
import org.symgrad.diff.DiffRules;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.print.Printer;

/**
 * The label beside a derivation step: the words of its rule ({@link RuleNames}), except that a
 * step applying {@code ∂x_i/∂x_j = δ_ij} names the instances it applied, with the step's own
 * indices: {@code ∂z_k/∂z_p = δ_kp}, {@code ∂W_uv/∂W_ab = δ_ua δ_vb}. The instances are the
 * derivatives of an indexed name by the same name that the step removed from the line before. A
 * brief row that stands for several steps is labelled by each of its rules in turn.
 */
final class StepLabel {
    /** More instances than this in one step are summarised by the rule itself. */
    private static final int MAX_INSTANCES = 3;

    private StepLabel() {
    }

    /** The Unicode label of {@code step}, which follows the line {@code before}. */
    static String text(Expr before, Step step) {
        return label(before, step, RuleNames::text, d -> "∂" + Printer.unicode(d.of()) + "/∂"
                + Printer.unicode(d.wrt()) + " = " + Printer.unicode(deltas(d)));
    }

    /** The label of {@code step} as the argument of {@code \text{…}}. */
    static String latex(Expr before, Step step) {
        return label(before, step, RuleNames::latex, d -> "$\\partial " + Printer.latex(d.of()) + "/\\partial "
                + Printer.latex(d.wrt()) + " = " + Printer.latex(deltas(d)) + "$");
    }

    private static String label(Expr before, Step step, Function<String, String> words,
                                Function<Derivative, String> instance) {
        List<String> out = new ArrayList<>();
        for (String rule : step.rules()) {
            out.add(rule(before, step.expr(), rule, words, instance));
        }
        return String.join(Step.RULES_SEPARATOR, out);
    }

    private static String rule(Expr before, Expr after, String rule, Function<String, String> words,
                               Function<Derivative, String> instance) {
        if (!rule.equals(DiffRules.INDEX_DERIVATIVE)) {
            return words.apply(rule);
        }
        List<Derivative> applied = instances(before, after);
        if (applied.isEmpty() || applied.size() > MAX_INSTANCES) {
            return words.apply(rule);
        }
        List<String> out = new ArrayList<>();
        applied.forEach(d -> out.add(instance.apply(d)));
        return String.join(", ", out);
    }

    /** {@code ∂x_k/∂x_j} nodes of {@code before} that {@code after} no longer has, in reading order. */
    static List<Derivative> instances(Expr before, Expr after) {
        Set<Derivative> all = new LinkedHashSet<>();
        collect(before, all);
        Set<Derivative> left = new LinkedHashSet<>();
        collect(after, left);
        all.removeAll(left);
        return List.copyOf(all);
    }

    private static void collect(Expr e, Set<Derivative> out) {
        if (e instanceof Derivative d && d.of() instanceof Indexed x && d.wrt() instanceof Indexed w
                && x.name().equals(w.name()) && x.indices().size() == w.indices().size()) {
            out.add(d);
            return;
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /** {@code δ_kj} for {@code ∂x_k/∂x_j}; one δ per index position. */
    private static Expr deltas(Derivative d) {
        List<String> of = ((Indexed) d.of()).indices();
        List<String> wrt = ((Indexed) d.wrt()).indices();
        List<Expr> out = new ArrayList<>();
        for (int i = 0; i < of.size(); i++) {
            out.add(new Delta(of.get(i), wrt.get(i)));
        }
        return Exprs.mul(out);
    }
}
