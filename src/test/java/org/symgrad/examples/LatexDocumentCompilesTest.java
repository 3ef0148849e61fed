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
 * every gallery script, chain-rule sub-derivations, checks and the seeds' failing checks included.
 * Without pdflatex the tests are skipped with a message, or fail under CI ({@link Pdflatex}).
 */
class LatexDocumentCompilesTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");

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
        }));
    }
}
