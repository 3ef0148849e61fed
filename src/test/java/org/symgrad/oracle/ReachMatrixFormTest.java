package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Derivation;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.matrix.Matrix;
import org.symgrad.matrix.MatrixForm;
import org.symgrad.matrix.MatrixPrinter;
import org.symgrad.matrix.MatrixReading;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;
import org.symgrad.script.AssumeStatement;
import org.symgrad.testing.MatrixEvaluator;

/**
 * SPEC §10's matrix form on the reach corpus (issue 9): every reach derivation whose result has
 * a matrix form equals its index form, evaluated with dense linear algebra at random dimensions
 * (2 to 5) and random values (definitions holding their defined values, assumed-normalised
 * vectors and rows summing to 1, fixed labels bound), entry by entry — as
 * {@link MatrixFormNumericTest} does for the gallery and the textbook corpus. How many reach
 * results have a matrix form is a record that may only grow.
 */
class ReachMatrixFormTest {
    private static final Set<String> POSITIVE = Set.of("sigma", "eps", "d", "T");
    /**
     * Reach results with a matrix form (of those with at least one free index), today. 67: word2vec.sg:9,
     * {@code −log(ŷ_o)} with the fixed label o of {@code y_w = δ_wo}, was read with o as an axis,
     * {@code 𝟏(ŷ − y)ᵀUᵀ}, rows independent of o though y depends on o; an axis of the differentiated
     * expression that the result does not show has no matrix reading ({@link #aLabelIsNoAxis}).
     * 87 at cc3790e (the record had not been raised as rows were added); 89: a fixed label is no axis —
     * word2vec.sg:9 and :12 read {@code U(ŷ − y)} and {@code v(ŷ − y)ᵀ} for the class o ({@link MatrixForm#ofDerivative(org.symgrad.expr.Expr, org.symgrad.expr.Expr,
     * org.symgrad.expr.Expr, Set)}). 96 at b9d4b87 (rows added since); 97: the Cox partial likelihood's Hessian
     * (cox-partial-likelihood.sg:12) reads, its summed indices contracted where they join at most two matrices and
     * its bracket read term by term ({@code MatrixFormTermsAndOrderTest}).
     */
    private static final int RECORDED_MATRIX_FORMS = 97;
    /** Matrix forms known to disagree with their index form — a list that may only shrink. */
    private static final Set<String> KNOWN_WRONG = Set.of();

    /** One reach derivation, with the definitions and normalised names in force at it. */
    record Case(String key, Outcome.Derived derived) {
        @Override
        public String toString() {
            return key + " " + derived.statement().text().strip();
        }
    }

    private static List<Case> all;

