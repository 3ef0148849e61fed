package org.symgrad.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.symgrad.testing.CliRun.symgrad;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.testing.CliRun;
import org.symgrad.testing.Pdflatex;

/**
 * The checked documents of the gallery ({@code examples/checks/X.md} and {@code X.tex} without an
 * {@code X.sg}: the five seed homeworks and a LaTeX derivation) are what {@code symgrad check}
 * produces today, byte for byte: the annotated {@code X.checked.md} and {@code X.checked.tex} and
 * the report {@code X.report.txt}; every annotated {@code .tex} compiles with pdflatex; the exit
 * code says whether a step is false. On drift, run {@code examples/regenerate} and review the diff.
 */
class CheckedDocumentsGoldenTest {
    private static final Path CHECKS = Path.of(System.getProperty("basedir", ".")).resolve("examples/checks");
    private static final String REGENERATE = "; if the change is intended, run examples/regenerate and commit the result";


    /** The documents of the gallery: Markdown or LaTeX files that are neither outputs nor a script's output. */
    static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(CHECKS)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                String base = name.replaceFirst("\\.(md|tex)$", "");
                return !base.equals(name) && !base.endsWith(".checked") && !Files.exists(CHECKS.resolve(base + ".sg"));
            }).sorted().toList();
        }
    }

    private static String kind(Path document) {
        return document.toString().endsWith(".tex") ? "tex" : "md";
    }

    private static String base(Path document) {
        return document.getFileName().toString().replaceFirst("\\.(md|tex)$", "");
    }

    @TestFactory
    Stream<DynamicTest> everyAnnotatedDocumentIsUpToDate(@TempDir Path tmp) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path document : documents()) {
            List<String> outputs = new ArrayList<>(List.of(".checked.tex", ".report.txt"));
            if (kind(document).equals("md")) {
                outputs.add(0, ".checked.md");
            }
            for (String suffix : outputs) {
                tests.add(dynamicTest(base(document) + suffix, () -> {
                    Path golden = CHECKS.resolve(base(document) + suffix);
                    assertTrue(Files.exists(golden), golden + " is missing" + REGENERATE);
                    Path fresh = tmp.resolve(base(document) + suffix);
                    CliRun run = symgrad("check", document.toString(), "--input", kind(document), "-f", "unicode",
                            "-o", fresh.toString());
                    boolean hasFalse = Files.readString(CHECKS.resolve(base(document) + ".report.txt")).contains("✗");
                    assertEquals(hasFalse ? 1 : 0, run.exit(), "exit code of symgrad check " + document + "; " + run.err());
                    assertEquals(Files.readString(golden, StandardCharsets.UTF_8),
                            Files.readString(fresh, StandardCharsets.UTF_8), golden + " differs" + REGENERATE);
                }));
            }
        }
        assertTrue(tests.size() >= 15, "the gallery has the five seeds and a LaTeX document: " + tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyAnnotatedLatexDocumentCompiles(@TempDir Path tmp) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path document : documents()) {
            tests.add(dynamicTest(base(document) + ".checked.tex", () -> {
                Pdflatex.requireInstalled();
                Path dir = Files.createDirectories(tmp.resolve(base(document)));
                Files.copy(CHECKS.resolve(base(document) + ".checked.tex"), dir.resolve("checked.tex"));
                Pdflatex.assertCompiles(dir, "checked.tex");
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aPdfIsWrittenThroughPdflatex(@TempDir Path tmp) throws IOException {
        Path document = CHECKS.resolve("sigmoid-derivation.tex");
        return Stream.of(dynamicTest("sigmoid-derivation.pdf", () -> {
            Pdflatex.requireInstalled();
            Path pdf = tmp.resolve("checked.pdf");
            CliRun run = symgrad("check", document.toString(), "-o", pdf.toString());
            assertEquals(1, run.exit(), run.err());
            assertTrue(Files.size(pdf) > 1000, "a PDF was written");
            assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        }));
    }
}
