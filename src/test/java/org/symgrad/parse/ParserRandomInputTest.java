package org.symgrad.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.symgrad.error.InputException;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Expr;
import org.symgrad.print.Printer;
import org.symgrad.testing.CpuTime;

/**
 * Seeded fuzzing of the parser: random characters and random token sequences. Every input either
 * parses — and then its ASCII form parses too — or fails with an
 * {@link InputException} that has a position, or a {@code LimitException}; nothing else escapes,
 * and the same input always gives the same answer.
 */
class ParserRandomInputTest {
    private static final String CHARS = "xyzWbijk0123456789+-*/^()_{},=. eσδΣ·−×'\t\n#$;";
    private static final List<String> TOKENS = List.of(
            "x", "y", "z_i", "W_{ij}", "x_j", "b_k", "k", "i", "n", "2", "0", "1/2", "0.25", "1e-3", "10",
            "+", "-", "*", "/", "^", "(", ")", "{", "}", ",", "_", "=", "·", "−",
            "exp(", "log(", "sigma(", "σ(", "tanh(", "sqrt(", "softmax(z)_i", "softmax(", "logsumexp(z)",
            "sum_k", "sum_{k=1}^{n}", "sum(k,", "Σ_j", "delta(i,j)", "δ_ij", "delta_", "diff(", "L(",
            "W^{(1)}", "^{(2)}", "relu(", "abs(", "yhat", "theta", "alpha", "let", "wrt", "check");

    @Test
    void randomCharacters() {
        Random random = new Random(5_001);
        fuzz(4000, 100, () -> {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                s.append(random.nextInt(20) == 0 ? (char) random.nextInt(0x3000) : CHARS.charAt(random.nextInt(CHARS.length())));
            }
            return s.toString();
        });
    }

    @Test
    void randomTokenSequences() {
        Random random = new Random(5_002);
        fuzz(4000, 200, () -> {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                s.append(TOKENS.get(random.nextInt(TOKENS.size())));
                if (random.nextBoolean()) {
                    s.append(' ');
                }
            }
            return s.toString();
        });
    }

    /** Token sequences biased to be well formed: balanced calls and brackets, operators between operands. */
    @Test
    void randomNearlyValidExpressions() {
        Random random = new Random(5_003);
        fuzz(3000, 1500, () -> nearlyValid(random, 4));
    }

    private static String nearlyValid(Random random, int depth) {
        List<String> leaves = List.of("x", "y", "z_i", "x_j", "W_{ij}", "2", "1/3", "n", "t_k", "delta(i,j)", "δ_ik");
        String leaf = leaves.get(random.nextInt(leaves.size()));
        if (depth == 0 || random.nextInt(4) == 0) {
            return random.nextInt(30) == 0 ? leaf + "_" : leaf;
        }
        String a = nearlyValid(random, depth - 1);
        String b = nearlyValid(random, depth - 1);
        return switch (random.nextInt(12)) {
            case 0 -> a + " + " + b;
            case 1 -> a + " - " + b;
            case 2 -> a + "*" + b;
            case 3 -> a + " " + b;
            case 4 -> "(" + a + ")/(" + b + ")";
            case 5 -> "(" + a + ")^" + (random.nextInt(5) - 1);
            case 6 -> "exp(" + a + ")";
            case 7 -> "sum_k " + a;
            case 8 -> "sigma(" + a + ")";
            case 9 -> "log(" + a + (random.nextInt(10) == 0 ? ", " + b : "") + ")";
            case 10 -> "-" + a;
            default -> random.nextInt(10) == 0 ? "(" + a : "(" + a + ")";
        };
    }

    /**
     * Runs {@code tries} inputs; at least {@code minParsed} of them must parse, so the fuzzing reaches past the lexer.
     * The bound that no input hangs the parser is 30 s of the working thread's CPU time, not of wall-clock time: a
     * machine loaded by other builds made the wall-clock bound fail the test when nothing hung.
     */
    private static void fuzz(int tries, int minParsed, java.util.function.Supplier<String> inputs) {
        AtomicInteger parsed = new AtomicInteger();
        CpuTime.assertWithin(Duration.ofSeconds(30), () -> {
            for (int i = 0; i < tries; i++) {
                String input = inputs.get();
                String first = outcome(input, Parser::parseExpression);
                assertEquals(first, outcome(input, Parser::parseExpression), () -> "not deterministic: " + input);
                if (first.startsWith("ok ")) {
                    parsed.incrementAndGet();
                }
                outcome(input, Parser::parseScript); // scripts: the same guarantees
            }
        });
        assertTrue(parsed.get() >= minParsed, "only " + parsed.get() + " of " + tries + " inputs parsed");
    }

    /** "ok " and the printed expression, or the error message; fails on anything but a typed error. */
    private static String outcome(String input, Function<String, Object> parse) {
        try {
            Object result = parse.apply(input);
            if (result instanceof Expr e) {
                // what the printer writes, the parser reads (structural equality of the round trip is
                // the printers' property test; here: no error on the way back)
                String ascii = Printer.ascii(e);
                try {
                    Parser.parseExpression(ascii);
                } catch (SymgradException back) {
                    fail("ascii form '" + ascii + "' of '" + input + "' does not parse: " + back.getMessage());
                }
                return "ok " + ascii;
            }
            return "ok";
        } catch (InputException e) {
            assertTrue(e.span().isPresent(), () -> "no position for '" + input + "': " + e.getMessage());
            return e.describe();
        } catch (SymgradException e) {
            return e.describe();
        } catch (RuntimeException | StackOverflowError e) {
            fail("'" + input.replace("\n", "\\n") + "' escaped with " + e, e);
            return null;
        }
    }
}
