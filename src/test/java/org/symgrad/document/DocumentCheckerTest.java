package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.PublicInputsTest.describe;
import static org.symgrad.document.PublicInputsTest.marks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a document is read as a derivation (SPEC §8): where the math is, definitions and chains,
 * continuations, directives, branch conditions, and what happens around a formula that cannot be
 * read.
 */
class DocumentCheckerTest {
    private static CheckedDocument md(String text) {
        return DocumentChecker.check(text, DocumentKind.MARKDOWN, DocumentOptions.NONE);
    }

    private static CheckedDocument md(String text, DocumentOptions options) {
        return DocumentChecker.check(text, DocumentKind.MARKDOWN, options);
    }

    private static CheckedDocument tex(String text) {
        return DocumentChecker.check(text, DocumentKind.LATEX, DocumentOptions.NONE);
    }

    private static void assertMarks(String expected, CheckedDocument d) {
        assertEquals(expected, marks(d), () -> describe(d));
    }

    @Test
    void everyDisplayFormIsFoundAndInlineMathAndCodeAreNot() {
        String doc = "Inline $a = b$ is prose.\n\n$$x + x = 2x$$\n\n\\[x \\cdot x = x^2\\]\n\n"
                + "\\begin{equation*}\n(x+1)^2 = x^2 + 2x + 1\n\\end{equation*}\n\n"
                + "\\begin{align}\n 2a &= a + a \\\\\n 3b &= b + 2b\n\\end{align}\n\n"
                + "\\begin{gather}\n 2 = 1 + 1\n\\end{gather}\n\n"
                + "```\n$$1 = 2$$\n```\n\n<!-- $$1 = 3$$ -->\n";
        assertMarks("✓✓✓✓✓✓", md(doc));
    }

    @Test
    void githubsMathFenceIsDisplayMathAndOtherFencesAreCode() {
        // GitHub renders a ```math fence (or ~~~math) as display math; a fence of any other language stays code
        String doc = "Let $f(x) = x^3 - 2x$.\n\n```math\nf'(x) = 3x^2 - 2\n```\n\n"
                + "~~~math\nf''(x) = 6x + 1\n~~~\n\n"
                + "```latex\n$$f''(x) = 7$$\n```\n\n```python\n$$1 = 2$$\n```\n\n"
                + "  ```math\n\\frac{d}{dx} x^2 = 2x\n  ```\n";
        assertMarks("✓✗✓", md(doc));
    }

    @Test
    void doubledBackslashBracketsAreDisplayMathInMarkdown() {
        // \\[ … \\] (a Markdown that eats one backslash before MathJax) was prose: its steps were never checked
        String doc = "Let $f(x) = x^3 - 2x$.\n\n\\\\[ f'(x) = 3x^2 - 2 \\\\]\n\n- and\n    \\\\[ f''(x) = 6x + 1 \\\\]\n\n"
                + "\\\\[\n\\begin{aligned}\n\\frac{d}{dx} x^2 e^x &= 2x e^x + x^2 e^x \\\\\\\\\n&= x(x + 2)e^x\n\\end{aligned}\n\\\\]\n";
        assertMarks("✓✗✓✓", md(doc));
        // in a LaTeX file, \\[1ex] stays a row break with its spacing
        assertMarks("✓✓", tex("\\begin{align}\n\\frac{d}{dx} x^2 &= 2x \\\\[1ex]\n&= x + x\n\\end{align}\n"));
    }

    @Test
    void theLogarithmOfAnUndefinedNameDefinesTheName() {
        // \log p(x) = … defines p(x) = exp(…), as a density is given by its logarithm
        CheckedDocument d = md("$$\\log p(x) = -\\frac{(x-\\mu)^2}{2} + c$$\n\n"
                + "$$\\frac{\\partial \\log p(x)}{\\partial \\mu} = x - \\mu$$\n\n"
                + "$$\\frac{\\partial}{\\partial \\mu} \\ln p(x) = \\mu - x$$\n\n"
                + "$$\\frac{\\partial p(x)}{\\partial \\mu} = (x - \\mu) p(x)$$\n");
        assertEquals("p", d.equations().get(0).defines());
        assertMarks("✓✗✓", d);
        // the rest of its chain is checked against the definition
        assertMarks("✓✗", md("$$\\ln q = -z^2 + 1 = 1 - z \\cdot z = 1 + z^2$$\n"));
        // a name defined before is not redefined: the equation is a claim about it
        assertMarks("✓✗", md("$$r = e^{2u}$$\n\n$$\\log r = 2u$$\n\n$$\\log r = u$$\n"));
    }

