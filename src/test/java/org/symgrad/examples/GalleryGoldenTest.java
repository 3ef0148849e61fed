package org.symgrad.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.symgrad.testing.CliRun.symgrad;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.parse.Parser;
import org.symgrad.simplify.Simplifier;
import org.symgrad.testing.CliRun;

/**
 * The gallery in {@code examples/} is what symgrad produces today: each {@code X.md} equals, byte
 * for byte, the output of {@code symgrad run X.sg --steps -o X.md}, each {@code X.svg} has the
 * layout (size and glyph count) of a fresh rendering and stays under 300 KB, and the scripts of
 * the SPEC §4 rows reach the SPEC's results. On drift, run {@code examples/regenerate} and review the diff.
 */
class GalleryGoldenTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final String REGENERATE = "; if the change is intended, run examples/regenerate and commit the result";

    /** SPEC §4: script → the results of its derivations (ASCII, as the SPEC writes them). */
    private static final Map<String, List<String>> SPEC_ROWS = new LinkedHashMap<>();

    /** The exact ASCII results symgrad gives today, so that any change of form is noticed. */
    private static final Map<String, List<String>> CURRENT = new LinkedHashMap<>();

    static {
        row("sigmoid", "sigma(x)*(1 - sigma(x))", "sigma(x)*(1 - sigma(x))");
        row("softplus", "sigma(x)", "sigma(x)");
        row("tanh", "1 - tanh(x)^2", "1 - tanh(x)^2");
        row("log-sigmoid", "1 - sigma(x)", "1 - sigma(x)");
        row("bce", "sigma(o) - y", "sigma(o) - y");
        row("mse", "2*(sigma(o) - y)*sigma(o)*(1 - sigma(o))", "2*sigma(o)*(1 - sigma(o))*(sigma(o) - y)");
        row("softmax", "y_i*(delta(i,j) - y_j)", "y_i*(delta(i,j) - y_j)");
        row("softmax-temperature", "beta*y_i*(delta(i,j) - y_j)", "beta*y_i*(delta(i,j) - y_j)");
        row("cross-entropy-softmax", "y_j - t_j", "y_j - t_j");
        row("log-softmax", "delta(i,j) - y_j", "delta(i,j) - y_j");
        SPEC_ROWS.put("linear-layer", List.of("delta(i,k)*x_l", "diff(L(y), y_k)*x_l"));
        CURRENT.put("linear-layer", List.of("x_l*delta(i,k)", "diff(L(y), y_k)*x_l"));
        row("two-layer-network", "sum_k (y_k - t_k)*V_ka * h_a*(1 - h_a)*x_b",
                "h_a*x_b*(1 - h_a)*sum(k, V_{ka}*(y_k - t_k))");
    }

    private static void row(String script, String spec, String current) {
        SPEC_ROWS.put(script, List.of(spec));
        CURRENT.put(script, List.of(current));
    }


    private static List<Path> scripts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sg")).sorted().toList();
        }
    }

    private static String baseName(Path script) {
        String name = script.getFileName().toString();
        return name.substring(0, name.length() - ".sg".length());
    }

    /** A gallery script derives or simplifies something, so it has an image (a check-only one has not). */
    private static boolean hasImage(Path script) throws IOException {
        return Pattern.compile("(?m)^\\s*(derive|simplify)\\s").matcher(Files.readString(script)).find();
    }

    private static DynamicTest markdownGolden(Path script, int expectedExit, Path tmp) {
        return dynamicTest(EXAMPLES.relativize(script).toString(), () -> {
            Path golden = script.resolveSibling(baseName(script) + ".md");
            assertTrue(Files.exists(golden), golden + " is missing" + REGENERATE);
            Path fresh = tmp.resolve(EXAMPLES.relativize(script).toString().replace('/', '_') + ".md");
            CliRun run = symgrad("run", script.toString(), "--steps", "-o", fresh.toString());
            assertEquals(expectedExit, run.exit(), "exit code of symgrad run " + script + "; stderr: " + run.err());
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), Files.readString(fresh, StandardCharsets.UTF_8),
                    golden + " differs from what symgrad produces now" + REGENERATE);
        });
    }

    @TestFactory
    Stream<DynamicTest> everyGalleryMarkdownIsUpToDate(@TempDir Path tmp) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path script : scripts(EXAMPLES)) {
            tests.add(markdownGolden(script, 0, tmp));
        }
        // The check scripts transcribe the seeds' mistakes on purpose: symgrad run exits 1 on them.
        for (Path script : scripts(EXAMPLES.resolve("checks"))) {
            tests.add(markdownGolden(script, 1, tmp));
        }
        assertTrue(tests.size() >= 14, "the gallery has a script per seed derivation: " + tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyGalleryImageHasTheLayoutOfAFreshRendering(@TempDir Path tmp) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path script : scripts(EXAMPLES)) {
            if (!hasImage(script)) {
                continue;
            }
            tests.add(dynamicTest(script.getFileName().toString(), () -> {
                Path golden = script.resolveSibling(baseName(script) + ".svg");
                assertTrue(Files.exists(golden), golden + " is missing" + REGENERATE);
                Path fresh = tmp.resolve(baseName(script) + ".svg");
                CliRun run = symgrad("run", script.toString(), "--steps", "-o", fresh.toString());
                assertEquals(0, run.exit(), run.err());
                // Glyph outlines may differ in the last digit between font scalers; the layout may not.
                String expected = Files.readString(golden);
                String actual = Files.readString(fresh);
                assertEquals(viewBox(expected), viewBox(actual), golden + ": image size changed" + REGENERATE);
                assertEquals(count(expected, "<path"), count(actual, "<path"),
                        golden + ": number of distinct glyphs and shapes changed" + REGENERATE);
                assertEquals(count(expected, "<use"), count(actual, "<use"),
                        golden + ": number of glyphs placed changed" + REGENERATE);
                // Each glyph outline is defined once and placed by <use>: a whole derivation stays small.
                assertTrue(Files.size(golden) < MAX_SVG_BYTES, golden + " is " + Files.size(golden) + " bytes");
            }));
        }
        return tests.stream();
    }

    /** Issue 12: the largest gallery image was 1.9 MB when every glyph repeated its outline. */
    private static final long MAX_SVG_BYTES = 300_000;

    private static String viewBox(String svg) {
        Matcher m = Pattern.compile("viewBox=\"([^\"]*)\"").matcher(svg);
        assertTrue(m.find(), "an SVG root with a viewBox");
        return m.group(1);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theGalleryHasAScriptForEachSeedDerivation() throws IOException {
        List<String> names = scripts(EXAMPLES).stream().map(GalleryGoldenTest::baseName).toList();
        for (String row : SPEC_ROWS.keySet()) {
            assertTrue(names.contains(row), "examples/" + row + ".sg is missing; scripts: " + names);
        }
        assertTrue(names.contains("identities"), "examples/identities.sg");
    }

    /** The {@code result.ascii} of each derivation in {@code symgrad run --format json} output. */
    private static List<String> jsonResults(String json) {
        Matcher m = Pattern.compile("\"result\":\\{\"ascii\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> specRowsReachTheSpecResult() {
        return SPEC_ROWS.entrySet().stream().map(row -> dynamicTest(row.getKey(), () -> {
            Path script = EXAMPLES.resolve(row.getKey() + ".sg");
            CliRun run = symgrad("run", script.toString(), "--format", "json");
            assertEquals(0, run.exit(), run.err());
            List<String> results = jsonResults(run.out());
            assertEquals(CURRENT.get(row.getKey()), results,
                    "the ASCII result of " + script + " changed; check it against SPEC §4, then update CURRENT"
                            + " and run examples/regenerate");
            List<String> spec = row.getValue();
            assertEquals(spec.size(), results.size());
            for (int i = 0; i < spec.size(); i++) {
                // Order of factors and terms aside: both canonicalised by the same simplifier.
                assertEquals(Simplifier.simplifyPlain(Parser.parseExpression(spec.get(i))),
                        Simplifier.simplifyPlain(Parser.parseExpression(results.get(i))),
                        "SPEC §4 says " + spec.get(i) + ", symgrad gives " + results.get(i));
            }
        }));
    }

    @Test
    void jsonResultsAreReadOffInOrder() {
        String json = "[{\"input\":\"a\",\"wrt\":\"x\",\"result\":{\"ascii\":\"1\",\"unicode\":\"1\"},\"steps\":[]},"
                + "{\"input\":\"b\",\"wrt\":\"x\",\"result\":{\"ascii\":\"f(\\\"q\\\")\"},\"steps\":[]}]";
        assertEquals(List.of("1", "f(\"q\")"), jsonResults(json));
        assertFalse(jsonResults("[]").iterator().hasNext());
    }
}
