package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.oracle.TextbookFormsTest.assertDerives;
import static org.symgrad.oracle.TextbookFormsTest.range;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Derivation;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;

/**
 * The sums and fractions a textbook writes term by term, each result checked against a central
 * finite difference ({@link TextbookFormsTest#assertDerives}): partial fractions over the
 * denominators differentiation wrote ({@code partial-fractions}), a multiple of n taken into the Σ
 * whose body the input wrote ({@code constant-into-sum}), and a term at a one-hot let's label
 * joined to its sibling Σ ({@code fixed-label-into-sum}).
 */
class WrittenSumFormsTest {
    private static final Map<String, double[]> PROBABILITY = Map.of("p", range(0.1, 0.4), "x", range(0, 1),
            "a", range(1.5, 3), "b", range(1.5, 3));

    @Test
    void scoresOfLogDensitiesStayOverTheirOwnDenominators() {
        assertDerives("derive (a - 1)*log(p) + (b - 1)*log(1 - p) wrt p", "(a - 1)/p - (b - 1)/(1 - p)", PROBABILITY);
        assertDerives("derive diff((a - 1)*log(p) + (b - 1)*log(1 - p), p) wrt p", "-(a - 1)/p^2 - (b - 1)/(1 - p)^2",
                PROBABILITY);
        assertDerives("derive 3*log(p) - 2*log(2 + p) + log(1 - 2*p) wrt p", "3/p - 2/(2 + p) - 2/(1 - 2*p)", PROBABILITY);
    }

    @Test
    void aConstantJoinsTheSumWhoseBodyTheInputWrote() {
        assertDerives("derive log(prod(i, p^(x_i)*(1 - p)^(1 - x_i))) wrt p", "sum(i, x_i)/p - sum(i, 1 - x_i)/(1 - p)",
                PROBABILITY);
        assertDerives("derive sum(i, x_i*log(p) + (1 - x_i)*log(1 - p)) wrt p", "sum(i, x_i)/p - sum(i, 1 - x_i)/(1 - p)",
                PROBABILITY);
        // the input wrote n − Σ_i x_i, not Σ_i (1 − x_i): it stays so
        assertDerives("derive sum(i, x_i)*log(p) + (n - sum(i, x_i))*log(1 - p) wrt p",
                "sum(i, x_i)/p - (n - sum(i, x_i))/(1 - p)", PROBABILITY);
    }

    @Test
    void aFractionTheInputWroteWholeStaysWhole() {
        assertEquals("(1 + 2*x)/(x*(1 + x))", Printer.ascii(Symgrad.simplify(Symgrad.parse("(1 + 2*x)/(x*(1 + x))"))));
    }

    @Test
    void aTermAtAOneHotLabelJoinsItsSiblingSum() {
        assertDerives("let y_w = delta(w, o)\nlet yhat_w = exp(sum_d U_dw*v_d)/sum_m exp(sum_d U_dm*v_d)\n"
                + "derive -log(yhat_o) wrt v_e", "sum(m, U_{em}*(yhat_m - y_m))", Map.of());
        // over the words m, as the input's Σ_m exp(Σ_d U_dm v_d) sums (WrittenBoundNames), not over the dimensions' d
        assertDerives("let y_w = delta(w, o)\nlet s_k = sum(d, A_kd*v_d)\nderive log(sum(k, exp(s_k))) - s_o wrt v_e",
                "sum(k, A_{ke}*(softmax(s)_k - y_k))", Map.of());
    }

    /**
     * Over generated log-likelihoods {@code Σ_j c_j log(L_j)} with two or three linear factors L_j of
     * p and whole coefficients: the first and second derivatives equal the finite difference and
     * print as one fraction per factor and power, no denominator a product of two factors.
     */
    @Test
    void generatedScoresSplitIntoOneFractionPerFactor() {
        String[] factors = {"p", "1 - p", "2 + p", "3 - 2*p", "1 + 3*p"};
        Random random = new Random(29);
        int split = 0;
        for (int t = 0; t < 12; t++) {
            List<String> terms = new ArrayList<>();
            int count = 2 + random.nextInt(2);
            List<Integer> chosen = new ArrayList<>();
            while (chosen.size() < count) {
                int f = random.nextInt(factors.length);
                if (!chosen.contains(f)) {
                    chosen.add(f);
                }
            }
            for (int f : chosen) {
                int c = (1 + random.nextInt(4)) * (random.nextBoolean() ? 1 : -1);
                terms.add(c + "*log(" + factors[f] + ")");
            }
            String sum = String.join(" + ", terms);
            for (String script : List.of("derive " + sum + " wrt p", "derive diff(" + sum + ", p) wrt p")) {
                assertDerives(script, printed(script), Map.of("p", range(0.05, 0.3)));
                Expr result = derived(script);
                if (result instanceof Add a) {
                    split++;
                    for (Expr term : a.terms()) {
                        assertTrue(denominators(term) <= 1, script + " printed " + Printer.ascii(result));
                    }
                }
            }
        }
        assertTrue(split >= 20, "only " + split + " results were sums of fractions");
    }

    private static Expr derived(String script) {
        List<Outcome> outcomes = Symgrad.run(script);
        Derivation d = ((Outcome.Derived) outcomes.get(outcomes.size() - 1)).derivation();
        return d.result();
    }

    private static String printed(String script) {
        return Printer.ascii(derived(script));
    }

    /** How many distinct factors the term divides by. */
    private static int denominators(Expr term) {
        int out = 0;
        for (Expr f : term instanceof Mul m ? m.factors() : List.of(term)) {
            if (f instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0) {
                out += p.base() instanceof Mul inner ? inner.factors().size() : 1;
            }
        }
        return out;
    }
}
