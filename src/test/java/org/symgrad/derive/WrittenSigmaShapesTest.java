package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.CheckedDerivatives;

/**
 * The σ shapes the input writes survive differentiation (issue 9, item 5): the derivative of
 * {@code 1/(1 + e^{−2x})} is written back through σ(2x), {@code 2σ(2x)(1 − σ(2x))}, not
 * {@code 2e^{2x}/(1 + e^{2x})²}, with and without the steps; tanh written with exps is
 * written in tanh, not σ, and a root of {@code 1 + e^{2x}} keeps its exps. Each form is asserted against finite differences.
 */
class WrittenSigmaShapesTest {
    @Test
    void aWholeMultipleKeepsItsSigma() {
        assertWritten("1/(1 + exp(-2*x))", "x", "2*sigma(2*x)*(1 - sigma(2*x))");
        assertWritten("1/(1 + exp(-3*t))", "t", "3*sigma(3*t)*(1 - sigma(3*t))");
        assertWritten("exp(3*x)/(1 + exp(3*x))", "x", "3*sigma(3*x)*(1 - sigma(3*x))");
        assertWritten("exp(2*z)/(1 + exp(2*z))", "z", "2*sigma(2*z)*(1 - sigma(2*z))");
        assertWritten("y*log(1/(1 + exp(-2*x)))", "x", "2*y*(1 - sigma(2*x))");
    }

    @Test
    void otherArgumentsAsBefore() {
        assertWritten("1/(1 + exp(-a*x))", "x", "a*sigma(a*x)*(1 - sigma(a*x))");
        assertWritten("1/(1 + exp(-(w*x + b)))", "w", "x*sigma(w*x + b)*(1 - sigma(w*x + b))");
    }

    @Test
    void noSigmaShapeKeepsItsExps() {
        // tanh written with exps is read as tanh (issue 9 item 5.2: TanhShapesTest), no σ
        assertWritten("(exp(2*x) - 1)/(exp(2*x) + 1)", "x", "1 - tanh(x)^2");
        assertWritten("(1 + exp(2*x))^(1/2)", "x", "exp(2*x)/(1 + exp(2*x))^(1/2)");
    }

    private static void assertWritten(String input, String wrt, String expected) {
        CheckedDerivatives.assertDerivative(input, wrt, expected);
        Expr of = Parser.parseExpression(input);
        Expr var = Parser.parseExpression(wrt);
        assertEquals(expected, Printer.ascii(Deriver.plain().derive(of, var).result()), input + " with steps");
        assertEquals(expected, Printer.ascii(Deriver.plain().result(of, var).result()), input + " without steps");
    }
}
