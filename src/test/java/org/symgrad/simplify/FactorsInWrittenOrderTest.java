package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;

import org.junit.jupiter.api.Test;
import org.symgrad.derive.Deriver;
import org.symgrad.derive.Step;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * The factors of a product in the order the input wrote them (issue 9 item 5, {@link WrittenFactorOrder}):
 * where every factor of a result's product is a factor of one product the input wrote, they keep its order
 * among the factors of one display rank. Each form asserted against the derivative's values, with and
 * without the steps.
 */
class FactorsInWrittenOrderTest {
    @Test
    void aProductInAnArgumentKeepsTheWrittenOrder() {
        // scikit-learn's exponential loss (exponential-loss.sg:5): −y exp(−y F), not −y exp(−F y)
        assertDerivativeBothPaths("exp(-y*F)", "F", "-y*exp(-y*F)");
        assertDerivativeBothPaths("exp(-b*a)", "a", "-b*exp(-b*a)");
        assertDerivativeBothPaths("exp(-3*v*u)", "u", "-3*v*exp(-3*v*u)");
        assertDerivativeBothPaths("log(1 + exp(-y*w*x))", "w", "-x*y*(1 - sigma(y*w*x))");
        // the normal form's order where the input wrote it so
        assertDerivativeBothPaths("exp(-F*y)", "F", "-y*exp(-F*y)");
    }

    @Test
    void aSumsBodyKeepsTheWrittenOrder() {
        // V-Net's Dice gradient (dice.sg:6): Σ_i p_i g_i as written, not Σ_i g_i p_i
        assertDerivativeBothPaths("2*sum(i, p_i*g_i)/(sum(i, p_i^2) + sum(i, g_i^2))", "p_j",
                "2*(g_j*(sum(i, p_i^2) + sum(i, g_i^2)) - 2*p_j*sum(i, p_i*g_i))/(sum(i, p_i^2) + sum(i, g_i^2))^2");
        assertDerivativeBothPaths("c*sum(k, v_k*h_k)^2", "c", "sum(k, v_k*h_k)^2");
    }

    @Test
    void aProductWithAFactorNoOneWroteThereKeepsTheNormalFormsOrder() {
        // y joins q p from the chain rule: the product q p y exp(−y F) is no product the input wrote
        assertDerivativeBothPaths("exp(-y*F)*q*p", "F", "-p*q*y*exp(-y*F)");
    }

    @Test
    void noStepWritesTheOtherOrder() {
        for (String[] c : new String[][] {{"exp(-y*F)", "F", "F*y"}, {"exp(-b*a)", "a", "a*b"}}) {
            for (Step s : Deriver.plain().derive(Parser.parseExpression(c[0]), new Sym(c[1])).steps()) {
                assertFalse(Printer.ascii(s.expr()).contains(c[2]), c[0] + ": " + s);
            }
        }
    }

    @Test
    void aBracketWrittenBeforeANameStaysBeforeIt() {
        // scikit-learn's half Tweedie (sklearn-half-losses.sg:27): exp((2 - p)*r), which the display order printed r*(2 - p)
        assertDerivativeBothPaths("exp((2 - p)*r)/(2 - p) - y*exp((1 - p)*r)/(1 - p)", "r", "exp((2 - p)*r) - y*exp((1 - p)*r)");
        assertDerivativeBothPaths("(2 - p)*r*x", "x", "(2 - p)*r");
        // the chain rule's (2 - p) beside the exp is no product the input wrote: the display order
        assertDerivativeBothPaths("exp((2 - p)*r)", "r", "exp((2 - p)*r)*(2 - p)");
        assertSimplifiesAsWritten("(1 - p)*r^2", "(1 - p)*r^2");
    }

    @Test
    void theWrittenOrderIsPresentationOnly() {
        Expr written = Deriver.plain().simplifiedAsWritten(Parser.parseExpression("(2 - p)*r"));
        Expr normal = Deriver.plain().simplified(Parser.parseExpression("(2 - p)*r"));
        assertEquals("(2 - p)*r", Printer.ascii(written));
        assertEquals("r*(2 - p)", Printer.ascii(normal));
        // the normal form, shown in the written order: equal to it, and simplified again it is shown in the display order
        assertEquals(normal, written);
        assertEquals(normal.hashCode(), written.hashCode());
        assertEquals(normal, Deriver.plain().simplified(written));
        assertEquals("r*(2 - p)", Printer.ascii(Deriver.plain().simplified(written)));
    }

    @Test
    void aSimplificationKeepsTheWrittenOrder() {
        assertSimplifiesAsWritten("q*p", "q*p");
        assertSimplifiesAsWritten("2*z*y*z", "2*y*z^2");
        assertSimplifiesAsWritten("exp(-t*s)*exp(-t*s)", "exp(-2*t*s)");
    }

    private static void assertSimplifiesAsWritten(String input, String expected) {
        Expr in = Parser.parseExpression(input);
        Expr out = Deriver.plain().simplifiedAsWritten(in);
        assertEquals(expected, Printer.ascii(out), input);
        EveryIndexAssignment.assertSameEverywhere(input, in, out, Environment::random);
    }
}
