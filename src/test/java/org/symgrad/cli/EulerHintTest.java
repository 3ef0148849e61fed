package org.symgrad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An ASCII input that raises the plain symbol e to a power gets a note saying so, on standard error only. */
class EulerHintTest {
    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new Io(InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err)), true);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void aRaisedEIsNotedAndTheResultIsUnchanged() {
        Outcome o = run("diff", "e^x", "--wrt", "x");
        assertEquals(0, o.code());
        assertEquals("e^x*log(e)\n", o.out());
        assertEquals(EulerHint.NOTE + "\n", o.err());
        assertEquals(EulerHint.NOTE + "\n", run("simplify", "2*e^-x").err());
        assertEquals(EulerHint.NOTE + "\n", run("diff", "(1 + e ^ (-x))^(-1)", "--wrt", "x", "-f", "json").err());
    }

    @Test
    void otherNamesEndingInEOrIndexedEAreNotNoted() {
        for (String e : new String[] {"exp(x)", "e_i^2 + x", "me^2 + x", "e2^x + x", "e*x", "x^e"}) {
            assertEquals(Optional.empty(), EulerHint.of(e), e);
        }
        assertEquals("", run("diff", "me^2 + x", "--wrt", "x").err());
    }

    @Test
    void aScriptThatDefinesEOrOnlyMentionsItInACommentIsNotNoted() {
        assertEquals(Optional.empty(), EulerHint.of("let e = y - t\nderive e^2/2 wrt t\n"));
        assertEquals(Optional.empty(), EulerHint.of("# softplus log(1 + e^x)\nderive log(1 + exp(x)) wrt x\n"));
        assertTrue(EulerHint.of("let f = 1/(1 + e^(-x))\nderive f wrt x\n").isPresent());
    }

    @Test
    void aFailedCommandPrintsItsErrorAlone() {
        Outcome o = run("diff", "e^x", "--wrt", "y");
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith("error:") && !o.err().contains("note:"), o.err());
    }
}
