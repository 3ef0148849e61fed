package org.symgrad.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.check.Verdict;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indices;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.script.DeriveStatement;
import org.symgrad.script.LetStatement;
import org.symgrad.script.Statement;

/**
 * The index structure of SPEC §9 in scripts: fixed labels on a definition's right side
 * ({@code let t_w = delta(w, o)}, a one-hot target for one class {@code o}), an {@code assume}
 * with an outer free index ({@code assume sum_k T_rk = 1} for every row r), and broadcasting.
 * Each result is asserted in its textbook form and, with the definitions expanded, against central
 * finite differences at every assignment of the free indices and labels.
 */
class IndexStructureTest {
    private static final String ONE_HOT = """
            let p_k = exp(z_k)/sum_m exp(z_m)
            let t_w = delta(w, o)
            """;

    private static List<Outcome> run(String script) {
        return Symgrad.run(script);
    }

    private static String lastResult(String script) {
        Outcome last = run(script).getLast();
        return switch (last) {
            case Outcome.Derived d -> Printer.ascii(d.derivation().result());
            case Outcome.Simplified s -> Printer.ascii(s.result());
            case Outcome.Checked c -> c.verdicts().toString();
        };
    }

    /**
     * Every derive of {@code script} agrees with the finite difference of its expression, the
     * definitions expanded, at every assignment in 1..3 of the free indices (labels included).
     */
    private static int assertDerivativesMatchFiniteDifferences(String script) {
        Definitions definitions = Definitions.none();
        List<DeriveStatement> derives = new ArrayList<>();
        for (Statement s : Parser.parseScript(script).statements()) {
            if (s instanceof LetStatement let) {
                definitions = definitions.with(new Definition(let.target(), let.body()));
            } else if (s instanceof DeriveStatement d) {
                derives.add(d);
            }
        }
        List<Outcome> outcomes = run(script);
        int compared = 0;
        int next = 0;
        for (Outcome o : outcomes) {
            if (!(o instanceof Outcome.Derived d)) {
                continue;
            }
            DeriveStatement statement = derives.get(next++);
            Expr truth = new Derivative(definitions.expand(statement.of()), statement.wrt());
            Expr result = definitions.expand(d.derivation().result());
            Set<String> free = new TreeSet<>(Indices.free(truth));
            free.addAll(Indices.free(result));
            List<String> names = List.copyOf(free);
            for (int p = 0; p < Math.pow(3, names.size()); p++) {
                Environment env = Environment.random(31 + p, 3);
                int digits = p;
                for (String index : names) {
                    env = env.withBinding(index, 1 + digits % 3);
                    digits /= 3;
                }
                double expected = Evaluator.evaluate(truth, env);
                double actual = Evaluator.evaluate(result, env);
                assertEquals(expected, actual, 1e-6 * Math.max(1, Math.abs(expected)),
                        () -> statement.text() + " = " + Printer.ascii(d.derivation().result()) + " at " + names);
                compared++;
            }
        }
        assertEquals(derives.size(), next);
        return compared;
    }

    @Test
    void aOneHotTargetForAFixedClassIsAFixedLabel() {
        assertEquals("p_j - t_j", lastResult(ONE_HOT + "derive -sum_k t_k*log(p_k) wrt z_j"));
        assertEquals("0", lastResult(ONE_HOT + "derive t_o wrt z_j"));
        assertTrue(((Outcome.Checked) run(ONE_HOT + "check sum_k t_k*x_k = x_o").getLast()).holds());
        assertTrue(assertDerivativesMatchFiniteDifferences(ONE_HOT + """
                derive -sum_k t_k*log(p_k) wrt z_j
                derive -sum_k t_k*log(p_k) wrt z_o
                derive sum_k t_k*p_k wrt z_j
                """) >= 9 + 3 + 9);
    }

    @Test
    void labelSmoothingSumsToOneThroughItsLabel() {
        String script = """
                let p_k = exp(z_k)/sum_m exp(z_m)
                let q_k = (1 - eps)*delta(k, y) + eps/n
                derive -sum_k q_k*log(p_k) wrt z_j
                """;
        assertEquals("p_j - q_j", lastResult(script));
        assertDerivativesMatchFiniteDifferences(script);
    }

    @Test
    void aSumOverTheLetterOfALabelDoesNotCaptureIt() {
        // Σ_o t_o is Σ_m δ_mo = 1 for the fixed o, never Σ_o δ_oo = n
        String script = ONE_HOT + """
                derive -sum_o t_o*log(p_o) wrt z_j
                derive sum_o t_o*z_o wrt z_j
                """;
        assertEquals("t_j", lastResult(script));
        assertTrue(((Outcome.Checked) run(ONE_HOT + "check sum_o t_o = 1").getLast()).holds());
        assertDerivativesMatchFiniteDifferences(script);
    }

    @Test
    void anAssumptionWithAnOuterIndexHoldsForEachValue() {
        String script = """
                let P_rk = exp(F_rk)/sum_m exp(F_rm)
                assume sum_k T_rk = 1
                derive -(1/n)*sum_r sum_k T_rk*log(P_rk) wrt F_ab
                """;
        assertEquals("(P_{ab} - T_{ab})/n", lastResult(script));
        assertTrue(((Outcome.Checked) run("assume sum_k T_rk = 1\ncheck sum_k T_ak*x = x").getLast()).holds());
        // with rows of T that do not sum to 1 the assumption is what makes it hold
        assertEquals(Verdict.Kind.FALSE, ((Outcome.Checked) run("check sum_k T_ak*x = x").getLast()).verdicts().get(0).kind());
    }

    @Test
    void broadcastTermsDifferentiateAsNumPyWould() {
        String script = """
                let l = exp(t)
                let K_ij = exp(-(X_i - X_j)^2/(2*l^2))
                derive K_ij wrt X_m
                derive K_ij wrt t
                let s_j = sum_d W_jd*x_d
                derive sum_j (s_j - s_y + Delta)^2 wrt W_kd
                """;
        assertEquals("K_{ij}*(X_i - X_j)^2/l^2", Printer.ascii(((Outcome.Derived) run(script).get(1)).derivation().result()));
        assertTrue(assertDerivativesMatchFiniteDifferences(script) >= 27 + 9 + 27);
    }
}
