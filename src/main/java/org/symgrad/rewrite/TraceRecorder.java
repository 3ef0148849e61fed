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

    @Override
    public void fired(String rule) {
        fired.add(rule);
    }

    @Override
    public void requiresPositive(Expr e) {
        positive.add(e);
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

    /** Reports everything recorded so far to {@code other}. */
    public void replay(Trace other) {
        fired.forEach(other::fired);
        positive.forEach(other::requiresPositive);
        stops.forEach(other::stopped);
    }
}
