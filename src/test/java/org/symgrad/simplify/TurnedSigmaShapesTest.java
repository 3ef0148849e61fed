package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.CheckedDerivatives;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * A σ shape {@code c/(1 + e^u)} is c·σ(−u), as books write σ(z) = 1/(1 + e^{−z}) (issue 9 item 5.1):
 * {@code 1/(1 + exp(1 − 3x))} and {@code 1/(1 + exp(−3x + 1))} are σ(3x − 1), not 1 − σ(1 − 3x), and
 * their derivative 3σ(3x − 1)(1 − σ(3x − 1)); where −u reads negative ({@code 1/(1 + e^{2x})}) the
 * shape stays 1 − σ(2x). The shape {@code e^u/(1 + e^u)} keeps u. Each form is asserted with the
 * input's value at random points (simplify) or against finite differences (diff).
 */
class TurnedSigmaShapesTest {
    @Test
    void aReciprocalShapeIsSigmaOfTheTurnedArgument() {
        assertSimplifies("1/(1+exp(1-3*x))", "sigma(3*x - 1)");
        assertSimplifies("1/(1+exp(-3*x+1))", "sigma(3*x - 1)");
        assertSimplifies("1/(1+exp(2-5*t))", "sigma(5*t - 2)");
        assertSimplifies("2/(1+exp(a-b*x))", "2*sigma(b*x - a)");
        assertSimplifies("x/(1+exp(1-x))", "x*sigma(x - 1)");
        assertSimplifies("1/(1+exp(x-1))", "sigma(1 - x)");
    }

    @Test
    void otherShapesAsBefore() {
        assertSimplifies("exp(2*x-1)/(1+exp(2*x-1))", "sigma(2*x - 1)");
        assertSimplifies("1/(1+exp(-2*x))", "sigma(2*x)");
        assertSimplifies("1/(1+exp(2*x))", "1 - sigma(2*x)");
        assertSimplifies("1/(1+exp(-x))", "sigma(x)");
    }

    @Test
    void theDerivativeKeepsTheTurnedArgument() {
        assertDerivative("1/(1+exp(1-3*x))", "x", "3*sigma(3*x - 1)*(1 - sigma(3*x - 1))");
        assertDerivative("1/(1+exp(-3*x+1))", "x", "3*sigma(3*x - 1)*(1 - sigma(3*x - 1))");
        assertDerivative("1/(1+exp(2-5*t))", "t", "5*sigma(5*t - 2)*(1 - sigma(5*t - 2))");
        assertDerivative("2/(1+exp(a-b*x))", "x", "2*b*sigma(b*x - a)*(1 - sigma(b*x - a))");
        assertDerivative("x/(1+exp(1-x))", "x", "sigma(x - 1)*(1 + x*(1 - sigma(x - 1)))");
        assertDerivative("exp(2*x-1)/(1+exp(2*x-1))", "x", "2*sigma(2*x - 1)*(1 - sigma(2*x - 1))");
        assertDerivative("1/(1+exp(2*x))", "x", "-2*sigma(2*x)*(1 - sigma(2*x))");
        assertDerivative("1/(1+exp(-2*x))", "x", "2*sigma(2*x)*(1 - sigma(2*x))");
    }

    private static void assertSimplifies(String input, String expected) {
        Expr in = Parser.parseExpression(input);
        Expr out = Simplifier.plain().simplify(in);
        assertEquals(expected, Printer.ascii(out), input);
        EveryIndexAssignment.assertSameEverywhere(input, in, out, Environment::random);
    }

    private static void assertDerivative(String input, String wrt, String expected) {
        CheckedDerivatives.assertDerivative(input, wrt, expected);
        Expr of = Parser.parseExpression(input);
        Expr var = Parser.parseExpression(wrt);
        assertEquals(expected, Printer.ascii(Deriver.plain().derive(of, var).result()), input + " with steps");
        assertEquals(expected, Printer.ascii(Deriver.plain().result(of, var).result()), input + " without steps");
    }
}
