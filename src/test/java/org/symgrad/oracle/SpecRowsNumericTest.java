package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.derive.Derivation;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.simplify.Simplifier;

/**
 * Every row of SPEC §4, run from its {@code examples/*.sg} script, checked independently: the
 * result (and the SPEC's own form of it) with the definitions substituted equals a central finite
 * difference of the input with the definitions substituted, at random values, with n = 3 and 4
 * and the free indices bound to every combination of concrete values (equal ones included, so
 * δ matters). Assumed sums {@code Σ t = 1} hold in the environment. Also the exact ASCII result.
 */
class SpecRowsNumericTest {
    private static final long[] SEEDS = {11, 12};
    private static final int[] DIMENSIONS = {3, 4};
    private static final int MAX_BINDINGS = 30;

    /**
     * One SPEC §4 row: the example script, which of its {@code derive} statements, the SPEC input
     * and variable, the exact ASCII symgrad prints, and the SPEC's result (equal up to order).
     */
    record Row(String script, int ordinal, String input, String wrt, String ascii, String spec) {
        @Override
        public String toString() {
            return input + " wrt " + wrt;
        }
    }

    static final List<Row> ROWS = List.of(
            new Row("sigmoid.sg", 0, "sigma(x)", "x", "sigma(x)*(1 - sigma(x))", "sigma(x)*(1 - sigma(x))"),
            new Row("softplus.sg", 0, "softplus(x)", "x", "sigma(x)", "sigma(x)"),
            new Row("tanh.sg", 0, "tanh(x)", "x", "1 - tanh(x)^2", "1 - tanh(x)^2"),
            new Row("log-sigmoid.sg", 0, "log(sigma(x))", "x", "1 - sigma(x)", "1 - sigma(x)"),
            new Row("bce.sg", 0, "-(y*log(sigma(o)) + (1-y)*log(1-sigma(o)))", "o", "sigma(o) - y", "sigma(o) - y"),
            new Row("mse.sg", 0, "(sigma(o) - y)^2", "o", "2*sigma(o)*(1 - sigma(o))*(sigma(o) - y)",
                    "2*(sigma(o) - y)*sigma(o)*(1 - sigma(o))"),
            new Row("softmax.sg", 0, "y_i", "x_j", "y_i*(delta(i,j) - y_j)", "y_i*(delta(i,j) - y_j)"),
            new Row("softmax-temperature.sg", 0, "y_i", "x_j", "beta*y_i*(delta(i,j) - y_j)",
                    "beta*y_i*(delta(i,j) - y_j)"),
            new Row("cross-entropy-softmax.sg", 0, "-sum_i t_i*log(y_i)", "z_j", "y_j - t_j", "y_j - t_j"),
            new Row("log-softmax.sg", 0, "log(y_i)", "x_j", "delta(i,j) - y_j", "delta(i,j) - y_j"),
            new Row("linear-layer.sg", 0, "y_i", "W_kl", "x_l*delta(i,k)", "delta(i,k)*x_l"),
            new Row("linear-layer.sg", 1, "L(y)", "W_kl", "diff(L(y), y_k)*x_l", "diff(L(y), y_k)*x_l"),
            new Row("two-layer-network.sg", 0, "E", "W_ab", "h_a*x_b*(1 - h_a)*sum(k, V_{ka}*(y_k - t_k))",
                    "sum(k, (y_k - t_k)*V_{ka})*h_a*(1 - h_a)*x_b"));

