package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symgrad.derive.Deriver;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.CheckedDerivatives;

/**
 * The product rule's sum is not brought over a common denominator the input did not write (issue 9
 * item 5.5): {@code (x tanh(3x/2))′ = tanh(3x/2) + 3x(1 − tanh(3x/2)²)/2}, not
 * {@code (2 tanh(3x/2) + 3x(1 − tanh(3x/2)²))/2}; a product with a factor besides the number stays as it was.
 * Each form is asserted against finite differences, with and without the steps.
 */
class ProductRuleDenominatorsTest {
    @Test
    void aFractionOverTheProductRulesSumGoesIntoItsTerms() {
        assertDerivative("x*tanh(3/2*x)", "x", "tanh(3*x/2) + 3*x*(1 - tanh(3*x/2)^2)/2");
        assertDerivative("x*tanh(3*x/2)", "x", "tanh(3*x/2) + 3*x*(1 - tanh(3*x/2)^2)/2");
        assertDerivative("t*sigma(t/3)", "t", "sigma(t/3) + t*sigma(t/3)*(1 - sigma(t/3))/3");
        assertDerivative("x*tanh(x/2) + x", "x", "1 + tanh(x/2) + x*(1 - tanh(x/2)^2)/2");
    }

    @Test
    void otherProductsAsBefore() {
        assertDerivative("x*sigma(x)", "x", "sigma(x) + x*sigma(x)*(1 - sigma(x))");
        assertDerivative("x^2*tanh(x/2)", "x", "x*(4*tanh(x/2) + x*(1 - tanh(x/2)^2))/2");
    }

    private static void assertDerivative(String input, String wrt, String expected) {
        CheckedDerivatives.assertDerivative(input, wrt, expected);
        Expr of = Parser.parseExpression(input);
        Expr var = Parser.parseExpression(wrt);
        assertEquals(expected, Printer.ascii(Deriver.plain().derive(of, var).result()), input + " with steps");
        assertEquals(expected, Printer.ascii(Deriver.plain().result(of, var).result()), input + " without steps");
    }
}
