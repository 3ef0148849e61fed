package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.testing.CheckedDerivatives.assertSimplifies;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * A polynomial in a function's values that a power of a variable multiplies stays together, collected by that power
 * ({@code Presenter.collected}), as a book writes a higher derivative by the powers of x its Leibniz sum gives, where
 * that reads shorter; a polynomial in variables alone is written as before.
 */
class CollectedByPowersTest {
    @Test
    void aHigherDerivativeKeepsThePolynomialInSigmaThatAPowerOfXMultiplies() {
        // was sigma(x)*(1 - sigma(x))*(6*x^2*sigma(x)^2 - 6*x^2*sigma(x) + x^2 + 6) + 6*x*sigma(x)*(1 - 2*sigma(x))*(1 - sigma(x))
        assertOrder("x^2*sigma(x)", 3, "6*sigma(x)*(1 - sigma(x)) + x^2*sigma(x)*(1 - sigma(x))*(6*sigma(x)^2 - 6*sigma(x) + 1)"
                + " + 6*x*sigma(x)*(1 - 2*sigma(x))*(1 - sigma(x))",
                "x^2*s*(1 - s)*(1 - 6*s + 6*s^2) + 6*x*s*(1 - s)*(1 - 2*s) + 6*s*(1 - s)");
        // was sigma(x)*(2*x^2*sigma(x)^2 - 3*x^2*sigma(x) + x^2 + 2) + 4*x*sigma(x)*(1 - sigma(x))
        assertOrder("x^2*sigma(x)", 2, "2*sigma(x) + x^2*sigma(x)*(2*sigma(x)^2 - 3*sigma(x) + 1) + 4*x*sigma(x)*(1 - sigma(x))",
                "x^2*s*(1 - s)*(1 - 2*s) + 4*x*s*(1 - s) + 2*s");
    }

    @Test
    void aSumIsCollectedByThePowerThatMultipliesAPolynomialInAFunctionsValue() {
        assertSimplifies("6*x^2*sigma(x)^2 - 6*x^2*sigma(x) + x^2 + 6", "x^2*(6*sigma(x)^2 - 6*sigma(x) + 1) + 6");
        // no function's value: as the normal form writes it (not y*(x*z - x + 1) + 6, though shorter: PiecewiseCasesTest's cases stay fixed points)
        assertSimplifies("x*y*z - x*y + y + 6", "x*y*z - x*y + y + 6");
    }

    @Test
    void aPolynomialInTheValuesOfSumsAndProductsIsNotCollectedAndStaysAFixedPoint() {
        // collected by x_j over the values of Σ and Π, the first result was … - x_j*prod(k != j, x_k) + prod(k != j, x_k),
        // which simplified again became … + (1 - x_j)*prod(k != j, x_k) (RestrictedReductionTest's round trip)
        Expr d = Simplifier.simplifyPlain(org.symgrad.diff.Differentiator.diff(
                Parser.parseExpression("sum(k, x_k*prod(m != k, x_m))"), Parser.parseExpression("x_j")));
        assertEquals(d, Simplifier.simplifyPlain(d), Printer.ascii(d));
        assertEquals(true, Printer.ascii(d).endsWith(" + (1 - x_j)*prod(k != j, x_k)"), Printer.ascii(d));
    }

    /**
     * The {@code order}-th derivative of {@code input} in x prints {@code expected} with and without steps, and has the
     * value of the Leibniz sum {@code leibniz} (s for σ(x)) at three random points.
     */
    private static void assertOrder(String input, int order, String expected, String leibniz) {
        Expr of = Parser.parseExpression(input);
        Expr x = Exprs.sym("x");
        Expr without = Deriver.plain().derivative(of, x, order);
        assertEquals(expected, Printer.ascii(without), input);
        List<Derivation> steps = Deriver.plain().orders(of, x, order, true);
        assertEquals(expected, Printer.ascii(steps.get(steps.size() - 1).result()), input + " with steps");
        Expr reference = Parser.parseExpression(leibniz.replace("s", "sigma(x)"));
        for (long seed = 1; seed <= 3; seed++) {
            Environment env = Environment.random(seed, 3);
            double value = Evaluator.evaluate(reference, env);
            assertEquals(value, Evaluator.evaluate(without, env), 1e-12 * Math.max(1, Math.abs(value)), "at seed " + seed);
        }
    }
}
