package org.symgrad.bench;

import static org.symgrad.expr.Exprs.delta;
import static org.symgrad.expr.Exprs.div;
import static org.symgrad.expr.Exprs.exp;
import static org.symgrad.expr.Exprs.indexed;
import static org.symgrad.expr.Exprs.mul;
import static org.symgrad.expr.Exprs.sub;
import static org.symgrad.expr.Exprs.sum;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indices;

/**
 * Proves the JMH harness (see BENCHMARKS.md): index bookkeeping on the softmax Jacobian
 * {@code y_i(δ_ij − y_j)} with {@code y_i = exp(z_i)/Σ_k exp(z_k)} written out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndexBookkeepingBench {
    private final Expr softmaxI = div(exp(indexed("z", "i")), sum("k", exp(indexed("z", "k"))));
    private final Expr softmaxJ = div(exp(indexed("z", "j")), sum("m", exp(indexed("z", "m"))));
    private final Expr jacobian = mul(softmaxI, sub(delta("i", "j"), softmaxJ));

    @Benchmark
    public Set<String> freeIndices() {
        return Indices.free(jacobian);
    }

    @Benchmark
    public Expr canonicalBoundIndices() {
        return Indices.canonicalBound(jacobian);
    }

    @Benchmark
    public int size() {
        return Exprs.size(jacobian);
    }
}
