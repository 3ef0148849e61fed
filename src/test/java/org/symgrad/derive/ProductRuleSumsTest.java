package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.symgrad.testing.CheckedDerivatives.assertDerivative;

import org.junit.jupiter.api.Test;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * A product rule's sum {@code c + c·P}, {@code P} a product with a bracket of its own, is not
 * printed {@code c(1 + P)} when the input was that sum: each result equals a central finite
 * difference of its input, and forms factored by the function's own derivative stay factored.
 */
class ProductRuleSumsTest {
    @Test
    void theProductRuleSumStaysASum() {
        assertDerivative("x*sigma(x)", "x", "sigma(x) + x*sigma(x)*(1 - sigma(x))");
        assertDerivative("x*sigma(beta*x)", "x", "sigma(beta*x) + beta*x*sigma(beta*x)*(1 - sigma(beta*x))");
    }

    @Test
    void aFunctionsOwnFactoredDerivativeStaysFactored() {
        assertDerivative("silu(x)", "x", "sigma(x)*(1 + x*(1 - sigma(x)))");
    }

    @Test
    void factorsWithoutANestedBracketStayFactored() {
        assertDerivative("sigma(x)", "x", "sigma(x)*(1 - sigma(x))");
        assertDerivative("x*tanh(x)", "x", "tanh(x) + x*(1 - tanh(x)^2)");
        assertDerivative("x*exp(x)", "x", "exp(x)*(1 + x)");
    }

    @Test
    void theLastStepShowsTheSumTheProductRuleGave() {
        Derivation d = Deriver.plain().derive(Parser.parseExpression("x*sigma(x)"), Parser.parseExpression("x"));
        assertEquals("sigma(x) + x*sigma(x)*(1 - sigma(x))", Printer.ascii(d.result()));
        // no step factors σ(x) out for a later one to take back
        d.steps().forEach(s -> assertEquals(false, Printer.ascii(s.expr()).equals("sigma(x)*(1 + x*(1 - sigma(x)))"), s.toString()));
    }
}
