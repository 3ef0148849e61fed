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
 * A difference of logs beside the log of their quotient is written as that log
 * ({@link LogDifferencesAsQuotients}, {@code log-difference-as-quotient}).
 */
class LogDifferencesAsQuotientsTest {
    @Test
    void theWeibullAndFrechetShapePartialsHoldOneLog() {
        // stan-lpdf-shapes.sg:15, was 1/a - (log(s) - log(y) + log(y/s)*(y/s)^a)
        String weibull = Printer.ascii(WrittenDifferencesGatheredTest.derived("-(y/s)^a + log(a) + (a - 1)*log(y) - a*log(s)", "a"));
        assertEquals("log(y/s)*(1 - (y/s)^a) + 1/a", weibull);
        // stan-lpdf-shapes.sg:26, was 1/a - log(s/y)*(s/y)^a - log(y) + log(s)
        String frechet = Printer.ascii(WrittenDifferencesGatheredTest.derived("-(s/y)^a + log(a) - (a + 1)*log(y) + a*log(s)", "a"));
        assertEquals("log(s/y)*(1 - (s/y)^a) + 1/a", frechet);
    }

    @Test
    void theSummedWeibullAndFrechetShapePartialsHoldOneLogInTheSum() {
        // Σ_i log(x_i) − n·log(l) beside Σ_i log(x_i/l)·…: n/k + Σ_i log(x_i/l)(1 − (x_i/l)^k), as Wikipedia's Weibull
        // maximum-likelihood equations print it; was (k*(sum(i, log(x_i) - log(x_i/l)*(x_i/l)^k) - n*log(l)) + n)/k
        assertEquals("sum(i, log(x_i/l)*(1 - (x_i/l)^k)) + n/k", Printer.ascii(WrittenDifferencesGatheredTest.derived(
                "sum_i (log(k) - k*log(l) + (k - 1)*log(x_i) - (x_i/l)^k)", "k")));
        // was n*log(l) - sum(i, log(x_i) + log(l/x_i)*(l/x_i)^k) + n/k
        assertEquals("sum(i, log(l/x_i)*(1 - (l/x_i)^k)) + n/k", Printer.ascii(WrittenDifferencesGatheredTest.derived(
                "sum_i (log(k) + k*log(l) - (k + 1)*log(x_i) - (l/x_i)^k)", "k")));
    }

    @Test
    void logsWithoutTheirQuotientStayApart() {
        // the binary entropy's derivative: no log(p/(1 - p)) in the result, so no log is joined
        assertEquals("log(1 - p) - log(p)", Printer.ascii(WrittenDifferencesGatheredTest.derived("-p*log(p) - (1 - p)*log(1 - p)", "p")));
        assertEquals("log(x) - log(y) + 2*a", Printer.ascii(WrittenDifferencesGatheredTest.derived("a*(log(x) - log(y)) + a^2", "a")));
    }

