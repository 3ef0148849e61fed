package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symgrad.print.Printer;

/**
 * The chain rule written without its sum, {@code ∂J/∂w_d = ∂J/∂p_n ∂p_n/∂z_n ∂z_n/∂w_d}, is false as
 * written (its right side has the free index n, its left side not), and the report says that it holds
 * once that side is summed over n. A step that stays false with the sum gets no such words. Where the
 * document writes its range size as N, the report prints N, apart from the index n: the point lists both
 * (N = 3, n = 1) and the expected value divides by N, not by an n that reads like the index.
 */
class UnsummedIndexHintTest {
    private static final String MODEL = "$$\n\\begin{aligned}\nz_n &= \\sum_d w_d x_{nd} + b \\\\\np_n &= \\sigma(z_n) \\\\\n"
            + "J &= -\\frac{1}{N}\\sum_{n=1}^N \\big[t_n \\ln p_n + (1-t_n)\\ln(1-p_n)\\big]%s\n\\end{aligned}\n$$\n\n";
    private static final String CHAIN = "$$\\frac{\\partial J}{\\partial w_d} = \\frac{\\partial J}{\\partial p_n}"
            + "\\frac{\\partial p_n}{\\partial z_n}\\frac{\\partial z_n}{\\partial w_d}$$\n";

    private static PairVerdict last(String markdown, String marks) {
        CheckedDocument d = PublicInputsTest.check(markdown, marks);
        return d.verdicts().get(d.verdicts().size() - 1);
    }

    @Test
    void theChainRuleWithoutItsSumIsFalseAndSaysWhichSumItLacks() {
        PairVerdict v = last(String.format(MODEL, "") + CHAIN, "✗");
        assertTrue(v.detail().startsWith("it holds once the right side is summed over n (n is a free index of that side only"),
                v.detail());
        PairVerdict summed = last(String.format(MODEL, "") + CHAIN.replace("= \\frac{\\partial J}{\\partial p_n}",
                "= \\sum_n \\frac{\\partial J}{\\partial p_n}"), "✓");
        assertFalse(summed.detail().contains("summed over"), summed.detail());
    }

    @Test
    void aStepThatStaysFalseWithTheSumHasNoSuchWords() {
        // with weight decay J depends on w_d also directly: Σ_n of the chain lacks λ w_d
        PairVerdict v = last(String.format(MODEL, " + \\frac{\\lambda}{2}\\sum_d w_d^2") + CHAIN, "✗");
        assertFalse(v.detail().contains("summed over"), v.detail());
    }

    @Test
    void theLeftSideMayBeTheOneWithoutItsSumInAnotherNotation() {
        // other letters: index i, size M, the chain written on the left
        PairVerdict v = last("$$E = \\frac{1}{2M}\\sum_{i=1}^{M} (a x_i - y_i)^2$$\n\n$$r_i = a x_i - y_i$$\n\n"
                + "$$\\frac{1}{M} r_i x_i = \\frac{\\partial E}{\\partial a}$$\n", "✗");
        assertTrue(v.detail().startsWith("it holds once the left side is summed over i"), v.detail());
    }

    @Test
    void theRangeSizeIsPrintedAsTheDocumentWritesItBesideTheIndexN() {
        PairVerdict v = last(String.format(MODEL, "") + CHAIN, "✗");
        Map<String, Double> point = v.verdict().orElseThrow().point();
        assertTrue(point.containsKey("N") && point.containsKey("n"), point::toString);
        assertEquals(point.get("N").intValue(), 3, point::toString); // x has three rows in the point: N is the size
        String expected = Printer.ascii(v.expected().orElseThrow());
        assertTrue(expected.endsWith("/N"), expected);
    }
}
