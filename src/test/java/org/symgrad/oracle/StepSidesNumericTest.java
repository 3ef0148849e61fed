package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Step;
import org.symgrad.derive.StepLeaps;
import org.symgrad.eval.Environment;
import org.symgrad.print.Printer;

/**
 * Issue 9 standard, "each step checked": both sides of every step of a derivation are equal at
 * random points (the line before and the line after, each against the true derivative by finite
 * differences), and no step does more than the rules it cites ({@link StepLeaps}). The cases are
 * the δ contraction of a Σ of squared deviations from a mean over a constant denominator the input
 * wrote as a difference ({@code Σ_i (z_i − u)²/(1 − N)}): each step is shown with the differences as
 * the input wrote them, and the contraction once turned {@code −Σ_i −2nδ_ij(z_i − u)/…} into
 * {@code −2n(u − z_j)/…}, equal in value but a turn the contraction does not make. Now the
 * contraction's line reads the difference as the line before it does ({@code + 2n(z_j − u)/…}).
 */
class StepSidesNumericTest {
    private static final long[] SEEDS = {31, 32};
    private static final int MAX_BINDINGS = 9;
    private static final StepLeaps LEAPS = StepLeaps.checker();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // the case seen (SESSION 15, forms11), and with other names and another constant
            "let u = mean(k, z_k)\nderive sum_i (z_i - u)^2/(1 - N) wrt z_j",
            "let m = mean(p, y_p)\nderive sum_n (y_n - m)^2/(2 - M) wrt y_q",
            // two constants; the same written the other way round; another power
            "let u = mean(k, z_k)\nderive sum_i (z_i - u)^2/(1 - N)/(2 - M) wrt z_j",
            "let u = mean(k, z_k)\nderive sum_i (z_i - u)^2/(N - 1) wrt z_j",
            "let u = mean(k, z_k)\nderive sum_i (u - z_i)^2/(3 - c) wrt z_j",
            "let u = mean(k, z_k)\nderive sum_i (z_i - u)^4/(5 - N) wrt z_j",
            // another reduction: the deviation from a sum
            "let s = sum(k, z_k)\nderive sum_i (z_i - s)^2/(1 - N) wrt z_j",
            // the mean under a let, the whole statistic a let, the mean inline, a term beside it
            "let u = mean(k, z_k)\nlet v = sum_i (z_i - u)^2/(1 - N)\nderive v wrt z_j",
            "derive sum_i (z_i - mean(k, z_k))^2/(1 - N) wrt z_j",
            "let mu = mean(a, x_a)\nderive sum_b (x_b - mu)^2/(1 - T) + sum_b abs(x_b) wrt x_c",
    })
    void bothSidesOfEveryStepAreEqualAndNoStepLeaps(String script) {
        for (ExampleDerivations.Case c : ExampleDerivations.of("inline", script)) {
            checkSteps(c.derivation(), c.oracle(3), c.toString());
        }
    }

    @Test
    void theContractionReadsTheDifferenceAsTheLineBefore() {
        List<ExampleDerivations.Case> cases = ExampleDerivations.of("inline",
                "let u = mean(k, z_k)\nderive sum_i (z_i - u)^2/(1 - N) wrt z_j");
        Derivation d = cases.get(0).derivation();
        Step contraction = d.steps().stream().filter(s -> s.rules().contains("delta-contraction")).findFirst()
                .orElseThrow(() -> new AssertionError("no δ contraction in " + d.steps()));
        String line = Printer.ascii(contraction.expr());
        assertTrue(line.contains("(z_j - u)") && !line.contains("(u - z_j)"), line);
        assertEquals("2*(z_j - u)/(1 - N)", Printer.ascii(d.result()));
    }

    /** Checks {@code d}'s steps and its sub-derivations': each side of each step at random points, and no leap. */
    static void checkSteps(Derivation d, Oracle oracle, String where) {
        for (Derivation inner : d.inner()) {
            checkSteps(inner, oracle, where + " / inner d" + Printer.ascii(inner.of()) + "/d" + Printer.ascii(inner.wrt()));
        }
        assertEquals(List.of(), LEAPS.of(d), () -> where + ": leaps in " + d.steps());
        Set<String> held = Set.of(Oracle.nameOf(d.wrt()));
        int compared = 0;
        for (long seed : SEEDS) {
            Environment base = oracle.environment(seed);
            for (Map<String, Integer> b : oracle.bindings(Oracle.freeIndices(d.of(), d.wrt()), MAX_BINDINGS, seed)) {
                Environment env = Oracle.bind(base, b);
                double truth = oracle.derivative(d.of(), d.wrt(), env);
                assertTrue(Double.isFinite(truth), where + ": finite difference at " + b);
                double before = truth;
                for (int s = 0; s < d.steps().size(); s++) {
                    Step step = d.steps().get(s);
                    double after = oracle.value(step.expr(), held, env);
                    if (!Oracle.close(before, after) || !Oracle.close(truth, after)) {
                        fail(where + ": step " + s + " (" + step.rule() + ") " + Printer.ascii(step.expr()) + "\n  at seed "
                                + seed + ", " + b + ": " + after + ", the line before " + before + ", true derivative " + truth);
                    }
                    before = after;
                    compared++;
                }
            }
        }
        assertTrue(compared >= d.steps().size(), where + ": compared " + compared);
    }
}
