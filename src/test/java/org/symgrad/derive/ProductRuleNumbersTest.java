package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.testing.CheckedDerivatives.assertDerivative;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;

/**
 * A number the constant-factor rule took out of a product rule's sum goes back into its terms
 * ({@code ProductRuleSums}): {@code (0.5 x (1 + tanh x))′ = 0.5(1 + tanh x) + 0.5x(1 − tanh² x)}, the
 * written factor {@code 1 + tanh x} kept, not {@code 0.5(x(1 − tanh² x) + 1 + tanh x)}. Each result
 * equals a central finite difference of its input.
 */
class ProductRuleNumbersTest {
    @Test
    void aNumberGoesIntoEachTermOfTheProductRulesSum() {
        assertDerivative("0.5*x*(1 + tanh(x))", "x", "0.5*(1 + tanh(x)) + 0.5*x*(1 - tanh(x)^2)");
        assertDerivative("3*x*sigma(x)", "x", "3*sigma(x) + 3*x*sigma(x)*(1 - sigma(x))");
        assertDerivative("-x*sigma(x)", "x", "-sigma(x) - x*sigma(x)*(1 - sigma(x))");
        assertDerivative("x*(1 + tanh(x))/2", "x", "(1 + tanh(x))/2 + x*(1 - tanh(x)^2)/2");
    }

    @Test
    void factoredFormsWithoutTheProductRulesSumStayFactored() {
        assertDerivative("3*silu(x)", "x", "3*sigma(x)*(1 + x*(1 - sigma(x)))");
        assertDerivative("3*x*exp(x)", "x", "3*exp(x)*(1 + x)");
    }

    @Test
    void theTanhGeluBackwardPassIsTheKernelsTwoTerms() {
        // gelu.sg:16, PyTorch's GeluBackwardKernelImpl: 0.5(1 + tanh(inner)) + 0.5x(1 − tanh²(inner))·kBeta·(1 + 3kKappa x²)
        List<Outcome> out = Symgrad.run("let u = sqrt(2/pi)*(x + 0.044715*x^3)\nderive 0.5*x*(1 + tanh(u)) wrt x\n");
        Outcome.Derived d = (Outcome.Derived) out.get(out.size() - 1);
        assertEquals("0.5*(1 + tanh(u)) + 0.5*x*(2/pi)^(1/2)*(1 - tanh(u)^2)*(1 + 0.134145*x^2)",
                Printer.ascii(d.derivation().result()));
        assertDerivative("0.5*x*(1 + tanh(a*x))", "x", "0.5*(1 + tanh(a*x)) + 0.5*a*x*(1 - tanh(a*x)^2)");
    }
}
