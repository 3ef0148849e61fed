package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.symgrad.bench.GrowthFamilies;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.CpuTime;
import org.symgrad.testing.Idempotence;

/**
 * Nested rational functions keep the structure the input wrote ({@link FractionsApart}): the chain
 * rule's factors, not one expanded common denominator whose degree doubles with every level of
 * nesting (the fuzzer's seed 14, cases 26087 and its kin, reached 20,000 terms in 40 s). Each
 * result is checked against finite differences at random points.
 */
class NestedFractionsTest {
    private static final String Z = "z";

    @Test
    void theChainRuleOfANestedFractionReadsAsATextbookWritesIt() {
        assertDerivative("1/(1 + (1/(1 + z^2)^2 - c)^2)",
                "8*z*(1/(1 + z^2)^2 - c)/((1 + z^2)^3*(1 + (1/(1 + z^2)^2 - c)^2)^2)");
    }

    @Test
    void aNestedFractionSimplifiesToItself() {
        String e = "1/(1 + (1/(1 + z^2)^2 - c)^2)";
        assertEquals(e, Printer.ascii(Idempotence.simplifiedOnce(Parser.parseExpression(e))));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
            // combining pays: the numerator multiplies out to fewer terms than it had
            "1 - x^2/(1 + x)^2; (1 + 2*x)/(1 + x)^2",
            "1/(1 + x) - x/(1 + x)^2; 1/(1 + x)^2",
            // it does not: squares of different sums stay apart
            "1/(1 + x)^2 + 1/(1 + y)^2; 1/(1 + x)^2 + 1/(1 + y)^2",
            "x + 1/(1 + x)^2; x + 1/(1 + x)^2"})
    void fractionsAreCombinedOnlyWhereThatReadsNoLonger(String input, String expected) {
        Expr once = Idempotence.simplifiedOnce(Parser.parseExpression(input));
        assertEquals(expected, Printer.ascii(once));
        assertSameValues(input, Parser.parseExpression(input), once);
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void everyDepthIsRightAndItsSizeGrowsPolynomially(int depth) {
        for (String input : new String[] {GrowthFamilies.nestedFraction(depth), GrowthFamilies.nestedFractionInTanhLog(depth)}) {
            Expr result = assertOracle(input);
            int size = Printer.ascii(result).length();
            int written = input.length();
            // the chain rule's n factors, each a level of the input at most: quadratic in the depth
            assertTrue(size <= 4 * written * (depth + 1), input + ": " + size + " characters");
        }
    }

    /**
     * The fuzzer's seed 14, case 26087: over a common denominator this was more than 20,000 terms
     * after 40 s of CPU time, then a resource limit.
     */
    @Test
    void fuzzCase26087FinishesWellUnderASecond() {
        String input = "tanh(log(1 + (1/(1 + (1/(1 + z^2)^2 - log(exp(sin(1))))^2)^2)^2))";
        assertOracle(GrowthFamilies.nestedFraction(1)); // classes loaded, code compiled: the next call is the work itself
        CpuTime.assertWithin(Duration.ofSeconds(1), () -> assertOracle(input));
    }

    private static void assertDerivative(String input, String expected) {
        Expr result = assertOracle(input);
        assertEquals(expected, Printer.ascii(result), input);
    }

    /** The derivative by z of {@code input}, after checking it against finite differences. */
    private static Expr assertOracle(String input) {
        Expr of = Parser.parseExpression(input);
        Expr result = Deriver.plain().derivative(of, Parser.parseExpression(Z));
        assertSameValues(input, new Derivative(of, Parser.parseExpression(Z)), result);
        return result;
    }

    private static void assertSameValues(String what, Expr expected, Expr actual) {
        for (long seed = 0; seed < 12; seed++) {
            Environment env = Environment.random(seed, 3);
            double a = Evaluator.evaluate(expected, env);
            double v = Evaluator.evaluate(actual, env);
            assertEquals(a, v, 1e-6 * Math.max(1, Math.abs(a)), what + ": " + Printer.ascii(actual) + " at " + env.bindings());
        }
    }
}
