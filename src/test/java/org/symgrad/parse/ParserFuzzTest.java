package org.symgrad.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.junit.jupiter.api.Test;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Expr;

/** Random token soup never escapes as anything but a typed symgrad error, and prints nothing. */
class ParserFuzzTest {
    private static final String[] ALPHABET = {"x", "y_i", "W_{ij}", "x_", "_", "{", "}", "(", ")", "+", "-", "*",
        "/", "^", "·", "−", "sum", "sum_k", "Σ_{k=1}^{n}", "delta", "δ_ij", "σ", "sigma(", "exp(", "f(", "f'(",
        "softmax(z)_i", "softmax(", "logsumexp(", "diff(", ",", "1", "2.5", "1e-3", "e", " ", "=", "$", "\n",
        "let ", "assume ", "derive ", " wrt ", "check ", "simplify ", "'", "#", "\u0000", "β", "W^{(1)}", "^{(",
        "12", "\t", "0", "i", "j", "k"};

    @Test
    void randomTokenStringsOnlyRaiseInputOrLimitErrors() {
        Random random = new Random(20240611L);
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int parsed = 0;
        try {
            for (int n = 0; n < 4000; n++) {
                StringBuilder text = new StringBuilder();
                int length = 1 + random.nextInt(14);
                for (int t = 0; t < length; t++) {
                    text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
                }
                String input = text.toString();
                try {
                    if (n % 2 == 0) {
                        Expr fast = Parser.parseExpression(input);
                        assertEquals(fast, Parser.parseExpression(input, PredictionMode.LL), input);
                    } else {
                        Parser.parseScript(input);
                    }
                    parsed++;
                } catch (SymgradException expected) {
                    if (n % 2 == 0) {
                        assertThrows(SymgradException.class,
                                () -> Parser.parseExpression(input, PredictionMode.LL), "LL rejects " + input);
                    }
                    if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                        fail("empty message for " + input);
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("input " + input.replace("\n", "\\n") + " raised " + e, e);
                }
            }
        } finally {
            System.setErr(originalErr);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "nothing printed to stderr");
        // The alphabet is generous enough that some inputs are valid; all failing would hide a bug.
        if (parsed == 0) {
            fail("no random input parsed at all");
        }
    }

    @Test
    void hundredsOfNestedPrefixSumsParseInLinearTime() {
        String nested = "sum_k a_k ".repeat(500) + "x";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Parser.parseExpression(nested));
    }
}
