package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * A library function the input wrote by its name is written back by that name where the result holds its formula
 * whole ({@link WrittenFunctions}, {@code function-as-written}).
 */
class WrittenFunctionsTest {
    private static String derived(String input, String wrt) {
        return Printer.ascii(WrittenDifferencesGatheredTest.derived(input, wrt));
    }

    private static String simplified(String input) {
        return Printer.ascii(Symgrad.simplify(Parser.parseExpression(input)));
    }

    @Test
    void theParetoShapePartialKeepsItsLog1p() {
        // stan-lpdf-shapes.sg:64, Stan's pareto_type_2_lpdf; was 1/a - log((l - mu + y)/l)
        assertEquals("1/a - log1p((y - mu)/l)", derived("log(a) - log(l) - (a + 1)*log1p((y - mu)/l)", "a"));
        // XGBoost's squared log error as its source writes it; was (log(1 + a) - log(1 + t))/(1 + a)
        assertEquals("(log1p(a) - log1p(t))/(1 + a)", derived("(log1p(a) - log1p(t))^2/2", "a"));
        assertEquals("log1p(x)", simplified("log1p(x)"));
        assertEquals("y*expm1(x)", simplified("expm1(x)*y"));
    }

    @Test
    void aLogTheInputWroteAsALogStaysALog() {
        // the input wrote log(1 + x), not log1p: nothing to write back
        assertEquals("log(1 + x)", simplified("log(1 + x)"));
        assertFalse(derived("p*log(p + 1) - p", "p").contains("log1p"));
        // a power keeps its printed form: sqrt(u) is u^(1/2), exp2(u) is 2^u
        assertEquals("x^(1/2)", simplified("sqrt(x)"));
        assertFalse(simplified("exp2(x)*y").contains("exp2"));
    }

    /**
     * For random arguments u, coefficients and remainders: the derivative by a of c·a·log1p(u) + r (and of
     * c·a·expm1(u)) keeps its value, holds log1p(u) (expm1(u)) by its name, and is a fixed point.
     */
    @Test
    void writtenBackFunctionsKeepTheirValueAndAreAFixedPoint() {
        Random random = new Random(2_929L);
        List<String> arguments = List.of("x^2", "cosh(w)", "x^2*y^2", "sin(w)^2", "z^4");
        List<String> coefficients = List.of("1", "2", "k", "-3/2", "k^2");
        List<String> rests = List.of("0", "a^2", "exp(a)*k", "sin(a)");
        List<String> restDerivatives = List.of("0", "2*a", "exp(a)*k", "cos(a)");
        for (int t = 0; t < 30; t++) {
            String fn = random.nextBoolean() ? "log1p" : "expm1";
            String u = arguments.get(random.nextInt(arguments.size()));
            String c = coefficients.get(random.nextInt(coefficients.size()));
            // expm1's formula is a sum: written back where the result holds it whole, not spread over a longer sum
            int k = fn.equals("expm1") ? 0 : random.nextInt(rests.size());
            String input = c + "*a*" + fn + "(" + u + ") + " + rests.get(k);
            Expr result = WrittenDifferencesGatheredTest.derived(input, "a");
            Expr byHand = Parser.parseExpression(c + "*" + fn + "(" + u + ") + " + restDerivatives.get(k));
            EveryIndexAssignment.assertSameEverywhere(input, Symgrad.simplify(byHand), result, Environment::random);
            assertTrue(Exprs.any(result, x -> x instanceof Fn f && f.name().equals(fn)), () -> input + ": " + Printer.ascii(result));
            // read again as printed (the terms may come in another order), then again: the same, the name kept
            String once = Printer.ascii(Symgrad.simplify(Parser.parseExpression(Printer.ascii(result))));
            assertEquals(once, Printer.ascii(Symgrad.simplify(Parser.parseExpression(once))), () -> input + ": not a fixed point");
            assertTrue(once.contains(fn + "("), () -> input + " read again: " + once);
        }
    }
}
