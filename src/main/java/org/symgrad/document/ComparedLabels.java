package org.symgrad.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indices;
import org.symgrad.print.Printer;

/**
 * Two labels of a comparison are two different ones. A quantity labelled by two letters whose definition is
 * identically zero when they are one compares two things: BPR's score difference
 * {@code \\hat{x}_{uij} = Σ_f w_uf h_if − Σ_f w_uf h_jf} of an item i the user chose over an item j the user did not
 * is 0 at i = j, a triple nobody samples. A step that uses it and is false only where i = j (∂ℓ/∂h_if =
 * −(1 − σ(x̂_uij)) w_uf, whose i = j case has no h_if left to differentiate) is checked where i ≠ j, and the verdict
 * says so, as a written {@code \\qquad (i \\neq j)} would be; a step false where i ≠ j too stays false, with a witness
 * where they differ.
 * A name's own indices ({@code D_{ij} = x_i − x_j}, a matrix whose diagonal is part of it) are not read so: only
 * the labels a scalar is written with.
 */
final class ComparedLabels {
    /** Checks the step under the given index branches. */
    interface Check {
        PairChecker.Result under(List<Assumption.Branch> branches);
    }

    /** Checks whether an expression is zero for every value of its names and indices. */
    interface Zero {
        boolean proven(Expr e);
    }

    /** The step's verdict where the labels differ, and the note that says which and why. */
    record Distinct(PairChecker.Result result, String note) {
    }

    private ComparedLabels() {
    }

    /**
     * The verdict on a step found false, checked again where the labels of each comparison the sides reach
     * differ, if decided there; empty if no comparison is reached or the step cannot be decided where they differ.
     */
    static Optional<Distinct> rescue(List<Expr> sides, Definitions definitions, Map<String, Integer> definedAt,
                                     Function<Expr, Expr> written, List<Assumption.Branch> branches, Check check, Zero zero) {
        List<Assumption.Branch> more = new ArrayList<>(branches);
        List<String> said = new ArrayList<>();
        for (Definition d : reached(sides, definitions)) {
            List<String> labels = new ArrayList<>(new TreeSet<>(d.labels()));
            for (int x = 0; x < labels.size(); x++) {
                for (int y = x + 1; y < labels.size(); y++) {
                    String i = labels.get(x);
                    String j = labels.get(y);
                    Expr itself = Indices.rename(d.body(), j, i);
                    boolean nought = zero.proven(itself);
                    if (stated(more, i, j) || !nought && !constant(definitions.expand(itself), zero)) {
                        continue;
                    }
                    more.add(new Assumption.Branch(i, j, false));
                    Integer line = definedAt.get(d.name());
                    said.add(i + " ≠ " + j + ": " + Printer.ascii(written.apply(d.target()))
                            + (line == null ? "" : " (line " + line + ")") + (nought ? " is 0" : " is a constant") + " when " + i
                            + " = " + j + ", so it compares two different ones");
                }
            }
        }
        if (said.isEmpty()) {
            return Optional.empty();
        }
        PairChecker.Result r = check.under(more);
        if (r.outcome() != Outcome.PROVEN && r.outcome() != Outcome.NUMERICALLY_EQUAL && r.outcome() != Outcome.FALSE) {
            return Optional.empty();
        }
        // false there too: the witness is one where they differ, not the comparison of a thing with itself
        return Optional.of(new Distinct(r, "checked where " + String.join("; where ", said)));
    }

    /**
     * Whether {@code e} (its definitions expanded) depends on none of the names it mentions: Bradley–Terry's log-probability
     * {@code \\log(e^{β_i} / (e^{β_i} + e^{β_j}))} is log ½ at i = j, a win of an item over itself that nobody observes.
     */
    private static boolean constant(Expr e, Zero zero) {
        Set<Expr> leaves = new LinkedHashSet<>();
        leaves(e, leaves);
        return leaves.stream().allMatch(x -> zero.proven(new org.symgrad.expr.Derivative(e, x)));
    }

    /** The names {@code e} mentions, plain or with indices. */
    private static void leaves(Expr e, Set<Expr> out) {
        if (e instanceof org.symgrad.expr.Sym || e instanceof org.symgrad.expr.Indexed) {
            out.add(e);
            return;
        }
        org.symgrad.expr.Exprs.children(e).forEach(c -> leaves(c, out));
    }

    private static boolean stated(List<Assumption.Branch> branches, String i, String j) {
        return branches.stream().anyMatch(b -> !b.equal() && (b.i().equals(i) && b.j().equals(j) || b.i().equals(j) && b.j().equals(i)));
    }

    /** The definitions the sides reach, directly or through other definitions, in the order first reached. */
    static List<Definition> reached(List<Expr> sides, Definitions definitions) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (Expr e : sides) {
            todo.addAll(definitions.namesIn(e));
        }
        List<Definition> out = new ArrayList<>();
        while (!todo.isEmpty()) {
            String n = todo.poll();
            if (!seen.add(n)) {
                continue;
            }
            Optional<Definition> d = definitions.of(n);
            if (d.isPresent()) {
                out.add(d.get());
                todo.addAll(definitions.namesIn(d.get().body()));
            }
        }
        return out;
    }
}
