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
 * tanh read from its exp quotients (issue 9 item 5.2, rule tanh-shape): {@code (e^x − e^{−x})/(e^x + e^{−x})},
 * d2l's {@code (1 − e^{−2x})/(1 + e^{−2x})} and {@code 2/(1 + e^{−2x}) − 1} are tanh(x), their derivative
 * 1 − tanh(x)²; a log of a sum the normal form would only factor keeps the sum the input wrote
 * (item 5.3: {@code log(exp(x) + exp(−x))}, not {@code log(exp(−x)(1 + exp(2x)))}), and its derivative is tanh(x).
 * Each form is asserted with the input's value at random points (simplify) or against finite differences (diff).
 */
class TanhShapesTest {
    @Test
    void expQuotientsAreTanh() {
        assertSimplifies("(exp(x)-exp(-x))/(exp(x)+exp(-x))", "tanh(x)");
        assertSimplifies("(1-exp(-2*x))/(1+exp(-2*x))", "tanh(x)");
        assertSimplifies("(exp(2*t)-1)/(exp(2*t)+1)", "tanh(t)");
        assertSimplifies("(exp(a*x)-exp(-a*x))/(exp(a*x)+exp(-a*x))", "tanh(a*x)");
        assertSimplifies("(exp(-x)-exp(x))/(exp(x)+exp(-x))", "-tanh(x)");
        assertSimplifies("2/(1+exp(-2*x)) - 1", "tanh(x)");
    }

    @Test
    void theirDerivativesAreInTanh() {
        assertDerivative("(exp(x)-exp(-x))/(exp(x)+exp(-x))", "x", "1 - tanh(x)^2");
        assertDerivative("(1-exp(-2*x))/(1+exp(-2*x))", "x", "1 - tanh(x)^2");
        assertDerivative("(exp(2*x)-1)/(exp(2*x)+1)", "x", "1 - tanh(x)^2");
        assertDerivative("(exp(a*y)-exp(-a*y))/(exp(a*y)+exp(-a*y))", "y", "a*(1 - tanh(a*y)^2)");
        assertDerivative("2/(1+exp(-2*x)) - 1", "x", "1 - tanh(x)^2");
    }

    @Test
    void aLogOfASumKeepsTheSumAsWritten() {
        assertSimplifies("log(exp(x)+exp(-x))", "log(exp(x) + exp(-x))");
        assertSimplifies("log(exp(2*s)+exp(s))", "log(exp(2*s) + exp(s))");
        assertSimplifies("log(2*exp(x)+2*exp(-x))", "log(2*exp(x) + 2*exp(-x))");
        assertDerivative("log(exp(x)+exp(-x))", "x", "tanh(x)");
        assertDerivative("log(exp(z)+exp(-z))", "z", "tanh(z)");
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
