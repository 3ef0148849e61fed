package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.CheckedDerivatives;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * σ and softplus are recognised in the body of a Σ as they are outside one: the loss of a data
 * set is a sum over its examples, and its gradient {@code −Σ_i y_i x_ik (1 − σ(y_i Σ_j X_ij w_j))}
 * (MIT 6.036, Murphy §8.3) must not come back as {@code −Σ_i X_ik y_i/(1 + exp(y_i Σ_j X_ij w_j))}.
 * Examples, and a seeded property over random bodies: no exp is left, and the value is the finite
 * differences' at every index assignment.
 */
class SigmaInSumBodiesTest {
    private static String simplified(String e) {
        return Printer.ascii(Deriver.plain().simplifiedAsWritten(Parser.parseExpression(e)));
    }

    @Test
    void aSumOfLogisticTermsIsASumOfSigmas() {
        assertEquals("sum(i, sigma(z_i))", simplified("sum(i, 1/(1 + exp(-z_i)))"));
        assertEquals("sum(i, X_{ik}*sigma(z_i))", simplified("sum(i, X_ik/(1 + exp(-z_i)))"));
        assertEquals("sum(i, X_{ik}*y_i*(1 - sigma(y_i*z_i)))", simplified("sum(i, X_ik*y_i/(1 + exp(y_i*z_i)))"));
    }

    @Test
    void theLogisticLossOfADataSetHasItsGradientInSigma() {
        CheckedDerivatives.assertDerivative("sum(i, log(1 + exp(-y_i*sum(j, X_ij*w_j))))", "w_k",
                "-sum(i, X_{ik}*y_i*(1 - sigma(y_i*sum(j, X_{ij}*w_j))))");
        CheckedDerivatives.assertDerivative("sum(i, log(1 + exp(-y_i*(sum(j, X_ij*w_j) + b))))", "b",
                "-sum(i, y_i*(1 - sigma(y_i*(sum(j, X_{ij}*w_j) + b))))");
        CheckedDerivatives.assertDerivative("sum(i, log(sigma(y_i*sum(j, X_ij*w_j))))", "w_k",
                "sum(i, X_{ik}*y_i*(1 - sigma(y_i*sum(j, X_{ij}*w_j))))");
    }

    @Test
    void randomBodiesComeBackInSigmaWithTheirValue() {
        String[] scales = {"y_i", "a", "y_i*a", "-y_i"};
        Random random = new Random(4242);
        int checked = 0;
        for (int trial = 0; trial < 30; trial++) {
            // an offset rides inside y_i's bracket; a bare one (Σ_j X_ij w_j − c) is split off the
            // exp and out of the Σ by the exp laws, where σ's write-back cannot gather it (open)
            String u = scales[random.nextInt(scales.length)] + "*" + (random.nextBoolean() ? "sum(j, X_ij*w_j)"
                    : "(sum(j, X_ij*w_j) + b)");
            String sign = random.nextBoolean() ? "-" : "";
            String body = switch (random.nextInt(3)) {
                case 0 -> "log(1 + exp(" + sign + "(" + u + ")))";
                case 1 -> "t_i/(1 + exp(" + sign + "(" + u + ")))";
                default -> "t_i*exp(" + u + ")/(1 + exp(" + u + "))";
            };
            String input = "sum(i, " + body + ")";
            Expr e = Parser.parseExpression(input);
            String simple = Printer.ascii(Deriver.plain().simplifiedAsWritten(e));
            assertFalse(simple.contains("exp("), input + " became " + simple);
            Expr var = Parser.parseExpression("w_k");
            Expr derivative = Deriver.plain().derivative(e, var);
            String printed = Printer.ascii(derivative);
            assertFalse(printed.contains("exp("), "d/dw_k " + input + " = " + printed);
            EveryIndexAssignment.assertSameEverywhere(input, new Derivative(e, var), derivative, Environment::random);
            checked++;
        }
        assertTrue(checked == 30, "derivatives checked: " + checked);
    }
}
