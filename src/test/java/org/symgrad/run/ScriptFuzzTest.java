package org.symgrad.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.error.InputException;
import org.symgrad.error.SymgradException;
import org.symgrad.report.Format;
import org.symgrad.report.Report;
import org.symgrad.testing.RandomExprs;

/**
 * Seeded fuzzing of the script runner: scripts of random {@code let}, {@code assume},
 * {@code derive}, {@code simplify} and {@code check} statements over random and indexed
 * expressions, some with a character mutated. Nothing escapes but the typed errors (an input
 * error carries a line), and running a script twice gives the same output byte for byte.
 */
class ScriptFuzzTest {
    private static final int SCRIPTS = 1500;
    private static final List<String> INDEXED = List.of(
            "exp(z_i)/sum_k exp(z_k)", "sum_j W_ij*x_j + b_i", "sigma(a_i)", "z_i*z_i", "log(y_i)",
            "softmax(z)_i", "t_i*log(y_i)", "delta(i,j)*x_j", "x_i + c", "tanh(W_{ij}*x_j)");
    private static final List<String> NAMES = List.of("y", "h", "E", "z", "x", "u");

    @Test
    void randomScripts() {
        Random random = new Random(31_337);
        RandomExprs exprs = new RandomExprs(31_338);
        int[] succeeded = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(45), () -> {
            for (int s = 0; s < SCRIPTS; s++) {
                String script = script(random, exprs);
                String first = outcome(script);
                if (!first.startsWith("error: limit exceeded (time)")) {
                    assertEquals(first, outcome(script), () -> "not deterministic:\n" + script);
                }
                if (!first.startsWith("error:")) {
                    succeeded[0]++;
                }
            }
        });
        assertTrue(succeeded[0] > SCRIPTS / 10, "only " + succeeded[0] + " scripts ran without error");
    }

    private static String script(Random random, RandomExprs exprs) {
        StringBuilder s = new StringBuilder();
        int statements = 1 + random.nextInt(5);
        for (int k = 0; k < statements; k++) {
            String name = NAMES.get(random.nextInt(NAMES.size()));
            String scalar = Symgrad.ascii(exprs.next(2));
            String indexed = INDEXED.get(random.nextInt(INDEXED.size()));
            String line = switch (random.nextInt(8)) {
                case 0 -> "let " + name + " = " + scalar;
                case 1 -> "let " + name + "_i = " + indexed;
                case 2 -> "assume sum_k t_k = 1";
                case 3 -> "derive " + name + " wrt " + List.of("x", "y", "z", "q").get(random.nextInt(4));
                case 4 -> "derive " + name + "_i wrt z_j";
                case 5 -> "simplify " + (random.nextBoolean() ? scalar : indexed);
                case 6 -> "check " + scalar + " = " + scalar;
                default -> "# " + scalar;
            };
            s.append(random.nextInt(8) == 0 ? mutate(line, random) : line).append('\n');
        }
        return s.toString();
    }

    private static String mutate(String line, Random random) {
        String junk = "()+*^_{}=,# x\t";
        int at = random.nextInt(line.length() + 1);
        return random.nextBoolean() && at < line.length()
                ? line.substring(0, at) + line.substring(at + 1)
                : line.substring(0, at) + junk.charAt(random.nextInt(junk.length())) + line.substring(at);
    }

    /** The script's ASCII report, or its typed error; fails on anything else. */
    private static String outcome(String script) {
        try {
            return new Report(Format.ASCII, true).outcomes(Symgrad.run(script));
        } catch (InputException e) {
            assertTrue(e.span().isPresent(), () -> "no line for: " + e.getMessage() + "\n" + script);
            return e.describe();
        } catch (SymgradException e) {
            return e.describe();
        } catch (RuntimeException | StackOverflowError e) {
            fail("escaped with " + e + ":\n" + script, e);
            return null;
        }
    }
}
