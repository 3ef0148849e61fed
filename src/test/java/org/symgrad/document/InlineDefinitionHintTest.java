package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * SPEC §8 reads display math only, so "Let $p_i = …$" leaves p_i undefined. A step that is not
 * proven and uses such a name — directly or through the definitions it expands — says where the
 * inline definition is and how to write it as a display, instead of reading it silently
 * (InlineDefinitions). A name a display defines is not hinted at, nor is an inline formula that is
 * not a definition, nor a proven step.
 */
class InlineDefinitionHintTest {
    private static final Path FRESH = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/fresh-homework");

    private static PairVerdict only(String markdown, String mark) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(mark, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        return d.verdicts().get(d.verdicts().size() - 1);
    }

    @Test
    void aResidualDefinedInlineIsNamedWithItsLineAndItsDisplayForm() {
        PairVerdict v = only("For a residual $r = y - f$, the loss is\n\n$$L = \\frac{1}{2} r^2$$\n\n"
                + "$$\\frac{\\partial L}{\\partial f} = -r$$\n", "?");
        assertTrue(v.detail().contains("r is defined only in inline math (line 1: $r = y - f$)"), v.detail());
        assertTrue(v.detail().contains("write it as a display, $$r = y - f$$"), v.detail());
    }

    @Test
    void aVariantWithLetAndAnIndexedName() {
        PairVerdict v = only("# Softmax\n\nLet $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$ be the probabilities.\n\n"
                + "$$L = -\\sum_i y_i \\log p_i$$\n\n$$\\frac{\\partial L}{\\partial z_j} = p_j - y_j$$\n", "?");
        assertTrue(v.detail().contains("p is defined only in inline math (line 3:"), v.detail());
    }

    @Test
    void aFalseStepGetsTheHintBeforeItsCounterexample() {
        PairVerdict v = only("Here $c = 2$.\n\n$$\\frac{d}{dx} \\left( c x^2 \\right) = 4 c x$$\n", "✗");
        assertTrue(v.detail().startsWith("c is defined only in inline math (line 1: $c = 2$)"), v.detail());
        assertTrue(v.detail().endsWith("as written, "), v.detail());
    }

    @Test
    void noHintWhereADisplayDefinesTheNameOrTheStepIsProvenOrTheFormulaIsNoDefinition() {
        // the display definition is read: proven, and nothing to say
        PairVerdict shown = only("For a residual $r = y - f$:\n\n$$r = y - f$$\n\n$$L = \\frac{1}{2} r^2$$\n\n"
                + "$$\\frac{\\partial L}{\\partial f} = -r$$\n", "✓");
        assertFalse(shown.detail().contains("inline"), shown.detail());
        // an inline relation, a chain, a sum: not definitions
        PairVerdict other = only("With $a < b$, $u = v = w$ and $\\sum_k t_k = 1$:\n\n$$L = \\frac{1}{2} a^2$$\n\n"
                + "$$\\frac{\\partial L}{\\partial u} = a$$\n", "?");
        assertFalse(other.detail().contains("inline"), other.detail());
    }

    @Test
    void theFreshHomeworkGapsOfInlineDefinitionsNameThem() throws IOException {
        assertHint("huber-cases", 13, "r is defined only in inline math (line 3: $r = y - f$)");
        assertHint("cs229-logistic-aligned", 23, "htheta is defined only in inline math (line 3:");
        assertHint("cs229-logistic-aligned", 26, "htheta is defined only in inline math (line 3:");
        assertHint("mml-chain-rule-examples", 41, "f is defined only in inline math (line 35:");
        assertHint("tsne-gradient", 13, "q is defined only in inline math (line 11:");
    }

    private static void assertHint(String doc, int line, String words) throws IOException {
        CheckedDocument d = PublicInputsTest.check(Files.readString(FRESH.resolve(doc + ".md")));
        assertTrue(d.verdicts().stream().filter(v -> v.line() == line && v.outcome() != Outcome.PROVEN)
                .allMatch(v -> v.detail().contains(words)) && d.verdicts().stream().anyMatch(v -> v.line() == line),
                () -> doc + ":" + line + " should say '" + words + "':\n" + PublicInputsTest.describe(d));
    }
}
