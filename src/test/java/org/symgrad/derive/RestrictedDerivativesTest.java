package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Variable;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * The product rule over an index in the form every book prints (issue 9):
 * {@code ∂/∂x_j Π_k x_k = Π_{k≠j} x_k}, the factor for k = j outside and the rest restricted;
 * the steps cite their rules and read forward; and every derivative of a restricted product or sum
 * equals central finite differences at every assignment of its free indices.
 */
class RestrictedDerivativesTest {

    @ParameterizedTest(name = "d/d{1} {0}")
    @CsvSource(delimiter = '|', textBlock = """
            prod(k, x_k)                | x_j | prod(k != j, x_k)                          | ∏_{k≠j} x_k
            prod(k, x_k^2)              | x_j | 2*x_j*prod(k != j, x_k^2)                  | 2x_j(∏_{k≠j} x_k²)
            prod_k (1 + x_k^2)          | x_j | 2*x_j*prod(k != j, x_k^2 + 1)              | 2x_j(∏_{k≠j} (x_k² + 1))
            prod(k, y*x_k + sin(x_k))   | x_j | (y + cos(x_j))*prod(k != j, y*x_k + sin(x_k)) | (y + cos(x_j))(∏_{k≠j} (y x_k + sin(x_k)))
            prod(k, x_k)                | x_2 | prod(k != 2, x_k)                          | ∏_{k≠2} x_k
            """)
    void theFactorForTheVariableComesOutAndTheRestIsRestricted(String of, String wrt, String ascii, String unicode) {
        Expr d = Symgrad.simplify(Symgrad.differentiate(Symgrad.parse(of), Symgrad.variable(wrt)));
        assertEquals(ascii, Printer.ascii(d));
        assertEquals(unicode, Printer.unicode(d));
    }

    @Test
    void theStepsCiteTheProductRuleOverAnIndexAndReadForward() {
        Derivation d = Symgrad.derive(Symgrad.parse("prod(k, x_k)"), Symgrad.variable("x_j"));
        List<String> rules = d.steps().stream().skip(1).map(Step::rule).toList();
        assertEquals(List.of("derivative-of-product-over-index", "index-derivative", "delta-contraction"), rules);
        List<String> shown = d.steps().stream().map(s -> Printer.ascii(s.expr())).toList();
        assertEquals(List.of("diff(prod(k, x_k), x_j)", "sum(m, diff(x_m, x_j)*prod(k != m, x_k))",
                "sum(m, delta(m,j)*prod(k != m, x_k))", "prod(k != j, x_k)"), shown);
    }

    @Test
    void noStepOfASquaredProductRepeatsTheOneBefore() {
        Derivation d = Symgrad.derive(Symgrad.parse("prod(k, x_k^2)"), Symgrad.variable("x_j"));
        List<String> shown = d.steps().stream().map(s -> Printer.ascii(s.expr())).toList();
        assertEquals(shown.size(), new TreeSet<>(shown).size(), "a step repeats: " + shown);
        assertEquals("2*x_j*prod(k != j, x_k^2)", shown.get(shown.size() - 1));
        Set<Expr> keys = new java.util.HashSet<>();
        for (Step s : d.steps()) {
            assertTrue(keys.add(StepLog.key(s.expr())), "a step comes back to an earlier one: " + shown);
        }
    }

    @Test
    void derivativesOfRestrictedReductionsEqualFiniteDifferencesAtEveryIndexAssignment() {
        int compared = 0;
        for (String e : List.of("prod(k != j, x_k)", "prod(k != i, x_k^2 + y)", "sum(k != j, x_k*y)",
                "y*prod(k != i, 1 + W_{ik}*x_k)", "log(1 + prod_{k != j} x_k^2)", "prod(k, x_k)*sum_{k != i} x_k",
                "prod(k != 2, exp(y*x_k))", "prod(k != j, sum(m != k, x_m))")) {
            for (String wrt : List.of("x_j", "x_i", "y", "x_2")) {
                compared += check(Symgrad.parse(e), (Variable) Symgrad.variable(wrt));
            }
        }
        assertTrue(compared >= 600, compared + " points");
    }

    private static int check(Expr e, Variable wrt) {
        Expr derivative = Symgrad.simplify(Symgrad.differentiate(e, wrt));
        Set<String> free = new TreeSet<>(Indices.free(e));
        free.addAll(Indices.free(wrt));
        assertTrue(free.containsAll(Indices.free(derivative)), "no index leaks: " + Printer.ascii(derivative));
        int compared = 0;
        for (int n = 3; n <= 4; n++) {
            for (Map<String, Integer> b : EveryIndexAssignment.bindings(new ArrayList<>(free), n)) {
                for (long seed = 0; seed < 2; seed++) {
                    Environment env = Environment.random(seed * 31 + n, n);
                    for (Map.Entry<String, Integer> x : b.entrySet()) {
                        env = env.withBinding(x.getKey(), x.getValue());
                    }
                    double h = 1e-5;
                    double numeric = (at(e, wrt, env, h) - at(e, wrt, env, -h)) / (2 * h);
                    double symbolic = Evaluator.evaluate(derivative, env);
                    assertFalse(Double.isNaN(numeric));
                    assertEquals(numeric, symbolic, 1e-5 * Math.max(1, Math.abs(numeric)),
                            "d/d" + wrt + " " + Printer.ascii(e) + " = " + Printer.ascii(derivative) + " at " + b);
                    compared++;
                }
            }
        }
        return compared;
    }

    /** {@code e} with the variable moved by {@code h}. */
    private static double at(Expr e, Variable wrt, Environment env, double h) {
        if (wrt instanceof Indexed x) {
            String i = x.indices().get(0);
            int index = env.binding(i).isPresent() ? env.binding(i).getAsInt() : Integer.parseInt(i);
            return Evaluator.evaluate(e, env.withIndexed(x.name(), env.indexed(x.name(), index) + h, index));
        }
        return Evaluator.evaluate(e, env.withScalar(wrt.name(), env.scalar(wrt.name()) + h));
    }
}
