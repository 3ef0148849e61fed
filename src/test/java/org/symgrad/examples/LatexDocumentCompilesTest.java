package org.symgrad.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.cli.Main;
import org.symgrad.testing.Pdflatex;

/**
 * The standalone document of {@code symgrad run X.sg --steps -o X.tex} compiles with pdflatex for
 * every gallery script, chain-rule sub-derivations, checks and the seeds' failing checks included,
 * and nothing in it runs past the margin or the page: the log has no {@code Overfull \hbox} or
 * {@code \vbox} (issue 12: the two-layer network's derivation was 618 pt too high for a page, the
 * attention example's rows 135 pt too wide). The textbook corpus, derivations nobody tuned the
 * layout for, must compile as cleanly. Without pdflatex the tests are skipped with a message, or
 * fail under CI ({@link Pdflatex}).
 */
class LatexDocumentCompilesTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");
    private static final Path TEXTBOOK = Path.of(System.getProperty("basedir", "."))
            .resolve("src/test/resources/textbook");

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> top = Files.list(EXAMPLES); Stream<Path> checks = Files.list(EXAMPLES.resolve("checks"))) {
            return Stream.concat(top, checks).filter(p -> p.toString().endsWith(".sg")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> standaloneDocumentOfEveryExampleCompiles(@TempDir Path dir) throws IOException {
        List<Path> scripts = scripts();
        assertTrue(scripts.size() >= 14, "gallery scripts: " + scripts);
        return scripts.stream().map(script -> dynamicTest(EXAMPLES.relativize(script).toString(), () -> {
            Pdflatex.requireInstalled();
            String name = script.getFileName().toString().replace(".sg", ".tex");
            StringWriter err = new StringWriter();
            int exit = Main.run(new String[] {"run", script.toString(), "--steps", "-o", dir.resolve(name).toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err));
            int expected = script.getParent().getFileName().toString().equals("checks") ? 1 : 0;
            assertEquals(expected, exit, err.toString());
            String tex = Files.readString(dir.resolve(name));
            assertTrue(tex.startsWith("\\documentclass"), tex);
            Pdflatex.assertCompiles(dir, name);
            Pdflatex.assertNoOverfullBoxes(dir, name);
        }));
    }

    @TestFactory
    Stream<DynamicTest> textbookDocumentsHaveNoOverfullBoxes(@TempDir Path dir) throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(TEXTBOOK)) {
            scripts = files.filter(p -> p.toString().endsWith(".sg")).sorted().toList();
        }
        assertTrue(scripts.size() >= 30, "textbook scripts: " + scripts);
        return scripts.stream().map(script -> dynamicTest(script.getFileName().toString(), () -> {
            Pdflatex.requireInstalled();
            String name = script.getFileName().toString().replace(".sg", ".tex");
            StringWriter err = new StringWriter();
            int exit = Main.run(new String[] {"run", script.toString(), "-o", dir.resolve(name).toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertEquals(0, exit, err.toString());
            Pdflatex.assertCompiles(dir, name);
            Pdflatex.assertNoOverfullBoxes(dir, name);
        }));
    }
}
