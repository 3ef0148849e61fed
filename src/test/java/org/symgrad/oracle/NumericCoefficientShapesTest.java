package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.oracle.TextbookFormsTest.assertDerives;
import static org.symgrad.oracle.TextbookFormsTest.range;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.print.Printer;

/**
 * Issue 9 item 5: a derivative with numbers for coefficients has the shape it has with a symbol in
 * their place, the numbers as the input wrote them (products of numbers folded: 3·0.044715 =
 * 0.134145); a function's argument stays as the input grouped it. Each result equals a central
 * finite difference of its input at random points.
 */
class NumericCoefficientShapesTest {
    private static final Map<String, double[]> NONE = Map.of();

    /** The symbolic shape first, then numbers in the symbol's place: decimals, fractions, whole numbers. */
    @Test
    void sigmaOfAMultipleKeepsTheProductRulesSum() {
        assertDerives("derive x*sigma(b*x) wrt x", "sigma(b*x) + b*x*sigma(b*x)*(1 - sigma(b*x))", NONE);
        assertDerives("derive x*sigma(1.702*x) wrt x", "sigma(1.702*x) + 1.702*x*sigma(1.702*x)*(1 - sigma(1.702*x))", NONE);
        assertDerives("derive x*sigma(2.3*x) wrt x", "sigma(2.3*x) + 2.3*x*sigma(2.3*x)*(1 - sigma(2.3*x))", NONE);
        assertDerives("derive x*sigma(3/2*x) wrt x", "sigma(3*x/2) + 3*x*sigma(3*x/2)*(1 - sigma(3*x/2))/2", NONE);
        assertDerives("derive x*sigma(2*x) wrt x", "sigma(2*x) + 2*x*sigma(2*x)*(1 - sigma(2*x))", NONE);
    }

    @Test
    void tanhExpAndSoftplusOfAMultipleKeepTheSymbolicShape() {
        assertDerives("derive x*tanh(a*x) wrt x", "a*x*(1 - tanh(a*x)^2) + tanh(a*x)", NONE);
        assertDerives("derive x*tanh(1.5*x) wrt x", "tanh(1.5*x) + 1.5*x*(1 - tanh(1.5*x)^2)", NONE);
        assertDerives("derive x*tanh(2*x) wrt x", "tanh(2*x) + 2*x*(1 - tanh(2*x)^2)", NONE);
        assertDerives("derive x*exp(0.25*x) wrt x", "exp(0.25*x)*(1 + 0.25*x)", NONE);
        assertDerives("derive x*softplus(1.5*x) wrt x", "softplus(1.5*x) + 1.5*x*sigma(1.5*x)", NONE);
    }

    /** GELU's tanh approximation (Hendrycks and Gimpel 2016): the product rule's two terms, u′ a factor. */
    @Test
    void geluTanhApproximationIsTheSumOfTheProductRulesTerms() {
        String u = "0.7978845608*(x + 0.044715*x^3)";
        assertDerives("derive 0.5*x*(1 + tanh(" + u + ")) wrt x",
                "0.5*(1 + tanh(" + u + ")) + 0.3989422804*x*(1 - tanh(" + u + ")^2)*(1 + 0.134145*x^2)",
                Map.of("x", range(-2, 2)));
        // other constants, the half written as a division
        String v = "0.8*(x + 0.04*x^3)";
        assertDerives("derive x*(1 + tanh(" + v + "))/2 wrt x",
                "0.5*(1 + tanh(" + v + ")) + 0.4*x*(1 - tanh(" + v + ")^2)*(1 + 0.12*x^2)", Map.of("x", range(-2, 2)));
    }

    /** The argument the input grouped, c(x + d x³), not the normal form's c x(1 + d x²). */
    @Test
    void aFunctionsArgumentStaysAsTheInputGroupedIt() {
        assertDerives("derive x*(1 + tanh(c*(x + d*x^3)))/2 wrt x",
                "(1 + tanh(c*(x + d*x^3)))/2 + c*x*(1 - tanh(c*(x + d*x^3))^2)*(1 + 3*d*x^2)/2",
                Map.of("x", range(-1, 1), "c", range(0.5, 1), "d", range(0, 0.1)));
        assertDerives("derive sigma(a*(x^2 + x^3)) wrt x",
                "a*x*sigma(a*(x^2 + x^3))*(1 - sigma(a*(x^2 + x^3)))*(2 + 3*x)", Map.of("x", range(-1, 1)));
    }

    /** Where numbers meet that symbols would keep apart, the numbers decide: 0.5x² − x²/2 is 0. */
    @Test
    void numbersThatCancelAreNotKeptApart() {
        assertDerives("derive 0.5*x^2 - x^2/2 + x wrt x", "1", NONE);
        assertDerives("derive 0.25*x^2 + 0.75*x^2 wrt x", "2*x", NONE);
        assertEquals("x", Printer.ascii(Symgrad.simplify(Symgrad.parse("1.5*x - 0.5*x"))));
    }
}
