package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A summation index used as a number ({@code \sum_{k=1}^{K} k p_k}, {@code \sum_{k=0}^{3} k^2}) is read as the
 * integer it runs through over the written limits, and a free index of the same step that labels the summed array
 * ({@code \partial E / \partial p_j = j}) takes the same numbers. Before, each of these was refused ("the index k is
 * used here as a value"). Where no written range says which numbers the index takes (no limits), it stays a refusal
 * that names the index and says why; a Σ from 0 to a named limit is read as written (NamedLimitSumsTest).
 */
class IndexAsNumberTest {
    private static final String EXPECTED = "$$E = \\sum_{k=1}^{K} k \\, p_k$$\n\n";

    private static CheckedDocument md(String text) {
        return DocumentChecker.check(text, DocumentKind.MARKDOWN, DocumentOptions.NONE);
    }

    @Test
    void theDerivativeOfAnExpectationOverTheIndexIsTheIndex() {
        assertMarks("✓", EXPECTED + "$$\\frac{\\partial E}{\\partial p_j} = j$$\n");
        assertMarks("✗", EXPECTED + "$$\\frac{\\partial E}{\\partial p_j} = j + 1$$\n");
        assertMarks("✗", EXPECTED + "$$\\frac{\\partial E}{\\partial p_j} = 1$$\n");
        // over 1..2 only: right for the j the Σ has, as ∂/∂p_j Σ_{k=1}^{2} a_k p_k = a_j is
        String two = "$$E = \\sum_{k=1}^{2} k \\, p_k$$\n\n";
        assertMarks("✓", two + "$$\\frac{\\partial E}{\\partial p_j} = j$$\n");
        assertMarks("✗", two + "$$\\frac{\\partial E}{\\partial p_j} = 2$$\n");
    }

    @Test
    void theExpectedValueUnderASoftmaxHasTheDerivativeOfItsScores() {
        String doc = EXPECTED + "$$p_k = \\frac{e^{z_k}}{\\sum_{l=1}^{K} e^{z_l}}$$\n\n";
        assertMarks("✓✓", doc + "$$\\frac{\\partial E}{\\partial z_j} = \\sum_{k=1}^{K} k \\, p_k (\\delta_{kj} - p_j) = p_j (j - E)$$\n");
        assertMarks("✗", doc + "$$\\frac{\\partial E}{\\partial z_j} = p_j (j + E)$$\n");
    }

    @Test
    void aDiscountRaisedToTheIndexIsDifferentiatedEntryByEntry() {
        String g = "$$G = \\sum_{t=1}^{T} \\gamma^{t} r_t$$\n\n";
        assertMarks("✓", g + "$$\\frac{\\partial G}{\\partial r_t} = \\gamma^t$$\n");
        assertMarks("✗", g + "$$\\frac{\\partial G}{\\partial r_t} = \\gamma^{t} \\gamma$$\n");
        assertMarks("✓", g + "$$\\frac{\\partial G}{\\partial \\gamma} = \\sum_{t=1}^{T} t \\gamma^{t-1} r_t$$\n");
        assertMarks("✗", g + "$$\\frac{\\partial G}{\\partial \\gamma} = \\sum_{t=1}^{T} t \\gamma^{t} r_t$$\n");
    }

    @Test
    void anIndexBetweenNumbersIsWrittenOutAndProven() {
        assertMarks("✓", "$$\\sum_{k=0}^{3} k^2 = 14$$\n");
        assertMarks("✗", "$$\\sum_{k=0}^{3} k^2 = 15$$\n");
        assertMarks("✓", "$$\\prod_{k=1}^{4} k = 24$$\n");
        assertMarks("✓", "$$\\sum_{k=1}^{3} k x_k = x_1 + 2 x_2 + 3 x_3$$\n");
        assertMarks("✗", "$$\\sum_{k=1}^{3} k x_k = x_1 + 2 x_2 + 2 x_3$$\n");
        // an offset subscript beside the number: the entries it reads are the ones written
        assertMarks("✓", "$$\\sum_{l=0}^{2} \\lambda^l x_{t+l} = x_t + \\lambda x_{t+1} + \\lambda^2 x_{t+2}$$\n");
        assertMarks("✗", "$$\\sum_{l=0}^{2} \\lambda^l x_{t+l} = x_t + \\lambda x_{t+1} + \\lambda x_{t+2}$$\n");
    }

    @Test
    void aNamedLimitFromOneIsReadAsTheNumbersOneToN() {
        assertMarks("≈", "$$\\sum_{t=1}^{T} t = \\frac{T(T+1)}{2}$$\n");
        assertMarks("✗", "$$\\sum_{t=1}^{T} t = \\frac{T(T-1)}{2}$$\n");
    }

    @Test
    void anIndexWhoseNumbersAreNotWrittenIsRefusedWithTheReason() {
        CheckedDocument none = md("$$\\frac{\\partial}{\\partial p_j} \\sum_k k p_k = j$$\n");
        assertTrue(none.verdicts().stream().allMatch(v -> v.outcome() == Outcome.SKIPPED
                && v.detail().contains("the index k is used here as a value") && v.detail().contains("no written range")),
                () -> none.verdicts().toString());
        // (from 0 to a named limit the index is now read over the range as written: NamedLimitSumsTest)
        // a free index used as a number with no Σ over its array to say which numbers it takes
        CheckedDocument free = md("$$e^{x_i} e^{x_j} = e^{x_i} e x^j$$\n");
        assertTrue(free.verdicts().stream().allMatch(v -> v.outcome() == Outcome.SKIPPED
                && v.detail().contains("the index j is used here as a value")), () -> free.verdicts().toString());
    }
}
