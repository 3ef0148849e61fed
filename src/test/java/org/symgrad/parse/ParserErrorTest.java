package org.symgrad.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Expr;

/** Bad input gives a worded message at the right line and column, and limits are enforced. */
class ParserErrorTest {

    static Stream<Arguments> badExpressions() {
        return Stream.of(
                Arguments.of("(2 + )", 1, 6, "unexpected ')': expected an expression"),
                Arguments.of("(a + b", 1, 7, "missing ')' to close '(' at column 1"),
                Arguments.of("exp(x", 1, 6, "missing ')' to close '(' at column 4"),
                Arguments.of("exp (x", 1, 7, "missing ')' to close '(' at column 5"),
                Arguments.of("{a + (b}", 1, 8, "unexpected '}': expected ')' to close '(' at column 6"),
                Arguments.of("a)", 1, 2, "unexpected ')' with no matching '('"),
                Arguments.of("2 +", 1, 4, "unexpected end of input: expected an expression"),
                Arguments.of("2 + * 3", 1, 5, "unexpected '*': expected an expression"),
                Arguments.of("2 $ 3", 1, 3, "unknown character '$'"),
                Arguments.of("x\u0000", 1, 2, "control character U+0000 is not allowed"),
                Arguments.of("x_", 1, 3, "unexpected end of input: expected an index"),
                Arguments.of("x_ i", 1, 3, "unexpected space: expected an index"),
                Arguments.of("x = 3", 1, 3, "unexpected '=': expected an operator or the end of the input"),
                Arguments.of("sum k", 1, 5, "unexpected 'k': expected '_'"),
                Arguments.of("(a +\nb", 2, 2, "missing ')' to close '(' at line 1, column 1"),
                Arguments.of("sin(x, y)", 1, 1, "sin takes one argument, got 2"),
                Arguments.of("f()", 1, 1, "f() needs an argument"),
                Arguments.of("diff(x, 2)", 1, 9, "can only differentiate with respect to a variable"),
                Arguments.of("diff(x, x + 1)", 1, 9, "can only differentiate with respect to a variable"),
                Arguments.of("diff(x, x, 0)", 1, 12, "the order of a derivative must be a positive whole number"),
                Arguments.of("softmax(z)", 1, 1, "softmax(z) needs an index, as in softmax(z)_i"),
                Arguments.of("softmax(x + 1)_i", 1, 9, "must be the name of a vector"),
                Arguments.of("logsumexp(z_i)", 1, 11, "must be the name of a vector"),
                Arguments.of("exp(x)_i", 1, 7, "only softmax(z)_i takes an index"),
                Arguments.of("delta_ijk", 1, 1, "a Kronecker delta takes two indices"),
                Arguments.of("delta(i, x_j)", 1, 10, "an index of delta must be a name"),
                Arguments.of("sum_{k,k} x_k", 1, 5, "a sum binds index names, each once"),
                Arguments.of("sum(x + 1, x)", 1, 5, "the first argument of sum must be an index name"),
                Arguments.of("W_{2k,l}", 1, 4, "'2k' is not an index"),
                Arguments.of("sigma'(x)", 1, 1, "primes mark derivatives of abstract functions only"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badExpressions")
    void reportsLineColumnAndWords(String input, int line, int column, String words) {
        InputException e = assertThrows(InputException.class, () -> Parser.parseExpression(input));
        assertTrue(e.getMessage().contains(words), () -> "message was: " + e.getMessage());
        SourceSpan span = e.span().orElseThrow();
        assertEquals(line, span.line(), "line");
        assertEquals(column, span.column(), "column");
        assertTrue(e.describe().contains("^"), "has a caret diagram");
    }

    @Test
    void caretDiagramPointsAtTheOffendingToken() {
        InputException e = assertThrows(InputException.class, () -> Parser.parseExpression("(2 + )"));
        assertEquals("error: line 1, column 6: unexpected ')': expected an expression\n  (2 + )\n       ^",
                e.describe());
    }

    @Test
    void broadcastingInsideProductsAndArgumentsIsAllowed() {
        assertDoesNotThrow(() -> Parser.parseExpression("y_i*(delta(i,j) - y_j)"));
        assertDoesNotThrow(() -> Parser.parseExpression("exp(z_i + c)/sum_k exp(z_k + c)"));
        assertDoesNotThrow(() -> Parser.parseExpression("x_i y_j + x_j y_i"));
        assertDoesNotThrow(() -> Parser.parseExpression("sum_k x_k + 1"));
    }

    @Test
    void hundredThousandNestedParenthesesHitTheNestingLimit() {
        String deep = "(".repeat(100_000) + "x" + ")".repeat(100_000);
        LimitException e = assertThrows(LimitException.class, () -> Parser.parseExpression(deep));
        assertEquals("nesting-depth", e.limit());
    }

    @Test
    void unclosedDeepNestingHitsTheNestingLimitToo() {
        LimitException e = assertThrows(LimitException.class,
                () -> Parser.parseExpression("exp(".repeat(5000) + "x"));
        assertEquals("nesting-depth", e.limit());
    }

    @Test
    void longChainsOfSignsPowersAndSumsHitTheNestingLimit() {
        for (String deep : new String[] {"-".repeat(100_000) + "x", "x^".repeat(100_000) + "x",
            "sum_k ".repeat(50_000) + "x_k", "2^-".repeat(50_000) + "2"}) {
            LimitException e = assertThrows(LimitException.class, () -> Parser.parseExpression(deep),
                    () -> deep.substring(0, 10));
            assertEquals("nesting-depth", e.limit());
        }
    }

    @Test
    void thousandNestedParenthesesParseOnASmallStack() throws InterruptedException {
        String deep = "(".repeat(1000) + "x" + ")".repeat(1000) + " + " + "sin(".repeat(999) + "x"
                + ")".repeat(999);
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(Parser.parseExpression(deep));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 1L << 20);
        t.start();
        t.join();
        assertTrue(result.get() instanceof Expr, () -> "got " + result.get());
    }

    @Test
    void hugeNumbersHitTheNumberSizeLimit() {
        for (String big : new String[] {"1".repeat(10_001), "1e99999999", "1e-99999999",
            "1e99999999999999999999999"}) {
            LimitException e = assertThrows(LimitException.class, () -> Parser.parseExpression(big));
            assertEquals("number-size", e.limit());
        }
        assertDoesNotThrow(() -> Parser.parseExpression("9".repeat(10_000)));
    }

    @Test
    void derivativeOrderAboveTheLimitIsALimitError() {
        LimitException e = assertThrows(LimitException.class,
                () -> Parser.parseExpression("diff(x^2, x, 1000000000000)"));
        assertEquals("derivative-order", e.limit());
    }
}
