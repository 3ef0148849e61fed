package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.CheckedDerivatives;

/**
 * A square of a difference in a result is written the way the input writes the difference
 * ({@link WrittenOrientations}) — also where the input squares a quotient, {@code ((y − μ)/σ)²}, whose
 * derivative holds {@code y − μ} to the first power only — and a square the normal form multiplied out
 * under a common factor is found again ({@link BinomialSquares}): the Student-t score by σ is
 * {@code ((y − μ)² + ν((y − μ)² − σ²(1 + q)))/(νσ³(1 + q))}, not one with {@code μ² − 2μy + y²} and
 * {@code (μ − y)²} beside {@code y − μ}. Each form checked against central differences.
 */
class SquaresAsWrittenTest {

    @Test
    void aSquaredQuotientKeepsItsDifferenceAsWritten() {
        CheckedDerivatives.assertDerivative("((y - m)/s)^2", "s", "-2*(y - m)^2/s^3");
        // the other orientation, other names: the input's, whichever way the letters sort
        CheckedDerivatives.assertDerivative("((m - y)/s)^2", "s", "-2*(m - y)^2/s^3");
        CheckedDerivatives.assertDerivative("((b - a)/c)^2/2", "c", "-(b - a)^2/c^3");
        // through a let: the Student-t q of Stan's student_t_lpdf
        OrientationsAsWrittenTest.assertDerived("let q = ((y - mu)/s)^2/nu\nderive log(1 + q) wrt s\n", "-2*(y - mu)^2/(nu*s^3*(1 + q))");
    }

    @Test
    void aSquareMultipliedOutUnderACommonFactorIsFoundAgain() {
        // (log(s²)/2 for Stan's log σ, so that the oracle may sample σ < 0 too)
        OrientationsAsWrittenTest.assertDerived("let q = ((y - mu)/s)^2/nu\nderive -(nu/2 + 1/2)*log(1 + q) - log(s^2)/2 wrt s\n",
                "((y - mu)^2 + nu*((y - mu)^2 - s^2*(1 + q)))/(nu*s^3*(1 + q))");
        assertEquals("((y - mu)^2 + nu*((y - mu)^2 - s^2*(1 + q)))/(nu*s^3*(1 + q))",
                Printer.ascii(Symgrad.simplify(Parser.parseExpression("(nu+1)*(y-mu)^2/(nu*s^3*(1+q)) - 1/s"))));
    }

    @Test
    void aDifferenceWrittenBothWaysIsLeftAsTheNormalFormWritesIt() {
        // y − m and m − y both written, neither squared: no orientation is the input's, the normal form's stands
        CheckedDerivatives.assertDerivative("(y - m)*(m - y)/s^2", "s", "2*(m - y)^2/s^3");
        CheckedDerivatives.assertDerivative("(b - a)*(a - b)/s^2", "s", "2*(a - b)^2/s^3");
    }
}
