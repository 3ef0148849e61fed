package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.CheckedDerivatives;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * σ and softplus of a composite argument are read back over the merged exponential: the exp laws
 * split {@code exp(2x + 1)} into {@code exp(1)·exp(2x)} and {@code exp(x − μ)} into
 * {@code exp(x)/exp(μ)}, and the write-back in σ is offered for each factor and weighed against the
 * form with the exps the input wrote ({@link MergedExponentials}). Examples, and a seeded property
 * over random affine arguments: the result holds no exp, and has the value of the finite differences.
 */
class MergedExponentialsTest {
    private static String simplified(String e) {
        return Printer.ascii(Symgrad.simplify(Parser.parseExpression(e)));
    }

    @Test
    void sigmaOfAnAffineArgumentWithAConstant() {
        // the argument's terms as the input wrote them (WrittenTermOrder)
        assertEquals("sigma(2*x + 1)", simplified("exp(2*x+1)/(1+exp(2*x+1))"));
        assertEquals("softplus(2*x + 1)", simplified("log(1+exp(2*x+1))"));
        assertEquals("sigma(2*x + 3*y)", simplified("exp(2*x+3*y)/(1+exp(2*x+3*y))"));
        CheckedDerivatives.assertDerivative("exp(2*x+1)/(1+exp(2*x+1))", "x", "2*sigma(2*x + 1)*(1 - sigma(2*x + 1))");
        CheckedDerivatives.assertDerivative("log(1+exp(3*x-2*b+2))", "b", "-2*sigma(3*x - 2*b + 2)");
    }

    /** The normal form exp(μ)exp(x)/(exp(μ) + exp(x))² is shorter only because it lost the input's exp(x − μ). */
    @Test
    void theDerivativeOfSigmaOfADifferenceIsInSigma() {
        CheckedDerivatives.assertDerivative("exp(x - mu)/(1 + exp(x - mu))", "x", "sigma(x - mu)*(1 - sigma(x - mu))");
        assertEquals("sigma(x - mu)*(1 - sigma(x - mu))", simplified("exp(x - mu)/(1 + exp(x - mu))^2"));
        CheckedDerivatives.assertDerivative("exp(3*x-2*b+2)/(1+exp(3*x-2*b+2))", "b",
                "-2*sigma(3*x - 2*b + 2)*(1 - sigma(3*x - 2*b + 2))");
    }

    @Test
    void randomAffineArgumentsComeBackInSigmaWithTheirValue() {
        String[] names = {"x", "y", "mu", "b", "w"};
        Random random = new Random(2026);
        int checked = 0;
        for (int trial = 0; trial < 40; trial++) {
            String a = names[random.nextInt(names.length)];
            String b = names[random.nextInt(names.length)];
            if (a.equals(b)) {
                continue;
            }
            String u = (1 + random.nextInt(3)) + "*" + a + (random.nextBoolean() ? " - " : " + ")
                    + (1 + random.nextInt(3)) + "*" + b + (random.nextBoolean() ? "" : " + " + (1 + random.nextInt(3)));
            String input = switch (random.nextInt(3)) {
                case 0 -> "exp(" + u + ")/(1 + exp(" + u + "))";
                case 1 -> "log(1 + exp(" + u + "))";
                default -> "x*exp(" + u + ")/(1 + exp(" + u + "))";
            };
            Expr e = Parser.parseExpression(input);
            String simple = Printer.ascii(Symgrad.simplify(e));
            assertFalse(simple.contains("exp("), input + " became " + simple);
            for (String wrt : new String[] {a, b}) {
                Expr var = Parser.parseExpression(wrt);
                Expr derivative = Deriver.plain().derivative(e, var);
                String printed = Printer.ascii(derivative);
                assertFalse(printed.contains("exp("), "d/d" + wrt + " " + input + " = " + printed);
                EveryIndexAssignment.assertSameEverywhere(input, new Derivative(e, var), derivative, Environment::random);
                checked++;
            }
        }
        assertTrue(checked > 40, "derivatives checked: " + checked);
    }
}
