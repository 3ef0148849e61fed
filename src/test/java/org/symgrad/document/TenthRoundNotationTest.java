package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.symgrad.report.Report;

/**
 * The reading rules added for the tenth round of {@link FreshHomeworkTest}'s documents, each with a
 * right step (proven) and a wrong one (false), so that a rule that reads too much or too little fails
 * here; the checker samples every step numerically, which is the oracle. Where the rule refuses a
 * formula, the message says why.
 */
class TenthRoundNotationTest {
    @Test
    void aTransposeAfterASampleLabelIsTheTransposeOfTheLabelledVector() {
        // CS229: x^{(i)\top} \theta and x^{(i)T} \theta are the inner product Σ_k x_k^{(i)} θ_k
        String lms = "$$J(\\theta) = \\frac{1}{2} \\sum_{i=1}^{n} \\left( \\theta^\\top x^{(i)} - y^{(i)} \\right)^2$$\n\n";
        assertMarks("✓", lms + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\sum_{i=1}^{n} "
                + "\\left( x^{(i)\\top} \\theta - y^{(i)} \\right) x_j^{(i)}$$\n");
        assertMarks("✓", lms + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\sum_{i=1}^{n} "
                + "\\left( x^{(i)T} \\theta - y^{(i)} \\right) x_j^{(i)}$$\n");
        assertMarks("✗", lms + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\sum_{i=1}^{n} "
                + "\\left( x^{(i)\\top} \\theta - y^{(i)} \\right) x_j^{(i)} x_j^{(i)}$$\n");
        // other names, another label letter, the transposed vector inside a function
        String logistic = "$$L = \\sum_{n=1}^{N} \\log\\left(1 + \\exp\\left(-t^{(n)} w^{(n)\\top} z\\right)\\right)$$\n\n";
        assertMarks("✓", logistic + "$$\\frac{\\partial L}{\\partial z_a} = -\\sum_{n=1}^{N} "
                + "\\sigma\\left(-t^{(n)} w^{(n)\\top} z\\right) t^{(n)} w_a^{(n)}$$\n");
        assertMarks("✗", logistic + "$$\\frac{\\partial L}{\\partial z_a} = \\sum_{n=1}^{N} "
                + "\\sigma\\left(-t^{(n)} w^{(n)T} z\\right) t^{(n)} w_a^{(n)}$$\n");
        // a subscripted transposed vector, word2vec's u_o^T v_c: Σ_k u_{ok} v_{ck}
        String skipGram = "$$s = \\log \\sum_{w=1}^{W} \\exp\\left(\\mathbf{u}_w^\\top \\mathbf{v}_c\\right) "
                + "- \\mathbf{u}_o^\\top \\mathbf{v}_c$$\n\n";
        assertMarks("✓", skipGram + "$$\\frac{\\partial s}{\\partial v_{c b}} = \\sum_{w=1}^{W} \\frac{\\exp\\left("
                + "\\mathbf{u}_w^\\top \\mathbf{v}_c\\right)}{\\sum_{x=1}^{W} \\exp\\left(\\mathbf{u}_x^\\top \\mathbf{v}_c"
                + "\\right)} u_{w b} - u_{o b}$$\n");
        assertMarks("✗", skipGram + "$$\\frac{\\partial s}{\\partial v_{c b}} = u_{o b} - \\sum_{w=1}^{W} "
                + "\\frac{\\exp\\left(\\mathbf{u}_w^\\top \\mathbf{v}_c\\right)}{\\sum_{x=1}^{W} \\exp\\left("
                + "\\mathbf{u}_x^\\top \\mathbf{v}_c\\right)} u_{w b}$$\n");
        // no inner product follows: the usual refusal of matrix notation, naming the transpose
        String alone = marks("$$r = x^{(i)\\top}$$\n");
        assertTrue(alone.contains("a transpose ({(i)\\top}) is matrix notation"), alone);
        String quadratic = marks("$$q = x^{(i)\\top} A x^{(i)}$$\n");
        assertTrue(quadratic.contains("is matrix notation"), quadratic);
    }

