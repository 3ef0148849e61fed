package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symgrad.check.Verdict;

/**
 * The reading rules added with the twelfth round of {@link FreshHomeworkTest}'s documents, each with right steps
 * (proven) and a wrong one (false), on variants with other names than the documents use; the checker samples every
 * step numerically, which is the oracle. Where a rule does not apply, the old reading or refusal stays.
 */
class TwelfthRoundNotationTest {
    @Test
    void aSignOrAStarAsTheWholeScriptMarksAName() {
        // a pairwise logistic loss on a positive and a negative score (issue 9 item 2: s_+ and s_- were parse errors)
        String pair = "$$L = \\log\\left( 1 + e^{s_- - s_+} \\right)$$\n\n";
        assertMarks("✓", pair + "$$\\frac{\\partial L}{\\partial s_+} = -\\sigma(s_- - s_+)$$\n");
        assertMarks("✓", pair + "$$\\frac{\\partial L}{\\partial s_{-}} = \\sigma(s_- - s_+)$$\n");
        assertMarks("✗", pair + "$$\\frac{\\partial L}{\\partial s_+} = \\sigma(s_- - s_+)$$\n");
        // marks above a name: a positive and a negative example x^+, x^-, and an optimum \theta^*
        String above = "$$J = (w - x^{+})^2 + (w - x^-)^2 + \\theta^* w$$\n\n";
        assertMarks("✓", above + "$$\\frac{\\partial J}{\\partial w} = 2 (w - x^+) + 2 (w - x^{-}) + \\theta^*$$\n");
        assertMarks("✗", above + "$$\\frac{\\partial J}{\\partial w} = 2 (w - x^+) + 2 (w - x^{-})$$\n");
        // marked names are separate names, and a marked name is not its plain one
        assertMarks("✓", "$$\\frac{\\partial}{\\partial a_+} (a_+ a_- + a) = a_-$$\n");
        assertMarks("✗", "$$\\frac{\\partial}{\\partial a_+} (a_+ a_- + a) = a_- + 1$$\n");
    }

    @Test
    void aSignBeforeADigitIsNotAMark() {
        // TeX sets only the minus of x^-1 above the line: refused with a message, never read as x_- times 1
        String got = marks("$$\\frac{\\mathrm{d}}{\\mathrm{d}x} x^-1 = -x^{-2}$$\n");
        assertTrue(got.startsWith("–") && got.contains("write x^{-1}"), got);
    }

    @Test
    void aPrimedOrStarredLetterInASubscriptIsAnIndexOfItsOwn() {
        // Luong's and Rong's softmax over a primed index, with other names
        String softmax = "$$q_c = \\frac{\\exp(z_c)}{\\sum_{c'=1}^{C} \\exp(z_{c'})}$$\n\n";
        assertMarks("✓", softmax + "$$\\frac{\\partial q_c}{\\partial z_d} = q_c \\left( \\delta_{cd} - q_d \\right)$$\n");
        assertMarks("✗", softmax + "$$\\frac{\\partial q_c}{\\partial z_d} = q_c \\left( 1 - q_d \\right)$$\n");
        // the true class as a starred index: E = −z_{c^*} + log Σ exp z_{c'}
        String loss = "$$E = -z_{c^*} + \\log \\sum_{c'} \\exp(z_{c'})$$\n\n";
        assertMarks("✓", softmax + loss + "$$\\frac{\\partial E}{\\partial z_d} = q_d - \\delta_{d c^*}$$\n");
        assertMarks("✗", softmax + loss + "$$\\frac{\\partial E}{\\partial z_d} = q_d$$\n");
        // two primes are another index again
        assertMarks("✓", "$$S = \\sum_{k'} \\sum_{k''} x_{k'} x_{k''}$$\n\n"
                + "$$\\frac{\\partial S}{\\partial x_j} = 2 \\sum_{k} x_k$$\n");
    }

