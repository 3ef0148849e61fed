package org.symgrad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 3 on the command line: false identities that differ by less than 1e-7 exit 1. */
class CheckRoundingTest {
    @TempDir
    Path dir;

    private String[] check(String statement) throws IOException {
        Path script = dir.resolve("t.sg");
        Files.writeString(script, statement + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", script.toString(), "--format", "ascii"}, new PrintWriter(out),
                new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString() + err};
    }

    @Test
    void theIssuesThreeFalseIdentitiesExitOne() throws IOException {
        String[][] cases = {
            {"check 1 = 1 + 1/10^9", "the left side is 1 and the right side is 1.000000001"},
            {"check 10^20 + 1 = 10^20", "the left side is 100000000000000000001 and the right side is 100000000000000000000"},
            {"check x = x*(1 + 1/10^8)", "the left side is -1.28747775 and the right side is -1.28747777"},
        };
        for (String[] c : cases) {
            String[] r = check(c[0]);
            assertEquals("1", r[0], () -> c[0] + ":\n" + r[1]);
            assertTrue(r[1].contains(c[1]), () -> c[0] + ":\n" + r[1]);
        }
    }

    @Test
    void aTrueIdentityTheNormalFormCannotProveStillPasses() throws IOException {
        // sin(x)^2 + cos(x)^2 = 1 is proven since the prover writes sin^2 as 1 - cos^2 (SeventeenthRoundNotationTest), and
        // the double angle since it writes sin 2x as sin(x + x) (MultipleAnglesTest); the half angle it has no rule for
        String[] r = check("check sin(x/2)^2 = (1 - cos(x))/2");
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].contains("equal at every sampled point"), r[1]);
    }
}
