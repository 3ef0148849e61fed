package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.cli.Main;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;
import org.symgrad.testing.RandomExprs;

/**
 * Issue 8, "Done when": over every {@code examples/*.sg} (which hold the SPEC §4 targets) run with
 * {@code --steps}, no derivation or sub-derivation shows an expression twice (up to the order of
 * terms and factors, the order of a δ's indices, the names of bound indices and how the numbers
 * of a product are split), no step brings back δs a contraction removed, and no step cites the
 * catch-all {@code simplify} — neither in the derivations nor in what {@code --format json}
 * prints. The textbook corpus ({@code src/test/resources/textbook}), the reach corpus
 * ({@code src/test/resources/textbook-reach}) and seeded random expressions are held to the same standard.
 */
class StepQualityTest {
    private static final Pattern RULE = Pattern.compile("\"rule\":\"([^\"]*)\"");

    /** The figures of one set of scripts: derivations and steps measured, and those that fail each standard. */
    record Figures(int derivations, int steps, List<String> repeated, List<String> deltasBack, List<String> simplify) {
    }

    static Figures measure(Path dir) throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(dir)) {
            scripts = files.filter(p -> p.toString().endsWith(".sg")).sorted().toList();
        }
        Figures f = new Figures(0, 0, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int[] counts = new int[2];
        for (Path script : scripts) {
            StringWriter out = new StringWriter();
            int exit = Main.run(new String[] {"run", script.toString(), "--steps", "--format", "json"},
                    new PrintWriter(out), new PrintWriter(new StringWriter()));
            assertTrue(exit == 0 || exit == 1, script + " exited " + exit);
            Matcher m = RULE.matcher(out.toString());
            while (m.find()) {
                if (m.group(1).equals("simplify")) {
                    f.simplify().add(script.getFileName() + " (json)");
                }
            }
            for (Outcome o : Symgrad.run(Files.readString(script))) {
                if (o instanceof Outcome.Derived d) {
                    measure(script.getFileName().toString(), d.derivation(), f, counts);
                }
            }
        }
        return new Figures(counts[0], counts[1], f.repeated(), f.deltasBack(), f.simplify());
    }

    private static void measure(String script, Derivation d, Figures f, int[] counts) {
        for (Derivation inner : d.inner()) {
            measure(script, inner, f, counts);
        }
        counts[0]++;
        String where = script + " d" + Printer.ascii(d.of()) + "/d" + Printer.ascii(d.wrt());
        List<Expr> keys = new ArrayList<>();
        int fewestDeltas = -1;
        java.util.Set<String> kinds = new java.util.HashSet<>();
        boolean repeats = false;
        boolean back = false;
        for (Step step : d.steps()) {
            counts[1]++;
            if (step.rule().equals("simplify")) {
                f.simplify().add(where);
            }
            Expr key = StepLog.key(step.expr());
            repeats |= keys.contains(key);
            keys.add(key);
            // more δs than every line since the contraction, and a δ none of them showed (StepLog's rule): the
            // same δ_ij written more often (a product expanded over it) brings back nothing
            int deltas = StepLog.deltas(step.expr());
            java.util.Set<String> shown = StepLog.deltaKinds(step.expr());
            back |= fewestDeltas >= 0 && deltas > fewestDeltas && !kinds.containsAll(shown);
            if (step.rule().equals("delta-contraction")) {
                fewestDeltas = deltas;
                kinds.clear();
                kinds.addAll(shown);
            } else if (fewestDeltas >= 0) {
                fewestDeltas = Math.min(fewestDeltas, deltas);
                kinds.retainAll(shown);
            }
        }
        if (repeats) {
            f.repeated().add(where);
        }
        if (back) {
            f.deltasBack().add(where);
        }
    }

    @Test
    void galleryDerivationsMoveForwardAndNameEveryStep() throws IOException {
        Figures f = measure(Path.of("examples"));
        System.out.println("gallery: " + f);
        assertTrue(f.derivations() >= 20, "derivations measured: " + f.derivations());
        assertEquals(List.of(), f.repeated(), "derivations that show an expression twice");
        assertEquals(List.of(), f.deltasBack(), "derivations that bring back δs a contraction removed");
        assertEquals(List.of(), f.simplify(), "steps that cite the catch-all 'simplify'");
    }

    @Test
    void reachCorpusDerivationsMoveForwardAndNameEveryStep() throws IOException {
        Figures f = measure(Path.of("src/test/resources/textbook-reach"));
        System.out.println("reach: " + f);
        assertTrue(f.derivations() >= 60, "derivations measured: " + f.derivations());
        assertEquals(List.of(), f.repeated(), "derivations that show an expression twice");
        assertEquals(List.of(), f.deltasBack(), "derivations that bring back δs a contraction removed");
        assertEquals(List.of(), f.simplify(), "steps that cite the catch-all 'simplify'");
    }

    /**
     * Random scalar expressions ({@link RandomExprs}, seeded) and random index expressions with a
     * free index and δs on bound indices, derived step by step: the same standard as the corpora.
     */
    @Test
    void randomDerivationsMoveForwardAndNameEveryStep() {
        Figures f = new Figures(0, 0, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int[] counts = new int[2];
        RandomExprs scalars = new RandomExprs(8);
        for (int n = 0; n < 150; n++) {
            Expr e = scalars.next(3);
            measureIfDerivable("random " + Printer.ascii(e), () -> Deriver.plain().derive(e, new Sym("x")), f, counts);
        }
        RandomExprs indexed = new RandomExprs(9);
        Indexed xj = new Indexed("x", List.of("j"));
        for (int n = 0; n < 100; n++) {
            Expr e = indexed.nextIndexed(java.util.Set.of("i"), 3);
            measureIfDerivable("random " + Printer.ascii(e), () -> Deriver.plain().derive(e, xj), f, counts);
        }
        System.out.println("random: derivations " + counts[0] + ", steps " + counts[1] + ", " + f);
        assertTrue(counts[0] >= 200, "derivations measured: " + counts[0]);
        assertEquals(List.of(), f.repeated(), "derivations that show an expression twice");
        assertEquals(List.of(), f.deltasBack(), "derivations that bring back δs a contraction removed");
        assertEquals(List.of(), f.simplify(), "steps that cite the catch-all 'simplify'");
    }

    /** Measures the derivation {@code derive} gives, unless it stops at a resource limit (reported by the fuzz tests). */
    private static void measureIfDerivable(String where, java.util.function.Supplier<Derivation> derive, Figures f, int[] counts) {
        Derivation d;
        try {
            d = derive.get();
        } catch (LimitException limit) {
            return;
        }
        measure(where, d, f, counts);
    }

    @Test
    void textbookCorpusDerivationsMoveForwardAndNameEveryStep() throws IOException {
        Figures f = measure(Path.of("src/test/resources/textbook"));
        System.out.println("corpus: " + f);
        assertTrue(f.derivations() >= 60, "derivations measured: " + f.derivations());
        assertEquals(List.of(), f.repeated(), "derivations that show an expression twice");
        assertEquals(List.of(), f.deltasBack(), "derivations that bring back δs a contraction removed");
        assertEquals(List.of(), f.simplify(), "steps that cite the catch-all 'simplify'");
    }
}
