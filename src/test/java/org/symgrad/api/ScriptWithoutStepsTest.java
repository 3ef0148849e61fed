package org.symgrad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symgrad.error.SymgradException;
import org.symgrad.run.Outcome;

/**
 * {@code symgrad run} without {@code --steps} derives each result without recording its steps
 * ({@link Symgrad#script(String, boolean)}): what it prints, in every format, in index form and
 * with the matrix form, is what the step-by-step run prints without steps, on every script of the
 * repository.
 */
class ScriptWithoutStepsTest {
    private static final List<Path> DIRECTORIES = List.of(Path.of("examples"), Path.of("examples/checks"),
            Path.of("bench"), Path.of("src/test/resources/textbook"), Path.of("src/test/resources/textbook-reach"),
            Path.of("src/test/resources/cli"));

    private static List<Path> scripts() throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (Path dir : DIRECTORIES) {
            try (Stream<Path> files = Files.list(dir)) {
                out.addAll(files.filter(p -> p.toString().endsWith(".sg")).sorted().toList());
            }
        }
        return out;
    }

    /** Everything the results print without steps, or the error that ended the run. */
    private static String printed(String source, boolean steps) {
        try {
            Results r = Symgrad.script(source, steps);
            StringBuilder out = new StringBuilder();
            for (OutputFormat format : OutputFormat.values()) {
                for (ResultForm form : List.of(ResultForm.INDEX, ResultForm.BOTH)) {
                    out.append(r.text(format, false, form));
                }
            }
            r.limits().forEach(l -> out.append(l.describe()).append('\n'));
            return out.toString();
        } catch (SymgradException e) {
            return "error: " + e.getMessage();
        }
    }

    @Test
    void everyScriptPrintsTheSameWithoutRecordingSteps() throws IOException {
        List<Path> scripts = scripts();
        assertTrue(scripts.size() > 80, scripts.size() + " scripts");
        for (Path script : scripts) {
            String source = Files.readString(script);
            assertEquals(printed(source, true), printed(source, false), script.toString());
        }
    }

    @Test
    void withoutStepsEachDerivationIsItsResultAlone() throws IOException {
        Results r = Symgrad.script(Files.readString(Path.of("examples/two-layer-network.sg")), false);
        List<Outcome.Derived> derived = r.outcomes().stream().filter(o -> o instanceof Outcome.Derived)
                .map(o -> (Outcome.Derived) o).toList();
        assertTrue(!derived.isEmpty());
        for (Outcome.Derived d : derived) {
            assertEquals(1, d.derivation().steps().size(), d.statement().text());
            assertTrue(d.derivation().inner().isEmpty(), d.statement().text());
        }
    }
}
