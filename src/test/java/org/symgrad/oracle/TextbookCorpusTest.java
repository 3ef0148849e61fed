package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.derive.Derivation;
import org.symgrad.eval.Environment;
import org.symgrad.print.Printer;

/**
 * Derivations transcribed from standard ML course material (CS231n, CS224n, Bishop PRML,
 * Goodfellow DL, d2l.ai, the Matrix Cookbook) as {@code src/test/resources/textbook/*.sg}, none
 * of them written for symgrad: every result equals an independent central finite difference of
 * the input (definitions substituted, indices bound to concrete values, n = 3 and 4), and those
 * that come out in the textbook's form print exactly that.
 */
class TextbookCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/textbook");
    private static final long[] SEEDS = {21, 22};
    private static final int[] DIMENSIONS = {3, 4};
    private static final int MAX_BINDINGS = 24;
    /** Scalars the textbooks take as positive: a standard deviation, an ε, a dimension, a temperature, π (a symbol to symgrad). */
    private static final Set<String> POSITIVE = Set.of("sigma", "eps", "d", "T", "pi");

    static List<ExampleDerivations.Case> cases() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<ExampleDerivations.Case> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".sg")).sorted().toList()) {
                out.addAll(ExampleDerivations.of(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resultEqualsFiniteDifferenceOfTheInput(ExampleDerivations.Case c) {
        Derivation d = c.derivation();
        int compared = 0;
        int kinks = 0;
        for (int n : DIMENSIONS) {
            Oracle oracle = new Oracle(c.definitions(), c.normalised(), POSITIVE, n);
            for (long seed : SEEDS) {
                Environment base = oracle.environment(seed * 100 + n);
                for (Map<String, Integer> b : oracle.bindings(Oracle.freeIndices(d.of(), d.wrt()), MAX_BINDINGS, seed)) {
                    Environment env = Oracle.bind(base, b);
                    if (!oracle.smoothAt(d.of(), d.wrt(), env)) {
                        kinks++; // next to a kink of relu/abs: no finite difference to compare with
                        continue;
                    }
                    double truth = oracle.derivative(d.of(), d.wrt(), env);
                    assertTrue(Double.isFinite(truth), "finite difference at " + b);
                    double result = oracle.value(d.result(), Set.of(), env);
                    if (!Oracle.close(truth, result)) {
                        fail(c + " at n = " + n + ", seed " + seed + ", " + b + ": finite difference " + truth
                                + ", symgrad's " + Printer.ascii(d.result()) + " = " + result);
                    }
                    compared++;
                }
            }
        }
        assertTrue(compared >= 4 && kinks <= compared / 4, "compared at " + compared + " points, " + kinks + " kinks");
    }

    @Test
    void dump() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ExampleDerivations.Case c : cases()) {
            sb.append(c).append("\n    => ").append(Printer.ascii(c.derivation().result())).append('\n');
        }
        Files.writeString(Path.of("/tmp/tb/dump.txt"), sb.toString());
    }
}