    static synchronized Stream<Case> cases() {
        if (all == null) {
            List<Case> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(ReachCorpusTest.CORPUS)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".sg")).sorted().toList()) {
                    for (Outcome o : Symgrad.run(Files.readString(p))) {
                        if (o instanceof Outcome.Derived d) {
                            out.add(new Case(p.getFileName() + ":" + d.statement().span().line(), d));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all = List.copyOf(out);
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matrixFormEqualsIndexForm(Case c) {
        if (!KNOWN_WRONG.contains(c.key())) {
            assertMatrixFormEqualsIndexForm(c);
        }
    }

    /** The matrix form of {@code c}'s result, if it has one, equals its index form entry by entry (fixed labels bound). */
    static void assertMatrixFormEqualsIndexForm(Case c) {
        Derivation d = c.derived().derivation();
        MatrixReading reading = MatrixForm.ofDerivative(d.result(), d.of(), d.wrt(), d.labels());
        if (!reading.exists()) {
            return;
        }
        Matrix m = reading.matrix().orElseThrow();
        List<String> axes = MatrixForm.axes(d.result(), d.of(), d.wrt(), d.labels());
        Random random = new Random(c.key().hashCode());
        int compared = 0;
        for (int trial = 0; trial < 3; trial++) {
            int n = 2 + random.nextInt(4);
            Oracle oracle = new Oracle(c.derived().scope().definitions(), normalised(c), POSITIVE, n);
            Environment base = Oracle.withLimits(oracle.environment(random.nextLong()), d.result(), n);
            for (Map<String, Integer> labels : oracle.bindings(Set.of(), 4, random.nextLong())) {
                Environment env = Oracle.bind(base, labels);
                MatrixEvaluator evaluator = new MatrixEvaluator(n,
                        (entry, b) -> oracle.value(entry, Set.of(), Oracle.bind(env, b)));
                double[][] value = evaluator.evaluate(m); // a limit K is a whole number (Oracle.withLimits)
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
                        if (!Double.isFinite(index)) {
                            continue; // outside a function's domain at this point
                        }
                        if (!Oracle.close(index, value[r][col])) {
                            fail(c + ": " + Printer.ascii(d.result()) + " read as " + MatrixPrinter.ascii(m) + " at n = "
                                    + n + ", " + labels + ", entry (" + (r + 1) + ", " + (col + 1) + "): " + value[r][col]
                                    + " vs " + index);
                        }
                        compared++;
                    }
                }
            }
        }
        // compared may be 0 where every drawn point lies outside a function's domain (m^(1 - rho), log X)
    }

    @Test
    void theReachResultsWithAMatrixFormAreCountedAndOnlyGrow() {
        List<Case> indexed = cases().filter(c -> !MatrixForm.axes(c.derived().derivation().of(),
                c.derived().derivation().wrt()).isEmpty()).toList();
        long read = indexed.stream().filter(c -> {
            Derivation d = c.derived().derivation();
            return MatrixForm.ofDerivative(d.result(), d.of(), d.wrt(), d.labels()).exists();
        }).count();
        long total = cases().count();
        System.out.println("reach matrix forms: " + read + " of " + indexed.size() + " indexed results (of " + total
                + " derivations) have a matrix form");
        // the others, each with the reason it has none
        for (Case c : indexed) {
            Derivation d = c.derived().derivation();
            MatrixReading r = MatrixForm.ofDerivative(d.result(), d.of(), d.wrt(), d.labels());
            if (!r.exists()) {
                assertTrue(!r.reason().isBlank(), c + ": no matrix form and no reason");
                System.out.println("  none: " + c + ": " + r.reason());
            }
        }
        assertTrue(read >= RECORDED_MATRIX_FORMS, read + " reach results with a matrix form; the record is "
                + RECORDED_MATRIX_FORMS);
    }

    @Test
    void aLabelIsNoAxis() {
        Case c = cases().filter(x -> x.key().equals("word2vec.sg:9")).findFirst().orElseThrow();
        Derivation d = c.derived().derivation();
        // not known as a label, o might be an axis along which the result is constant: no reading
        MatrixReading r = MatrixForm.ofDerivative(d.result(), d.of(), d.wrt());
        assertTrue(!r.exists() && r.reason().contains("[o]"), r.reason());
        // known as the label of y_w = δ_wo, one fixed class: the gradient is a vector over e, U(ŷ − y) (CS224n)
        assertEquals(Set.of("o"), d.labels());
        assertEquals("U @ (yhat - y)", MatrixPrinter.ascii(MatrixForm.ofDerivative(d.result(), d.of(), d.wrt(),
                d.labels()).matrix().orElseThrow()));
        Derivation outside = cases().filter(x -> x.key().equals("word2vec.sg:12")).findFirst().orElseThrow()
                .derived().derivation();
        assertEquals("v @ (yhat - y)^T", MatrixPrinter.ascii(MatrixForm.ofDerivative(outside.result(), outside.of(),
                outside.wrt(), outside.labels()).matrix().orElseThrow()));
        // an index of the variable along which the result is constant still reads: ∂(Σ_k x_k)²/2/∂x_j = (𝟏ᵀx) 𝟏
        assertTrue(MatrixForm.ofDerivative(org.symgrad.parse.Parser.parseExpression("sum(k, x_k)"),
                org.symgrad.parse.Parser.parseExpression("sum(k, x_k)^2/2"), org.symgrad.parse.Parser.parseExpression("x_j")).exists());
    }

    @Test
    void aStrideIsNoAxis() {
        // X_{i*s+p}: s is a size of the index arithmetic, not a free index; the reason is the offset index
        for (String key : List.of("conv-stride.sg:9", "conv-stride.sg:14")) {
            Derivation d = cases().filter(x -> x.key().equals(key)).findFirst().orElseThrow().derived().derivation();
            MatrixReading r = MatrixForm.ofDerivative(d.result(), d.of(), d.wrt());
            assertTrue(!r.exists() && !r.reason().contains("[s]"), key + ": " + r.reason());
        }
        MatrixReading r = MatrixForm.of(org.symgrad.parse.Parser.parseExpression("sum(i, H_i*v_{d*i+r})"), List.of("r"));
        assertTrue(!r.exists() && r.reason().contains("offset index"), r.reason());
    }

    /**
     * Fixed labels with other names, another shape and another loss: each result reads as a matrix
     * over the indices that are no label, and equals its index form for every class the label takes.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            let t_c = delta(c, a)\\nlet p_c = exp(sum_d W_dc*h_d)/sum_m exp(sum_d W_dm*h_d)\\nderive -log(p_a) wrt h_e | W @ (p - t)
            let t_c = delta(c, a)\\nlet p_c = exp(sum_d W_dc*h_d)/sum_m exp(sum_d W_dm*h_d)\\nderive -log(p_a) wrt W_eb  | h @ (p - t)^T
            let t_c = delta(c, a)\\nlet p_c = exp(sum_d W_dc*h_d)/sum_m exp(sum_d W_dm*h_d)\\nderive -sum_c t_c*log(p_c) wrt h_e | W @ (p - t)
            let y_k = delta(k, r)\\nlet s_k = exp(z_k)/sum_m exp(z_m)\\nderive -log(s_r) wrt z_q | s - y
            """)
    void aFixedLabelWithOtherNamesReadsAndIsRight(String script, String matrix) {
        String text = script.replace("\\n", "\n");
        List<Case> read = new ArrayList<>();
        for (Outcome o : Symgrad.run(text)) {
            if (o instanceof Outcome.Derived d) {
                read.add(new Case("inline:" + d.statement().span().line(), d));
            }
        }
        Case c = read.get(read.size() - 1);
        Derivation d = c.derived().derivation();
        MatrixReading r = MatrixForm.ofDerivative(d.result(), d.of(), d.wrt(), d.labels());
        assertEquals(matrix, r.matrix().map(MatrixPrinter::ascii).orElse(r.reason()), Printer.ascii(d.result()));
        assertMatrixFormEqualsIndexForm(c);
    }

    /** Names an assumption Σ_k t_k = 1 (or Σ_k T_rk = 1, every row) normalises. */
    private static Set<String> normalised(Case c) {
        Set<String> out = new LinkedHashSet<>();
        for (AssumeStatement a : c.derived().scope().assumptions()) {
            if (a.lhs() instanceof IndexSum sum && sum.body() instanceof Indexed t
                    && t.indices().get(t.indices().size() - 1).equals(sum.index()) && a.rhs().equals(Exprs.ONE)) {
                out.add(t.name());
            }
        }
        return out;
    }
}
