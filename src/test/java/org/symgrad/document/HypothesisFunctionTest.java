package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A hypothesis written as a function subscripted by its parameters ({@code h_\theta(x)}, {@code f_w(x)}): defined
 * inline by a chain ({@code where $h_\theta(x) = \sigma(\theta^T x) = \frac{1}{1 + e^{-\theta^T x}}$}), its first link
 * is read as the definition; left undefined, a step that differentiates it by its parameter is undecided, never
 * false — the subscript says it depends on θ, and how is what the document does not say.
 */
class HypothesisFunctionTest {
    private static final String COST = "$$\nJ(\\theta) = -\\frac{1}{m} \\sum_{i=1}^m \\left[ y^{(i)} \\log h_\\theta(x^{(i)}) + (1 - y^{(i)}) "
            + "\\log\\left(1 - h_\\theta(x^{(i)})\\right) \\right] + \\frac{\\lambda}{2m} \\sum_{j=1}^n \\theta_j^2\n$$\n\n";
    private static final String GRADIENT = "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m} \\sum_{i=1}^m "
            + "\\left( h_\\theta(x^{(i)}) - y^{(i)} \\right) x_j^{(i)} + \\frac{\\lambda}{m} \\theta_j$$\n";
    private static final String HESSIAN = "$$\\frac{\\partial^2 J}{\\partial \\theta_j \\partial \\theta_k} = \\frac{1}{m} \\sum_{i=1}^m "
            + "h_\\theta(x^{(i)}) \\left(1 - h_\\theta(x^{(i)})\\right) x_j^{(i)} x_k^{(i)} + \\frac{\\lambda}{m} \\delta_{jk}$$\n";

    private static CheckedDocument checked(String markdown, String marks) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(marks, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        return d;
    }

    @Test
    void anInlineChainDefinesTheHypothesisByItsFirstLink() {
        for (String where : new String[] {
                "where $h_\\theta(x) = \\sigma(\\theta^T x) = \\frac{1}{1 + e^{-\\theta^T x}}$.",
                "where $h_\\theta(x) = \\frac{1}{1 + e^{-\\theta^T x}} = \\sigma(\\theta^T x)$ is the sigmoid hypothesis.",
                "Let $h_\\theta(x) = g(\\theta^T x) = \\frac{1}{1 + \\exp(-\\theta^\\top x)}$."}) {
            String head = COST + where + "\n\n";
            CheckedDocument d = checked(head + GRADIENT + "\n" + HESSIAN, "✓✓");
            assertTrue(d.verdicts().get(0).detail().startsWith("read with the inline definition of h_\\theta"), d.verdicts().get(0).detail());
            // the decay's factor doubled, the Hessian's δ dropped: false with the definition read
            checked(head + GRADIENT.replace("\\frac{\\lambda}{m}", "\\frac{2\\lambda}{m}"), "✗");
            checked(head + HESSIAN.replace(" \\delta_{jk}", ""), "✗");
        }
    }

    @Test
    void anUndefinedHypothesisOfTheParametersLeavesItsGradientUndecided() {
        String head = COST + "where $h_\\theta$ is the hypothesis.\n\n";
        CheckedDocument d = checked(head + GRADIENT + "\n" + HESSIAN, "??");
        assertTrue(d.verdicts().get(0).detail().contains("h_θ depends on θ through its subscript"), d.verdicts().get(0).detail());
        // the same with the hypothesis subscripted by β and differentiated by β_j
        checked(head.replace("\\theta", "\\beta") + GRADIENT.replace("\\theta", "\\beta"), "?");
        // a function not subscripted by the variable is constant in it: a step that says otherwise stays false
        checked("$$E = \\frac{1}{2} \\sum_n \\left( f(x_n) - t_n \\right)^2 + \\frac{1}{2} w^2$$\n\n"
                + "$$\\frac{\\partial E}{\\partial w} = \\sum_n \\left( f(x_n) - t_n \\right) x_n + w$$\n", "✗");
    }
}
