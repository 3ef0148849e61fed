package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * A difference the input wrote is gathered back out of a sum the normal form multiplied it out in
 * ({@link WrittenDifferencesGathered}, {@code gather-written-difference}).
 */
class WrittenDifferencesGatheredTest {
    /** The simplified derivative of {@code input} by {@code wrt}, as {@code diff} prints it. */
    static Expr derived(String input, String wrt) {
        return Symgrad.derive(Parser.parseExpression(input), Parser.parseExpression(wrt)).result();
    }

    @Test
    void theGumbelAndLogisticScaleDerivativesKeepTheWrittenDifference() {
        // stan-lpdf-partials.sg:26, was (y*(1 - exp(-(y - mu)/s)) - s - mu*(1 - exp(-(y - mu)/s)))/s^2
        String gumbel = Printer.ascii(derived("-(y - mu)/s - exp(-(y - mu)/s) - log(s)", "s"));
        assertTrue(gumbel.contains("(y - mu)*(1 - exp(-(y - mu)/s))") || gumbel.contains("(1 - exp(-(y - mu)/s))*(y - mu)"), gumbel);
        assertEquals(1, gumbel.split("y - mu", -1).length - 2, "y - mu written once outside the exp: " + gumbel);
        // stan-lpdf-partials.sg:37, was (2*mu*sigma(-(y - mu)/s) - mu - s - 2*y*sigma(-(y - mu)/s) + y)/s^2
        String logistic = Printer.ascii(derived("-(y - mu)/s - 2*log(1 + exp(-(y - mu)/s)) - log(s)", "s"));
        assertTrue(!logistic.contains("2*y*") && !logistic.contains("2*mu*"), logistic);
    }

    /**
     * For random differences D = a − b·t (t a symbol or a function value), factors Q and remainders R free of D's atoms:
     * D·Q + R simplified, with D written by the input, keeps its value, writes D once, and is a fixed point.
     */
    @Test
    void gatheredSumsKeepTheirValueAndAreAFixedPoint() {
        Random random = new Random(2_728L);
        List<String> firsts = List.of("y", "x", "u");
        List<String> seconds = List.of("mu", "2*m", "sinh(m)", "3*c");
        List<String> factors = List.of("(1 - exp(-z))", "(1 - 2*sigma(z))", "(w + cos(z))", "(2 - v)");
        List<String> rests = List.of("s", "2*s", "-s", "s^2", "exp(z)");
        int gathered = 0;
        for (int t = 0; t < 40; t++) {
            String d = firsts.get(random.nextInt(3)) + " - " + seconds.get(random.nextInt(4));
            String e = "(" + d + ")*" + factors.get(random.nextInt(4)) + " + " + rests.get(random.nextInt(5));
            String input = "log(" + d + ") + " + e;
            Normalizer normalizer = new Normalizer(Budget.standard(), List.of(), List.of(), false);
            // the normal form multiplies D out: y − y·exp(−z) − μ + μ·exp(−z) + s
            Expr expanded = normalizer.canonical(Parser.parseExpression(e));
            Expr out = WrittenDifferencesGathered.in(Parser.parseExpression(input), normalizer)
                    .written(expanded, org.symgrad.rewrite.Trace.NONE);
            EveryIndexAssignment.assertSameEverywhere(input, expanded, out, Environment::random);
            Expr simplified = Simplifier.simplifyPlain(Parser.parseExpression(input));
            assertEquals(simplified, Simplifier.simplifyPlain(simplified), () -> "not a fixed point: " + Printer.ascii(simplified));
            gathered += out != expanded ? 1 : 0;
        }
        assertTrue(gathered > 10, "only " + gathered + " gathered");
    }
}
