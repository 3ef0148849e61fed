package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * SPEC §8 reads display math only, so "We denote $p_i = …$" leaves p_i undefined (an inline definition
 * announced by where, let, with or define is read, InlineDefinitionReadingTest). A step that is not
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
        // a right step reads it (InlineDefinitionReadingTest); a wrong one stays undecided and names it (r is
        // written above, so the sentence introduces no new name: before L's display, IntroducingSentences reads it, below)
        PairVerdict v = only("$$L = \\frac{1}{2} r^2$$\n\nFor a residual $r = y - f$ the loss is small.\n\n"
                + "$$\\frac{\\partial L}{\\partial f} = r$$\n", "?");
        assertTrue(v.detail().contains("r is defined only in inline math (line 3: $r = y - f$)"), v.detail());
        assertTrue(v.detail().contains("write it as a display, $$r = y - f$$"), v.detail());
        // where the sentence goes on to the loss's definition that uses r, it is the author's definition (policy since checks47,
        // ForNounAnnouncementTest; was ?): ∂L/∂f = -r, so r is false
        only("For a residual $r = y - f$, the loss is\n\n$$L = \\frac{1}{2} r^2$$\n\n$$\\frac{\\partial L}{\\partial f} = r$$\n", "✗");
        only("For a residual $r = y - f$ the loss is small.\n\n$$L = \\frac{1}{2} r^2$$\n\n$$\\frac{\\partial L}{\\partial f} = r$$\n", "✗");
    }

    @Test
    void aVariantWithAnIndexedName() {
        // "we denote" names it but does not announce a definition to read (InlineDefinitionReadingTest reads "Let")
        PairVerdict v = only("# Softmax\n\nWe denote $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$ the probabilities.\n\n"
                + "$$L = -\\sum_i y_i \\log p_i$$\n\n$$\\frac{\\partial L}{\\partial z_j} = p_j - y_j$$\n", "?");
        assertTrue(v.detail().contains("p is defined only in inline math (line 3:"), v.detail());
    }

    @Test
    void aFalseStepGetsTheHintBeforeItsCounterexample() {
        // false as written (2cx against c²x), true with c = 2 read: the inline definition is why
        // "we denote" and "we set" name a definition but do not announce one to read (InlineDefinitionReadingTest)
        PairVerdict v = only("We denote $c = 2$.\n\n$$\\frac{d}{dx} \\left( c x^2 \\right) = c^2 x$$\n", "✗");
        assertTrue(v.detail().startsWith("c is defined only in inline math (line 1: $c = 2$)"), v.detail());
        assertTrue(v.detail().endsWith("as written, "), v.detail());
        // a variant: another name, and := as the cue
        PairVerdict w = only("The loss is below; we set $k := 3$.\n\n$$\\frac{d}{dt} \\left( k t^3 \\right) = k^2 t^2$$\n", "✗");
        assertTrue(w.detail().startsWith("k is defined only in inline math (line 1: $k := 3$)"), w.detail());
    }

    @Test
    void aFalseStepThatStaysFalseWithTheDefinitionReadHasNoHint() {
        // 1/(1 + e^u) = σ(u) is false whatever u is: the unread u = a − b is not why (seed 001, line 239)
        PairVerdict v = only("If we denote $u = a - b$, then\n\n$$\\frac{1}{1 + e^{u}} = \\sigma(u)$$\n", "✗");
        assertFalse(v.detail().contains("inline"), v.detail());
        PairVerdict c = only("We denote $c = 2$.\n\n$$\\frac{d}{dx} \\left( c x^2 \\right) = 4 c x$$\n", "✗");
        assertFalse(c.detail().contains("inline"), c.detail());
    }

    @Test
    void noHintWithoutAWordThatAnnouncesADefinition() {
        PairVerdict v = only("Here $c = 2$.\n\n$$\\frac{d}{dx} \\left( c x^2 \\right) = c^2 x$$\n", "✗");
        assertFalse(v.detail().contains("inline"), v.detail());
        // unnamed by a hint; read only because the step holds with it (InlineDefinitionReadingTest), and a wrong step is not:
        // since checks48 its reason says where r is (was: "L does not depend on f as the document defines it")
        PairVerdict r = only("So $r = y - f$ follows.\n\n$$L = \\frac{1}{2} r^2$$\n\n$$\\frac{\\partial L}{\\partial f} = r$$\n", "?");
        assertFalse(r.detail().contains("read with") || r.detail().contains("which a step reads only where"), r.detail());
        assertTrue(r.detail().startsWith("r (line 1: $r = y - f$) is defined only in inline math that no word announces"), r.detail());
    }

    @Test
    void anEvaluationPointIsNoDefinition() {
        // seed 001, line 40: "For $x = 0$: …" is where a limit is taken, not what x is; the steps are
        // undecided (L does not depend on f as read), where any inline definition of r would be named
        String steps = "\n\n$$L = \\frac{1}{2} r^2$$\n\n$$\\frac{\\partial L}{\\partial f} = -r$$\n";
        PairVerdict v = only("For $r = 0$: the loss vanishes." + steps, "?");
        assertFalse(v.detail().contains("inline"), v.detail());
        PairVerdict w = only("Let us look at the point $r = 1/2$ with care." + steps, "?");
        assertFalse(w.detail().contains("inline"), w.detail());
        // a cue and a number that is no evaluation point: a definition (named; "Let" reads it, InlineDefinitionReadingTest)
        PairVerdict a = only("We denote $r = 1$." + steps, "?");
        assertTrue(a.detail().contains("r is defined only in inline math (line 1: $r = 1$)"), a.detail());
    }

    @Test
    void aNounPhraseOfSeveralWordsAnnouncesADefinition() {
        // "For the L2-regularised version $J(w) = …$": the article's noun is the third word, after one with a digit
        // (a sentence of its own: with a comma, the display right after that differentiates the fresh J reads it, and the wrong
        // step is false, DifferentiatedInlineNames)
        PairVerdict v = only("For the L2-regularised version $J(w) = \\frac{1}{2}(y - w x)^2 + \\frac{\\lambda}{2} w^2$.\n\n"
                + "$$\\frac{\\partial J}{\\partial w} = (w x - y) x + 2 \\lambda w$$\n", "?");
        assertTrue(v.detail().contains("J is defined only in inline math (line 1: $J(w) ="), v.detail());
        only("For the L2-regularised version $J(w) = \\frac{1}{2}(y - w x)^2 + \\frac{\\lambda}{2} w^2$,\n\n"
                + "$$\\frac{\\partial J}{\\partial w} = (w x - y) x + 2 \\lambda w$$\n", "✗");
        // four words are a clause, not a name's phrase
        PairVerdict w = only("For the very long winded story $J(w) = w^2$.\n\n$$\\frac{\\partial J}{\\partial w} = 3 w$$\n", "?");
        assertFalse(w.detail().contains("which a step reads only where"), w.detail());
        // since checks48 the reason says where J is (was: "J is not defined in the document")
        assertTrue(w.detail().startsWith("J (line 1: $J(w) = w^2$) is defined only in inline math that no word announces"), w.detail());
        only("For the very long winded story $J(w) = w^2$,\n\n$$\\frac{\\partial J}{\\partial w} = 3 w$$\n", "✗");
    }

    @Test
    void aCorrectStepIsReadWithAFunctionNamedInlineNotMadeFalse() {
        // Ng's cost with weight decay, "The hypothesis is $h_\\theta(x) = …$" inline: the unread h_θ(x^{(i)}) left J depending on θ
        // through the decay only, so the right gradient was false as written; with the inline function applied it holds, and
        // a correct step is not false because a function it calls was only named in prose (InlineFunctionDefinitionsTest)
        // "For the hypothesis $…$ we get" announces it for the steps of its sentence (ForNounAnnouncementTest), "The hypothesis is
        // $…$" for all below (CopulaAnnouncementTest)
        String doc = "$$J = \\frac{1}{2m}\\sum_{i}\\left(h_\\theta(x^{(i)}) - y^{(i)}\\right)^2 + \\frac{\\lambda}{2}\\sum_{j}\\theta_j^2$$\n\n"
                + "For the hypothesis $h_\\theta(x) = \\sum_{k} \\theta_k x_k$ we get\n\n";
        PairVerdict v = only(doc + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i}\\left(h_\\theta(x^{(i)}) - y^{(i)}\\right)"
                + "x_j^{(i)} + \\lambda\\theta_j$$\n", "✓");
        // named as the document writes it, h_\theta, not as the reader spells it (htheta)
        assertTrue(v.detail().startsWith("read with the inline definition of h_\\theta (line 3: $h_\\theta(x) ="), v.detail());
        // a step false with it applied (the decay's factor wrong) is false: "For the hypothesis $…$ we get" goes on to the step
        // in the same sentence, which reads h_θ as the author defines it there (policy since checks47, ForNounAnnouncementTest;
        // was ? with the hint "h_\\theta is defined only in inline math")
        PairVerdict w = only(doc + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i}\\left(h_\\theta(x^{(i)}) - y^{(i)}\\right)"
                + "x_j^{(i)} + 2\\lambda\\theta_j$$\n", "✗");
        assertTrue(w.detail().startsWith("read with the inline definition of h_\\theta (line 3:"), w.detail());
        // in a sentence of its own ("we plot it."), it only proves a step: the wrong one stays undecided, and the hint names it
        String apart = doc.replace("$ we get", "$ we plot it.");
        // there the right step holds with it and is undecided without, not false: h_θ depends on θ through its subscript
        // (HypothesisFunctionTest)
        PairVerdict u = only(apart + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i}\\left(h_\\theta(x^{(i)}) - y^{(i)}\\right)"
                + "x_j^{(i)} + \\lambda\\theta_j$$\n", "✓");
        assertTrue(u.detail().contains("the step holds with it and is undecided without"), u.detail());
        PairVerdict h = only(apart + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i}\\left(h_\\theta(x^{(i)}) - y^{(i)}\\right)"
                + "x_j^{(i)} + 2\\lambda\\theta_j$$\n", "?");
        assertTrue(h.detail().contains("h_\\theta is defined only in inline math (line 3:"), h.detail());
        // announced by a copula, it is read: the right step proven, the wrong one false
        String announced = doc.replace("For the hypothesis $", "The hypothesis is $").replace("$ we get", "$.");
        only(announced + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i}\\left(h_\\theta(x^{(i)}) - y^{(i)}\\right)"
                + "x_j^{(i)} + \\lambda\\theta_j$$\n", "✓");
        only(announced + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i}\\left(h_\\theta(x^{(i)}) - y^{(i)}\\right)"
                + "x_j^{(i)} + 2\\lambda\\theta_j$$\n", "✗");
    }

    @Test
    void aBuiltInFunctionRestatedInlineIsNoDefinition() {
        // seed 001, line 47: "the sigmoid function is : $\sigma(x) = …$" restates the σ symgrad knows
        PairVerdict v = only("Knowing that the sigmoid function is : $\\sigma(x) = \\frac{1}{1+e^{-x}}$, we derive\n\n"
                + "$$\\frac{d}{dx} \\sigma(x) = \\sigma(x)^2$$\n", "✗");
        assertFalse(v.detail().contains("inline"), v.detail());
        PairVerdict t = only("We define $\\tanh(z) = \\frac{e^z - e^{-z}}{e^z + e^{-z}}$.\n\n"
                + "$$\\frac{d}{dz} \\tanh(z) = 1 + \\tanh(z)^2$$\n", "✗");
        assertFalse(t.detail().contains("inline"), t.detail());
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
        assertHint("mml-chain-rule-examples", 41, "f is defined only in inline math (line 35:");
        // "with $q_{ij} = …$" announces a definition: read, and the step says so (still undecided: C is not defined)
        assertHint("tsne-gradient", 13, "read with the inline definition of q (line 11:");
    }

    @Test
    void aComponentADisplayDefinesIsNotNamedNorTheFreshHomeworksProseThatDefinesNothing() throws IOException {
        // mml-chain-rule-examples: "where $x_1 = \sin t$" above the displays $$x_1 = \sin t$$, $$x_2 = \cos t$$
        CheckedDocument d = PublicInputsTest.check(Files.readString(FRESH.resolve("mml-chain-rule-examples.md")));
        assertTrue(d.verdicts().stream().noneMatch(v -> v.detail().contains("x is defined only")
                || v.detail().contains("x_1 is defined only") || v.detail().contains("x_2 is defined only")),
                () -> PublicInputsTest.describe(d));
        // an evaluation point (elastic-net: "Away from $\beta_k = 0$"), a model stated without a cue
        // (mml-least-squares: "the linear model $\boldsymbol{y} = …$"), the normal CDF restated (probit-regression),
        // a probability named in passing (cmu-10601-naive-bayes-mle: "of $\theta = P(X = 1)$ is")
        for (String doc : new String[] {"elastic-net", "mml-least-squares", "probit-regression", "cmu-10601-naive-bayes-mle"}) {
            CheckedDocument c = PublicInputsTest.check(Files.readString(FRESH.resolve(doc + ".md")));
            assertTrue(c.verdicts().stream().noneMatch(v -> v.detail().contains("defined only in inline math")),
                    () -> doc + ":\n" + PublicInputsTest.describe(c));
        }
    }

    private static void assertHint(String doc, int line, String words) throws IOException {
        CheckedDocument d = PublicInputsTest.check(Files.readString(FRESH.resolve(doc + ".md")));
        assertTrue(d.verdicts().stream().filter(v -> v.line() == line && v.outcome() != Outcome.PROVEN)
                .allMatch(v -> v.detail().contains(words)) && d.verdicts().stream().anyMatch(v -> v.line() == line),
                () -> doc + ":" + line + " should say '" + words + "':\n" + PublicInputsTest.describe(d));
    }
}
