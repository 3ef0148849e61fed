package org.symgrad.matrix;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.print.Printer;
import org.symgrad.simplify.Simplifier;
import org.symgrad.testing.MatrixEvaluator;
import org.symgrad.testing.RandomExprs;

/**
 * Property: for random index expressions (vectors x, y, the matrix W, δ, Σ with clashing bound
 * names, functions of indexed terms; as generated and after simplifying), whenever a matrix form
 * exists, every entry of it equals the index form at the same indices, at random values and
 * dimensions 2, 3 and 4. The translation is also found often enough to be tested at all.
 */
class MatrixFormPropertyTest {
    private static final int CASES = 240;

    @Test
    void everyMatrixFormEqualsItsIndexFormEntryByEntry() {
        RandomExprs random = new RandomExprs(20240611L);
        List<List<String>> axesChoices = List.of(List.of(), List.of("i"), List.of("i", "j"), List.of("j", "i"));
        int found = 0;
        for (int c = 0; c < CASES; c++) {
            List<String> axes = axesChoices.get(c % axesChoices.size());
            Expr raw = random.nextIndexed(Set.copyOf(axes), 3);
            List<Expr> forms = new ArrayList<>(List.of(raw));
            try {
                forms.add(Simplifier.simplifyPlain(raw));
            } catch (RuntimeException tooHard) {
                // a resource limit of the simplifier: the raw form is still a test case
            }
            for (Expr e : forms) {
                MatrixReading reading = MatrixForm.of(e, axes);
                if (reading.exists()) {
                    found++;
                    compare(e, axes, reading.matrix().orElseThrow(), c);
                }
            }
        }
        assertTrue(found >= CASES / 2, "matrix forms found for " + found + " of " + 2 * CASES + " expressions");
    }

    /** softmax(z)_j reads as the vector softmax(z): the reading has the index form's value entry by entry. */
    @Test
    void softmaxComponentsReadAsTheVector() {
        Map<String, List<String>> cases = Map.of(
                "softmax(z)_j - t_j", List.of("j"),
                "softmax(z)_i*(delta(i,j) - softmax(z)_j)", List.of("i", "j"),
                "sum(i, W_{ij}*softmax(z)_i)", List.of("j"));
        long seed = 5;
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            Expr e = Simplifier.simplifyPlain(org.symgrad.parse.Parser.parseExpression(c.getKey()));
            MatrixReading reading = MatrixForm.of(e, c.getValue());
            assertTrue(reading.exists(), c.getKey() + ": " + reading.reason());
            assertTrue(reading.ascii().orElseThrow().contains("softmax(z)"), reading.ascii().orElseThrow());
            compare(e, c.getValue(), reading.matrix().orElseThrow(), seed++);
        }
    }

    private static void compare(Expr e, List<String> axes, Matrix m, long seed) {
        for (int n = 2; n <= 4; n++) {
            Environment env = Environment.random(seed * 31 + n, n);
            MatrixEvaluator evaluator = new MatrixEvaluator(n, (entry, b) -> Evaluator.evaluate(entry, bind(env, b)));
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
                    double expected = Evaluator.evaluate(e, at);
                    double actual = value[r][col];
                    if (Double.isFinite(expected)
                            && Math.abs(expected - actual) > 1e-9 * Math.max(1, Math.abs(expected))) {
                        fail(Printer.ascii(e) + " over " + axes + " read as " + MatrixPrinter.ascii(m) + ": at n = " + n
                                + ", entry (" + (r + 1) + ", " + (col + 1) + ") is " + actual + ", the index form " + expected);
                    }
                }
            }
        }
    }

    private static Environment bind(Environment env, Map<String, Integer> bindings) {
        for (Map.Entry<String, Integer> b : bindings.entrySet()) {
            env = env.withBinding(b.getKey(), b.getValue());
        }
        return env;
    }
}
