package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An index that a sum's limits name is that value, not a free index ranging over the sum (SPEC §8): in a document
 * whose sums run up to n ({@code R = \sum_{t=0}^{n-1} w_t^2}), {@code w_n} is the entry one past the last, so
 * {@code \partial R / \partial w_n} is 0, and {@code w_{n-1}} is the last, so the derivative is {@code 2 w_{n-1}}.
 * Before, the n of {@code w_n} was sampled and contracted as a free index, so {@code \partial R/\partial w_n = 2 w_n}
 * was proven (a wrong line proven) and {@code 2 w_{n-1}} only equal at sampled points. Whether such an entry lies
 * in the range is the arithmetic of the limits, the size at least 1: inside gives the term, outside 0, and where it
 * depends on the size the line is never proven. The same holds for every letter a document writes as a limit and
 * never sums over ({@code x_T} beside {@code \sum_{t=1}^{T}}, {@code w_{N-1}}, {@code w_m}), and an upper limit
 * off by a whole number ({@code T-2}, {@code N+1}) is read as written. A free index (k, or n beside a size named N)
 * keeps ranging over its variable's extent.
 */
class RangeLimitSoundnessTest {

    private static final String R = "$$R = \\sum_{t=0}^{n-1} w_t^2$$\n\n";

    private static String derivative(String of, String entry, String rhs) {
        return "$$\\frac{\\partial " + of + "}{\\partial w_{" + entry + "}} = " + rhs + "$$\n";
    }

    @Test
    void theEntryAtTheSizeIsOutsideASumFromZeroToTheSizeLessOne() {
        assertMarks("✗✓✓", "Let\n" + R + "Then\n" + derivative("R", "n", "2 w_n") + "and\n"
                + derivative("R", "n-1", "2 w_{n-1}") + "and\n" + derivative("R", "k", "2 w_{k}"));
        assertMarks("✓", R + derivative("R", "n", "0"));
        assertMarks("✓", R + "$$\\frac{\\partial R}{\\partial w_n} = 0$$\n");
        assertMarks("✗", R + "$$\\frac{\\partial R}{\\partial w_n} = 2 w_n$$\n");
        assertMarks("✗", R + derivative("R", "n-1", "0"));
        assertMarks("✗", R + derivative("R", "n-1", "w_{n-1}"));
        assertMarks("✗", R + derivative("R", "n-1", "-2 w_{n-1}"));
        assertMarks("✓", R + derivative("R", "0", "2 w_0"));
        assertMarks("✗", R + derivative("R", "0", "0"));
        assertMarks("✓", R + derivative("R", "n+1", "0"));
        assertMarks("✗", R + derivative("R", "n+1", "2 w_{n+1}"));
    }

    @Test
    void aSumFromOneToTheSizeHoldsTheEntryAtTheSize() {
        String s = "$$S = \\sum_{i=1}^{n} w_i^2$$\n\n";
        assertMarks("✓", s + derivative("S", "n", "2 w_n"));
        assertMarks("✗", s + derivative("S", "n", "0"));
        assertMarks("✓", s + derivative("S", "n+1", "0"));
        assertMarks("✗", s + derivative("S", "n+1", "2 w_{n+1}"));
        assertMarks("✓", s + derivative("S", "0", "0"));
        assertMarks("✗", s + derivative("S", "0", "2 w_0"));
        // w_{n-1} lies in 1..n only for n ≥ 2: never proven
        assertNotEquals("✓", marks(s + derivative("S", "n-1", "2 w_{n-1}")));
        String upToN = "$$S = \\sum_{t=0}^{n} w_t^2$$\n\n";
        assertMarks("✓", upToN + derivative("S", "n", "2 w_n"));
        assertMarks("✓", upToN + derivative("S", "0", "2 w_0"));
        assertMarks("✓", upToN + derivative("S", "n+1", "0"));
        assertMarks("✗", upToN + derivative("S", "n+1", "2 w_{n+1}"));
    }

