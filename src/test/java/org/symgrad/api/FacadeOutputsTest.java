package org.symgrad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade offers what the command line does (issue 12.4): {@code check}, and the results as
 * JSON, Markdown, LaTeX text and standalone documents, without going through the CLI.
 */
class FacadeOutputsTest {
    private static final String SCRIPT = "let y_i = exp(x_i)/sum_k exp(x_k)\nderive y_i wrt x_j\n"
            + "check softplus(x) - softplus(-x) = x\ncheck x^2 = 2*x\n";

    @Test
    void checkKeepsTheChecksAndSaysWhetherTheyHold() {
        Results checks = Symgrad.check(SCRIPT);
        assertEquals(2, checks.outcomes().size());
        assertFalse(checks.holds());
        assertTrue(Symgrad.check("check sigma(x) = 1/(1+exp(-x))").holds());
        String ascii = checks.text(OutputFormat.ASCII, false);
        assertTrue(ascii.startsWith("ok softplus(x) - softplus(-x) = x   (proven)\nFAIL x^2 = 2*x   (false: at x = "),
                ascii);
    }

    @Test
    void everyFormatOfTheCommandLine() {
        Results results = Symgrad.script(SCRIPT);
        assertTrue(results.text(OutputFormat.JSON, true).startsWith("[{\"input\":\"y_i\",\"wrt\":\"x_j\","), "json");
        assertTrue(results.text(OutputFormat.MARKDOWN, true).contains("$$\n\\begin{aligned}\n"), "markdown");
        assertTrue(results.text(OutputFormat.LATEX, false)
                .startsWith("\\frac{\\partial y_i}{\\partial x_j} = y_i (\\delta_{ij} - y_j)\n"), "latex");
        String document = results.latexDocument();
        assertTrue(document.startsWith("\\documentclass{article}"), document);
        assertTrue(document.contains("y_i &= \\frac{e^{x_i}}{\\sum_{k} e^{x_k}} \\tag*{(definition)}"), document);
    }

    @Test
    void writeChoosesTheFormByExtension(@TempDir Path dir) throws IOException {
        Results checks = Symgrad.check(SCRIPT);
        checks.write(dir.resolve("c.tex"), OutputFormat.UNICODE, false);
        checks.write(dir.resolve("c.json"), OutputFormat.UNICODE, false);
        assertTrue(Files.readString(dir.resolve("c.tex")).contains("\\item[$\\times$]"));
        assertTrue(Files.readString(dir.resolve("c.json")).contains("\"verdict\":\"false\""));
    }
}
