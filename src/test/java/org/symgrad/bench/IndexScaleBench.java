package org.symgrad.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * An index-notation derivation never unrolls, so its cost does not depend on the dimension
 * (issue 3, "Scale"): the softmax Jacobian and cross-entropy through softmax with an explicit
 * range {@code sum_{k=1}^{N}}, where {@code N} is 3, 100, 10000 or the symbol {@code N}. The
 * times should be the same for every {@code n}; compare SymPy unrolling the same Jacobian
 * ({@code bench/sympy_rows.py}), whose cost grows with n.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndexScaleBench {
    @Param({"3", "100", "10000", "N"})
    public String n;

    private ScriptCase.Prepared jacobian;
    private ScriptCase.Prepared crossEntropy;

    @Setup
    public void prepare() {
        String softmax = "let y_i = exp(x_i) / sum_{k=1}^{" + n + "} exp(x_k)\n";
        jacobian = new ScriptCase(softmax + "derive y_i wrt x_j\n", "y_i*(delta(i,j) - y_j)")
                .verified().prepared();
        crossEntropy = new ScriptCase(softmax + "assume sum_{i=1}^{" + n + "} t_i = 1\n"
                + "derive -sum_{i=1}^{" + n + "} t_i*log(y_i) wrt x_j\n", "y_j - t_j")
                .verified().prepared();
    }

    @Benchmark
    public void softmaxJacobian(Blackhole bh) {
        bh.consume(jacobian.derivation());
    }

    @Benchmark
    public void crossEntropySoftmax(Blackhole bh) {
        bh.consume(crossEntropy.derivation());
    }
}
