package org.symgrad.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.symgrad.api.Symgrad;
import org.symgrad.expr.Expr;

/**
 * The six scalar rows of SPEC §4, warm (issue 2). For each row two measurements:
 * {@code <row>} is the whole user-visible job — parse the text, differentiate, simplify to
 * textbook form, print ASCII — and {@code <row>DiffSimplify} is differentiate + simplify only,
 * on an expression parsed once in {@link #prepare()}. The setup checks that every row still
 * reaches its SPEC §4 form, so a benchmark can never time a wrong answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalarRowsBench {
    /** A SPEC §4 scalar row: input text, variable, the expected ASCII result. */
    record Row(String input, String wrt, String expected) {
        String run() {
            return Symgrad.ascii(Symgrad.differentiate(Symgrad.parse(input), Symgrad.variable(wrt)));
        }
    }

    static final Row SIGMA = new Row("sigma(x)", "x", "sigma(x)*(1 - sigma(x))");
    static final Row SOFTPLUS = new Row("softplus(x)", "x", "sigma(x)");
    static final Row TANH = new Row("tanh(x)", "x", "1 - tanh(x)^2");
    static final Row LOG_SIGMA = new Row("log(sigma(x))", "x", "1 - sigma(x)");
    static final Row BCE = new Row("-(y*log(sigma(o)) + (1-y)*log(1-sigma(o)))", "o", "sigma(o) - y");
    static final Row MSE = new Row("(sigma(o) - y)^2", "o", "2*sigma(o)*(1 - sigma(o))*(sigma(o) - y)");

    private Expr sigma;
    private Expr softplus;
    private Expr tanh;
    private Expr logSigma;
    private Expr bce;
    private Expr mse;
    private Expr x;
    private Expr o;

    @Setup
    public void prepare() {
        for (Row r : new Row[] {SIGMA, SOFTPLUS, TANH, LOG_SIGMA, BCE, MSE}) {
            String got = r.run();
            if (!got.equals(r.expected())) {
                throw new IllegalStateException("d/d" + r.wrt() + " " + r.input() + " gave " + got
                        + ", SPEC §4 says " + r.expected());
            }
        }
        sigma = Symgrad.parse(SIGMA.input());
        softplus = Symgrad.parse(SOFTPLUS.input());
        tanh = Symgrad.parse(TANH.input());
        logSigma = Symgrad.parse(LOG_SIGMA.input());
        bce = Symgrad.parse(BCE.input());
        mse = Symgrad.parse(MSE.input());
        x = Symgrad.variable("x");
        o = Symgrad.variable("o");
    }

    // parse → differentiate → simplify → print ASCII

    @Benchmark
    public void sigma(Blackhole bh) {
        bh.consume(SIGMA.run());
    }

    @Benchmark
    public void softplus(Blackhole bh) {
        bh.consume(SOFTPLUS.run());
    }

    @Benchmark
    public void tanh(Blackhole bh) {
        bh.consume(TANH.run());
    }

    @Benchmark
    public void logSigma(Blackhole bh) {
        bh.consume(LOG_SIGMA.run());
    }

    @Benchmark
    public void bce(Blackhole bh) {
        bh.consume(BCE.run());
    }

    @Benchmark
    public void mse(Blackhole bh) {
        bh.consume(MSE.run());
    }

    // differentiate → simplify on a pre-parsed expression

    @Benchmark
    public void sigmaDiffSimplify(Blackhole bh) {
        bh.consume(Symgrad.differentiate(sigma, x));
    }

    @Benchmark
    public void softplusDiffSimplify(Blackhole bh) {
        bh.consume(Symgrad.differentiate(softplus, x));
    }

    @Benchmark
    public void tanhDiffSimplify(Blackhole bh) {
        bh.consume(Symgrad.differentiate(tanh, x));
    }

    @Benchmark
    public void logSigmaDiffSimplify(Blackhole bh) {
        bh.consume(Symgrad.differentiate(logSigma, x));
    }

    @Benchmark
    public void bceDiffSimplify(Blackhole bh) {
        bh.consume(Symgrad.differentiate(bce, o));
    }

    @Benchmark
    public void mseDiffSimplify(Blackhole bh) {
        bh.consume(Symgrad.differentiate(mse, o));
    }
}
