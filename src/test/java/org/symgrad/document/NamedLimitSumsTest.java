package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A Σ from a written integer to a named limit is read over the range as written (SPEC §8): {@code \sum_{t=0}^{T}}
 * has T + 1 terms and x_0 is one of them, {@code \sum_{k=0}^{K-1}} has K, {@code \sum_{t=2}^{T}} has T − 1, and
 * its index, used as a number, is the number written ({@code \gamma^t r_t} at t = 0 is r_0). Before, each such Σ
 * was read over the labels 1..n whatever its start, so {@code \sum_{t=0}^{T} 1 = T+1} and
 * {@code \partial S / \partial x_0 = 1} of {@code S = \sum_{k=0}^{K-1} x_k} were false, and
 * {@code \sum_{t=2}^{T} 1 = T} proven. An index named n beside the size N ({@code \sum_{n=1}^{N} n x_n}) is the
 * index, not the range size. Each right line is proven or equal at every sampled point; each wrong variant
 * (T for T + 1, a missing or extra term, a shifted power) stays false.
 */
class NamedLimitSumsTest {

    private static CheckedDocument md(String text) {
        return DocumentChecker.check(text, DocumentKind.MARKDOWN, DocumentOptions.NONE);
    }

    /** Every verdict of the document proven or equal at every sampled point. */
    private static void assertHolds(String markdown) {
        CheckedDocument d = md(markdown);
        assertTrue(!d.verdicts().isEmpty() && d.verdicts().stream().allMatch(v -> v.outcome() == Outcome.PROVEN
                || v.outcome() == Outcome.NUMERICALLY_EQUAL), () -> d.verdicts().toString());
    }

    @Test
    void aSumFromZeroToANamedLimitHasOneTermMoreThanTheLimit() {
        assertMarks("✓", "$$\\sum_{t=0}^{T} 1 = T+1$$\n");
        assertMarks("✓", "$$\\sum_{t=0}^T 1 = T + 1$$\n");
        assertMarks("✗", "$$\\sum_{t=0}^{T} 1 = T$$\n");
        assertMarks("✗", "$$\\sum_{t=0}^T 1 = T + 2$$\n");
        assertMarks("✓", "$$\\sum_{t=0}^{T} c = \\left( T + 1 \\right) c$$\n");
        assertMarks("✗", "$$\\sum_{t=0}^{T} c = T c$$\n");
        assertMarks("✓", "$$\\sum_{k=0}^{K-1} 1 = K$$\n");
        assertMarks("✗", "$$\\sum_{k=0}^{K-1} 1 = K - 1$$\n");
        assertMarks("✓", "$$\\sum_{i=1}^{n} 1 = n$$\n");
        assertMarks("✗", "$$\\sum_{i=1}^{n} 1 = n + 1$$\n");
        assertMarks("✓", "$$\\sum_{t=2}^{T} 1 = T - 1$$\n");
        assertMarks("✗", "$$\\sum_{t=2}^{T} 1 = T$$\n");
        assertMarks("✓", "$$\\sum_{t=1}^{T-1} 1 = T - 1$$\n");
        assertMarks("✗", "$$\\sum_{t=1}^{T-1} 1 = T$$\n");
    }

    @Test
    void theTermAtZeroIsAnEntryOfTheSum() {
        assertHolds("$$\\sum_{t=0}^{T} x_t = x_0 + \\sum_{t=1}^{T} x_t$$\n");
        assertMarks("✗", "$$\\sum_{t=0}^{T} x_t = x_1 + \\sum_{t=1}^{T} x_t$$\n");
        assertMarks("✗", "$$\\sum_{t=0}^{T} x_t = \\sum_{t=1}^{T} x_t$$\n");
        assertMarks("✗", "$$\\sum_{t=0}^{T} x_t = -x_0 + \\sum_{t=1}^{T} x_t$$\n");
        assertHolds("$$\\sum_{k=0}^{K-1} x_k = x_0 + \\sum_{k=1}^{K-1} x_k$$\n");
        assertMarks("✗", "$$\\sum_{k=0}^{K-1} x_k = \\sum_{k=1}^{K} x_k$$\n");
        assertHolds("$$\\sum_{t=0}^{T-1} x_{t+1} = \\sum_{t=1}^{T} x_t$$\n");
        assertMarks("✗", "$$\\sum_{t=0}^{T-1} x_{t+1} = \\sum_{t=0}^{T} x_t$$\n");
        String s = "$$S = \\sum_{k=0}^{K-1} x_k$$\n\n";
        assertMarks("✓", s + "$$\\frac{\\partial S}{\\partial x_0} = 1$$\n");
        assertMarks("✗", s + "$$\\frac{\\partial S}{\\partial x_0} = 0$$\n");
        assertMarks("✓", s + "$$\\frac{\\partial S}{\\partial x_j} = 1$$\n");
        assertMarks("✓", "$$\\frac{\\partial}{\\partial x_j} \\sum_{k=0}^{K-1} x_k^2 = 2 x_j$$\n");
        assertMarks("✗", "$$\\frac{\\partial}{\\partial x_j} \\sum_{k=0}^{K-1} x_k^2 = x_j$$\n");
    }