    /**
     * For random positive u and v (so every log is defined), coefficients c and remainders r: the derivative by a of
     * (u/v)^a + c·a·log(u) − c·a·log(v) + r keeps its value, holds no log of u or v alone, and is a fixed point.
     */
    @Test
    void joinedLogsKeepTheirValueAndAreAFixedPoint() {
        Random random = new Random(2_828L);
        List<String> parts = List.of("(1 + y^2)", "(2 + cos(z))", "cosh(w)", "(3 + x^4)");
        List<String> coefficients = List.of("1", "2", "k", "3/2", "-k^2");
        List<String> rests = List.of("0", "a^2", "exp(a)*k", "sin(a)");
        List<String> restDerivatives = List.of("0", "2*a", "exp(a)*k", "cos(a)");
        for (int t = 0; t < 30; t++) {
            int i = random.nextInt(parts.size());
            int j = (i + 1 + random.nextInt(parts.size() - 1)) % parts.size();
            String u = parts.get(i);
            String v = parts.get(j);
            String c = coefficients.get(random.nextInt(coefficients.size()));
            int k = random.nextInt(rests.size());
            String r = rests.get(k);
            String input = "(" + u + "/" + v + ")^a + " + c + "*a*log(" + u + ") - " + c + "*a*log(" + v + ") + " + r;
            Expr result = WrittenDifferencesGatheredTest.derived(input, "a");
            Expr byHand = Parser.parseExpression("(" + u + "/" + v + ")^a*log(" + u + "/" + v + ") + " + c + "*log(" + u
                    + ") - " + c + "*log(" + v + ") + " + restDerivatives.get(k));
            EveryIndexAssignment.assertSameEverywhere(input, Symgrad.simplify(byHand), result, Environment::random);
            Normalizer normalizer = new Normalizer(Budget.standard(), List.of(), List.of(), false);
            Factored alone1 = normalizer.normalize(Parser.parseExpression(u));
            Factored alone2 = normalizer.normalize(Parser.parseExpression(v));
            assertFalse(Exprs.any(result, x -> x instanceof Fn f && f.name().equals("log")
                    && (normalizer.normalize(f.args().get(0)).equals(alone1) || normalizer.normalize(f.args().get(0)).equals(alone2))),
                    () -> input + ": " + Printer.ascii(result));
            assertEquals(result, Simplifier.simplifyPlain(result), () -> "not a fixed point: " + Printer.ascii(result));
        }
    }

    /**
     * The same over a sum: the derivative by a of Σ_i ((u_i/v)^a + c·a·log(u_i)) − c·n·a·log(v), u_i and v positive, keeps its
     * value at every n and every index, holds no log of v alone, and is a fixed point.
     */
    @Test
    void logsJoinedIntoASumKeepTheirValueAndAreAFixedPoint() {
        Random random = new Random(2_829L);
        List<String> summed = List.of("(1 + x_i^2)", "cosh(x_i)", "(2 + sin(x_i))");
        List<String> outside = List.of("(2 + cos(z))", "(1 + y^2)", "cosh(w)");
        List<String> coefficients = List.of("1", "2", "k", "-3/2");
        for (int t = 0; t < 20; t++) {
            String u = summed.get(random.nextInt(summed.size()));
            String v = outside.get(random.nextInt(outside.size()));
            String c = coefficients.get(random.nextInt(coefficients.size()));
            String input = "sum_i ((" + u + "/" + v + ")^a + " + c + "*a*log(" + u + ")) - " + c + "*n*a*log(" + v + ")";
            Expr result = WrittenDifferencesGatheredTest.derived(input, "a");
            Expr byHand = Parser.parseExpression("sum_i ((" + u + "/" + v + ")^a*log(" + u + "/" + v + ") + " + c + "*log(" + u
                    + ")) - " + c + "*n*log(" + v + ")");
            EveryIndexAssignment.assertSameEverywhere(input, Symgrad.simplify(byHand), result, Environment::random);
            Normalizer normalizer = new Normalizer(Budget.standard(), List.of(), List.of(), false);
            Factored alone = normalizer.normalize(Parser.parseExpression(v));
            assertFalse(Exprs.any(result, x -> x instanceof Fn f && f.name().equals("log")
                    && normalizer.normalize(f.args().get(0)).equals(alone)), () -> input + ": " + Printer.ascii(result));
            // read again as printed (simplify names the bound index its own way), then again: the same
            String once = Printer.ascii(Symgrad.simplify(Parser.parseExpression(Printer.ascii(result))));
            assertEquals(once, Printer.ascii(Symgrad.simplify(Parser.parseExpression(once))), "not a fixed point");
            assertFalse(Exprs.any(Parser.parseExpression(once), x -> x instanceof Fn f && f.name().equals("log")
                    && normalizer.normalize(f.args().get(0)).equals(alone)), () -> input + " read again: " + once);
        }
    }
}
