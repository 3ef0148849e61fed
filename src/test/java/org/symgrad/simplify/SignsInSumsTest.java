package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * The sign laws inside a sum's terms (brief reach13, the Fair loss of LightGBM): a common
 * denominator or an expanded product makes {@code sign(u)·|u|} part of a term, where the product's
 * own normalisation never looks. Before, {@code simplify sign(x) - sign(x)/(abs(x) + 1)} printed
 * {@code abs(x)*sign(x)/(abs(x) + 1)} and the derivative of {@code |x|/(|x| + 1)} printed
 * {@code (abs(x)*sign(x) - x + sign(x))/(abs(x) + 1)^2}; an even power of |u| beside other terms
 * was left too ({@code 2*abs(x)^2 - x^2}).
 */
class SignsInSumsTest {
    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    private static Expr derivative(String input, String wrt) {
        return Symgrad.derive(Parser.parseExpression(input), Parser.parseExpression(wrt)).result();
    }

    @Test
    void aCommonFactorsSignMeetsTheAbsoluteValueItsSumMakes() {
        assertEquals("x/(abs(x) + 1)", simplified("sign(x) - sign(x)/(abs(x) + 1)"));
        assertEquals("x/(c*(c + abs(x)))", simplified("sign(x)/c - sign(x)/(c*(1 + abs(x)/c))"));
        assertEquals("(t - s)/(abs(t - s) + 2)", simplified("sign(t - s) - 2*sign(t - s)/(abs(t - s) + 2)"));
    }

    @Test
    void anExpandedProductsSignIsTakenIn() {
        assertEquals("sign(x)/(abs(x) + 1)^2", Printer.ascii(derivative("abs(x)/(abs(x) + 1)", "x")));
        assertEquals("sign(x - y)/(abs(x - y) + 1)^2", Printer.ascii(derivative("abs(x - y)/(abs(x - y) + 1)", "x")));
        // 2|x|(1 + |x|) − x|x|sign(x) = 2|x| + 2x² − x² (abs-to-even-power inside the sum)
        assertEquals("(x^2 + 2*abs(x))/(1 + abs(x))^2", Printer.ascii(derivative("x*abs(x)/(1 + abs(x))", "x")));
        // Ramsay's Ea (statsmodels RamsayE.rho to psi)
        assertEquals("z*exp(-a*abs(z))", Printer.ascii(derivative("(1 - exp(-a*abs(z))*(1 + a*abs(z)))/a^2", "z")));
    }

    @Test
    void whereNoLawAppliesTheSumStays() {
        assertEquals("sign(x)*(y + 1) + abs(x)", simplified("sign(x)*(y + 1) + abs(x)"));
        assertEquals("y*sign(x) + abs(x)^3", simplified("y*sign(x) + abs(x)^3"));
        assertEquals("(sign(x) - abs(x))/abs(x)", simplified("sign(x)/abs(x) - 1"));
    }

    /** Each law is an identity everywhere: the new forms have the values of the inputs. */
    @Test
    void theFormsKeepTheirValues() {
        String[] inputs = {"sign(x) - sign(x)/(abs(x) + 1)", "sign(t - s) - 2*sign(t - s)/(abs(t - s) + 2)",
            "sign(x)*(abs(x) + 1)^2 - x", "3*sign(x)*abs(x)*(abs(x) - y) + abs(x)^2*(y - x^2)"};
        Random random = new Random(17);
        for (String input : inputs) {
            Expr in = Parser.parseExpression(input);
            Expr out = Simplifier.simplifyPlain(in);
            for (int k = 0; k < 50; k++) {
                Environment env = Environment.random(3, 3);
                for (String name : new String[] {"x", "y", "s", "t"}) {
                    env = env.withScalar(name, 4 * random.nextDouble() - 2);
                }
                double a = Evaluator.evaluate(in, env);
                double b = Evaluator.evaluate(out, env);
                assertTrue(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a)), input + " -> " + Printer.ascii(out) + ": " + a + " vs " + b);
            }
        }
    }
}
