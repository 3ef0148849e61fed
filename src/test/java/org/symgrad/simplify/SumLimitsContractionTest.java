package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.derive.Step;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * Contracting a δ over a sum or product whose limits leave out part of an extent keeps the range
 * condition {@code [lo ≤ j ≤ hi]} (a free index ranges over its variable's extent, which a range
 * from 1 or below to a size name is; RangeIndicator.implied): {@code ∂/∂x_j Σ_{k=2}^{n} x_k = [2 ≤ j ≤ n]}, 0 at j = 1.
 * Every result equals a central finite difference of its input at every assignment of its free
 * indices for n = 3 and 4, with the sizes K = 2 and T = 3, so values of j outside the limits are
 * compared too.
 */
class SumLimitsContractionTest {
    private static Environment environment(long seed, int n) {
        return Environment.random(seed, n).withScalar("K", 2).withScalar("T", 3);
    }

    private static Expr checked(String input, String wrt) {
        Expr e = Parser.parseExpression(input);
        Expr variable = Parser.parseExpression(wrt);
        Expr result = Deriver.plain().derivative(e, variable);
        EveryIndexAssignment.assertSameEverywhere("d/d" + wrt + " " + input, new Derivative(e, variable), result,
                (p, n) -> environment(31 + p, n));
        return result;
    }

    @ParameterizedTest(name = "d/d{1} {0}")
    @CsvSource(delimiter = '|', textBlock = """
            sum_{k=2}^{n} x_k                       | x_j | [2 <= j <= n]
            sum_{k=2}^{n} x_k^2                     | x_j | 2*x_j*[2 <= j <= n]
            sum_{k=1}^{n-1} x_k*y_k                 | x_j | y_j*[1 <= j <= n - 1]
            sum_k x_k                               | x_j | 1
            sum_{k=0}^{n} x_k                       | x_j | 1
            prod_{k=2}^{K} x_k                      | x_j |
            prod_{k=2}^{n} (1 + x_k^2)              | x_j |
            sum_t (h_t - h_{t-1})^2                 | h_j |
            sum_{t=2}^{T} (h_t - h_{t-1})^2         | h_j |
            sum_{t=2}^{n} (h_t - h_{t-1})^2         | h_j |
            sum_{t=1}^{T} sum_{k=2}^{K} W_tk*x_k    | x_j |
            sum_{t=1}^{n} sum_{k=2}^{K} W_tk*x_k    | W_ab |
            """)
    void aContractionOverLimitsStatesTheRangeCondition(String input, String wrt, String form) {
        Expr result = checked(input, wrt);
        if (form != null) {
            assertEquals(form, Printer.ascii(result));
        }
    }

    @Test
    void theSmoothingPenaltyContractsBothDeltas() {
        String printed = Printer.ascii(checked("sum_{t=2}^{T} (h_t - h_{t-1})^2", "h_j"));
        assertTrue(!printed.contains("delta") && !printed.contains("sum"), printed);
        assertTrue(printed.contains("[2 <= j <= T]") && printed.contains("[2 <= j+1 <= T]"), printed);
        assertEquals("2*(h_j - h_{j-1})*[2 <= j <= T] + 2*(h_j - h_{j+1})*[2 <= j+1 <= T]", printed);
        String unlimited = Printer.ascii(checked("sum_t (h_t - h_{t-1})^2", "h_j"));
        assertTrue(!unlimited.contains("delta") && !unlimited.contains("sum"), unlimited);
    }

    @Test
    void theStepCitesTheContractionAndStatesTheCondition() {
        Derivation d = Deriver.plain().derive(Parser.parseExpression("sum_{k=2}^{n} x_k^2"), Parser.parseExpression("x_j"));
        Step contraction = d.steps().stream().filter(s -> s.rules().contains("delta-contraction")).findFirst()
                .orElseThrow(() -> new AssertionError("no delta-contraction step: " + d.steps()));
        String printed = Printer.ascii(contraction.expr());
        assertTrue(printed.contains("[2 <= j <= n]"), printed);
    }

    /**
     * A range from 1 to a size name is the whole extent of the variable it indexes (README): no
     * condition, compared where K = n so every j is an entry.
     */
    @ParameterizedTest(name = "d/d{1} {0}")
    @CsvSource(delimiter = '|', textBlock = """
            sum_{k=1}^{K} x_k                       | x_j | 1
            sum_{k=1}^{K} x_k^2                     | x_j | 2*x_j
            sum_{k=0}^{K} x_k*y_k                   | x_j | y_j
            """)
    void aRangeOverAWholeExtentStatesNoCondition(String input, String wrt, String form) {
        Expr e = Parser.parseExpression(input);
        Expr variable = Parser.parseExpression(wrt);
        Expr result = Deriver.plain().derivative(e, variable);
        EveryIndexAssignment.assertSameEverywhere("d/d" + wrt + " " + input, new Derivative(e, variable), result,
                (p, n) -> Environment.random(41 + p, n).withScalar("K", n));
        assertEquals(form, Printer.ascii(result));
    }

    /**
     * Generated sums and products of a body in x_{k+c} with random integer limits and offsets:
     * the derivative by x_j equals the finite difference at every j, including those the limits
     * leave out.
     */
    @Test
    void generatedLimitsAndOffsetsMatchFiniteDifferences() {
        Random random = new Random(20261130);
        String[] bodies = {"x_{k%s}", "x_{k%s}^2", "y_k*x_{k%s}", "(x_{k%s} - y_k)^2", "sin(x_{k%s})"};
        String[] uppers = {"n", "K", "T", "n-1", "3"};
        for (int trial = 0; trial < 40; trial++) {
            int c = random.nextInt(5) - 2;
            String offset = c == 0 ? "" : c > 0 ? "+" + c : String.valueOf(c);
            String body = bodies[random.nextInt(bodies.length)].formatted(offset);
            int lo = random.nextInt(4);
            String hi = uppers[random.nextInt(uppers.length)];
            if (lo <= 1 && (hi.equals("K") || hi.equals("T"))) {
                hi = "n"; // 1..K is the whole extent of x (README): compared at j beyond K it would not be x's entry
            }
            boolean product = random.nextInt(3) == 0;
            String input = (product ? "prod" : "sum") + "_{k=" + lo + "}^{" + hi + "} " + (product ? "(2 + " + body + ")" : body);
            checked(input, "x_j");
        }
    }
}
