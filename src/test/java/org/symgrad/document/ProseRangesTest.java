package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ProseRanges}: an index's range said in the prose ("for $t = 1, \dots, T$", "where $k \in \{1,\dots,K\}$") is
 * read as a sum's limits would be: the sums over it without limits run to the document's size, the entry at the size
 * (z_K, y_T) is the last one — a step about it is checked, not left undecided as a separate name — and a
 * counterexample prints the size by the document's name.
 */
class ProseRangesTest {
    private static final String SOFTMAX = "$$p_i = \\frac{e^{z_i}}{\\sum_{k} e^{z_k}}$$\n\n$$L = -\\sum_{k} y_k \\log p_k$$\n\n";

    @ParameterizedTest
    @ValueSource(strings = {"Let $k \\in \\{1,\\dots,K\\}$ index the classes.", "for $k = 1, \\ldots, K$:",
            "for k = 1, …, K,", "with $k \\in [K]$", "where $1 \\le k \\le K$"})
    void aRangeInTheProseNamesTheSize(String prose) {
        String doc = prose + "\n\n" + SOFTMAX;
        assertMarks("✓", doc + "$$\\frac{\\partial L}{\\partial z_K} = p_K \\sum_k y_k - y_K$$\n");
        assertMarks("✗", doc + "$$\\frac{\\partial L}{\\partial z_K} = p_K - 2 y_K$$\n");
        Map<String, Double> point = falsePoint(doc + "$$\\frac{\\partial L}{\\partial z_j} = p_j + y_j$$\n");
        assertTrue(point.containsKey("K") && !point.containsKey("n"), point::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"For $t = 1, \\dots, T$ the targets are $y_t$.|T", "for $t = 0, \\dots, T-1$|{T-1}"})
    void theLastEntryOfARangeIsTheEntryAtTheSize(String proseAndLast) {
        String prose = proseAndLast.substring(0, proseAndLast.indexOf('|'));
        String last = proseAndLast.substring(proseAndLast.indexOf('|') + 1);
        String doc = prose + "\n\n$$L = \\sum_{t} (h_t - y_t)^2$$\n\n";
        assertMarks("✓", doc + "$$\\frac{\\partial L}{\\partial y_LAST} = -2 (h_LAST - y_LAST)$$\n".replace("LAST", last));
        assertMarks("✗", doc + "$$\\frac{\\partial L}{\\partial y_LAST} = 2 (h_LAST - y_LAST)$$\n".replace("LAST", last));
    }

    @ParameterizedTest
    @ValueSource(strings = {"for $i = 1, \\dots, 5$", "for $k = 1, \\dots, k$", "we write $x_k = 1, \\dots$ later"})
    void aRangeWithoutASizeSaysNothing(String prose) {
        Map<String, Double> point = falsePoint(prose + "\n\n" + SOFTMAX + "$$\\frac{\\partial L}{\\partial z_j} = p_j + y_j$$\n");
        assertTrue(point.containsKey("n") && !point.containsKey("K"), point::toString);
    }

    /** The point at which the document's last step, false, is shown false. */
    private static Map<String, Double> falsePoint(String markdown) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        PairVerdict v = d.verdicts().get(d.verdicts().size() - 1);
        assertEquals(Outcome.FALSE, v.outcome(), () -> PublicInputsTest.describe(d));
        return v.verdict().orElseThrow().point();
    }
}
