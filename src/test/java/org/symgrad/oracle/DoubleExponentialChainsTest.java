package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.oracle.TextbookFormsTest.assertDerives;
import static org.symgrad.oracle.TextbookFormsTest.range;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symgrad.api.OutputFormat;
import org.symgrad.api.Symgrad;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.simplify.Simplifier;

/**
 * The derivative of a decaying double exponential {@code exp(−exp(u))} (the complementary log-log and
 * log-log links, Gumbel and Gompertz densities) is one exp: the chain rule's {@code exp(u)} merges with
 * the outer {@code exp(−exp(u))} into {@code exp(u − exp(u))}, as statsmodels' {@code CLogLog.inverse_deriv}
 * writes it. Results are checked against finite differences and are the same with and without steps.
 * Exps that are not such a chain stay apart: a growing double exponential's {@code exp(x)·exp(exp(x))},
 * two independent double exponentials, a quotient of exps of different names.
 */
class DoubleExponentialChainsTest {
    private static final Map<String, double[]> RANGES = Map.of("u", range(-2, 1), "t", range(-1, 0.5),
            "x", range(-1, 1), "b", range(0.5, 2), "eta", range(0.5, 2), "z", range(-1, 1), "w", range(-1, 1));

    @Test
    void theChainFactorMergesIntoTheDoubleExponential() {
        assertDerives("derive 1 - exp(-exp(u)) wrt u", "exp(u - exp(u))", RANGES);
        assertDerives("derive 1 - exp(-exp(2*t)) wrt t", "2*exp(2*t - exp(2*t))", RANGES);
        assertDerives("derive eta*exp(-exp(b*x)) wrt x", "-b*eta*exp(b*x - exp(b*x))", RANGES);
        assertDerives("derive diff(1 - exp(-exp(u)), u) wrt u", "(1 - exp(u))*exp(u - exp(u))", RANGES);
    }

    /**
     * The log-log link's inverse exp(−exp(−z)): its chain factor is exp(−z), and the one exp keeps the two
     * arguments as terms (statsmodels' LogLog.inverse_deriv {@code exp(-exp(-z) - z)}), not the common factor
     * exp(−z)(1 + z exp(z)) the normal form takes out of them; exp(−z) and exp(z)^{−1} are one normal form.
     */
    @Test
    void aReciprocalChainFactorMergesAsTerms() {
        assertDerives("derive exp(-exp(-z)) wrt z", "exp(-z - exp(-z))", RANGES);
        assertDerives("derive 3*exp(-exp(-2*t)) wrt t", "6*exp(-2*t - exp(-2*t))", RANGES);
        assertEquals(Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression("exp(-z)*exp(-exp(-z))"))),
                Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression("exp(-z - exp(-z))"))));
        // the second derivative: the written exp(−z − exp(−z)) taken out of the terms, as the product rule gives it and
        // statsmodels' LogLog.inverse_deriv2 prints it (exp(-exp(-z) - z)*(exp(-z) - 1)), not the normal form's
        // exp(−2z)·exp(−exp(−z))·(1 − exp(z)), whose exp(−2z) no one wrote
        assertDerives("derive diff(exp(-exp(-z)), z) wrt z", "(exp(-z) - 1)*exp(-z - exp(-z))", RANGES);
        assertDerives("derive diff(3*exp(-exp(-2*t)), t) wrt t", "12*(exp(-2*t) - 1)*exp(-2*t - exp(-2*t))", RANGES);
    }

    /**
     * A scaled or shifted argument (the Gumbel distribution's {@code exp(−exp(−(x − μ)/β))}, scale β) is the
     * same chain: {@code exp(−x/b − exp(−x/b))} is the product of the exps of its terms over any denominator, as
     * the unscaled {@code exp(−z − exp(−z))} is, so the chain factor {@code exp(−x/b)} merges with it.
     */
    @Test
    void aScaledOrShiftedArgumentMergesAsTerms() {
        assertDerives("derive exp(-exp(-x/b)) wrt x", "exp(-exp(-x/b) - x/b)/b", RANGES);
        assertDerives("derive exp(-exp(-(x - u)/b)) wrt x", "exp(-exp(-(x - u)/b) - (x - u)/b)/b", RANGES);
        // one normal form: the product of the exps and the one exp written with its terms in the same order
        assertEquals(Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression("exp(-x/b)*exp(-exp(-x/b))"))),
                Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression("exp(-exp(-x/b) - x/b)"))));
    }

    @Test
    void theSameWithAndWithoutSteps() {
        for (String expr : new String[] {"1 - exp(-exp(u))", "eta*exp(-exp(b*u))"}) {
            String plain = Symgrad.derivation(expr, "u", 1, false).text(OutputFormat.ASCII, false).strip();
            String stepped = Symgrad.derivation(expr, "u", 1, true).text(OutputFormat.ASCII, false).strip();
            assertEquals(plain, stepped, expr);
        }
        assertEquals("-b*eta*exp(b*u - exp(b*u))", Symgrad.derivation("eta*exp(-exp(b*u))", "u", 1, true)
                .text(OutputFormat.ASCII, false).strip());
    }

    @Test
    void otherExpsStayApart() {
        assertDerives("derive exp(exp(x)) wrt x", "exp(x)*exp(exp(x))", RANGES);
        assertDerives("derive exp(-exp(z))*exp(-exp(w)) wrt z", "-exp(z)*exp(-exp(w))*exp(-exp(z))", RANGES);
        assertEquals("exp(x_i)*exp(-x_j)", Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression("exp(x_i)*exp(-x_j)"))));
    }
}