    @Test
    void productsAndMeansReadTheEntryAtTheSizeTheSameWay() {
        String p = "$$P = \\prod_{t=0}^{n-1} w_t$$\n\n";
        assertMarks("✓", p + derivative("P", "n", "0"));
        assertMarks("✗", p + derivative("P", "n", "P"));
        String m = "$$M = \\frac{1}{n}\\sum_{t=0}^{n-1} w_t^2$$\n\n";
        assertMarks("✓", m + derivative("M", "n-1", "\\frac{2}{n} w_{n-1}"));
        assertMarks("✗", m + derivative("M", "n-1", "2 w_{n-1}"));
        assertMarks("✓", m + derivative("M", "n", "0"));
        assertMarks("✗", m + derivative("M", "n", "\\frac{2}{n} w_{n}"));
    }

    @Test
    void anEntryWhosePlaceDependsOnTheSizeIsNeverProven() {
        // w_{n-1} lies in 2..n only for n ≥ 3: equal at the sampled sizes at best, never proven
        String u = "$$U = \\sum_{t=2}^{n} w_t^2$$\n\n";
        assertNotEquals("✓", marks(u + derivative("U", "n-1", "2 w_{n-1}")));
        assertMarks("✗", u + derivative("U", "n-1", "0"));
    }

    @Test
    void aFreeIndexStillRangesOverItsVariable() {
        // n beside the size N is an index, not the size: w_n is a generic entry
        assertMarks("✓", "$$R = \\sum_{n=0}^{N-1} w_n^2$$\n\n" + derivative("R", "n", "2 w_n"));
        assertMarks("✓", "$$R = \\sum_{t=0}^{N-1} w_t^2$$\n\n" + derivative("R", "n", "2 w_n"));
        assertMarks("✓", R + derivative("R", "j", "2 w_j"));
        assertMarks("✗", R + derivative("R", "j", "0"));
    }

    @Test
    void everyLimitLetterIsTheEntryAtTheSize() {
        // the limit's letter, small or capital, 0- or 1-based: T, N, K, m, before only n (w_T read as a name wT,
        // w_{N-1} refused, w_m of \sum_{i=0}^{m-1} proven 2 w_m)
        for (String letter : new String[] {"T", "N", "K", "m"}) {
            String upTo = "$$S = \\sum_{t=1}^{" + letter + "} w_t^2$$\n\n";
            assertMarks("✓", upTo + derivative("S", letter, "2 w_" + letter));
            assertMarks("✗", upTo + derivative("S", letter, "0"));
            assertMarks("✗", upTo + derivative("S", letter, "w_" + letter));
            assertMarks("✓", upTo + derivative("S", letter + "+1", "0"));
            assertMarks("✗", upTo + derivative("S", letter + "+1", "2 w_{" + letter + "+1}"));
            assertMarks("✓", upTo + derivative("S", "t", "2 w_t"));
            String below = "$$S = \\sum_{t=0}^{" + letter + "-1} w_t^2$$\n\n";
            assertMarks("✓", below + derivative("S", letter + "-1", "2 w_{" + letter + "-1}"));
            assertMarks("✗", below + derivative("S", letter + "-1", "-2 w_{" + letter + "-1}"));
            assertMarks("✗", below + derivative("S", letter + "-1", "0"));
            assertMarks("✓", below + derivative("S", letter, "0"));
            assertMarks("✗", below + derivative("S", letter, "2 w_" + letter));
            assertMarks("✓", below + derivative("S", "0", "2 w_0"));
        }
    }

