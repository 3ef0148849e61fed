package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Detail;
import org.symgrad.api.OutputFormat;
import org.symgrad.api.Results;
import org.symgrad.api.Symgrad;
import org.symgrad.run.Outcome;

/**
 * {@code --detail brief} (issue 12.1): a derivation as a textbook prints it. Over every gallery
 * script and the textbook corpus: the brief rows are rows of the full derivation in their order
 * (only dropped, never changed, so each still equals the one before), the derivative and the result
 * are kept, every rule the full derivation applied is cited by the brief row that stands for it, and
 * the brief form is shorter wherever the full one has steps to merge.
 */
class BriefDerivationTest {
    private static final String SEP = Step.RULES_SEPARATOR;

    @Test
    void briefRowsAreFullRowsAndCiteEveryRule() throws IOException {
        int derivations = 0;
        int fullRows = 0;
        int briefRows = 0;
        for (Path script : scripts()) {
            for (Outcome o : Symgrad.script(Files.readString(script)).outcomes()) {
                if (o instanceof Outcome.Derived d) {
                    List<Derivation> all = new ArrayList<>();
                    collect(d.derivation(), all);
                    for (Derivation full : all) {
                        Derivation brief = full.brief();
                        assertSubsequence(script + ": " + full.start(), full, brief);
                        derivations++;
                        fullRows += full.steps().size();
                        briefRows += brief.steps().size();
                    }
                    assertEquals(d.derivation().inner().size(), d.derivation().brief().inner().size());
                }
            }
        }
        assertTrue(derivations >= 60, "derivations: " + derivations);
        // a textbook prints about half the lines the full derivation shows
        assertTrue(briefRows * 10 <= fullRows * 6, briefRows + " brief rows of " + fullRows);
    }

    /** The definition written out, the differentiation done, δ contraction, write-back, result. */
    @Test
    void softmaxJacobianReadsAsTheTextbookPrintsIt() {
        Results r = Symgrad.script("let y_i = exp(x_i)/sum(k, exp(x_k))\nderive y_i wrt x_j\n").in(Detail.BRIEF);
        assertEquals("""
                diff(y_i, x_j)
                  = diff(exp(x_i)/sum(k, exp(x_k)), x_j)   (definition)
                  = (delta(i,j)*exp(x_i)*sum(k, exp(x_k)) - exp(x_i)*sum(k, delta(k,j)*exp(x_k)))/sum(k, exp(x_k))^2\
                   (quotient rule, chain rule, ∂x_i/∂x_j = δ_ij, derivative of sum)
                  = (delta(i,j)*exp(x_i)*sum(k, exp(x_k)) - exp(x_i)*exp(x_j))/sum(k, exp(x_k))^2   (δ contraction)
                  = y_i*(delta(i,j) - y_j)   (factor out common factor, substitute definition)
                """, r.text(OutputFormat.ASCII, true));
    }

    /** Full detail is the derivation as {@code --steps} shows it. */
    @Test
    void fullIsEveryStep() {
        Results r = Symgrad.script("derive log(sigma(x)) wrt x\n");
        assertEquals(r.text(OutputFormat.ASCII, true), r.in(Detail.FULL).text(OutputFormat.ASCII, true));
        assertTrue(r.in(Detail.BRIEF).text(OutputFormat.ASCII, true).lines().count()
                < r.text(OutputFormat.ASCII, true).lines().count());
    }

    private static void assertSubsequence(String what, Derivation full, Derivation brief) {
        List<Step> steps = full.steps();
        List<Step> rows = brief.steps();
        assertEquals(steps.get(0), rows.get(0), what);
        assertEquals(full.result(), brief.result(), what);
        int at = 0;
        for (int r = 1; r < rows.size(); r++) {
            Set<String> merged = new LinkedHashSet<>();
            int from = at + 1;
            while (true) {
                at++;
                assertTrue(at < steps.size(), what + ": brief row " + r + " is no row of the full derivation");
                merged.addAll(List.of(steps.get(at).rule().split(SEP)));
                if (steps.get(at).expr().equals(rows.get(r).expr())) {
                    break;
                }
            }
            assertEquals(String.join(SEP, merged), rows.get(r).rule(),
                    what + ": brief row " + r + " stands for full rows " + from + ".." + at);
        }
        assertEquals(steps.size() - 1, at, what + ": the result is the last row");
    }

    private static void collect(Derivation d, List<Derivation> out) {
        out.add(d);
        d.inner().forEach(i -> collect(i, out));
    }

    private static List<Path> scripts() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("examples", "src/test/resources/textbook")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".sg")).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