    @Test
    void aLetterWrittenAsAValueIsAPowerAboveANameNotALayer() {
        // the Weibull score: k is an argument of ℓ, so λ^{k+1} and x_i^{k} are powers
        String weibull = "$$\\ell(\\lambda, k) = n \\ln k - n k \\ln \\lambda - \\sum_{i=1}^{n} \\left( \\frac{x_i}{\\lambda} \\right)^{k}$$\n\n";
        String score = "$$\\frac{\\partial \\ell}{\\partial \\lambda} = -\\frac{n k}{\\lambda} + \\frac{k}{\\lambda^{k+1}} \\sum_{i=1}^{n} x_i^{k}$$\n";
        assertTrue(marks(weibull + score).matches("(?s)[✓≈]\n.*"), () -> marks(weibull + score));
        String wrong = "$$\\frac{\\partial \\ell}{\\partial \\lambda} = -\\frac{n k}{\\lambda} + \\frac{k}{\\lambda^{k}} \\sum_{i=1}^{n} x_i^{k}$$\n";
        assertMarks("✗", weibull + wrong);
        // other names: a parameter m of the function g the document defines
        String g = "$$g(\\theta, m) = \\sum_{i=1}^{n} \\left( \\frac{y_i}{\\theta} \\right)^{m}$$\n\n";
        String dg = "$$\\frac{\\partial g}{\\partial \\theta} = -\\frac{m}{\\theta^{m+1}} \\sum_{i=1}^{n} y_i^{m}$$\n";
        assertTrue(marks(g + dg).matches("(?s)[✓≈]\n.*"), () -> marks(g + dg));
        assertMarks("✗", g + "$$\\frac{\\partial g}{\\partial \\theta} = -\\frac{m}{\\theta^{m}} \\sum_{i=1}^{n} y_i^{m}$$\n");
        // the variable of a derivative: p in a^{p+1} is the exponent being varied
        assertMarks("✓", "$$\\frac{\\partial}{\\partial p} a^{p+1} = a^{p+1} \\ln a$$\n");
        assertMarks("✗", "$$\\frac{\\partial}{\\partial p} a^{p+1} = (p + 1) a^{p}$$\n");
        // layer letters that are never a value stay labels: a^{l+1} and a^l are two layers' activations
        String layers = "$$z^{l+1} = w^{l+1} a^{l} + b^{l+1}$$\n\n";
        assertMarks("✓", layers + "$$\\frac{\\partial z^{l+1}}{\\partial a^{l}} = w^{l+1}$$\n");
    }

    @Test
    void aNewNameAfterAClosingDefinitionSignIsDefinedByTheSideBeforeIt() {
        // Rong's "∂E/∂u_j = y_j − t_j := e_j", with other names: g_j is the error signal from here on
        String net = "$$z_j = \\sum_{k} w_{jk} x_k$$\n\n$$E = \\frac{1}{2} \\sum_{j} (z_j - y_j)^2$$\n\n"
                + "$$\\frac{\\partial E}{\\partial z_j} = z_j - y_j := g_j$$\n\n";
        assertMarks("✓✓", net + "$$\\frac{\\partial E}{\\partial w_{jk}} = g_j x_k$$\n");
        assertMarks("✓✗", net + "$$\\frac{\\partial E}{\\partial w_{jk}} = g_k x_j$$\n");
        // a := between two sides that are both claims is still checked, and a defined name after := is a claim
        assertMarks("✓✓✗", net + "$$\\frac{\\partial E}{\\partial w_{jk}} = g_j x_k := 2 g_j x_k$$\n");
    }

    /**
     * A false step's point under a stated sum to one satisfies it (issue 9 item 3: y was drawn freely, so the two
     * printed values could not be recomputed under Σ_i y_i = 1): the classifier's sign error, and a variant with other
     * names whose sum is said in the prose.
     */
    @Test
    void aFalseStepsPointSatisfiesTheStatedSumToOne() {
        String classifier = "$$s_i = \\sum_{j} W_{ij} x_j$$\n\n$$p_i = \\frac{e^{s_i}}{\\sum_{k} e^{s_k}}$$\n\n"
                + "$$L = -\\sum_{i} y_i \\log p_i$$\n\n$$\\sum_{i} y_i = 1$$\n\n";
        assertSumAtThePoint("y", classifier + "$$\\frac{\\partial L}{\\partial W_{ij}} = (y_i - p_i) x_j$$\n");
        String other = "$$q_a = \\frac{\\exp(u_a)}{\\sum_b \\exp(u_b)}$$\n\n$$E = -\\sum_{c} t_c \\ln q_c$$\n\n"
                + "where the target is a distribution, $\\sum_{c} t_c = 1$.\n\n$$\\frac{\\partial E}{\\partial u_a} = t_a - q_a$$\n";
        assertSumAtThePoint("t", other);
        // the right steps are still proven under it
        assertMarks("✓", classifier + "$$\\frac{\\partial L}{\\partial W_{ij}} = (p_i - y_i) x_j$$\n");
    }

    private static void assertSumAtThePoint(String vector, String markdown) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        PairVerdict v = d.verdicts().get(d.verdicts().size() - 1);
        assertEquals(Outcome.FALSE, v.outcome(), () -> PublicInputsTest.describe(d));
        Map<String, Double> point = v.verdict().map(Verdict::point).orElseThrow();
        double sum = point.entrySet().stream().filter(e -> e.getKey().startsWith(vector + "_"))
                .mapToDouble(Map.Entry::getValue).sum();
        assertTrue(point.keySet().stream().anyMatch(k -> k.startsWith(vector + "_")), point::toString);
        assertEquals(1.0, sum, 1e-12, point::toString);
    }
}
