package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * A Σ kept folded ({@link FoldedSums}: the Σ of a sum the input wrote, simplified as one quantity)
 * that a let names is written in the let's name: with {@code x̄ = Σ_i x_i/n} in force the normal
 * log-likelihood's derivative by μ reads {@code (x̄ − μ)/σ²} (stats.SE 495405, gaussian-mle.sg:7),
 * not {@code Σ_i (x_i − μ)/(nσ²)}, and the steps show the Σ split and the name written back. A Σ
 * whose write-back keeps a Σ (a sum of squares) stays folded. Each form asserted with and without
 * steps and checked against central differences at every index assignment.
 */
class FoldedSumNamesTest {

    @Test
    void aMeanLetNamesTheFoldedSumOfDifferences() {
        // (log(s^2)/2 for log σ, so that the oracle may sample σ < 0 too)
        assertDerived("xbar", "1/n*sum_i x_i", "-1/2*log(2*pi) - 1/(2*n*s^2)*sum_i (x_i - mu)^2 - log(s^2)/2", "mu",
                "(xbar - mu)/s^2");
        // other names, a scale outside the Σ, the let written with mean()
        assertDerived("m", "1/n*sum_k y_k", "sum_k (y_k - c)^2/(2*t)", "c", "n*(c - m)/t");
        assertDerived("a", "mean(k, z_k)", "-mean(k, (z_k - b)^2)/2", "b", "a - b");
        // a let of the plain sum
        assertDerived("m", "sum_k y_k", "sum_k (y_k - c)^2/(2*t)", "c", "(c*n - m)/t");
    }

    @Test
    void aFoldedSumOfSquaresStaysFolded() {
        // split term by term with the square kept whole, as stats.SE 495405 writes it (gaussian-mle.sg:10)
        assertDerived("xbar", "1/n*sum_i x_i", "-1/(2*n*s^2)*sum_i (x_i - mu)^2 - log(s^2)/2", "s",
                "sum(i, (x_i - mu)^2)/(n*s^3) - 1/s");
    }

    private static void assertDerived(String target, String body, String of, String wrt, String expected) {
        Definitions definitions = Definitions.none().with(new Definition(parse(target), parse(body)));
        Deriver deriver = new Deriver(definitions, List.of());
        Expr input = parse(of);
        Expr x = parse(wrt);
        Expr plain = deriver.derivative(input, x);
        Derivation stepped = deriver.derive(input, x);
        assertEquals(expected, Printer.ascii(plain), "plain: " + of);
        assertEquals(expected, Printer.ascii(stepped.result()), "steps: " + of);
        assertEquals(List.of(), org.symgrad.derive.StepLeaps.checker().of(stepped), "leaps: " + of);
        EveryIndexAssignment.assertSameEverywhere(of, new Derivative(definitions.expand(input), x),
                definitions.expand(plain), Environment::random);
    }

    private static Expr parse(String s) {
        return Parser.parseExpression(s);
    }
}