    @Test
    void aLatexDocumentUsesItsBodyAndSkipsComments() {
        String doc = "\\documentclass{article}\n\\begin{document}\n\\section{One}\n% $$1 = 2$$\n"
                + "\\begin{align*}\n\\frac{d}{dx} x^2 &= 2x \\\\\n&= x + x\n\\end{align*}\n\\end{document}\n";
        CheckedDocument d = tex(doc);
        assertMarks("✓✓", d);
        assertEquals(List.of(6, 7), d.verdicts().stream().map(PairVerdict::line).toList());
    }

    @Test
    void aVerdictsLineIsWhereItsRightSideStarts() {
        CheckedDocument d = md("Title\n\n$$\\begin{aligned}\nx^2 - 1 &= (x-1)(x+1) \\\\\n&= (x+1)(x-1)\n\\end{aligned}$$\n");
        assertEquals(List.of(4, 5), d.verdicts().stream().map(PairVerdict::line).toList());
        assertEquals(4, d.equations().get(0).line());
        assertEquals("(x+1)(x-1)", d.verdicts().get(1).right());
        assertEquals("(x-1)(x+1)", d.verdicts().get(1).left());
    }

    @Test
    void aDefinitionsFurtherSidesAreCheckedAgainstIt() {
        CheckedDocument d = md("$$E = \\frac{1}{2}(y - t)^2$$\n\n$$\\frac{\\partial E}{\\partial y} = y - t$$\n");
        assertEquals("E", d.equations().get(0).defines());
        assertMarks("✓", d);
    }

    @Test
    void aFalseStepOfADerivationSaysWhereAndWhatItShouldBe() {
        CheckedDocument d = md("$$E = -\\log(y)$$\n\n$$\\frac{\\partial E}{\\partial y} = \\frac{1}{y}$$\n");
        assertMarks("✗", d);
        PairVerdict v = d.verdicts().get(0);
        assertTrue(v.verdict().orElseThrow().point().containsKey("y"));
        assertEquals("-1/y", org.symgrad.print.Printer.ascii(v.expected().orElseThrow()));
        assertFalse(d.equations().get(1).holds());
        assertTrue(d.hasFalse());
    }

    @Test
    void blocksThatStartWithEqualsContinueTheChainAcrossProse() {
        CheckedDocument d = md("$$\\frac{d}{dx} x^3$$\n\nthen\n\n$$= 3x^2$$\n\n$$= 3 x \\cdot x$$\n");
        assertMarks("✓✓", d);
        assertEquals(1, d.equations().size());
    }

    @Test
    void aBlockEndingWithEqualsContinuesWithTheRestatedFirstSideDropped() {
        CheckedDocument d = md("$$\\frac{d}{dx} x^3 = 3x^2 =$$\n$$\\frac{d}{dx} x^3 = x^3$$\n");
        assertMarks("✓✗", d);
    }

    @Test
    void proseBetweenBlocksEndsAChain() {
        CheckedDocument d = md("$$x = 1$$\n\nNow something else.\n\n$$y^2 = y \\cdot y$$\n");
        assertEquals(2, d.equations().size());
        assertMarks("✓", d);
    }

    @Test
    void aWhereClauseDefinesItsNameForTheWholeBlock() {
        assertMarks("✓", md("$$\\frac{\\partial C}{\\partial a} = 2a, \\text{ where } C = a^2 + b$$\n"));
    }

    @Test
    void aBranchConditionInTheProseHoldsUntilTheNextHeading() {
        String doc = "$$y_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$\n\nWhen $i \\neq j$:\n\n"
                + "$$\\frac{\\partial y_i}{\\partial z_j} = -y_i y_j$$\n\n## Next\n\n"
                + "$$\\frac{\\partial y_i}{\\partial z_j} = -y_i y_j$$\n";
        CheckedDocument d = md(doc);
        assertMarks("✓✗", d);
        assertTrue(d.equations().get(1).condition().contains("i ≠ j"), d.equations().get(1).condition());
        assertTrue(d.equations().get(2).condition().isEmpty());
    }

    @Test
    void anEqualIndicesBranchRenamesOneIndex() {
        String doc = "$$y_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$\n\nif $i = j$,\n\n"
                + "$$\\frac{\\partial y_i}{\\partial z_j} = y_i(1 - y_j)$$\n";
        assertMarks("✓", md(doc));
    }

