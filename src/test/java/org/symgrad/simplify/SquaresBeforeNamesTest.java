package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Deriver;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * A square of a difference that the textbook form gathers back ({@link BinomialSquares}) is not
 * multiplied out to write a let's name over one of its parts: with {@code x̄ = Σ_i x_i/n} in force
 * the Gaussian log-likelihood's derivative by σ keeps {@code Σ_i (x_i − μ)²} (stats.SE 495405,
 * {@code gaussian-mle.sg:10}), not {@code n(μ² − 2μx̄ − σ²) + Σ_i x_i²}. A write-back where no
 * square is at stake is made as before. Each derived form checked against central differences.
 */
class SquaresBeforeNamesTest {

    @Test
    void aSumOfSquaresKeepsItsSquareBesideALetOfThePlainSum() {
        OrientationsAsWrittenTest.assertDerived(
                // (log(s²)/2 for log σ, so that the oracle may sample σ < 0 too)
                "let xbar = 1/n*sum_i x_i\nderive -1/(2*n*s^2)*sum_i (x_i - mu)^2 - log(s^2)/2 wrt s\n",
                // split term by term with the square kept whole (SquaresBeforeTermsTest)
                "sum(i, (x_i - mu)^2)/(n*s^3) - 1/s");
        // other names, the let an unscaled sum, the square over a product
        OrientationsAsWrittenTest.assertDerived("let m = sum_k y_k\nderive sum_k (y_k - c)^2/(2*t) wrt t\n",
                "-sum(k, (y_k - c)^2)/(2*t^2)");
    }

    @Test
    void simplifyKeepsTheSquareAndStillWritesTheNameWhereNoSquareIsAtStake() {
        Deriver withM = new Deriver(Definitions.none().with(new Definition(parse("m"), parse("sum_k y_k"))), List.of());
        assertEquals("sum(k, (y_k - c)^2)", Printer.ascii(withM.simplified(parse("sum_k (y_k - c)^2"))));
        assertEquals("c*(1 + m)", Printer.ascii(withM.simplified(parse("c*sum_k y_k + c"))));
    }

    private static Expr parse(String s) {
        return Parser.parseExpression(s);
    }
}
