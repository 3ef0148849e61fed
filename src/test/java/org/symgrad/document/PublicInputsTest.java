package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The 25 public inputs of LATEX-INPUT §5 (T01–T25), each checked as a small Markdown document with
 * the definitions its source page states before it, against the result that section expects.
 * Marks are compared as a string: ✓ proven, ≈ numerically equal, ✗ false, ? undecided, – skipped.
 */
class PublicInputsTest {
    private static final String SOFTMAX_Y = "$$\\hat{\\mathbf{y}} = \\mathrm{softmax}(\\mathbf{o}) \\quad \\text{where}\\quad "
            + "\\hat{y}_i = \\frac{\\exp(o_i)}{\\sum_j \\exp(o_j)}.$$\n\n";
    private static final String LOSS = "$$l(\\mathbf{y}, \\hat{\\mathbf{y}}) = - \\sum_{j=1}^q y_j \\log \\hat{y}_j.$$\n\n";
    private static final String LOGISTIC = "$$f(x) = \\frac{1}{1 + e^{-x}} = \\frac{e^x}{1 + e^x},$$\n\n";
    private static final String SOFTMAX_P = "$$p_j = \\frac{\\exp{o_j}}{\\sum_{k}\\exp{o_k}}$$\n\n$$L = - \\sum_{j} y_j \\log p_j$$\n\n";

    static CheckedDocument check(String markdown) {
        return DocumentChecker.check(markdown, DocumentKind.MARKDOWN, DocumentOptions.NONE);
    }

    /** The markdown checked, its marks (one per verdict, in order) asserted to be {@code marks}. */
    static CheckedDocument check(String markdown, String marks) {
        CheckedDocument d = check(markdown);
        assertEquals(marks, marks(d), () -> describe(d));
        return d;
    }

    /** The marks of every verdict, in order. */
    static String marks(CheckedDocument d) {
        return d.verdicts().stream().map(v -> v.outcome().mark()).collect(Collectors.joining());
    }

    private static void assertMarks(String expected, String markdown) {
        CheckedDocument d = check(markdown);
        assertEquals(expected, marks(d), () -> describe(d));
    }

    static String describe(CheckedDocument d) {
        return d.verdicts().stream().map(v -> v.outcome().mark() + " line " + v.line() + ": " + v.left() + " = "
                + v.right() + " — " + v.detail()).collect(Collectors.joining("\n"));
    }

