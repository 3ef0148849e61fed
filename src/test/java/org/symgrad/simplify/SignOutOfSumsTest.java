package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.CheckedDerivatives;
import org.symgrad.testing.SimplifiedValues;

/**
 * A sign common to every term of a Σ's body stands in front of the Σ ({@link SignOutOfSums}):
 * examples, and a seeded property over generated sums whose terms are all negative — the sign
 * comes out, and the value is the input's.
 */
class SignOutOfSumsTest {
    private static String simplified(String e) {
        return Printer.ascii(org.symgrad.derive.Deriver.plain().simplifiedAsWritten(Parser.parseExpression(e)));
    }

    @Test
    void theSignOfEveryTermStandsInFront() {
        assertEquals("-sum(i, x_i*y_i)", simplified("sum(i, -x_i*y_i)"));
        assertEquals("-a*sum(i, x_i*y_i)", simplified("a*sum(i, -x_i*y_i)"));
        // logistic regression: −Σ_i X_ik y_i (1 − σ(y_i Σ_p X_ip w_p))
        CheckedDerivatives.assertDerivative("sum(i, log(1+exp(-y_i*sum(k,X_ik*w_k))))", "w_k",
                "-sum(i, X_{ik}*y_i*(1 - sigma(y_i*sum(p, X_{ip}*w_p))))");
    }

    /** A difference costs no more either way round: −Σ (y − t) still reads Σ (t − y). */
    @Test
    void aDifferenceTakesTheSignAsBefore() {
        // the presenter, where no input orientation is asked for
        assertEquals("sum(k, t_k - y_k)", Printer.ascii(Symgrad.simplify(Parser.parseExpression("-sum(i, y_i - t_i)"))));
        assertEquals("sum(i, y_i - t_i)", simplified("sum(i, y_i - t_i)"));
        // the simplify statement keeps the difference the input wrote (WrittenDifferences)
        assertEquals("-sum(i, y_i - t_i)", simplified("-sum(i, y_i - t_i)"));
    }

    @Test
    void generatedNegativeBodiesGiveTheSignUp() {
        String[] atoms = {"x_i", "y_i", "W_ii", "exp(z_i)", "log(x_i)", "sigma(b_i)", "a", "c"};
        Random random = new Random(909);
        int compared = 0;
        for (int trial = 0; trial < 60; trial++) {
            int factors = 1 + random.nextInt(3);
            StringBuilder body = new StringBuilder("-" + (1 + random.nextInt(3)));
            for (int f = 0; f < factors; f++) {
                body.append('*').append(atoms[random.nextInt(atoms.length)]);
            }
            if (!body.toString().contains("_i")) {
                body.append("*x_i");
            }
            String outer = random.nextBoolean() ? "" : atoms[6 + random.nextInt(2)] + "*";
            String input = outer + "sum(i, " + body + ")";
            Expr e = Parser.parseExpression(input);
            String out = Printer.ascii(Symgrad.simplify(e));
            assertFalse(out.matches(".*sum\\([a-z], -.*"), input + " became " + out);
            assertTrue(out.startsWith("-"), input + " became " + out);
            compared += SimplifiedValues.compared(e, 313, trial);
        }
        assertTrue(compared > 60, "points compared: " + compared);
    }

    /** A Σ that is one term of a sum is subtracted where its body reads better negated. */
    @Test
    void aSumTermIsSubtracted() {
        assertEquals("a - sum(i, x_i*y_i)", simplified("a + sum(i, -x_i*y_i)"));
        assertEquals("a - sum(i, x_i*(1 - y_i))", simplified("a - sum(i, x_i*(1 - y_i))"));
        assertEquals("a - 2*sum(i, x_i)", simplified("a + 2*sum(i, -x_i)"));
        assertEquals("a + sum(i, x_i*y_i)", simplified("a + sum(i, x_i*y_i)"));
        // the regularised logistic loss: λw_k − Σ_i X_ik y_i (1 − σ(y_i Σ_p X_ip w_p))
        CheckedDerivatives.assertDerivative("sum(i, log(1+exp(-y_i*sum(j,X_ij*w_j)))) + lambda*sum(j, w_j^2)/2", "w_k",
                "lambda*w_k - sum(i, X_{ik}*y_i*(1 - sigma(y_i*sum(j, X_{ij}*w_j))))");
    }

    @Test
    void generatedNegativeBodiesBesideOtherTermsAreSubtracted() {
        String[] atoms = {"x_i", "y_i", "W_ii", "exp(z_i)", "log(x_i)", "sigma(b_i)", "a", "c"};
        Random random = new Random(910);
        int compared = 0;
        for (int trial = 0; trial < 60; trial++) {
            StringBuilder body = new StringBuilder("-" + (1 + random.nextInt(3)));
            for (int f = 0, factors = 1 + random.nextInt(3); f < factors; f++) {
                body.append('*').append(atoms[random.nextInt(atoms.length)]);
            }
            if (!body.toString().contains("_i")) {
                body.append("*x_i");
            }
            String input = atoms[6 + random.nextInt(2)] + "^2 + sum(i, " + body + ")";
            Expr e = Parser.parseExpression(input);
            String out = Printer.ascii(Symgrad.simplify(e));
            assertFalse(out.matches(".*sum\\([a-z], -.*"), input + " became " + out);
            assertTrue(out.contains(" - "), input + " became " + out);
            compared += SimplifiedValues.compared(e, 314, trial);
        }
        assertTrue(compared > 60, "points compared: " + compared);
    }
}
