package org.symgrad.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.api.GradcheckReport;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Derivation;
import org.symgrad.error.InputException;
import org.symgrad.expr.Indices;
import org.symgrad.parse.Parser;
import org.symgrad.run.Outcome;

/**
 * {@code symgrad gradcheck} (SPEC §10): every gallery derivation passes at every index assignment;
 * a result edited to be wrong — the seeds' kind of mistake — fails; so does a wrong derivative
 * stated in a {@code check}; the report is reproducible from its seed.
 */
class GradientCheckTest {
    private static final Path EXAMPLES = Path.of("examples");

    static Stream<Path> galleryScripts() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".sg")).sorted().toList()) {
                if (Files.readString(p).lines().anyMatch(l -> l.strip().startsWith("derive"))) {
                    out.add(p);
                }
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("galleryScripts")
    void everyGalleryDerivationPassesAtEveryIndexAssignment(Path script) throws IOException {
        String source = Files.readString(script);
        GradcheckReport report = Symgrad.gradcheck(source);
        List<Outcome.Derived> derived = Symgrad.run(source).stream()
                .filter(o -> o instanceof Outcome.Derived).map(o -> (Outcome.Derived) o).toList();
        assertEquals(derived.size(), report.statements().size(), script.toString());
        assertTrue(report.passes(), report.text());
        for (int i = 0; i < derived.size(); i++) {
            Derivation d = derived.get(i).derivation();
            StatementCheck s = report.statements().get(i);
            assertTrue(s.notChecked().isEmpty(), s.describe());
            assertEquals(0, s.kinks(), s.describe());
            assertEquals(CheckSettings.DEFAULT.points(), s.points(), s.describe());
            int free = Indices.free(d.of()).size() + Indices.free(d.wrt()).size();
            assertEquals(CheckSettings.DEFAULT.points() * (int) Math.pow(CheckSettings.DEFAULT.n(), free), s.entries(),
                    "every assignment of the free indices at every point: " + s.describe());
            assertTrue(s.largest() <= 1e-8, s.describe());
            assertTrue(s.describe().endsWith(": ok"), s.describe());
        }
    }

    /**
     * A convolution's kernel width K (a sum's limit) and stride s (index arithmetic) are whole numbers,
     * read from their use: K is n at each point, s in 1..n. Before, K was drawn real and every
     * convolution was "not checked: a summation bound must be an integer". A shifted kernel index is
     * caught.
     */
    @Test
    void convolutionsAreCheckedWithWholeSizes() throws IOException {
        for (String name : List.of("conv1d", "conv2d", "conv-stride")) {
            GradcheckReport report = Symgrad.gradcheck(Files.readString(Path.of("src/test/resources/textbook-reach",
                    name + ".sg")));
            assertTrue(report.passes(), report.text());
            report.statements().forEach(s -> assertTrue(s.notChecked().isEmpty() && s.entries() > 0, s.describe()));
        }
        GradcheckReport dilated = Symgrad.gradcheck("""
                let y_t = sum_{r=1}^{L} u_r*v_{t+d*(r-1)} + b
                derive sum_t H_t*y_t wrt v_q
                check diff(sum_t H_t*y_t, u_r) = sum_t H_t*v_{t+d*r}
                """);
        assertEquals(2, dilated.statements().size(), dilated.text());
        assertTrue(dilated.statements().get(0).describe().endsWith(": ok"), dilated.text());
        assertTrue(dilated.statements().get(1).notChecked().isEmpty() && !dilated.passes(), dilated.text());
    }

    /** Plausible wrong answers for gallery derivations: indices swapped, a factor or a term lost. */
    static Stream<Arguments> wrongResults() {
        return Stream.of(
                Arguments.of("log-sigmoid.sg", 0, "sigma(x)"),
                Arguments.of("mse.sg", 0, "2*(sigma(o) - y)*sigma(o)"),
                Arguments.of("softmax.sg", 0, "y_i*(delta(i,j) - y_i)"),
                Arguments.of("softmax-temperature.sg", 0, "y_i*(delta(i,j) - y_j)"),
                Arguments.of("cross-entropy-softmax.sg", 0, "y_j - 2*t_j"),
                Arguments.of("linear-layer.sg", 0, "delta(i,l)*x_k"),
                Arguments.of("linear-layer.sg", 1, "diff(L(y), y_l)*x_k"),
                Arguments.of("two-layer-network.sg", 0, "sum(k, (y_k - t_k)*V_{ka})*h_a*x_b"),
                Arguments.of("two-layer-network.sg", 0, "sum(k, (y_k - t_k)*V_{ak})*h_a*(1 - h_a)*x_b"));
    }

    @ParameterizedTest(name = "{0} #{1}: not {2}")
    @MethodSource("wrongResults")
    void aResultEditedToBeWrongFails(String script, int ordinal, String wrong) throws IOException {
        List<Outcome> outcomes = new ArrayList<>(Symgrad.run(Files.readString(EXAMPLES.resolve(script))));
        int seen = -1;
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof Outcome.Derived d && ++seen == ordinal) {
                outcomes.set(i, new Outcome.Derived(d.statement(), Derivation.resultOnly(d.derivation().of(),
                        d.derivation().wrt(), Parser.parseExpression(wrong)), d.scope()));
            }
        }
        GradcheckReport report = Symgrad.gradcheck(outcomes, CheckSettings.DEFAULT);
        assertFalse(report.passes(), report.text());
        StatementCheck edited = report.statements().get(ordinal);
        assertTrue(edited.largest() > 1e-3, edited.describe());
        assertTrue(edited.describe().endsWith(": FAILED"), edited.describe());
    }

    @Test
    void aDerivativeStatedInACheckIsCheckedAndOtherChecksAreNot() {
        GradcheckReport report = Symgrad.gradcheck("""
                let y_i = exp(x_i)/sum_k exp(x_k)
                check x*x = x^2
                check diff(y_i, x_j) = y_i*(delta(i,j) - y_j) = y_i*delta(i,j) - y_i*y_j
                check diff(y_i, x_j) = y_i*(delta(i,j) - y_i)
                """);
        assertEquals(2, report.statements().size(), report.text());
        assertEquals(3, report.statements().get(0).line());
        assertTrue(report.statements().get(0).passes(), report.text());
        assertEquals(2 * 45, report.statements().get(0).entries(), "both stated results at every entry");
        assertFalse(report.statements().get(1).passes(), report.text());
        assertFalse(report.passes());
    }

    @Test
    void resultsWrittenWithAssumedFactsAreCheckedWhereTheFactsHold() {
        // y² = y, a one-hot target, a symmetric matrix, the branch i ≠ j: each result holds only there
        GradcheckReport report = Symgrad.gradcheck("""
                let p = sigma(z)
                let y_i = exp(a_i)/sum_k exp(a_k)
                assume y in {0, 1}
                assume t one-hot
                assume C symmetric
                derive y*(y - p)^2 wrt z
                derive -sum_i t_i*log(y_i) wrt a_j
                derive sum_i sum_j x_i*C_ij*x_j wrt x_k
                assume i != j
                derive y_i wrt a_j
                """);
        assertTrue(report.passes(), report.text());
        assertEquals(4, report.statements().size(), report.text());
        assertEquals(5 * 6, report.statements().get(3).entries(), "the diagonal i = j is not an entry of the branch");
        // a result that needs a fact fails where the fact is not assumed
        assertFalse(Symgrad.gradcheck("let p = sigma(z)\ncheck diff(y*(y - p)^2, z) = -2*p*y*(p - 1)^2\n").passes());
    }

    @Test
    void theSeedFixesThePoints() {
        String script = "let y_i = exp(x_i)/sum_k exp(x_k)\nderive log(y_i) wrt x_j\n";
        CheckSettings one = new CheckSettings(3, 4, 17, 1e-6);
        assertEquals(Symgrad.gradcheck(script, one).text(), Symgrad.gradcheck(script, one).text());
        assertNotEquals(Symgrad.gradcheck(script, one).statements().get(0).largest(),
                Symgrad.gradcheck(script, new CheckSettings(3, 4, 18, 1e-6)).statements().get(0).largest());
    }

    @Test
    void nAndPointsSetTheEntries() {
        StatementCheck s = Symgrad.gradcheck("let y_i = sum_j W_ij*x_j + b_i\nderive y_i wrt W_kl\n",
                new CheckSettings(2, 3, 0, 1e-6)).statements().get(0);
        assertEquals(3 * 8, s.entries(), s.describe());
        assertEquals(3, s.points());
    }

    @Test
    void aPointOutsideTheDomainIsDrawnAgain() {
        StatementCheck s = Symgrad.gradcheck("derive log(x)*sqrt(y) wrt x\n").statements().get(0);
        assertEquals(5, s.points(), s.describe());
        assertTrue(s.passes(), s.describe());
    }

    @Test
    void anAssumptionTheSamplerCannotHonourIsNotCheckedAndSaysSo() {
        StatementCheck s = Symgrad.gradcheck("assume x_1 = 2\nderive x_i^2 wrt x_j\n").statements().get(0);
        assertEquals("line 2: derive x_i^2 wrt x_j: not checked: the sampler cannot honour: assume x_1 = 2",
                s.describe());
        assertTrue(s.passes());
    }

    @Test
    void aScriptWithNothingToCheckAndSettingsOutOfRangeAreInputErrors() {
        InputException none = assertThrows(InputException.class, () -> Symgrad.gradcheck("check x*x = x^2\n"));
        assertTrue(none.getMessage().contains("the script has none"), none.getMessage());
        assertThrows(InputException.class, () -> new CheckSettings(0, 5, 0, 1e-6));
        assertThrows(InputException.class, () -> new CheckSettings(CheckSettings.MAX_N + 1, 5, 0, 1e-6));
        assertThrows(InputException.class, () -> new CheckSettings(3, 0, 0, 1e-6));
        assertThrows(InputException.class, () -> new CheckSettings(3, 5, 0, 0));
    }
}
