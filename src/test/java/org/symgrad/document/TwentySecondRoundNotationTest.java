package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Notation from homework round twenty-two ({@code fresh-homework}, from {@code asadi-littman-mellowmax.md} on in the
 * README's table) and the gaps it set out to close. A parameter's sign stated where the prose names it, "at absolute
 * temperature $T > 0$", "each order costs a fixed $K > 0$", a list after it, "$K > 0$, $D > 0$ and $h > 0$", one formula
 * "$K, D, h > 0$", or "$K$ and $h$ are positive", is assumed as the directive {@code assume T > 0} would be (the
 * economic order quantity's minimum cost √(2KDh) was called false at negative costs). A power {@code ^T} on a bracket in a
 * document that counts to T, {@code \\sum_{t=1}^{T}}, raises to the horizon T (Macaulay's bond price was refused, its
 * {@code (1 + y)^T} read as a transpose; {@link org.symgrad.parse.latex.HorizonPowers}). A Greek letter that labels an operator written as a word and is a
 * value too, Asadi and Littman's {@code \\mathrm{mm}_{\\omega}(x) = \\frac{1}{\\omega} \\log(…)}, names that operator's
 * parameter (it was an index used as a value, and mellowmax's steps were refused; {@code GreekParameters}).
 */
class TwentySecondRoundNotationTest {
    private static final String EOQ_COST = "$$C\\left( \\sqrt{\\frac{2 K D}{h}} \\right) = \\sqrt{2 K D h}$$\n";
    private static final String COST = "$$C(Q) = \\frac{K D}{Q} + \\frac{h Q}{2}$$\n\n";

    @Test
    void aSignStatedWhereTheProseNamesAParameterIsAssumed() {
        // without the signs the minimum cost is proven only where the costs are positive (a root of a product is the product
        // of the roots there, power-of-product; it was ≈, and false before PositiveQuantities), with them it is proven
        assertMarks("✓", "A shop sells $D$ units; an order costs $K$ and holding costs $h$.\n\n" + COST + EOQ_COST);
        assertMarks("✓", "A shop sells $D > 0$ units; an order costs a fixed $K > 0$ and holding costs $h > 0$.\n\n"
                + COST + EOQ_COST);
        assertMarks("✓", "The costs $K > 0$, $D > 0$ and $h > 0$ are given.\n\n" + COST + EOQ_COST);
        assertMarks("✓", "The constants $K, D, h > 0$ are given.\n\n" + COST + EOQ_COST);
        assertMarks("✓", "Here $K$, $D$ and $h$ are positive.\n\n" + COST + EOQ_COST);
        CheckedDocument d = DocumentChecker.check("at absolute temperature $T > 0$ the rate is\n\n$$\\sqrt{T^2} = T$$\n",
                DocumentKind.MARKDOWN, DocumentOptions.NONE);
        assertTrue(d.messages().stream().anyMatch(m -> m.contains("assumes T > 0 (from the text)")), d.messages().toString());
        assertEquals(List.of("a > 0", "epsilon >= 0"),
                ProseNamedRanges.find("a width parameter $a > 0$ and a tolerance $\\varepsilon \\ge 0$."));
    }

    @Test
    void aPowerTIsAPowerWhereTheDocumentCountsToT() {
        String price = "$$P(y) = \\sum_{t=1}^{T} \\frac{c}{(1 + y)^t} + \\frac{F}{(1 + y)^T}$$\n\n";
        assertMarks("✓", price + "$$\\frac{d P}{d y} = -\\sum_{t=1}^{T} \\frac{t c}{(1 + y)^{t + 1}} - \\frac{T F}{(1 + y)^{T + 1}}$$\n");
        assertMarks("✗", price + "$$\\frac{d P}{d y} = -\\sum_{t=1}^{T} \\frac{t c}{(1 + y)^{t}} - \\frac{T F}{(1 + y)^{T}}$$\n");
        // braced, and a factor beside it
        assertMarks("✓", "$$G = \\sum_{t=0}^{T} g^t r_t + \\left( 1 - g \\right)^{T} V$$\n\n"
                + "$$\\frac{\\partial G}{\\partial V} = (1 - g)^{T}$$\n");
        // where nothing counts to T, ^T stays a transpose, refused
        assertMarks("––", "$$f(x) = (1 + x)^T x$$\n\n$$\\frac{d f}{d x} = 2 x$$\n");
    }

    @Test
    void aGreekLetterLabellingAnOperatorWrittenAsAWordIsItsParameter() {
        String mm = "$$\\mathrm{mm}_{\\omega}(x) = \\frac{1}{\\omega} \\log \\left( \\frac{1}{n} \\sum_{i=1}^{n} e^{\\omega x_i} \\right)$$\n\n";
        assertMarks("✓", mm + "$$\\frac{\\partial \\, \\mathrm{mm}_{\\omega}}{\\partial x_j} = \\frac{e^{\\omega x_j}}{\\sum_{i=1}^{n} e^{\\omega x_i}}$$\n");
        assertMarks("✗", mm + "$$\\frac{\\partial \\, \\mathrm{mm}_{\\omega}}{\\partial x_j} = \\frac{1}{n} \\frac{e^{\\omega x_j}}{\\sum_{i=1}^{n} e^{\\omega x_i}}$$\n");
        assertMarks("✓", "$$\\mathrm{LSE}_\\beta(a, b) = \\frac{1}{\\beta} \\log(e^{\\beta a} + e^{\\beta b})$$\n\n"
                + "$$\\frac{\\partial \\mathrm{LSE}_\\beta}{\\partial a} = \\frac{e^{\\beta a}}{e^{\\beta a} + e^{\\beta b}}$$\n");
        // on a letter a Greek subscript stays an index: θ_k under a sum is an entry
        assertMarks("✓", "$$L = \\sum_{k=1}^{K} \\theta_k^2$$\n\n$$\\frac{\\partial L}{\\partial \\theta_j} = 2 \\theta_j$$\n");
    }

    @Test
    void aCaseAClaimOrANegationAssumesNothing() {
        assertEquals(List.of(), ProseNamedRanges.find("for $x > 0$ the slope is one"));
        assertEquals(List.of(), ProseNamedRanges.find("if $x > 0$, and $y > 0$, the product is positive"));
        assertEquals(List.of(), ProseNamedRanges.find("which holds only when $x > 0$"));
        assertEquals(List.of(), ProseNamedRanges.find("hence $p > 0$"));
        assertEquals(List.of(), ProseNamedRanges.find("the slope is $x > 0$"));
        assertEquals(List.of(), ProseNamedRanges.find("the rate is not $k > 0$"));
        assertEquals(List.of(), ProseNamedRanges.find("$x$ and $y$ are not positive"));
        // a subscript, a sum or more than a comparison with zero says nothing here
        assertEquals(List.of(), ProseNamedRanges.find("the energy $E_a > 0$"));
        assertEquals(List.of(), ProseNamedRanges.find("the value $x + y > 0$"));
        assertEquals(List.of(), ProseNamedRanges.find("the value $x > 1$"));
        assertEquals(List.of(), ProseNamedRanges.find("the constant $\\pi > 0$"));
        // the wrong minimum is still false with the signs
        assertMarks("✗", "A shop sells $D > 0$ units; an order costs a fixed $K > 0$ and holding costs $h > 0$.\n\n"
                + COST + "$$C\\left( \\sqrt{\\frac{2 K D}{h}} \\right) = \\sqrt{K D h}$$\n");
    }
}
