package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.CheckedDerivatives;

/**
 * A Σ over a sum the input wrote stays folded in the derivative (issue 9, item 5): the factors
 * free of its index are taken out and the written sum is not expanded and split over its terms,
 * with and without the steps recorded. Each form is asserted exactly and against finite
 * differences at every index assignment ({@link CheckedDerivatives}).
 */
class FoldedSumsTest {
    @Test
    void theMeanOfSquaredDeviationsByItsCentre() {
        assertFolded("sum(k, (x_k - mu)^2)/n", "mu", "-2*sum(k, x_k - mu)/n");
        assertFolded("sum(i, (z_i - c)^2)", "c", "-2*sum(i, z_i - c)");
    }

    @Test
    void leastSquaresByItsOffsetAndSlope() {
        assertFolded("sum(i, (w*x_i + b - y_i)^2)/2", "b", "sum(i, w*x_i + b - y_i)");
        assertFolded("sum(i, (w*x_i + b - y_i)^2)/2", "w", "sum(i, x_i*(w*x_i + b - y_i))");
        assertFolded("sum(j, (a*t_j + c - u_j)^2)/2", "a", "sum(j, t_j*(a*t_j + c - u_j))");
        assertFolded("sum(i, (w*x_i + b - y_i)^2)/(2*n)", "b", "sum(i, w*x_i + b - y_i)/n");
        assertFolded("sum(i, (w*x_i + b - y_i)^2)/(2*n)", "w", "sum(i, x_i*(w*x_i + b - y_i))/n");
        assertFolded("mean(i, (w*x_i + b - y_i)^2)", "b", "2*sum(i, w*x_i + b - y_i)/n");
        assertFolded("lambda*w^2/2 + sum(i, (w*x_i - y_i)^2)/2", "w", "lambda*w + sum(i, x_i*(w*x_i - y_i))");
        assertFolded("sum(i, (w*x_i - y_i)^2)/2", "w", "sum(i, x_i*(w*x_i - y_i))");
        assertFolded("sum(i, (y_i - w*x_i)^2)", "w", "-2*sum(i, x_i*(y_i - w*x_i))");
        assertFolded("sum(i, (w*x_i + b - y_i)^2)/2 + lambda*w^2/2", "w", "sum(i, x_i*(w*x_i + b - y_i)) + lambda*w");
    }

    @Test
    void indexedWeightsKeepTheirInnerSum() {
        assertFolded("sum(i, (sum(j, w_j*x_ij) - y_i)^2)", "w_k", "2*sum(i, x_{ik}*(sum(j, w_j*x_{ij}) - y_i))");
        assertFolded("sum(i, (sum(j, w_j*x_ij) - y_i)^2)/2", "w_k", "sum(i, x_{ik}*(sum(j, w_j*x_{ij}) - y_i))");
    }

    /** The steps end on the folded form, taken out of the Σ, and never expand the written sum. */
    @Test
    void theStepsStopAtTheFoldedForm() {
        Derivation d = Deriver.plain().derive(Parser.parseExpression("sum(k, (x_k - mu)^2)/n"), Parser.parseExpression("mu"));
        List<String> rules = d.steps().stream().map(Step::rule).toList();
        assertEquals(FoldedSums.PULL_OUT, rules.get(rules.size() - 1), rules.toString());
        assertTrue(!rules.contains(TermsApart.EXPAND) && !rules.contains(TermsApart.SPLIT), rules.toString());
        assertEquals("sum(k, -2*(x_k - mu))/n", Printer.ascii(d.steps().get(d.steps().size() - 2).expr()));
        assertEquals(List.of(), StepLeaps.checker().of(d));
        assertEquals(List.of(), StepUndos.of(d));
    }

    /** Generated least-squares losses (names, coefficients, scale): the written sum stays, the value is the derivative's. */
    @Test
    void generatedLeastSquaresStayFolded() {
        Random random = new Random(9_005L);
        List<String> indices = List.of("i", "j", "m", "t");
        List<String[]> names = List.of(new String[] {"w", "b", "x", "y"}, new String[] {"a", "c", "u", "v"},
                new String[] {"theta", "beta", "s", "r"});
        for (int n = 0; n < 24; n++) {
            String i = indices.get(random.nextInt(indices.size()));
            String[] v = names.get(random.nextInt(names.size()));
            int p = 1 + random.nextInt(4);
            int q = 1 + random.nextInt(3);
            String body = (p == 1 ? "" : p + "*") + v[0] + "*" + v[2] + "_" + i + " + " + v[1] + " - " + v[3] + "_" + i;
            String input = "sum(" + i + ", (" + body + ")^2)/" + q;
            for (String wrt : List.of(v[0], v[1])) {
                Expr result = CheckedDerivatives.derivativeChecked(input, wrt);
                String printed = Printer.ascii(result);
                assertTrue(printed.contains("sum(" + i + ", ") && printed.contains(body), input + " by " + wrt + ": " + printed);
                assertEquals(printed, Printer.ascii(Deriver.plain().derive(Parser.parseExpression(input),
                        Parser.parseExpression(wrt)).result()), input + " by " + wrt + " with steps");
            }
        }
    }

    private static void assertFolded(String input, String wrt, String expected) {
        CheckedDerivatives.assertDerivative(input, wrt, expected);
        Expr of = Parser.parseExpression(input);
        Expr var = Parser.parseExpression(wrt);
        assertEquals(expected, Printer.ascii(Deriver.plain().derive(of, var).result()), input + " with steps");
        assertEquals(expected, Printer.ascii(Deriver.plain().result(of, var).result()), input + " without steps");
    }
}
