package org.symgrad.rewrite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.expr.Expr;

/** A {@link Trace} that keeps what it is told, in order. */
public final class TraceRecorder implements Trace {
    private final List<String> fired = new ArrayList<>();
    private final Set<StopReason> stops = new LinkedHashSet<>();
    private final Set<Expr> positive = new LinkedHashSet<>();
    private final List<Split> splits = new ArrayList<>();
    private final Set<List<Expr>> unequal = new LinkedHashSet<>();

    /** The factors one logarithm was split into where each is positive, with their powers. */
    public record Split(List<Expr> factors, List<Integer> powers) {
        public Split {
            factors = List.copyOf(factors);
            powers = List.copyOf(powers);
        }
    }

    @Override
    public void fired(String rule) {
        fired.add(rule);
    }

    @Override
    public void requiresPositive(Expr e) {
        positive.add(e);
    }

    @Override
    public void requiresPositive(List<Expr> factors, List<Integer> powers) {
        positive.addAll(factors);
        splits.add(new Split(factors, powers));
    }

    @Override
    public void requiresUnequal(Expr a, Expr b) {
        unequal.add(List.of(a, b));
    }

    @Override
    public void stopped(StopReason reason) {
        stops.add(reason);
    }

    /** Every rule applied, in order, with repetitions. */
    public List<String> fired() {
        return List.copyOf(fired);
    }

    /** The reasons rewriting stopped early, if it did. */
    public Set<StopReason> stops() {
        return Set.copyOf(stops);
    }

    /** What the rules applied need to be positive, in the order first needed. */
    public List<Expr> requiredPositive() {
        return List.copyOf(positive);
    }

    /** The logarithms split under {@link #requiredPositive()}, each with its factors and their powers. */
    public List<Split> splits() {
        return List.copyOf(splits);
    }

    /** What the rules applied need to differ, each pair {@code [a, b]} for {@code a ≠ b}, in the order first needed. */
    public List<List<Expr>> requiredUnequal() {
        return List.copyOf(unequal);
    }

    /** Reports everything recorded so far to {@code other}. */
    public void replay(Trace other) {
        fired.forEach(other::fired);
        positive.forEach(other::requiresPositive);
        splits.forEach(s -> other.requiresPositive(s.factors(), s.powers()));
        unequal.forEach(u -> other.requiresUnequal(u.get(0), u.get(1)));
        stops.forEach(other::stopped);
    }
}
