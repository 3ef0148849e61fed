package org.symgrad.derive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.symgrad.api.Symgrad;
import org.symgrad.run.Outcome;

/** The derivations of a corpus of scripts, each sub-derivation before the derivation that holds it. */
final class CorpusDerivations {
    /** The gallery, the textbook corpus and the reach corpus. */
    static final List<String> CORPORA = List.of("examples", "src/test/resources/textbook", "src/test/resources/textbook-reach");

    private CorpusDerivations() {
    }

    /**
     * Runs every {@code .sg} script in {@code dir} (in name order) and hands each derivation, with
     * its script's file name, to {@code visit}; returns the number of steps of all of them.
     */
    static int each(Path dir, BiConsumer<String, Derivation> visit) throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(dir)) {
            scripts = files.filter(p -> p.toString().endsWith(".sg")).sorted().toList();
        }
        int steps = 0;
        for (Path script : scripts) {
            for (Outcome o : Symgrad.run(Files.readString(script))) {
                if (o instanceof Outcome.Derived d) {
                    steps += each(script.getFileName().toString(), d.derivation(), visit);
                }
            }
        }
        return steps;
    }

    private static int each(String script, Derivation d, BiConsumer<String, Derivation> visit) {
        int steps = 0;
        for (Derivation inner : d.inner()) {
            steps += each(script, inner, visit);
        }
        visit.accept(script, d);
        return steps + d.steps().size();
    }
}
