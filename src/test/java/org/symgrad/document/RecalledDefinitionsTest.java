package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * "Recall that $…$" announces an inline definition as "Let" does (InlineDefinitions.ANNOUNCED): a slip below it is ✗. Was
 * ?: the definition was read only where a step held with it. ("We denote $…$" names one without announcing it:
 * InlineDefinitionHintTest.)
 * A recalled identity of a known function ($\sigma(-z) = 1 - \sigma(z)$) defines nothing.
 */
class RecalledDefinitionsTest {
    private static final String DOC = """
            %s $\\hat{y} = \\sigma(w x + b)$ and $L = -y\\log\\hat{y} - (1-y)\\log(1-\\hat{y})$.

            $$\\frac{\\partial L}{\\partial w} = (\\hat{y} - y)x$$

            $$\\frac{\\partial L}{\\partial w} = (y - \\hat{y})x$$
            """;

    @Test
    void recallAnnouncesADefinition() {
        check(DOC.formatted("Recall that"), "✓✗");
        check(DOC.formatted("Recall"), "✓✗");
    }

    @Test
    void aRecalledIdentityDefinesNothing() {
        check("""
                Recall that $\\sigma(-z) = 1 - \\sigma(z)$.

                $$L = -\\log \\sigma(w x)$$

                $$\\frac{dL}{dw} = -\\sigma(-w x) x$$

                $$\\frac{dL}{dw} = (1 - \\sigma(w x)) x$$
                """, "✓✗");
    }
}
