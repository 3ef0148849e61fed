package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Inline definitions that use a function the document defines in inline math too ({@code where
 * $\mathcal{N}(x \mid \mu, \sigma^2) = …$}, then {@code Define the responsibility $\gamma_k = \pi_k \mathcal{N}(x \mid \mu_k,
 * \sigma^2) / …$}): the function's calls inside them are calls, applied as a display's would be, and a step is
 * proven or false as with the same formulas written as displays. "Write $a = …$, $b = …$" announces definitions
 * as "let" does. A step false only because a function it calls is left undefined is read with the inline
 * definition the prose gives of it ("The density is $\mathcal{N}(…) = …$"), and says so.
 */
class InlineFunctionDefinitionsTest {
    private static final String GAUSSIAN = "\\mathcal{N}(x \\mid \\mu, \\sigma^2) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}} "
            + "\\exp\\left(-\\frac{(x-\\mu)^2}{2\\sigma^2}\\right)";
    private static final String GAMMA = "\\frac{\\pi_k \\mathcal{N}(x \\mid \\mu_k, \\sigma^2)}{\\sum_j \\pi_j \\mathcal{N}(x \\mid \\mu_j, \\sigma^2)}";
    private static final String LOG_LIKELIHOOD = "\\ell = \\log \\sum_k \\pi_k \\mathcal{N}(x \\mid \\mu_k, \\sigma^2)";

    private static CheckedDocument checked(String markdown, String marks) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(marks, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        return d;
    }

    private static PairVerdict last(CheckedDocument d) {
        return d.verdicts().get(d.verdicts().size() - 1);
    }

    @Test
    void aResponsibilityDefinedInlineWithAnInlineDensityIsReadThroughIt() {
        String head = "The log-likelihood of one point is $" + LOG_LIKELIHOOD + "$, where $" + GAUSSIAN + "$.\n\n"
                + "Define the responsibility $\\gamma_k = " + GAMMA + "$.\n\n";
        CheckedDocument d = checked(head + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = " + GAMMA
                + " \\cdot \\frac{x - \\mu_k}{\\sigma^2} = \\gamma_k \\frac{x - \\mu_k}{\\sigma^2}$$\n", "✓✓");
        assertTrue(last(d).detail().contains("read with the inline definition of gamma (line 3:"), last(d).detail());
        // "The log-likelihood of one point is $\\ell = …$" announces ℓ (CopulaAnnouncementTest): the step reads it
        PairVerdict first = d.verdicts().get(0);
        assertTrue(first.detail().startsWith("read with the inline definition of \\ell (line 1:"), first.detail());
        // with ℓ's sign slipped, the first link is false
        checked(head.replace("is $\\ell = ", "is $\\ell = -") + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = " + GAMMA
                + " \\cdot \\frac{x - \\mu_k}{\\sigma^2}$$\n", "✗");
        // the responsibility times the wrong factor, the same chain through γ_k: false at the second link
        checked(head + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = " + GAMMA
                + " \\cdot \\frac{x - \\mu_k}{\\sigma^2} = \\gamma_k \\frac{x - \\mu_k}{\\sigma}$$\n", "✓✗");
        // γ_k used on its own against the written-out fraction, and a slip in its exponent
        checked(head + "$$\\gamma_k \\sum_j \\pi_j \\mathcal{N}(x \\mid \\mu_j, \\sigma^2) = \\pi_k \\mathcal{N}(x \\mid \\mu_k, \\sigma^2)$$\n", "✓");
        checked(head + "$$\\gamma_k \\sum_j \\pi_j \\mathcal{N}(x \\mid \\mu_j, \\sigma^2) = \\pi_k^2 \\mathcal{N}(x \\mid \\mu_k, \\sigma^2)$$\n", "✗");
    }

    @Test
    void aDensityAnnouncedByLetIsAppliedInADisplayDefinitionWithAPowerParameter() {
        String head = "Let $" + GAUSSIAN + "$ and\n\n$$" + LOG_LIKELIHOOD + "$$\n\n";
        checked(head + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = " + GAMMA + " \\cdot \\frac{x - \\mu_k}{\\sigma^2}$$\n", "✓");
        checked(head + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = " + GAMMA + " \\cdot \\frac{\\mu_k - x}{\\sigma^2}$$\n", "✗");
        // the same with the mean's index written j and the sum's m
        String other = head.replace("\\sum_k \\pi_k \\mathcal{N}(x \\mid \\mu_k", "\\sum_m \\pi_m \\mathcal{N}(x \\mid \\mu_m");
        checked(other + "$$\\frac{\\partial \\ell}{\\partial \\mu_j} = \\frac{\\pi_j \\mathcal{N}(x \\mid \\mu_j, \\sigma^2)}"
                + "{\\sum_m \\pi_m \\mathcal{N}(x \\mid \\mu_m, \\sigma^2)} \\frac{x - \\mu_j}{\\sigma^2}$$\n", "✓");
    }

    @Test
    void aCorrectStepReadsTheDensityTheProseStates() {
        String head = "The Gaussian density is $" + GAUSSIAN + "$.\n\n$$" + LOG_LIKELIHOOD + "$$\n\n";
        CheckedDocument d = checked(head + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = " + GAMMA
                + " \\cdot \\frac{x - \\mu_k}{\\sigma^2}$$\n", "✓");
        // "The Gaussian density is $…$" announces the density (CopulaAnnouncementTest): the step reads it
        assertTrue(last(d).detail().contains("read with the inline definition of \\mathcal{N}"), last(d).detail());
        // a wrong step stays false: the density read does not rescue it
        checked(head + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = " + GAMMA + " \\cdot \\frac{\\mu_k - x}{\\sigma}$$\n", "✗");
    }

    @Test
    void writeAnnouncesDefinitionsAsLetDoes() {
        String head = "Let $s = \\frac{a}{\\sqrt{b}\\sqrt{c}}$. Write $a = \\sum_i u_i v_i$, $b = \\sum_i u_i^2$, $c = \\sum_i v_i^2$.\n\n";
        CheckedDocument d = checked(head + "$$\\frac{\\partial s}{\\partial u_j} = \\frac{v_j}{\\sqrt{b}\\sqrt{c}} "
                + "- \\frac{a u_j}{b^{3/2}\\sqrt{c}}$$\n", "✓");
        for (String name : new String[] {"s", "a", "b", "c"}) {
            assertTrue(last(d).detail().contains("read with the inline definition of " + name + " (line 1:"), last(d).detail());
        }
        assertFalse(last(d).detail().contains("not announced"), last(d).detail());
        checked(head + "$$\\frac{\\partial s}{\\partial u_j} = \\frac{v_j}{\\sqrt{b}\\sqrt{c}} "
                + "+ \\frac{a u_j}{b^{3/2}\\sqrt{c}}$$\n", "✗");
        // "we write" as well, with the norms spelled as sums of squares under one root
        String we = "Let $s = \\frac{a}{\\sqrt{b c}}$, and we write $a = \\sum_i u_i v_i$, $b = \\sum_i u_i^2$ and $c = \\sum_i v_i^2$.\n\n";
        checked(we + "$$\\frac{\\partial s}{\\partial u_j} = \\frac{v_j}{\\sqrt{b c}} - \\frac{a u_j}{b \\sqrt{b c}}$$\n", "✓");
        checked(we + "$$\\frac{\\partial s}{\\partial u_j} = \\frac{v_j}{\\sqrt{b c}} - \\frac{a u_j}{\\sqrt{b c}}$$\n", "✗");
    }
}
