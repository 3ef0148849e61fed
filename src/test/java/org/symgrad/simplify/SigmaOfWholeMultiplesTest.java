package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * σ of a whole multiple, {@code σ(k·u)}, is read from a σ shape the input wrote
 * ({@code 1/(1 + e^{−ku})}, {@code e^{ku}/(1 + e^{ku})}), though the exp laws hold {@code e^{ku}} as
 * {@code (e^u)^k}; each result has the input's value at random points (issue 9, item 5). A sum
 * {@code 1 + e^{2x}} in no σ shape (tanh's (e^{2x} − 1)/(e^{2x} + 1), a root) is left alone.
 */
class SigmaOfWholeMultiplesTest {
    @Test
    void theLogisticOfAWholeMultipleIsSigma() {
        assertSimplifies("exp(2*x)/(1 + exp(2*x))", "sigma(2*x)");
        assertSimplifies("1/(1 + exp(-2*x))", "sigma(2*x)");
        assertSimplifies("1/(1 + exp(-3*x))", "sigma(3*x)");
        assertSimplifies("1/(1 + exp(-2*(w*x + b)))", "sigma(2*(w*x + b))");
    }

    @Test
    void aFactorFreeOfExpsKeepsItsSigma() {
        // issue 9 item 5 a: σ of a whole multiple read inside a product, beside factors that hold no exp
        assertSimplifies("x/(1+exp(-2*x))", "x*sigma(2*x)");
        assertSimplifies("y/(1+exp(-3*t))", "y*sigma(3*t)");
        assertSimplifies("2*x*exp(3*x)/(1+exp(3*x))", "2*x*sigma(3*x)");
        assertSimplifies("x/(1+exp(2*x))", "x*(1 - sigma(2*x))");
        org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths("x*exp(2*x)/(1+exp(2*x))", "x",
                "sigma(2*x)*(1 + 2*x*(1 - sigma(2*x)))");
        org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths("y/(1+exp(-3*x))", "x",
                "3*y*sigma(3*x)*(1 - sigma(3*x))");
    }

    @Test
    void aNegativeMultipleIsTheMirroredSigma() {
        assertSimplifies("1/(1 + exp(2*x))", "1 - sigma(2*x)");
    }

    @Test
    void noSigmaShapeNoSigma() {
        assertSimplifies("(1 + exp(2*x))^(1/2)", "(1 + exp(2*x))^(1/2)");
    }

    private static void assertSimplifies(String input, String expected) {
        Expr in = Parser.parseExpression(input);
        Expr out = Simplifier.plain().simplify(in);
        assertEquals(expected, Printer.ascii(out), input);
        EveryIndexAssignment.assertSameEverywhere(input, in, out, Environment::random);
    }
}
