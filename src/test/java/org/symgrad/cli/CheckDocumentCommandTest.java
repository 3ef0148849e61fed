package org.symgrad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code symgrad check} on Markdown and LaTeX documents (SPEC §8): the kind from the extension or
 * {@code --input}, standard input, directives from the command line, the JSON of verdicts, and the
 * exit codes (1 a false step, 0 none, 2 a document that cannot be read).
 */
class CheckDocumentCommandTest {
    private record Result(int code, String out, String err) {
    }

    private static Result cli(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private static final String RIGHT = "# Sigmoid\n\n$$\\frac{d}{dx}\\sigma(x) = \\sigma(x)(1 - \\sigma(x))$$\n";
    private static final String WRONG = "Some text.\n\n$$\\frac{d}{dx}\\sigma(x) = \\sigma(x)$$\n";

    @Test
    void theExtensionSaysMarkdownAndAFalseStepExitsOne(@TempDir Path dir) throws IOException {
        Path right = Files.writeString(dir.resolve("right.md"), RIGHT);
        Path wrong = Files.writeString(dir.resolve("wrong.md"), WRONG);
        assertEquals(0, cli("", "check", right.toString()).code());
        Result r = cli("", "check", wrong.toString(), "-f", "unicode");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("✗ line 3"), r.out());
        assertTrue(r.out().contains("expected σ(x)(1 − σ(x))"), r.out());
    }

    @Test
    void inputKindOverridesTheExtensionAndStandardInputIsRecognised(@TempDir Path dir) throws IOException {
        Path txt = Files.writeString(dir.resolve("homework.txt"), WRONG);
        assertEquals(1, cli("", "check", "--input", "md", txt.toString()).code());
        assertEquals(1, cli(WRONG, "check", "-").code());
        assertEquals(0, cli("\\documentclass{article}\\begin{document}\\[ (x+1)^2 = x^2 + 2x + 1 \\]\\end{document}",
                "check", "-").code());
        assertEquals(1, cli("check 1 = 2\n", "check", "-").code());
    }

    @Test
    void aFileWhoseExtensionNamesNoKindIsReadAsWhatItsTextLooksLike(@TempDir Path dir) throws IOException {
        Path markdown = Files.writeString(dir.resolve("homework.txt"), WRONG);
        Result r = cli("", "check", markdown.toString(), "-f", "unicode");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("✗ line 3"), r.out());
        Path script = Files.writeString(dir.resolve("steps"), "check 1 + 1 = 2\n");
        assertEquals(0, cli("", "check", script.toString()).code());
        Path wrongScript = Files.writeString(dir.resolve("steps.txt"), "check 1 + 1 = 3\n");
        assertEquals(1, cli("", "check", wrongScript.toString()).code());
        Path namedScript = Files.writeString(dir.resolve("named.sg"), WRONG);
        assertEquals(2, cli("", "check", namedScript.toString()).code());
    }

    @Test
    void theJsonHasOneObjectPerEquationWithItsVerdicts(@TempDir Path dir) throws IOException {
        Path wrong = Files.writeString(dir.resolve("wrong.md"), WRONG);
        Result r = cli("", "check", wrong.toString(), "-f", "json");
        assertEquals(1, r.code());
        assertTrue(r.out().startsWith("[{\"line\":3,\"holds\":false,\"verdicts\":[{\"line\":3,"
                + "\"left\":\"\\\\frac{d}{dx}\\\\sigma(x)\",\"right\":\"\\\\sigma(x)\",\"verdict\":\"false\","
                + "\"detail\":\"false: at x = "), r.out());
    }

    @Test
    void commandLineDirectives(@TempDir Path dir) throws IOException {
        Path doc = Files.writeString(dir.resolve("abs.md"), "$$\\sqrt{x^2} = x$$\n\n$$\\frac{\\partial L}{\\partial x} = 2x$$\n");
        assertEquals(1, cli("", "check", doc.toString()).code());
        Result r = cli("", "check", doc.toString(), "--assume", "x > 0", "--let", "L = x^2", "-f", "unicode");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("✓"), r.out());
    }

    @Test
    void annotatedDocumentsAreWritten(@TempDir Path dir) throws IOException {
        Path wrong = Files.writeString(dir.resolve("wrong.md"), WRONG);
        Path md = dir.resolve("checked.md");
        assertEquals(1, cli("", "check", wrong.toString(), "-o", md.toString()).code());
        String annotated = Files.readString(md);
        assertTrue(annotated.contains("\\sigma(x) \\qquad \\text{✗}$$"), annotated);
        assertTrue(annotated.contains("> **✗ line 3**"), annotated);
        Path tex = dir.resolve("checked.tex");
        assertEquals(1, cli("", "check", wrong.toString(), "-o", tex.toString()).code());
        assertTrue(Files.readString(tex).contains("\\boldsymbol{\\times}"));
    }

    @Test
    void aDocumentThatCannotBeReadExitsTwo(@TempDir Path dir) throws IOException {
        Result missing = cli("", "check", dir.resolve("none.md").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Path binary = Files.write(dir.resolve("bad.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertEquals(2, cli("", "check", binary.toString()).code());
        assertEquals(2, cli("", "check", "--input", "pdf", binary.toString()).code());
    }

    @Test
    void aScriptTakesNoDocumentOptions(@TempDir Path dir) throws IOException {
        Path script = Files.writeString(dir.resolve("s.sg"), "check x = x\n");
        Result r = cli("", "check", script.toString(), "--assume", "x > 0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("apply to Markdown and LaTeX documents"), r.err());
    }
}
