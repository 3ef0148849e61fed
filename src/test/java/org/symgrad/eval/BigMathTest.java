package org.symgrad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The 64-digit functions of the checker's precise path agree with double and with their identities to 50 digits. */
class BigMathTest {
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-50");

    private static void close(BigDecimal expected, BigDecimal actual, String what) {
        BigDecimal scale = expected.abs().max(new BigDecimal("1e-300"));
        assertTrue(expected.subtract(actual).abs().compareTo(scale.multiply(TOLERANCE)) <= 0,
                () -> what + ": " + expected + " vs " + actual);
    }

    @Test
    void identitiesHoldToFiftyDigits() {
        Random random = new Random(15L);
        for (int i = 0; i < 200; i++) {
            BigDecimal x = new BigDecimal((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(7) - 3));
            close(x, BigMath.log(BigMath.exp(x)), "log exp " + x);
            BigDecimal s = BigMath.sin(x);
            BigDecimal c = BigMath.cos(x);
            close(BigDecimal.ONE, s.multiply(s).add(c.multiply(c)), "sin² + cos² at " + x);
            BigDecimal t = BigMath.atan(x);
            close(x, BigMath.sin(t).divide(BigMath.cos(t), BigMath.MC),
                    "tan atan " + x);
            close(BigMath.exp(x).subtract(BigDecimal.ONE, BigMath.MC), BigMath.expm1(x), "expm1 " + x);
        }
        close(BigMath.pi(), BigMath.atan(BigDecimal.ONE).multiply(BigDecimal.valueOf(4)), "4 atan 1");
        close(new BigDecimal("1e-30").subtract(new BigDecimal("5e-61")), BigMath.log1p(new BigDecimal("1e-30")), "log1p");
        close(new BigDecimal("2").sqrt(BigMath.MC), BigMath.sqrt(BigDecimal.TWO), "sqrt 2");
        assertNull(BigMath.log(BigDecimal.ZERO));
        assertNull(BigMath.exp(BigDecimal.valueOf(2_000_000)));
    }

    @Test
    void preciseFunctionsAgreeWithDouble() {
        Random random = new Random(16L);
        String[] names = {"exp", "log", "sin", "cos", "tan", "sinh", "cosh", "tanh", "atan", "asin", "acos", "asinh",
            "atanh", "acosh", "sigma", "softplus", "logit", "log1p", "expm1", "sqrt", "log2", "log10"};
        for (String name : names) {
            DoubleUnaryOperator reference = org.symgrad.functions.FunctionRegistry.ALL.stream()
                    .filter(k -> k.name().equals(name)).findFirst().orElseThrow()::value;
            for (int i = 0; i < 50; i++) {
                double x = (random.nextDouble() - 0.3) * 4;
                double expected = reference.applyAsDouble(x);
                var ball = PreciseFunctions.apply(name, Ball.of(x));
                if (!Double.isFinite(expected)) {
                    continue;
                }
                assertTrue(ball.isPresent(), name + "(" + x + ") has no precise value");
                double actual = ball.get().estimate();
                assertEquals(expected, actual, 1e-13 * Math.max(1, Math.abs(expected)), name + "(" + x + ")");
                assertTrue(ball.get().radius() <= 1e-30 * Math.max(1e-300, Math.abs(actual)), name + " radius " + ball.get());
            }
        }
    }

    @Test
    void aCancellingSideIsNarrowOnlyOnThePrecisePath() {
        Environment env = Environment.random(1, 3);
        var e = org.symgrad.parse.Parser.parseExpression("1 - sigma(27)");
        Ball fast = BallEvaluator.evaluate(e, env);
        Ball precise = BallEvaluator.evaluatePrecisely(e, env);
        assertTrue(fast.radius() > 1e-6 * fast.magnitude(), fast.toString());
        assertTrue(precise.radius() < 1e-20 * precise.magnitude(), precise.toString());
        assertTrue(precise.mid().subtract(fast.mid()).abs().doubleValue() <= fast.radius(), fast + " vs " + precise);
    }
}
