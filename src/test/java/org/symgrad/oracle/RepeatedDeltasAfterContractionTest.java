package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.derive.Step;
import org.symgrad.derive.StepLeaps;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;

/**
 * The steps after a δ contraction go on where a later line writes a δ that line held more often (brief code13 item
 * 2): {@link StepLog} refused every line with more δs than the contraction left, so a fraction put over one bar,
 * which repeats the δ_ij of one term ({@code 2x_j y_i²/(1 + x_j² y_i²) + δ_ij} is
 * {@code (δ_ij x_j² y_i² + 2x_j y_i² + δ_ij)/(1 + x_j² y_i²)}), was refused, and the result was then written over
 * the contraction and every step after it: one line from the δs to the result, cited as substitute-definition
 * (a plain derivation has no definition), a leap. Now a line brings back δs only where it shows more δs and a δ
 * (bound indices read alike) no line since the contraction showed. Found by a seeded run over random indexed
 * expressions (RandomExprs seeds 0–39, 40 each: 3 leaps, all of this kind, now 0), kept here as regression cases.
 */
class RepeatedDeltasAfterContractionTest {
    private static final Expr XJ = new Indexed("x", List.of("j"));

    /** The random expressions of the seeded run that leapt: seed, position in the seed's sequence. */
    @ParameterizedTest(name = "seed {0}, expression {1}")
    @CsvSource({"8, 19", "9, 21", "31, 25"})
    void theSeededCasesShowTheContractionAndDoNotLeap(long seed, int position) {
        RandomExprs gen = new RandomExprs(seed);
        Expr e = null;
        for (int t = 0; t <= position; t++) {
            e = gen.nextIndexed(t % 2 == 0 ? Set.of() : Set.of("i"), 3);
        }
        assertStepsGoOnAfterTheContraction(e, XJ);
    }

    /** The same shapes written out, with other names. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "sum(j, log(1 + (y_i*x_j)^2)) + x_i + sum(j, delta(i,j))",
            "sum(m, log(1 + (b_p*a_m)^2)) + a_p + sum(m, delta(p,m))",
            "sum(k, delta(3,k)*x_k)*sum(j, delta(i,j)*(y_i*x_j + W_ij))",
            "x_i/(1 + x_j^2) + sum(k, x_k*delta(i,k))",
    })
    void writtenOutWithOtherNames(String input) {
        Expr e = Parser.parseExpression(input);
        Expr wrt = input.contains("a_") ? new Indexed("a", List.of("q")) : XJ;
        assertStepsGoOnAfterTheContraction(e, wrt);
    }

    private static void assertStepsGoOnAfterTheContraction(Expr e, Expr wrt) {
        Derivation d = Deriver.plain().derive(e, wrt);
        String shown = Printer.ascii(e) + ":\n" + String.join("\n", d.steps().stream()
                .map(s -> s.rule() + ": " + Printer.ascii(s.expr())).toList());
        assertEquals(List.of(), StepLeaps.checker().of(d), shown);
        List<String> rules = d.steps().stream().map(Step::rule).toList();
        assertTrue(rules.stream().anyMatch(r -> r.contains("delta-contraction")), shown);
        assertTrue(rules.stream().noneMatch(r -> r.contains("substitute-definition")), shown);
        assertValuesEqualTheTrueDerivative(e, wrt, d, shown);
    }

    /** Every step equals the derivative by central differences at random points and index values. */
    private static void assertValuesEqualTheTrueDerivative(Expr e, Expr wrt, Derivation d, String shown) {
        Oracle oracle = new Oracle(Definitions.none(), Set.of(), 3);
        int compared = 0;
        for (long seed = 0; seed < 3; seed++) {
            Environment base = oracle.environment(seed);
            for (Map<String, Integer> b : oracle.bindings(Oracle.freeIndices(e, wrt), 9, seed)) {
                Environment env = Oracle.bind(base, b);
                double truth = oracle.derivative(e, wrt, env);
                if (!Double.isFinite(truth)) {
                    continue;
                }
                for (Step step : d.steps().subList(1, d.steps().size())) {
                    double value = oracle.value(step.expr(), Set.of(Oracle.nameOf(wrt)), env);
                    if (!Oracle.close(truth, value)) {
                        fail(shown + "\nstep (" + step.rule() + ") at " + b + ": " + value + ", true derivative " + truth);
                    }
                    compared++;
                }
            }
        }
        assertTrue(compared > 0, shown);
    }
}
