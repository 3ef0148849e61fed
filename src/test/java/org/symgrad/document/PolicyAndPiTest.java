package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * A document that defines a function π (a policy π(a), written with the number π in its own normaliser, {@code \sqrt{2\pi}})
 * reads an applied {@code \pi(a)} as the function and a bare {@code \pi} as the number: the definition is no "recursive
 * definition pi → pi", and the steps under it are checked both ways, a right one proven and a wrong one false.
 */
class PolicyAndPiTest {
    private static final String LOG_POLICY = "$$\n\\log \\pi(a) = -\\frac{(a - w x)^2}{2\\sigma^2} - \\log(\\sqrt{2\\pi}\\,\\sigma)\n$$\n\n";
    private static final String POLICY = "$$\n\\pi(a) = \\frac{1}{\\sqrt{2\\pi}\\,\\sigma} e^{-\\frac{(a - w x)^2}{2\\sigma^2}}\n$$\n\n";

    private static CheckedDocument marks(String markdown, String marks) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(marks, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        assertFalse(PublicInputsTest.describe(d).contains("recursive definition"), () -> PublicInputsTest.describe(d));
        return d;
    }

    @Test
    void aLogPolicyWithTheNumberPiInItsNormaliserIsADefinition() {
        String doc = "# Gaussian policy\n\n" + LOG_POLICY
                + "$$\n\\frac{\\partial \\log \\pi(a)}{\\partial w} = \\frac{(a - w x) x}{\\sigma^2}\n$$\n\n"
                // the dropped factor x of the chain rule
                + "$$\n\\frac{\\partial \\log \\pi(a)}{\\partial w} = \\frac{a - w x}{\\sigma^2}\n$$\n";
        marks(doc, "✓✗");
    }

    @Test
    void thePolicyItselfAndItsLogStatedBelowIt() {
        String doc = "# Gaussian policy\n\n" + POLICY + LOG_POLICY
                + "$$\n\\frac{\\partial \\pi(a)}{\\partial w} = \\pi(a) \\frac{(a - w x) x}{\\sigma^2}\n$$\n\n";
        marks(doc, "✓✓");
        // the number π is the number: the log of the normaliser without its σ is a mistake
        String wrong = "# Gaussian policy\n\n" + POLICY
                + "$$\n\\log \\pi(a) = -\\frac{(a - w x)^2}{2\\sigma^2} - \\log(\\sqrt{2\\pi})\n$$\n\n";
        marks(wrong, "✗");
        // and 2π is not the policy at 2: with π(a) defined, π stays 3.14159… wherever it stands bare
        String number = "# Gaussian policy\n\n" + POLICY + "$$\n\\pi(a) \\sqrt{2\\pi} = \\frac{1}{\\sigma} e^{-\\frac{(a - w x)^2}{2\\sigma^2}}\n$$\n\n"
                + "$$\n\\pi(a) \\sqrt{2\\pi} = \\frac{1}{\\sigma} e^{-\\frac{(a - w x)^2}{\\sigma^2}}\n$$\n";
        marks(number, "✓✗");
    }

    @Test
    void anInlinePolicyToo() {
        String doc = "# Gaussian policy\n\nLet $\\pi(a) = \\frac{1}{\\sqrt{2\\pi}\\,\\sigma} e^{-\\frac{(a - w x)^2}{2\\sigma^2}}$.\n\n"
                + "$$\n\\frac{\\partial \\pi(a)}{\\partial w} = \\pi(a) \\frac{(a - w x) x}{\\sigma^2}\n$$\n\n"
                + "$$\n\\frac{\\partial \\pi(a)}{\\partial w} = \\pi(a) \\frac{(a - w x)}{\\sigma^2}\n$$\n";
        marks(doc, "✓✗");
    }

    @Test
    void aSubscriptedPiIsAFunctionOfItsOwnWhoseBareNameIsItsValue() {
        // π_1(q_1, q_2), a firm's profit, is no number: ∂π_1/∂q_1 differentiates its value
        String doc = "# Profit\n\n$$\\pi_1(q_1, q_2) = \\left( a - b (q_1 + q_2) \\right) q_1 - c q_1$$\n\n"
                + "$$\\frac{\\partial \\pi_1}{\\partial q_2} = -b q_1$$\n\n$$\\frac{\\partial \\pi_1}{\\partial q_1} = a - b q_1 - b q_2 - c$$\n";
        marks(doc, "✓✗");
    }
}