    @Test
    void aFalseStepsWitnessListsTheEntriesOfTheArraysItRead() {
        // every entry a Σ reads is in the point, so the left side can be recomputed from the report alone
        String got = falseReport("$$s = \\sum_{k=1}^{n} a_k x_k c$$\n\n$$\\frac{\\partial s}{\\partial c} = \\sum_{k=1}^{n} a_k$$\n");
        Map<String, Double> at = witness(got);
        int n = at.get("n").intValue();
        double left = 0;
        for (int k = 1; k <= n; k++) {
            assertTrue(at.containsKey("a_" + k) && at.containsKey("x_" + k), got);
            left += at.get("a_" + k) * at.get("x_" + k);
        }
        Matcher sides = Pattern.compile("the left side is (\\S+) and").matcher(got);
        assertTrue(sides.find(), got);
        assertEquals(Double.parseDouble(sides.group(1)), left, 1e-5, got);
        // a matrix under two sums, with a free index bound by the point: the row it reads, every column
        String rows = falseReport("$$z_i = \\sum_{j} W_{ij} u_j$$\n\n$$\\frac{\\partial z_i}{\\partial u_j} = W_{ji}$$\n");
        Map<String, Double> row = witness(rows);
        assertTrue(row.keySet().stream().anyMatch(k -> k.startsWith("W_{")), rows);
        // a shifted index is the entry it reads: h_{t-1} at t = 1 is h_0
        String gate = falseReport("$$o_t = \\sigma(w x_t + v h_{t-1})$$\n\n$$\\frac{\\partial o_t}{\\partial w} = o_t x_t$$\n");
        Map<String, Double> p = witness(gate);
        int t = p.get("t").intValue();
        assertTrue(p.containsKey("h_" + (t - 1)) && p.containsKey("x_" + t), gate);
    }

    /** The report of the first false verdict of {@code markdown}, as the CLI prints it. */
    private static String falseReport(String markdown) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        return d.verdicts().stream().filter(v -> v.outcome() == Outcome.FALSE).findFirst()
                .flatMap(PairVerdict::verdict).map(Report::describe).orElse("no false verdict: " + PublicInputsTest.describe(d));
    }

    /** The point of the first false verdict in {@code report}: name = value. */
    private static Map<String, Double> witness(String report) {
        Matcher m = Pattern.compile("false: at (.*?) the left side").matcher(report);
        assertTrue(m.find(), report);
        Map<String, Double> out = new HashMap<>();
        Matcher pair = Pattern.compile("([^ ,=]+(?:_\\{[0-9,]+\\})?) = (-?[0-9.eE+-]+)").matcher(m.group(1));
        while (pair.find()) {
            out.put(pair.group(1), Double.parseDouble(pair.group(2)));
        }
        return out;
    }

    @Test
    void anIndicatorOfALabelThatVariesByExampleIsAnEntryOfItsOneHotMatrix() {
        // CS229's 1{y^{(i)} = l}: the entry (i, l) of the labels' one-hot matrix, assumed one-hot by row
        String softmax = "$$J = \\sum_{n=1}^{N} \\sum_{c=1}^{C} 1\\{t^{(n)} = c\\} \\log \\frac{\\exp(w_c z_n)}"
                + "{\\sum_{d=1}^{C} \\exp(w_d z_n)}$$\n\n";
        assertMarks("✓", softmax + "$$\\frac{\\partial J}{\\partial w_a} = \\sum_{n=1}^{N} \\left( 1\\{t^{(n)} = a\\} "
                + "- \\frac{\\exp(w_a z_n)}{\\sum_{d=1}^{C} \\exp(w_d z_n)} \\right) z_n$$\n");
        assertMarks("✗", softmax + "$$\\frac{\\partial J}{\\partial w_a} = \\sum_{n=1}^{N} \\left( "
                + "\\frac{\\exp(w_a z_n)}{\\sum_{d=1}^{C} \\exp(w_d z_n)} - 1\\{t^{(n)} = a\\} \\right) z_n$$\n");
        // the label on the right, a subscript label, and the complement ≠
        assertMarks("✓", "$$s = \\sum_{i} \\sum_{k} 1\\{k = y_i\\} u_k$$\n\n"
                + "$$\\frac{\\partial s}{\\partial u_m} = \\sum_{i} 1\\{y_i = m\\}$$\n");
        assertMarks("✓", "$$r = \\sum_{i} \\sum_{k} 1\\{y_i \\neq k\\} u_k$$\n\n"
                + "$$\\frac{\\partial r}{\\partial u_m} = \\sum_{i} \\left( 1 - 1\\{y_i = m\\} \\right)$$\n");
        // the document says what it assumed, once, at the first use
        CheckedDocument d = PublicInputsTest.check(softmax + "$$\\frac{\\partial J}{\\partial w_a} = \\sum_{n=1}^{N} "
                + "1\\{t^{(n)} = a\\} z_n$$\n");
        assertEquals(1, d.messages().stream().filter(m -> m.equals("line 1: assumes tonehot one-hot (the indicator of a "
                + "label that varies by example, one 1 in each row)")).count(), d.messages()::toString);
        // the one-example form is still the Kronecker δ of two indices
        assertMarks("✓", "$$\\ell = \\sum_{l} 1\\{y = l\\} \\log q_l$$\n\n$$\\frac{\\partial \\ell}{\\partial q_p} = "
                + "\\frac{1\\{y = p\\}}{q_p}$$\n");
    }
}