    @Test
    void anUpperLimitOffByAWholeNumberIsReadAsWritten() {
        // T-2, N+1 as upper limits, before refused
        assertMarks("✓", "$$\\sum_{t=1}^{T-2} 1 = T - 2$$\n");
        assertMarks("✗", "$$\\sum_{t=1}^{T-2} 1 = T - 1$$\n");
        assertMarks("✓", "$$\\sum_{t=0}^{N+1} 1 = N + 2$$\n");
        assertMarks("✗", "$$\\sum_{t=0}^{N+1} 1 = N + 1$$\n");
        String peeled = marks("$$\\sum_{i=1}^{n+1} x_i = x_{n+1} + \\sum_{i=1}^{n} x_i$$\n");
        assertTrue(peeled.equals("✓") || peeled.equals("≈"), peeled);
        assertMarks("✗", "$$\\sum_{i=1}^{n+1} x_i = \\sum_{i=1}^{n} x_i$$\n");
        String q = "$$Q = \\sum_{t=1}^{T-2} x_t^2$$\n\n";
        assertMarks("✓", q + "$$\\frac{\\partial Q}{\\partial x_{T-1}} = 0$$\n");
        assertMarks("✗", q + "$$\\frac{\\partial Q}{\\partial x_{T-1}} = 2 x_{T-1}$$\n");
        // x_{T-2} lies in 1..T-2 only for T ≥ 3: never proven, and leaving it out is false
        assertNotEquals("✓", marks(q + "$$\\frac{\\partial Q}{\\partial x_{T-2}} = 2 x_{T-2}$$\n"));
        assertMarks("✗", q + "$$\\frac{\\partial Q}{\\partial x_{T-2}} = 0$$\n");
    }

    /**
     * Random ranges {@code lo..n+h} and entries {@code n+d} (or 0): the verdict of {@code ∂S/∂w_e = 2 w_e} and of
     * {@code ∂S/∂w_e = 0} agrees with the explicit finite sum at every size n from 1 to 12 where the range is not
     * empty: the entry inside at every such n makes the first right (proven or equal at sampled points) and the
     * second ✗; outside at every n, the other way round; inside at some sizes only, neither is proven.
     */
    @Test
    void theVerdictAgreesWithTheFiniteSumAtEverySize() {
        Random random = new Random(23);
        for (int round = 0; round < 24; round++) {
            int lo = random.nextInt(3);
            int h = -random.nextInt(2);
            boolean zero = random.nextInt(6) == 0;
            int d = random.nextInt(5) - 3;
            String upper = h == 0 ? "n" : "n-1";
            String entry = zero ? "0" : d == 0 ? "n" : d > 0 ? "n+" + d : "n" + d;
            boolean always = true;
            boolean never = true;
            for (int n = 1; n <= 12; n++) {
                int hi = n + h;
                if (hi < lo) {
                    continue; // an empty range has no entries to place
                }
                int e = zero ? 0 : n + d;
                double sum = finiteDerivative(lo, hi, e);
                boolean inside = sum != 0;
                always &= inside;
                never &= !inside;
            }
            String doc = "$$S = \\sum_{t=" + lo + "}^{" + upper + "} w_t^2$$\n\n";
            String term = marks(doc + derivative("S", entry, "2 w_{" + entry + "}"));
            String none = marks(doc + derivative("S", entry, "0"));
            String what = doc + " at w_" + entry + ": " + term + " " + none;
            if (always) {
                assertTrue(term.equals("✓") || term.equals("≈"), what);
                assertEquals("✗", none, what);
            } else if (never) {
                assertEquals("✓", none, what);
                assertEquals("✗", term, what);
            } else {
                assertNotEquals("✓", term, what);
                assertNotEquals("✓", none, what);
            }
        }
    }

    /** ∂/∂w_e of Σ_{t=lo}^{hi} w_t² at w_t = t + 1, by the terms one at a time: 2 w_e where t = e is a term, else 0. */
    private static double finiteDerivative(int lo, int hi, int e) {
        double out = 0;
        for (int t = lo; t <= hi; t++) {
            out += t == e ? 2.0 * (t + 1) : 0;
        }
        return out;
    }

    private static String marks(String markdown) {
        return PublicInputsTest.marks(PublicInputsTest.check(markdown));
    }
}
