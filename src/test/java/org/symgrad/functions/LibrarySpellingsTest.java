package org.symgrad.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * The names numerical libraries and books give to formulas of the registry's functions — base-b
 * logarithms, {@code log1p}, {@code expm1}, {@code exp2}, {@code rsqrt}, {@code erfc},
 * {@code softsign}, {@code mish}, {@code logit} — are known functions, read as the formula they
 * name; erfc keeps its name (its derivative −2e^{−x²}/√π), as books write it. Before, each was an abstract function and its derivative stayed symbolic ({@code log2'(x)}).
 */
class LibrarySpellingsTest {

    private static String derivative(String e, String wrt) {
        return Printer.ascii(Symgrad.simplify(Symgrad.differentiate(Parser.parseExpression(e), Parser.parseExpression(wrt))));
    }

    @Test
    void eachSpellingDifferentiatesToTheFormulaItNames() {
        assertEquals("1/(x*log(2))", derivative("log2(x)", "x"));
        assertEquals("1/(x*log(10))", derivative("log10(x)", "x"));
        assertEquals("1/(1 + x)", derivative("log1p(x)", "x"));
        assertEquals("exp(x)", derivative("expm1(x)", "x"));
        assertEquals("2^x*log(2)", derivative("exp2(x)", "x"));
        assertEquals("-1/(2*x^(3/2))", derivative("rsqrt(x)", "x"));
        assertEquals("-2*exp(-x^2)/pi^(1/2)", derivative("erfc(x)", "x"));
        assertEquals("1/(1 + abs(x))^2", derivative("softsign(x)", "x"));
        assertEquals("1/(x*(1 - x))", derivative("logit(x)", "x"));
        assertEquals(derivative("x*tanh(softplus(x))", "x"), derivative("mish(x)", "x"));
    }

    @Test
    void theyComposeWithOtherNamesAndArguments() {
        // the binary entropy in bits and XGBoost's squared log error, as their sources write them
        assertEquals("(log(1 - q) - log(q))/log(2)", derivative("-q*log2(q) - (1 - q)*log2(1 - q)", "q"));
        // the logs keep the name the input gave them (WrittenFunctions): was (log(1 + a) - log(1 + t))/(1 + a)
        assertEquals("(log1p(a) - log1p(t))/(1 + a)", derivative("(log1p(a) - log1p(t))^2/2", "a"));
        assertEquals("-exp(-z^2/2)/(2*pi)^(1/2)", derivative("erfc(z/sqrt(2))/2", "z"));
        assertEquals("w/(1 + u*w)", derivative("log1p(w*u)", "u"));
    }

    @Test
    void aFunctionOfASoftplusWrittenOutStaysAFunctionOfIt() {
        // mish as its paper writes it: before, tanh-of-log turned tanh(log(1 + e^x)) into a rational function of e^x
        assertEquals("x*sigma(x)*(1 - tanh(log(1 + exp(x)))^2) + tanh(log(1 + exp(x)))",
                derivative("x*tanh(log(1 + exp(x)))", "x"));
        assertEquals("2*t*sigma(2*t)*(1 - tanh(log(1 + exp(2*t)))^2) + tanh(log(1 + exp(2*t)))",
                derivative("t*tanh(log(1 + exp(2*t)))", "t"));
        assertEquals("x*tanh(log(1 + exp(x)))", Printer.ascii(Symgrad.simplify(Parser.parseExpression("x*tanh(log(1 + exp(x)))"))));
        // a log that names no function still goes through the function's exp definition
        assertEquals("(x^2 - 1)/(1 + x^2)", Printer.ascii(Symgrad.simplify(Parser.parseExpression("tanh(log(x))"))));
        assertEquals("x/(1 + x)", Printer.ascii(Symgrad.simplify(Parser.parseExpression("sigma(log(x))"))));
    }

    @Test
    void valuesAgreeWithTheFormulaTheyName() {
        String[][] pairs = {{"log2(x)", "log(x)/log(2)"}, {"log10(x)", "log(x)/log(10)"}, {"log1p(x)", "log(1 + x)"},
            {"expm1(x)", "exp(x) - 1"}, {"exp2(x)", "2^x"}, {"rsqrt(x)", "1/sqrt(x)"},
            {"erfc(x)", "1 - erf(x)"}, {"softsign(x)", "x/(1 + abs(x))"}, {"mish(x)", "x*tanh(softplus(x))"},
            {"logit(x)", "log(x/(1 - x))"}};
        for (String[] pair : pairs) {
            Expr named = Parser.parseExpression(pair[0]);
            Expr formula = Parser.parseExpression(pair[1]);
            int compared = 0;
            for (long seed = 0; seed < 80; seed++) {
                Environment env = Environment.random(seed, 3);
                double x = env.scalar("x");
                if (x > 0 && x < 1) { // every formula is defined on (0, 1)
                    double expected = Evaluator.evaluate(formula, env);
                    assertEquals(expected, Evaluator.evaluate(named, env), 1e-12 * Math.max(1, Math.abs(expected)),
                            pair[0] + " at " + x);
                    compared++;
                }
            }
            assertTrue(compared >= 10, pair[0] + ": " + compared + " points");
        }
    }

    @Test
    void printersWriteTheFormulaSoOutputReadsBack() {
        for (String e : new String[] {"log2(x)", "log1p(x)", "erfc(x)", "softsign(x)", "logit(x)"}) {
            Expr simplified = Symgrad.simplify(Parser.parseExpression(e));
            assertEquals(simplified, Symgrad.simplify(Parser.parseExpression(Printer.ascii(simplified))), e);
        }
    }
}