    @Test
    void aDiscountedReturnFromZeroWeighsTheFirstRewardByOne() {
        for (String g : new String[] {"$$G = \\sum_{t=0}^{T} \\gamma^t r_t$$\n\n",
                "$$G = \\sum_{t=0}^T \\left( \\gamma^{t} r_t \\right)$$\n\n"}) {
            assertMarks("✓", g + "$$\\partial G/\\partial r_0 = 1$$\n");
            assertMarks("✗", g + "$$\\partial G/\\partial r_0 = \\gamma$$\n");
            assertMarks("✓", g + "$$\\frac{\\partial G}{\\partial r_t} = \\gamma^t$$\n");
            assertMarks("✗", g + "$$\\frac{\\partial G}{\\partial r_t} = \\gamma^{t} \\gamma$$\n");
            assertMarks("✓", g + "$$\\frac{\\partial G}{\\partial r_2} = \\gamma^2$$\n");
            assertMarks("✗", g + "$$\\frac{\\partial G}{\\partial r_2} = \\gamma^3$$\n");
            assertMarks("✓", g + "$$\\frac{\\partial G}{\\partial \\gamma} = \\sum_{t=0}^{T} t \\gamma^{t-1} r_t$$\n");
            assertMarks("✗", g + "$$\\frac{\\partial G}{\\partial \\gamma} = \\sum_{t=0}^{T} t \\gamma^{t} r_t$$\n");
        }
        String k = "$$G = \\sum_{k=0}^{K-1} \\gamma^k r_k$$\n\n";
        assertMarks("✓", k + "$$\\frac{\\partial G}{\\partial r_0} = 1$$\n");
        assertMarks("✓", k + "$$\\frac{\\partial G}{\\partial r_1} = \\gamma$$\n");
        assertMarks("✗", k + "$$\\frac{\\partial G}{\\partial r_1} = 1$$\n");
    }

    @Test
    void aSumWithoutLimitsRunsOverTheRangeTheDocumentWritesForItsLetter() {
        // Adaline: the weights w_0..w_m of \sum_{k=0}^{m}, then \sum_k for the same weights
        String j = "$$J = \\frac{1}{2} \\sum_i \\left( y_i - \\sum_{k=0}^{m} w_k x_{ik} \\right)^2$$\n\n";
        assertMarks("✓", j + "$$\\frac{\\partial J}{\\partial w_j} = -\\sum_i \\left( y_i - \\sum_{k} w_k x_{ik} \\right) x_{ij}$$\n");
        assertMarks("✗", j + "$$\\frac{\\partial J}{\\partial w_j} = \\sum_i \\left( y_i - \\sum_{k} w_k x_{ik} \\right) x_{ij}$$\n");
        assertMarks("✓", j + "$$\\frac{\\partial J}{\\partial w_0} = -\\sum_i \\left( y_i - \\sum_{k} w_k x_{ik} \\right) x_{i0}$$\n");
        assertMarks("✓", "$$S = \\sum_{k=0}^{K-1} x_k$$\n\n$$\\frac{\\partial}{\\partial c} \\sum_{k} (x_k + c) = K$$\n");
        assertMarks("✗", "$$S = \\sum_{k=0}^{K-1} x_k$$\n\n$$\\frac{\\partial}{\\partial c} \\sum_{k} (x_k + c) = K + 1$$\n");
        // written two ways, from 0 and from 1: \sum_k keeps 1..n
        assertMarks("✓", "$$S = \\sum_{k=0}^{K} x_k + \\sum_{k=1}^{K} y_k$$\n\n$$\\sum_{k} 1 = K$$\n");
    }

    @Test
    void anIndexUsedAsANumberFromZeroTakesTheNumbersWritten() {
        assertHolds("$$\\sum_{t=0}^{T} t = \\frac{T(T+1)}{2}$$\n");
        assertMarks("✗", "$$\\sum_{t=0}^{T} t = \\frac{T(T-1)}{2}$$\n");
        assertHolds("$$\\sum_{k=0}^{K-1} k = \\frac{K(K-1)}{2}$$\n");
        assertMarks("✗", "$$\\sum_{k=0}^{K-1} k = \\frac{K(K+1)}{2}$$\n");
        assertHolds("$$\\sum_{k=0}^{n} k = \\frac{n(n+1)}{2}$$\n");
        assertMarks("✗", "$$\\sum_{k=0}^{n} k = \\frac{n(n-1)}{2}$$\n");
    }

    @Test
    void anIndexNamedNBesideTheSizeNIsTheIndex() {
        String e = "$$E = \\sum_{n=1}^{N} n x_n$$\n\n";
        assertMarks("✓", e + "$$\\frac{\\partial E}{\\partial x_n} = n$$\n");
        assertMarks("✗", e + "$$\\frac{\\partial E}{\\partial x_n} = N$$\n");
        assertMarks("✗", e + "$$\\frac{\\partial E}{\\partial x_n} = n + 1$$\n");
        assertMarks("✓", e + "$$\\frac{\\partial E}{\\partial x_3} = 3$$\n");
        assertHolds("$$\\sum_{n=1}^{N} n = \\frac{N(N+1)}{2}$$\n");
        assertMarks("✗", "$$\\sum_{n=1}^{N} n = N^2$$\n");
        assertMarks("✓", "$$\\sum_{n=1}^{N} n^2 x_n = \\sum_{m=1}^{N} m^2 x_m$$\n");
        assertMarks("✗", "$$\\sum_{n=1}^{N} n^2 x_n = \\sum_{m=1}^{N} N m x_m$$\n");
        // the index n of a sum over c inside a sum over n: the inner limit is the size, not the index
        String l = "$$L = \\sum_{n=1}^{N} \\sum_{c=1}^{C} y_{nc} p_{nc}$$\n\n";
        assertMarks("✓", l + "$$\\frac{\\partial L}{\\partial p_{nc}} = y_{nc}$$\n");
        assertMarks("✗", l + "$$\\frac{\\partial L}{\\partial p_{nc}} = n y_{nc}$$\n");
    }
}
