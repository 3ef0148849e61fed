package org.symgrad.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's library examples cannot rot: each {@code java} block between the
 * {@code readme-example} and {@code readme-render-example} markers is, byte for byte,
 * {@link ReadmeExample} or {@link ReadmeRenderExample} without its package line, which this test
 * compiles (they are test sources) and runs, checking what they print and write. The first needs
 * nothing but symgrad and antlr4-runtime; the consumer project under {@code src/it/consumer}
 * compiles and runs it with exactly those on its class path.
 */
class ReadmeExampleTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    static String readmeBlock(String readme, String marker) {
        String begin = "<!-- " + marker + ":begin -->\n```java\n";
        String end = "```\n<!-- " + marker + ":end -->";
        int from = readme.indexOf(begin);
        int to = readme.indexOf(end);
        assertTrue(from >= 0 && to > from, "README.md has a java block between the " + marker + " markers");
        return readme.substring(from + begin.length(), to);
    }

    static String readmeBlock(String readme) {
        return readmeBlock(readme, "readme-example");
    }

    @Test
    void readmeBlocksAreTheCompiledExamples() throws Exception {
        String readme = Files.readString(BASE.resolve("README.md"), StandardCharsets.UTF_8);
        for (String[] pair : new String[][] {{"readme-example", "ReadmeExample"},
                {"readme-render-example", "ReadmeRenderExample"}}) {
            String source = Files.readString(BASE.resolve("src/test/java/org/symgrad/api/" + pair[1] + ".java"),
                    StandardCharsets.UTF_8);
            String packageLine = "package org.symgrad.api;\n\n";
            assertTrue(source.startsWith(packageLine), pair[1] + ".java starts with its package line");
            assertEquals(source.substring(packageLine.length()), readmeBlock(readme, pair[0]),
                    "the README block " + pair[0] + " and src/test/java/org/symgrad/api/" + pair[1]
                            + ".java must stay identical");
        }
    }

    @Test
    void readmeExamplePrintsWhatItsCommentsSay() throws Exception {
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
    }

    @Test
    void readmeRenderExampleWritesTheImagesItNames() throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        Path svg = dir.resolve("sigmoid.svg");
        Path png = dir.resolve("sigma.png");
        Files.deleteIfExists(svg);
        Files.deleteIfExists(png);
        ReadmeRenderExample.main(new String[0]);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("<svg") && text.contains("<use"), "the sigmoid derivation as SVG in " + svg);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(png), PNG_SIGNATURE.length));
    }
}
