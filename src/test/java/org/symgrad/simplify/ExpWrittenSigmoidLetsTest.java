package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * A let that is σ written with exps ({@code f = 1/(1 + exp(−x))}, Platt's
 * {@code p_i = 1/(1 + exp(A f_i + B))}, {@code q = exp(z)/(1 + exp(z))}) is written back like a let
 * of σ itself: its body's {@code 1 + e^u} is a sum no atom rule solves, so the rule is solved in
 * the function's name ({@code σ(x) → f}, {@code σ(A f_i + B) → 1 − p_i}) and tried again after the
 * simplifier's write-backs in named functions, which are what turn a result's exps into σ. Platt
 * scaling's gradient is then Lin, Lin &amp; Weng's {@code Σ_i f_i (t_i − p_i)} (platt-scaling.sg), not
 * {@code Σ_i f_i σ(A f_i + B)(1 − σ(A f_i + B))(t_i − p_i)/(p_i (1 − p_i))}. Each form asserted on the
 * plain path and on the path with steps, and checked against the numeric derivative.
 */
class ExpWrittenSigmoidLetsTest {

    @Test
    void theLogisticFunctionWrittenWithExpReadsInItsName() {
        assertDerived("f", "1/(1 + exp(-x))", "f", "x", "f*(1 - f)");
        assertDerived("f", "1/(1 + exp(-x))", "log(1 - f)", "x", "-f");
        // other names, σ as the quotient of exps, a scaled argument
        assertDerived("q", "exp(z)/(1 + exp(z))", "log(q)", "z", "1 - q");
        assertDerived("s", "1/(1 + exp(-(w*v + b)))", "log(s)", "w", "v*(1 - s)");
    }

    @Test
    void theComplementOfTheLogisticFunctionReadsInItsName() {
        // Platt scaling's p = 1/(1 + exp(A f + B)) is 1 − σ(A f + B)
        assertDerived("p", "1/(1 + exp(A*g + B))", "-t*log(p) - (1 - t)*log(1 - p)", "A", "g*(t - p)");
        assertDerived("p_i", "1/(1 + exp(A*g_i + B))", "-sum_i (t_i*log(p_i) + (1 - t_i)*log(1 - p_i))", "B",
                "sum(i, t_i - p_i)");
        assertDerived("r", "1/(1 + exp(u))", "log(r)", "u", "r - 1");
    }

    private static void assertDerived(String target, String body, String of, String wrt, String expected) {
        LetDerivatives.assertDerived(target, body, of, wrt, expected, seed -> Environment.random(seed, 3)
                .withBinding("j", 1 + (int) (seed % 3))
                .withScalar("t", 0.3).withIndexed("t", 0.2, 1).withIndexed("t", 0.7, 2).withIndexed("t", 0.4, 3));
    }
}
