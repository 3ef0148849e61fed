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
        jacobian = jacobian(n).verified().prepared();
        crossEntropy = crossEntropy(n).verified().prepared();
    }

    static ScriptCase jacobian(String n) {
        return new ScriptCase(softmax(n) + "derive y_i wrt x_j\n", "y_i*(delta(i,j) - y_j)");
    }

    static ScriptCase crossEntropy(String n) {
        return new ScriptCase(softmax(n) + "assume sum_{i=1}^{" + n + "} t_i = 1\n"
                + "derive -sum_{i=1}^{" + n + "} t_i*log(y_i) wrt x_j\n", "y_j - t_j");
    }

    private static String softmax(String n) {
        return "let y_i = exp(x_i) / sum_{k=1}^{" + n + "} exp(x_k)\n";
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
