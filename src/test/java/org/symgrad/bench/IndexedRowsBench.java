package org.symgrad.bench;

import java.util.Map;
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
 * The seven indexed rows of SPEC §4, warm (issue 3), as the scripts of {@code examples/} write
 * them. {@link #script} is the whole {@code symgrad run} job — parse the script, build the
 * definitions and assumptions, derive step by step; {@link #derive} is the derivation alone on
 * the prepared state. The setup checks each row still reaches its SPEC §4 form.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndexedRowsBench {
    static final String SOFTMAX = "let y_i = exp(x_i) / sum_k exp(x_k)\n";
    static final String LINEAR = "let y_i = sum_j W_ij*x_j + b_i\n";

    static final Map<String, ScriptCase> ROWS = Map.of(
            "softmaxJacobian", new ScriptCase(SOFTMAX + "derive y_i wrt x_j\n",
                    "y_i*(delta(i,j) - y_j)"),
            "softmaxBeta", new ScriptCase("let y_i = exp(beta*x_i) / sum_k exp(beta*x_k)\nderive y_i wrt x_j\n",
                    "beta*y_i*(delta(i,j) - y_j)"),
            "crossEntropySoftmax", new ScriptCase("let y_i = exp(z_i) / sum_k exp(z_k)\nassume sum_i t_i = 1\n"
                    + "derive -sum_i t_i*log(y_i) wrt z_j\n", "y_j - t_j"),
            "logSoftmax", new ScriptCase("let y_i = softmax(x)_i\nderive log(y_i) wrt x_j\n",
                    "delta(i,j) - y_j"),
            "linearLayer", new ScriptCase(LINEAR + "derive y_i wrt W_kl\n", "x_l*delta(i,k)"),
            "abstractLoss", new ScriptCase(LINEAR + "derive L(y) wrt W_kl\n", "diff(L(y), y_k)*x_l"),
            "twoLayerNetwork", new ScriptCase("""
                    let z1_u = sum_v W_uv*x_v
                    let h_u = sigma(z1_u)
                    let z2_k = sum_u V_ku*h_u
                    let y_k = softmax(z2)_k
                    assume sum_k t_k = 1
                    let E = -sum_k t_k*log(y_k)
                    derive E wrt W_ab
                    """, "h_a*x_b*(1 - h_a)*sum(k, V_{ka}*(y_k - t_k))"));

    @Param({"softmaxJacobian", "softmaxBeta", "crossEntropySoftmax", "logSoftmax", "linearLayer", "abstractLoss",
            "twoLayerNetwork"})
    public String row;

    private ScriptCase script;
    private ScriptCase.Prepared prepared;

    @Setup
    public void prepare() {
        script = ROWS.get(row).verified();
        prepared = script.prepared();
    }

    @Benchmark
    public void script(Blackhole bh) {
        bh.consume(script.run());
    }

    @Benchmark
    public void derive(Blackhole bh) {
        bh.consume(prepared.derivation());
    }
}
