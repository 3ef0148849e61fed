package org.symgrad.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.expr.Expr;
import org.symgrad.print.Printer;

/** {@code mean(k, body)} and {@code mean_k body} are {@code (1/n) Σ_k body} over the index's range. */
class ReductionsTest {
    private static Expr parse(String text) {
        return Parser.parseExpression(text);
    }

    /** The two read the same up to the order of factors. */
    private static void same(String expected, String actual) {
        assertEquals(Symgrad.simplify(parse(expected)), Symgrad.simplify(parse(actual)), actual);
    }

    @Test
    void aMeanIsTheSumOverTheRangeDividedByItsSize() {
        same("sum(k, x_k)/n", "mean(k, x_k)");
        same("sum_k x_k^2/n", "mean_k x_k^2");
        same("sum_{k=2}^{m} x_k/(m - 1)", "mean(k, 2, m, x_k)");
        same("sum_{b=1}^{B} (X_{bd} - mu_d)^2/B", "mean_{b=1}^{B} (X_{bd} - mu_d)^2");
        same("sum(k, 1, 3, y_k)/3", "mean (k, 1, 3, y_k)");
    }

    @Test
    void theDerivativeOfAMeanDividesByTheRangeSize() {
        Expr x = Symgrad.variable("x_j");
        assertEquals("1/n", Printer.ascii(Symgrad.simplify(Symgrad.differentiate(parse("mean(k, x_k)"), x))));
        assertEquals("2*x_j/n", Printer.ascii(Symgrad.simplify(Symgrad.differentiate(parse("mean_k x_k^2"), x))));
    }
}
