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
 * economic order quantity's minimum cost √(2KDh) was called false at negative costs).
 */
class TwentySecondRoundNotationTest {
    private static final String EOQ_COST = "$$C\\left( \\sqrt{\\frac{2 K D}{h}} \\right) = \\sqrt{2 K D h}$$\n";
    private static final String COST = "$$C(Q) = \\frac{K D}{Q} + \\frac{h Q}{2}$$\n\n";

    @Test
    void aSignStatedWhereTheProseNamesAParameterIsAssumed() {
        // without the signs the minimum cost is false (negative costs), with them it holds
        assertMarks("✗", "A shop sells $D$ units; an order costs $K$ and holding costs $h$.\n\n" + COST + EOQ_COST);
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
