package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * A result linear in one function value that two or more of its terms hold reads as that value's
 * coefficient times it plus the rest ({@link CollectedValues}), where that reads shorter: PyTorch's
 * BCE with pos_weight, {@code (pw·y + 1 − y)σ(x) − pw·y} (bce-pos-weight.sg:7), not
 * {@code σ(x) − y(σ(x) + pw(1 − σ(x)))}; at pw = 1 it is the canon's {@code σ(x) − y}. Asserted with
 * and without steps, checked against central differences.
 */
class CollectedValuesTest {

    @Test
    void theWeightedCrossEntropyCollectsTheCoefficientOfSigma() {
        assertDerived("-(pw*y*log(sigma(x)) + (1 - y)*log(1 - sigma(x)))", "x", "sigma(x)*(pw*y - y + 1) - pw*y");
        // other names, a numeric weight, the canon's unweighted loss
        assertDerived("-(a*t*log(sigma(z)) + (1 - t)*log(1 - sigma(z)))", "z", "sigma(z)*(a*t - t + 1) - a*t");
        assertDerived("-(3*y*log(sigma(x)) + (1 - y)*log(1 - sigma(x)))", "x", "sigma(x)*(2*y + 1) - 3*y");
        assertDerived("-(y*log(sigma(x)) + (1 - y)*log(1 - sigma(x)))", "x", "sigma(x) - y");
        // a weight on each class, a scaled argument, a constant divisor of the whole
        assertDerived("-(a*y*log(sigma(x)) + b*(1 - y)*log(1 - sigma(x)))", "x", "sigma(x)*(a*y - b*y + b) - a*y");
        assertDerived("-(w*t*log(sigma(2*u)) + (1 - t)*log(1 - sigma(2*u)))", "u", "2*(sigma(2*u)*(w*t - t + 1) - w*t)");
    }

    @Test
    void aFractionOfTheWholeIsLeftToThePresenter() {
        // the steps' last stage would distribute the 1/2 over the collected terms, the result alone keeps it
        // outside: not collected, the same form on both paths
        assertDerived("-(3*y*log(sigma(x)) + (1 - y)*log(1 - sigma(x)))/2", "x", "(2*y*sigma(x) - 3*y + sigma(x))/2");
    }

    @Test
    void aCollectedFormThatReadsLongerIsNotTaken() {
        // exp(x)(c − y) − q y would cost more than the presenter's common factor y
        assertDerived("c*exp(x) - y*(exp(x) + q*x)", "x", "c*exp(x) - y*(exp(x) + q)");
    }

    @Test
    void aValueHeldNonlinearlyOrByOneTermIsNotCollected() {
        assertDerived("x*sigma(x)", "x", "sigma(x) + x*sigma(x)*(1 - sigma(x))");
        assertDerived("log(1 + exp(-y*f))", "f", "-y*(1 - sigma(y*f))");
    }

    private static void assertDerived(String of, String wrt, String expected) {
        Expr input = Parser.parseExpression(of);
        Expr x = Parser.parseExpression(wrt);
        Expr plain = Deriver.plain().derivative(input, x);
        assertEquals(expected, Printer.ascii(plain), "plain: " + of);
        assertEquals(expected, Printer.ascii(Deriver.plain().derive(input, x).result()), "steps: " + of);
        EveryIndexAssignment.assertSameEverywhere(of, new Derivative(input, x), plain, Environment::random);
    }
}
