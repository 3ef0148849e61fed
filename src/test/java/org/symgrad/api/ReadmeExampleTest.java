package org.symgrad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's library example cannot rot: its {@code java} block (between the
 * {@code readme-example} markers) is, byte for byte, {@link ReadmeExample} without its package
 * line, which this test compiles (it is a test source) and runs, checking what it prints.
 */
class ReadmeExampleTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final String BEGIN = "<!-- readme-example:begin -->\n```java\n";
    private static final String END = "```\n<!-- readme-example:end -->";

    static String readmeBlock(String readme) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "README.md has a java block between the readme-example markers");
        return readme.substring(begin + BEGIN.length(), end);
    }

    @Test
    void readmeBlockIsTheCompiledExample() throws Exception {
        String readme = Files.readString(BASE.resolve("README.md"), StandardCharsets.UTF_8);
        String source = Files.readString(BASE.resolve("src/test/java/org/symgrad/api/ReadmeExample.java"),
                StandardCharsets.UTF_8);
        String packageLine = "package org.symgrad.api;\n\n";
        assertTrue(source.startsWith(packageLine), "ReadmeExample.java starts with its package line");
        assertEquals(source.substring(packageLine.length()), readmeBlock(readme),
                "the README example and src/test/java/org/symgrad/api/ReadmeExample.java must stay identical");
    }

    @Test
    void readmeExamplePrintsWhatItsCommentsSay() throws Exception {
        Path image = Path.of(System.getProperty("java.io.tmpdir"), "softmax-jacobian.svg");
        Files.deleteIfExists(image);
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            ReadmeExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        // Results exactly; the steps by shape (their granularity may be refined).
        assertEquals("sigma(o) - y", lines.get(0));
        assertEquals("\\sigma(o) - y", lines.get(1));
        assertEquals("y_i(δ_ij − y_j)", lines.get(lines.size() - 1));
        List<String> steps = lines.subList(2, lines.size() - 1);
        assertTrue(steps.size() >= 3, "a start, at least one rule, a result: " + steps);
        assertTrue(steps.get(0).startsWith("∂/∂x log(σ(x))   ("), steps.get(0));
        assertTrue(steps.stream().anyMatch(s -> s.endsWith("(chain-rule)")), steps.toString());
        assertTrue(steps.get(steps.size() - 1).startsWith("1 − σ(x)   ("), steps.toString());
        assertTrue(steps.stream().allMatch(s -> s.matches(".+   \\([a-z-]+\\)")), steps.toString());
        assertTrue(Files.readString(image).contains("<svg"), "the example renders the softmax derivation to " + image);
    }
}