    @Test
    void directivesAddAssumptionsDefinitionsAndEinsteinSummation() {
        String loss = "$$\\frac{\\partial}{\\partial z_j}\\left(-\\sum_i t_i \\log \\frac{e^{z_i}}{\\sum_k e^{z_k}}\\right)"
                + " = \\frac{e^{z_j}}{\\sum_k e^{z_k}} - t_j$$\n";
        assertMarks("✗", md(loss));
        assertMarks("✓", md("<!-- symgrad: assume sum_i t_i = 1 -->\n" + loss));
        assertMarks("✓", md(loss, new DocumentOptions(List.of("t simplex"), List.of(), false)));
        assertMarks("✓", md("$$\\frac{\\partial L}{\\partial x} = 2x$$\n", new DocumentOptions(List.of(),
                List.of("L = x^2"), false)));
        assertMarks("✓", md("<!-- symgrad: einstein -->\n$$\\frac{\\partial}{\\partial x_k} W_{ij} x_j = W_{ik}$$\n"));
        CheckedDocument latex = tex("% symgrad: assume x > 0\n\\[ \\sqrt{x^2} = x \\]\n");
        assertFalse(latex.hasFalse(), () -> describe(latex));
    }

    @Test
    void aDirectiveNotUnderstoodIsReported() {
        CheckedDocument d = md("<!-- symgrad: frobnicate -->\n$$x = x$$\n");
        assertTrue(d.messages().stream().anyMatch(m -> m.contains("not understood")), d.messages()::toString);
    }

    @Test
    void anUnreadableEquationIsReportedAndTheRestIsStillChecked() {
        CheckedDocument d = md("$$x^2 = x \\foo$$\n\n$$(a+b)^2 = a^2 + 2ab + b^2$$\n\n$$\\mathbf{X}^T y = 1$$\n");
        assertMarks("–✓–", d);
        PairVerdict v = d.verdicts().get(0);
        assertTrue(v.detail().contains("unknown command \\foo"), v.detail());
        assertTrue(v.detail().contains("line 1, column 11"), v.detail());
    }

    @Test
    void onlyEquationsThatUseAnUnreadableDefinitionAreSkippedForIt() {
        CheckedDocument d = md("$$f = x \\foo$$\n\n$$g = x^2$$\n\n$$\\frac{d f}{dx} = 1$$\n\n$$\\frac{dg}{dx} = 2x$$\n");
        assertMarks("––✓", d);
        assertTrue(d.verdicts().get(1).detail().contains("whose definition could not be read"), d.verdicts().get(1).detail());
    }

    @Test
    void anUnreadableSideIsBridgedFromTheLastReadableOne() {
        CheckedDocument d = md("$$\\frac{d}{dx} x^2 = \\foo = 2x$$\n");
        assertMarks("–✓", d);
        assertTrue(d.verdicts().get(1).detail().startsWith("compared with \\frac{d}{dx} x^2"));
    }

    @Test
    void aStepThatDependsOnAnUndefinedSubstitutionIsUndecidedNotFalse() {
        CheckedDocument d = md("$$E = -t\\log(y) = -t \\log(\\sigma(Wx))$$\n\n$$\\frac{\\partial E}{\\partial x} = -t(1 - \\sigma(Wx))W$$\n");
        assertMarks("?✓", d);
    }

    @Test
    void aDerivativeOfSomethingTheDocumentNeverLinksToTheVariableIsUndecided() {
        assertMarks("?", md("$$\\frac{\\partial L}{\\partial W} = \\frac{\\partial L}{\\partial y} \\frac{\\partial y}{\\partial W}$$\n"));
    }

    @Test
    void aRedefinitionReplacesTheEarlierMeaning() {
        String doc = "$$y_i = \\sum_j W_{ij} x_j$$\n\n## Softmax\n\n$$y_i = \\frac{e^{x_i}}{\\sum_k e^{x_k}}$$\n\n"
                + "$$\\frac{\\partial y_i}{\\partial x_j} = y_i(\\delta_{ij} - y_j)$$\n";
        CheckedDocument d = md(doc);
        assertMarks("✓", d);
        assertEquals("y", d.equations().get(1).defines());
    }

    @Test
    void sideConditionsAndAnnotationsInARow() {
        String doc = "$$p_j = \\frac{e^{o_j}}{\\sum_k e^{o_k}}$$\n\n"
                + "$$\\frac{\\partial p_j}{\\partial o_i} = -p_i p_j \\quad (i \\neq j) \\quad \\text{(quotient rule)}$$\n";
        assertMarks("✓", md(doc));
    }

    @Test
    void equationNumbersTagsAndPunctuationAreIgnored() {
        assertMarks("✓✓✓", md("$$x + x = 2x \\quad (3)$$\n\n$$x \\cdot 2 = 2x \\tag{4}$$\n\n$$2x = x + x.$$\n"));
    }

