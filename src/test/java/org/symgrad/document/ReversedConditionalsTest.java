package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A density defined with a conditioning bar ({@code $$p(x_i \mid \lambda) = \lambda e^{-\lambda x_i}$$}) is not applied to a
 * call of the same letter that conditions the other way ({@code \log p(\lambda \mid x)}, the posterior): that is another
 * density, which the document does not define, so its steps are undecided (was: ✗ on the right log posterior and its
 * derivative, read as log(x e^{-x λ})). Calls that keep the definition's roles are applied as before.
 */
class ReversedConditionalsTest {
    private static final String LIKELIHOOD = "For i.i.d. $x_1, \\dots, x_n$ from an exponential distribution with rate $\\lambda$,\n"
            + "$$p(x_i \\mid \\lambda) = \\lambda e^{-\\lambda x_i}$$\n\n";

    @Test
    void thePosteriorIsNoApplicationOfTheLikelihood() {
        CheckedDocument d = PublicInputsTest.check(LIKELIHOOD + "With a flat prior the log posterior is\n"
                + "$$\\log p(\\lambda \\mid x) = n\\log\\lambda - \\lambda\\sum_{i=1}^n x_i$$\nand\n"
                + "$$\\frac{d}{d\\lambda}\\log p(\\lambda \\mid x) = \\frac{n}{\\lambda} - \\sum_{i=1}^n x_i$$\n", "??");
        assertTrue(d.verdicts().get(1).detail().contains("puts \\lambda before the bar"), d.verdicts().get(1).detail());
    }

    @Test
    void aCallWithTheDefinitionsRolesIsApplied() {
        PublicInputsTest.check(LIKELIHOOD + "$$\\frac{d}{d\\lambda}\\log p(x_j \\mid \\lambda) = \\frac{1}{\\lambda} - x_j$$\n\n"
                + "$$\\frac{d}{d\\lambda}\\log p(x_j \\mid \\lambda) = \\frac{1}{\\lambda} + x_j$$\n", "✓✗");
    }

    @Test
    void aNamedFamilyIsAppliedToWhateverItsArgumentsAre() {
        // \mathcal{N}(\mu \mid 0, \tau^2), a prior on μ, is the normal density the document defines, at other arguments
        String normal = "$$\\mathcal{N}(x \\mid \\mu, s) = \\frac{1}{\\sqrt{2\\pi s}} e^{-\\frac{(x - \\mu)^2}{2 s}}$$\n\n";
        PublicInputsTest.check(normal + "$$\\frac{d}{d\\mu}\\log \\mathcal{N}(\\mu \\mid 0, t) = -\\frac{\\mu}{t}$$\n\n"
                + "$$\\frac{d}{d\\mu}\\log \\mathcal{N}(\\mu \\mid 0, t) = \\frac{\\mu}{t}$$\n", "✓✗");
    }

    @Test
    void aDefinitionThroughThePosteriorIsNotRead() {
        // J's definition calls the posterior: J stays unread, its derivative not checked against the likelihood's
        CheckedDocument d = PublicInputsTest.check(LIKELIHOOD + "$$J(\\lambda) = \\log p(\\lambda \\mid x)$$\n\n"
                + "$$\\frac{dJ}{d\\lambda} = \\frac{1}{\\lambda} - x$$\n");
        assertTrue(PublicInputsTest.marks(d).matches("[?–]+"), PublicInputsTest.describe(d));
    }
}
