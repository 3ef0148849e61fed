package org.symgrad.derive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
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

    /** What {@link #findOverCorpora} found: one line per finding, and the steps looked at. */
    record Findings(List<String> lines, int steps) {
    }

    /**
     * Runs {@code find} (a script's file name and a derivation to its findings, one line each) over
     * every derivation of {@link #CORPORA}, prints each corpus's count and lines and the total
     * under {@code what} ("leaps", "undos"), and returns them all.
     */
    static Findings findOverCorpora(String what, BiFunction<String, Derivation, List<String>> find) throws IOException {
        List<String> all = new ArrayList<>();
        int steps = 0;
        for (String dir : CORPORA) {
            List<String> found = new ArrayList<>();
            steps += each(Path.of(dir), (script, d) -> found.addAll(find.apply(script, d)));
            System.out.println(dir + ": " + found.size() + " " + what);
            found.forEach(l -> System.out.println("  " + l));
            all.addAll(found);
        }
        System.out.println(what + ": " + all.size() + " over " + steps + " steps");
        return new Findings(all, steps);
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