    @Test
    void aDocumentWithoutEquationsSaysSo() {
        CheckedDocument d = md("Just prose, and $x$ inline.\n");
        assertTrue(d.equations().isEmpty());
        assertFalse(d.messages().isEmpty());
    }

    @Test
    void anArrayThatAlignsEquationsIsSplitIntoRowsAndAMatrixIsNot() {
        CheckedDocument d = md("$$\\begin{array}{ll} (x+1)^2 &= x^2 + 2x + 1 \\\\ &= x(x + 2) + 1 \\end{array}$$\n");
        assertMarks("✓✓", d);
        assertEquals(List.of(1, 1), d.verdicts().stream().map(PairVerdict::line).toList());
        CheckedDocument matrix = md("$$A = \\left[\\begin{array}{cc} 1 & 0 \\\\ 0 & 1 \\end{array}\\right]$$\n");
        assertTrue(matrix.verdicts().stream().noneMatch(v -> v.outcome() == Outcome.PROVEN), () -> describe(matrix));
    }

    @Test
    void aFormulaOnItsOwnThatCannotBeReadIsReportedNotPassedOver() {
        CheckedDocument d = md("The derivative\n\n$$\\frac{d}{dx}$$\n\nof softplus is $\\sigma(x)$.\n\n$$x + 1$$\n");
        assertMarks("–", d);
        assertTrue(d.verdicts().get(0).detail().contains("nothing to differentiate"), () -> describe(d));
        assertEquals(3, d.verdicts().get(0).line());
    }

    @Test
    void anIndexUsedAsAValueIsSkippedWithTheReasonNeverJudged() {
        // ex^j beside e^{x_j}: j is an index of the other side, so x^j is no power of a variable j
        // \sum_k k, with no written range, says no numbers for k (a Σ from 1 to 3 is read: IndexAsNumberTest)
        CheckedDocument d = md("$$e^{x_i} e^{x_j} = e^{x_i} ex^j$$\n\n$$\\sum_{k} k = 6$$\n");
        assertMarks("––", d);
        assertTrue(d.verdicts().stream().allMatch(v -> v.detail().contains("used here as a value")), () -> describe(d));
    }

    @Test
    void aCallDefinedInTermsOfItselfIsALabelNotAFunction() {
        CheckedDocument d = md("$$P(Y) = \\prod_{i=1}^{n} P(y_i)$$\n\n$$\\log P(Y) = \\sum_{i=1}^{n} \\log P(y_i)$$\n");
        assertTrue(d.verdicts().stream().noneMatch(v -> v.outcome() == Outcome.FALSE), () -> describe(d));
        assertTrue(d.verdicts().stream().anyMatch(v -> v.detail().contains("defined in terms of itself")), () -> describe(d));
    }

    @Test
    void aDefinedLabelledNameWrittenAsAFunctionOfItsInputIsThatName() {
        CheckedDocument d = md("$$o_k^s = \\frac{e^{o_k^a}}{\\sum_j e^{o_j^a}}$$\n\n"
                + "$$L = -\\log o_y^s(x) = -\\log \\frac{e^{o_y^a}}{\\sum_j e^{o_j^a}} = -o_y^a + \\log \\sum_j e^{o_j^a}$$\n");
        assertMarks("✓✓", d);
    }

    @Test
    void aProductOverAnIndexIsReadAndChecked() {
        // the log of the product is proven under the assumption (log-of-index-product; it was only ≈), the 2^n slip ✗
        assertMarks("✓✗", md("$$\\log \\prod_{k=1}^{n} x_k = \\sum_{k=1}^{n} \\log x_k$$\n\n"
                + "$$\\prod_{k} 2 x_k = 2 \\prod_{k} x_k$$\n", new DocumentOptions(List.of("x > 0"), List.of(), false)));
    }

    @Test
    void aProofThatNeedsAnAssumptionSaysSo() {
        String doc = "<!-- symgrad: assume y in {0, 1} -->\n\n$$\\sum_i y_i^2 x_i = \\sum_i y_i x_i$$\n\n"
                + "$$\\log(x z) = \\log x + \\log z$$\n";
        CheckedDocument d = md(doc, new DocumentOptions(List.of("x > 0", "z > 0"), List.of(), false));
        assertMarks("✓✓", d);
        assertEquals("proven under y in {0, 1} (assumed)", d.verdicts().get(0).detail());
        assertEquals("proven under x > 0, z > 0 (assumed)", d.verdicts().get(1).detail());
        CheckedDocument without = md("$$\\sum_i y_i^2 x_i = \\sum_i y_i x_i$$\n");
        assertMarks("✗", without);
    }
}