    private static List<String> defined(CheckedDocument d) {
        return d.equations().stream().map(CheckedEquation::defines).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void t01VectorAndComponentDefinitionsOfTheSoftmaxAgree() {
        CheckedDocument d = check(SOFTMAX_Y + "$$\\frac{\\partial \\hat{y}_i}{\\partial o_j} = \\hat{y}_i(\\delta_{ij} - \\hat{y}_j)$$\n");
        assertTrue(defined(d).contains("yhat"), () -> defined(d).toString());
        assertEquals("✓", marks(d), () -> describe(d));
    }

    @Test
    void t02CallShapedLabelDefinesTheLoss() {
        CheckedDocument d = check(SOFTMAX_Y + LOSS + "$$\\frac{\\partial l}{\\partial \\hat{y}_j} = -\\frac{y_j}{\\hat{y}_j}$$\n");
        assertTrue(defined(d).contains("l"), () -> defined(d).toString());
        assertEquals("✓", marks(d), () -> describe(d));
    }

    private static final String T03 = "$$\\begin{aligned}\nl(\\mathbf{y}, \\hat{\\mathbf{y}}) &=  - \\sum_{j=1}^q y_j \\log "
            + "\\frac{\\exp(o_j)}{\\sum_{k=1}^q \\exp(o_k)} \\\\\n&= \\sum_{j=1}^q y_j \\log \\sum_{k=1}^q \\exp(o_k) - "
            + "\\sum_{j=1}^q y_j o_j \\\\\n&= \\log \\sum_{k=1}^q \\exp(o_k) - \\sum_{j=1}^q y_j o_j.\n\\end{aligned}$$\n";

    @Test
    void t03AlignedRowsLastStepNeedsOneHotLabels() {
        assertMarks("✓✓✗", SOFTMAX_Y + LOSS + T03);
        assertMarks("✓✓✓", "<!-- symgrad: assume sum_j y_j = 1 -->\n" + SOFTMAX_Y + LOSS + T03);
    }

    private static final String T04 = "$$\\partial_{o_j} l(\\mathbf{y}, \\hat{\\mathbf{y}}) = \\frac{\\exp(o_j)}{\\sum_{k=1}^q "
            + "\\exp(o_k)} - y_j = \\mathrm{softmax}(\\mathbf{o})_j - y_j.$$\n";

    @Test
    void t04SubscriptPartialAndSoftmaxComponent() {
        assertMarks("✗✓", SOFTMAX_Y + LOSS + T04);
        assertMarks("✓✓", "<!-- symgrad: assume sum_j y_j = 1 -->\n" + SOFTMAX_Y + LOSS + T04);
    }

    @Test
    void t05OperatorFormOfTheSigmoidDerivative() {
        assertMarks("✓✓", "$$\\frac{d}{dx} \\operatorname{sigmoid}(x) = \\frac{\\exp(-x)}{(1 + \\exp(-x))^2} = "
                + "\\operatorname{sigmoid}(x)\\left(1-\\operatorname{sigmoid}(x)\\right).$$\n");
    }

    @Test
    void t06FunctionPowerIsAPowerOfTheValue() {
        assertMarks("✓", "$$\\frac{d}{dx} \\operatorname{tanh}(x) = 1 - \\operatorname{tanh}^2(x).$$\n");
    }

    @Test
    void t07TwoDefinitionsJoinedByProseAgree() {
        assertMarks("✓", "$$L_i = -\\log\\left(\\frac{e^{f_{y_i}}}{ \\sum_j e^{f_j} }\\right) \\hspace{0.5in} "
                + "\\text{or equivalently} \\hspace{0.5in} L_i = -f_{y_i} + \\log\\sum_j e^{f_j}$$\n");
    }

    @Test
    void t08RowsStartingWithEqualsContinueTheChain() {
        assertMarks("✓✓", "$$\\frac{e^{f_{y_i}}}{\\sum_j e^{f_j}}\n= \\frac{Ce^{f_{y_i}}}{C\\sum_j e^{f_j}}\n"
                + "= \\frac{e^{f_{y_i} + \\log C}}{\\sum_j e^{f_j + \\log C}}$$\n");
    }

    @Test
    void t09FunctionDefinitionWithAClaim() {
        CheckedDocument d = check(LOGISTIC);
        assertEquals(List.of("f"), defined(d));
        assertEquals("✓", marks(d), () -> describe(d));
    }

    @Test
    void t10CallsOfTheDefinedFunction() {
        assertMarks("✓✓✓✓✓✓", LOGISTIC + "$$\\begin{align}\n\\frac{d}{dx} f(x) &= \\frac{e^x \\cdot (1 + e^x) - e^x \\cdot "
                + "e^x}{{\\left(1 + e^x\\right)}^2} \\\\[1ex]\n&= \\frac{e^x}{{\\left(1 + e^x\\right)}^2} \\\\[1ex]\n"
                + "&= \\left(\\frac{e^x}{1 + e^x}\\right) \\left(\\frac{1}{1 + e^x}\\right) \\\\[1ex]\n"
                + "&= \\left(\\frac{e^x}{1 + e^x}\\right) \\left(1-\\frac{e^x}{1 + e^x}\\right) \\\\[1.2ex]\n"
                + "&= f(x)\\left(1 - f(x)\\right)\n\\end{align}$$\n");
    }

    @Test
    void t11PrimeOnTheBareFunctionName() {
        assertMarks("✓✓", LOGISTIC + "$$f'' = (1-2f)(1-f)f$$\n");
    }

    @Test
    void t12CallWithACompoundArgument() {
        assertMarks("✓✓", LOGISTIC + "$$1 - f(x) = f(-x).$$\n");
    }

    @Test
    void t13OperatorsAndTheirOperands() {
        assertMarks("✓✓✓✓✓✓✓✓✓", "$$\\begin{align} \\frac{d}{dx}\\sigma(x) & = \\frac{d}{dx} \\frac{1}{1+e^{-x}}\\\\ & = "
                + "\\frac{d}{dx}\\big( 1+ e^{-x} \\big) ^{-1} \\quad[\\text{apply chain rule}]\\\\ & = -(1 + e^{-x})^{-2} "
                + "\\cdot \\frac{d}{dx}(1+e^{-x}) \\quad[\\text{apply sum rule}] \\\\ & = -(1 + e^{-x})^{-2} \\cdot "
                + "\\bigg(\\frac{d}{dx}1 + \\frac{d}{dx}e^{-x}\\bigg) \\\\ & = -(1 + e^{-x})^{-2} \\cdot \\frac{d}{dx}e^{-x} "
                + "\\quad[\\text{apply chain rule}]\\\\ & = -(1 + e^{-x})^{-2} \\cdot e^{-x}\\frac{d}{dx} (-x)\\\\ & = "
                + "-(1 + e^{-x})^{-2} \\cdot \\big(- e^{-x} \\big)\\\\ & = \\frac{1}{(1 + e^{-x})^{2}} \\cdot e^{-x} \\\\ & = "
                + "\\frac{e^{-x}}{(1 + e^{-x})^{2}} \\end{align}$$\n");
    }

    @Test
    void t14OperatorWithoutOperandIsReportedNotGuessed() {
        CheckedDocument d = check("$$\\frac{d}{dx} = \\frac{e^{-x}}{(1 + e^{-x})^2}.$$\n");
        assertEquals("–", marks(d));
        assertTrue(d.verdicts().get(0).detail().contains("\\frac{d}{dx} has nothing to differentiate"),
                d.verdicts().get(0).detail());
    }

    private static final String T15 = "$$o_j=softmax(z_j)=\\frac{e^{z_j}}{\\sum_j e^{z_j}}$$\n\n";

    @Test
    void t15PlainWordSoftmaxOfAComponentAndAShadowedIndex() {
        CheckedDocument d = check(T15);
        assertEquals(List.of("o"), defined(d));
        assertEquals("✓", marks(d), () -> describe(d));
    }

    private static final String T16 = "$$\\frac{\\partial o_b} {\\partial z_{b}}=\\frac{e^{z_b}*\\sum e^z - (e^{z_b})^2}"
            + "{(\\sum_j e^{z})^2}=\\frac{e^{z_b}}{\\sum e^z}-\\frac{(e^{z_b})^2}{(\\sum e^z)^2}$$\n";

    @Test
    void t16SumWithoutIndexIsAnErrorThatProposesOne() {
        CheckedDocument d = check(T15 + T16);
        assertEquals("✓––", marks(d), () -> describe(d));
        assertTrue(d.verdicts().get(1).detail().contains("\\sum has no index"), d.verdicts().get(1).detail());
        assertTrue(d.verdicts().get(1).detail().contains("\\sum_k e^{z_k}"), d.verdicts().get(1).detail());
    }

    @Test
    void t17ALineStartingWithEqualsContinuesTheChain() {
        assertMarks("✓–––✓✓", T15 + T16 + "$$=softmax(b)-softmax^2(b)=o_b-o_b^2=o_b(1-o_b)$$\n");
    }

    private static final String T18 = "$$f(z_i^l) = \\frac{\\exp{(z_i^l)}}{\\sum_{m=1}^K\\exp{(z_m^l)}}.$$\n\n";

    @Test
    void t18LayerLabelAndBracedExpArgument() {
        CheckedDocument d = check(T18);
        assertEquals(List.of("f"), defined(d));
        assertEquals("", marks(d));
    }

    @Test
    void t19DerivativeOfTheLabelledSoftmax() {
        assertMarks("✓", T18 + "$$\\frac{\\partial f(z_i^l)}{\\partial z_j^l}= f(z_i^l)\\left(\\delta_{ij}-f(z_j^l)\\right),$$\n");
    }

    private static final String T20 = "$$\\frac{\\partial L}{\\partial o_i}=-\\sum_ky_k\\frac{\\partial \\log p_k}{\\partial o_i}"
            + "=-\\sum_ky_k\\frac{1}{p_k}\\frac{\\partial p_k}{\\partial o_i}\\\\=-y_i(1-p_i)-\\sum_{k\\neq i}y_k\\frac{1}{p_k}"
            + "({\\color{red}{-p_kp_i}})\\\\=-y_i(1-p_i)+\\sum_{k\\neq i}y_k({\\color{red}{p_i}})\\\\=-y_i+\\color{blue}"
            + "{y_ip_i+\\sum_{k\\neq i}y_k({p_i})}\\\\=\\color{blue}{p_i\\left(\\sum_ky_k\\right)}-y_i=p_i-y_i$$\n";

    @Test
    void t20NoSpacesColoursAndExclusionSums() {
        assertMarks("✓✓✓✓✓✓✗", SOFTMAX_P + T20);
        assertMarks("✓✓✓✓✓✓✓", "<!-- symgrad: assume sum_k y_k = 1 -->\n" + SOFTMAX_P + T20);
    }

    @Test
    void t21SideConditionRestrictsTheStep() {
        assertMarks("✓", SOFTMAX_P + "$$\\frac{\\partial{p_j}}{\\partial{o_i}} = p_i (1-p_i), \\quad i = j$$\n");
        assertMarks("✗", SOFTMAX_P + "$$\\frac{\\partial{p_j}}{\\partial{o_i}} = p_i (1-p_i)$$\n");
    }

    @Test
    void t22AlignWithExclusionSumsAndATrailingBreak() {
        assertMarks("✓✓✓✓✓", SOFTMAX_P + "$$\\begin{align}\n\\frac{\\partial{L}}{\\partial{o_i}} & = - \\sum_k y_k "
                + "\\frac{\\partial{\\log p_k}}{\\partial{o_i}} \\\\\n& = - \\sum_k y_k \\frac{1}{p_k} \\frac{\\partial{p_k}}"
                + "{\\partial{o_i}} \\\\\n& = -y_i(1-p_i) - \\sum_{k\\ne i} y_k \\frac{1}{p_k} (-p_kp_i) \\\\\n& = -y_i + "
                + "y_i p_i + \\sum_{k\\ne i} y_k p_i \\\\\n& = p_i (\\sum_k y_k) - y_i \\\\\n\\end{align}$$\n");
    }

    @Test
    void t23ProseWordsInsideMathSplitDefinitionAndClaim() {
        CheckedDocument d = check("$$if\\;y=\\frac{1}{1+e^{-x}},\\;\\mathrm{then}\\;\\frac{\\partial{y}}{\\partial{x}}=y(1-y)$$\n");
        assertEquals(List.of("y"), defined(d));
        assertEquals("✓", marks(d), () -> describe(d));
    }

    @Test
    void t24MatrixNotationIsAClearErrorNotAMisreading() {
        CheckedDocument d = check("$$\\nabla_{\\mathbf{w}}\\mathcal{L} = \\mathbf{X}^\\top(\\hat{\\mathbf{p}}-\\mathbf{y}), "
                + "\\qquad \\partial_b\\mathcal{L}= \\mathbf{1}^\\top(\\hat{\\mathbf{p}}-\\mathbf{y}).$$\n");
        assertFalse(d.hasFalse());
        // read entry by entry (VectorEntries, VectorNotationTest checks these gradients with a loss defined);
        // here the loss is not defined, so neither step is decided
        assertEquals("??", marks(d), () -> describe(d));
        assertTrue(d.verdicts().get(0).detail().contains("is not defined in the document"), d.verdicts().get(0).detail());
    }

    @Test
    void t25PrimesOnBracketsAndProductsWithNumbers() {
        assertMarks("✓✓✓", "$$f(x) = \\frac{1}{1+\\exp(-x)}$$\n\n$$\\begin{align*}f'(x)=&\\ \\frac{(1)'(1+\\exp(-x))"
                + "-1(1+\\exp(-x))'}{(1+\\exp(-x))^2}\\\\=&\\ \\frac{0(1+\\exp(-x))-(-\\exp(-x))}{(1+\\exp(-x))^2}\\\\"
                + "=&\\ \\frac{\\exp(-x)}{(1+\\exp(-x))^2}.\\end{align*}$$\n");
    }
}