    static Stream<Arguments> rows() {
        return ROWS.stream().map(r -> Arguments.of(r, ExampleDerivations.of(ExampleDerivations.EXAMPLES.resolve(r.script()))
                .get(r.ordinal())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void exampleDerivesTheSpecRowInExactlyThisForm(Row row, ExampleDerivations.Case c) {
        Derivation d = c.derivation();
        assertEquals(Parser.parseExpression(row.input()), d.of(), "the example's input is the SPEC row's");
        assertEquals(Parser.parseExpression(row.wrt()), d.wrt(), "the example's variable is the SPEC row's");
        assertEquals(row.ascii(), Printer.ascii(d.result()));
        assertEquals(Simplifier.simplifyPlain(Parser.parseExpression(row.spec())), Simplifier.simplifyPlain(d.result()),
                "the result equals the SPEC's up to the order of factors and terms");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void resultEqualsFiniteDifferenceOfTheInput(Row row, ExampleDerivations.Case c) {
        Derivation d = c.derivation();
        Expr spec = Parser.parseExpression(row.spec());
        int compared = 0;
        for (int n : DIMENSIONS) {
            Oracle oracle = c.oracle(n);
            if (!mentionsAbstractFunction(d.of())) {
                assertEquals(c.definitions().expand(d.of()), oracle.forEval(d.of(), Set.of()),
                        "the oracle expands the input as Definitions.expand does");
            }
            for (long seed : SEEDS) {
                Environment base = oracle.environment(seed * 100 + n);
                for (Map<String, Integer> b : oracle.bindings(Oracle.freeIndices(d.of(), d.wrt()), MAX_BINDINGS, seed)) {
                    Environment env = Oracle.bind(base, b);
                    double truth = oracle.derivative(d.of(), d.wrt(), env);
                    assertTrue(Double.isFinite(truth), "finite difference at " + b);
                    double result = oracle.value(d.result(), Set.of(), env);
                    double specValue = oracle.value(spec, Set.of(), env);
                    if (!Oracle.close(truth, result) || !Oracle.close(truth, specValue)) {
                        fail(row + " at n = " + n + ", seed " + seed + ", " + b + ": finite difference " + truth
                                + ", symgrad's " + Printer.ascii(d.result()) + " = " + result
                                + ", SPEC's " + row.spec() + " = " + specValue);
                    }
                    if (!mentionsAbstractFunction(d.of())) {
                        // the same check with the library's own expansion of definitions
                        double expanded = Evaluator.evaluate(c.definitions().expand(d.result()), env);
                        assertTrue(Oracle.close(truth, expanded), row + " at " + b + ": Definitions.expand gives "
                                + expanded + ", finite difference " + truth);
                    }
                    compared++;
                }
            }
        }
        assertTrue(compared >= 4, "compared at " + compared + " points");
    }

    /** Plausible wrong answers (the seeds' kind of mistake): the oracle must reject each. */
    static Stream<Arguments> wrongAnswers() {
        return Stream.of(
                Arguments.of(ROWS.get(3), "sigma(x)"),
                Arguments.of(ROWS.get(5), "2*(sigma(o) - y)*sigma(o)"),
                Arguments.of(ROWS.get(6), "y_i*(delta(i,j) - y_i)"),
                Arguments.of(ROWS.get(7), "y_i*(delta(i,j) - y_j)"),
                Arguments.of(ROWS.get(8), "y_j - 2*t_j"),
                Arguments.of(ROWS.get(10), "delta(i,l)*x_k"),
                Arguments.of(ROWS.get(11), "diff(L(y), y_l)*x_k"),
                Arguments.of(ROWS.get(12), "sum(k, (y_k - t_k)*V_{ka})*h_a*x_b"));
    }

    @ParameterizedTest(name = "{0}: not {1}")
    @MethodSource("wrongAnswers")
    void oracleRejectsAWrongAnswer(Row row, String wrong) {
        ExampleDerivations.Case c = ExampleDerivations.of(ExampleDerivations.EXAMPLES.resolve(row.script()))
                .get(row.ordinal());
        Oracle oracle = c.oracle(3);
        Expr answer = Parser.parseExpression(wrong);
        Environment base = oracle.environment(5);
        for (Map<String, Integer> b : oracle.bindings(Oracle.freeIndices(c.derivation().of(), c.derivation().wrt()),
                MAX_BINDINGS, 5)) {
            Environment env = Oracle.bind(base, b);
            if (!Oracle.close(oracle.derivative(c.derivation().of(), c.derivation().wrt(), env),
                    oracle.value(answer, Set.of(), env))) {
                return;
            }
        }
        fail("the oracle accepted the wrong answer " + wrong + " for " + row);
    }

    /** {@code L(y)}: {@code Definitions.expand} keeps the vector name, so only the oracle's expansion applies. */
    private static boolean mentionsAbstractFunction(Expr e) {
        return e instanceof org.symgrad.expr.Fn f && !org.symgrad.functions.FunctionRegistry.isKnown(f.name())
                || org.symgrad.expr.Exprs.children(e).stream().anyMatch(SpecRowsNumericTest::mentionsAbstractFunction);
    }
}
