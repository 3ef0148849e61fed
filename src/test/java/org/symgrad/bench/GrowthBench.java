package org.symgrad.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.symgrad.api.OutputFormat;
import org.symgrad.api.Results;
import org.symgrad.api.Symgrad;

/**
 * The timing guard of SPEC §11's deep inputs (BENCHMARKS.md, "Growth"): the members the command line
 * is timed on, each one whole command as {@code symgrad} runs it without steps, printed in ASCII —
 * {@code diff} of the tower {@code x^x^…^x} 100 high, {@code diff} of σ nested 12 deep, {@code run} of a
 * chain of 50 lets each σ of the previous. Not a unit test: a regression shows as a slower row here
 * (and as more bytes in {@code PolynomialGrowthTest}, which checks the work on every build).
 *
 * <p>{@code mvn -B -q -Pbench test-compile exec:exec -Dbench.args='GrowthBench -f 1 -wi 3 -i 5 -prof gc'}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GrowthBench {
    @Param({"tower100", "nestedSigma12", "letChain50"})
    public String member;

    private String input;
    private Function<String, Results> command;

    @Setup
    public void setUp() {
        switch (member) {
            case "tower100" -> {
                input = GrowthFamilies.tower(100);
                command = e -> Symgrad.derivation(e, "x", 1, false);
            }
            case "nestedSigma12" -> {
                input = GrowthFamilies.nestedSigma(12);
                command = e -> Symgrad.derivation(e, "x", 1, false);
            }
            case "letChain50" -> {
                input = GrowthFamilies.letChain(50);
                command = e -> Symgrad.script(e, false);
            }
            default -> throw new IllegalArgumentException(member);
        }
        // a member that hits a limit or prints nothing is not timed
        if (answer().isBlank()) {
            throw new IllegalStateException(member + " printed nothing");
        }
    }

    @Benchmark
    public String answer() {
        // on a thread with the command line's large stack: the tower's derivative is deep
        AtomicReference<Object> out = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                Results r = command.apply(input);
                if (!r.limits().isEmpty()) {
                    throw r.limits().get(0);
                }
                out.set(r.text(OutputFormat.ASCII, false));
            } catch (RuntimeException | Error e) {
                out.set(e);
            }
        }, "growth-bench", 512L << 20);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (out.get() instanceof RuntimeException e) {
            throw e;
        }
        if (out.get() instanceof Error e) {
            throw e;
        }
        return (String) out.get();
    }
}
