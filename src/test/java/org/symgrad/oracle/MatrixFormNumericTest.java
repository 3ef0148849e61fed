package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.derive.Derivation;
import org.symgrad.eval.Environment;
import org.symgrad.matrix.Matrix;
import org.symgrad.matrix.MatrixForm;
import org.symgrad.matrix.MatrixPrinter;
import org.symgrad.matrix.MatrixReading;
import org.symgrad.print.Printer;
import org.symgrad.testing.MatrixEvaluator;

/**
 * The matrix form of every gallery derivation (SPEC §4's indexed rows among them) and every
 * textbook-corpus derivation that has one equals its index form: evaluated with dense linear
 * algebra at random dimensions (2 to 5) and random values (definitions holding their defined
 * values, assumed-normalised vectors summing to 1), every entry agrees with the index form at
 * the same indices.
 */
class MatrixFormNumericTest {
    private static final Set<String> POSITIVE = Set.of("sigma", "eps", "d", "T", "pi");

    private static List<ExampleDerivations.Case> all;

    static synchronized Stream<ExampleDerivations.Case> cases() {
        if (all == null) {
            List<ExampleDerivations.Case> out = new ArrayList<>(ExampleDerivations.all());
            out.addAll(TextbookCorpusTest.cases());
            all = List.copyOf(out);
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matrixFormEqualsIndexForm(ExampleDerivations.Case c) {
        Derivation d = c.derivation();
        MatrixReading reading = MatrixForm.ofDerivative(d.result(), d.of(), d.wrt(), d.labels());
        if (!reading.exists()) {
            return; // no matrix form to compare; MatrixFormTest asserts which results have one
        }
        Matrix m = reading.matrix().orElseThrow();
        List<String> axes = MatrixForm.axes(d.result(), d.of(), d.wrt(), d.labels());
        Random random = new Random(c.line() * 131L + c.file().hashCode());
        for (int trial = 0; trial < 3; trial++) {
            int n = 2 + random.nextInt(4);
            Oracle oracle = new Oracle(c.definitions(), c.normalised(), POSITIVE, n);
            Environment base = oracle.environment(random.nextLong());
            // each fixed label (o of y_w = δ_wo) bound to one class: the matrix form is the one for that class
            for (java.util.Map<String, Integer> labels : oracle.bindings(Set.of(), 3, random.nextLong())) {
            Environment env = Oracle.bind(base, labels);
            MatrixEvaluator evaluator = new MatrixEvaluator(n,
                    (entry, b) -> oracle.value(entry, Set.of(), Oracle.bind(env, b)));
            double[][] value = evaluator.evaluate(m);
            for (int r = 0; r < value.length; r++) {
                for (int col = 0; col < value[0].length; col++) {
                    Environment at = env;
                    if (!axes.isEmpty()) {
                        at = at.withBinding(axes.get(0), r + 1);
                    }
                    if (axes.size() == 2) {
                        at = at.withBinding(axes.get(1), col + 1);
                    }
                    double index = oracle.value(d.result(), Set.of(), at);
                    if (!Oracle.close(index, value[r][col])) {
                        fail(c + ": " + Printer.ascii(d.result()) + " read as " + MatrixPrinter.ascii(m) + " at n = " + n
                                + ", " + labels + ", entry (" + (r + 1) + ", " + (col + 1) + "): " + value[r][col] + " vs " + index);
                    }
                }
            }
            }
        }
    }

    @Test
    void mostIndexedResultsHaveAMatrixForm() {
        long indexed = cases().filter(c -> !MatrixForm.axes(c.derivation().of(), c.derivation().wrt()).isEmpty()).count();
        long read = cases().filter(c -> !MatrixForm.axes(c.derivation().of(), c.derivation().wrt()).isEmpty())
                .filter(c -> MatrixForm.ofDerivative(c.derivation().result(), c.derivation().of(), c.derivation().wrt(),
                        c.derivation().labels()).exists())
                .count();
        assertTrue(indexed >= 25 && read * 4 >= indexed * 3, read + " of " + indexed + " indexed results read as matrices");
    }
}
