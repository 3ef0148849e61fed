package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
 * Exps of sums stay whole under a Σ ({@link WrittenExponentials} reads each Σ body on its own) and
 * an exp pulled out of a Σ goes back in where the input wrote the product ({@link ExpsIntoSums}).
 */
class ExpsIntoSumsTest {
    @Test
    void exponentialsOfSumsStayUnderTheirSum() {
        // w_j*x as the input wrote it (the display order printed x*w_j)
        CheckedDerivatives.assertDerivative("log(sum(j, exp(w_j*x + b_j)))", "b_i",
                "exp(w_i*x + b_i)/sum(j, exp(w_j*x + b_j))");
        CheckedDerivatives.assertDerivative("sum(j, exp(b_i + W_ij*X_j))", "b_i", "sum(j, exp(b_i + W_{ij}*X_j))");
        // a common factor that cancels is no exp the result keeps
        CheckedDerivatives.assertDerivative("log(exp(a+x) + exp(b+x))", "a", "exp(a)/(exp(a) + exp(b))");
    }

    /**
     * Sums and log-sum-exps of generated affine arguments under Σ_j: the derivative keeps its value
     * and prints no exp of a single part of an argument. (A part free of j cancels from a
     * log-sum-exp's quotient, {@code exp(a)/(exp(a) + exp(b))} — so there only parts with j.)
     */
    @Test
    void generatedSumsOfExponentialsKeepTheirExps() {
        Random random = new Random(77);
        String[] parts = {"w_j*x", "b_j", "W_ij*X_j", "c", "a_i"};
        int checked = 0;
        for (int trial = 0; trial < 20; trial++) {
            boolean logOfSum = random.nextBoolean();
            List<String> terms = new ArrayList<>();
            terms.add(parts[random.nextInt(3)]);
            for (String p : parts) {
                if (!terms.contains(p) && random.nextInt(3) == 0 && (!logOfSum || p.contains("_j"))) {
                    terms.add(p);
                }
            }
            if (terms.size() < 2) {
                continue;
            }
            java.util.Collections.shuffle(terms, random);
            String argument = String.join(" + ", terms);
            String input = logOfSum ? "log(sum(j, exp(" + argument + ")))" : "sum(j, exp(" + argument + "))";
            String wrtName = terms.stream().filter(t -> t.contains("_i") || t.equals("c")).findFirst()
                    .map(t -> t.equals("c") ? "c" : t.startsWith("W") ? "W_ik" : "a_i").orElse("x");
            Expr e = Parser.parseExpression(input);
            Expr wrt = Parser.parseExpression(wrtName);
            Expr d = Deriver.plain().derivative(e, wrt);
            EveryIndexAssignment.assertSameEverywhere(input, new Derivative(e, wrt), d, Environment::random);
            String printed = Printer.ascii(d);
            for (String p : terms) {
                assertFalse(printed.contains("exp(" + Printer.ascii(Parser.parseExpression(p)) + ")"),
                        input + " d/d" + wrtName + ": " + printed);
            }
            checked++;
        }
        assertTrue(checked > 10, "checked: " + checked);
    }
}
