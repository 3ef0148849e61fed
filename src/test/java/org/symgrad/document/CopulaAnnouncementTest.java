package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "The loss is $\ell = …$", "the model for one example is $p = …$", "is defined as $L = …$": a noun phrase and a
 * copula before an inline formula announce it as a definition, as "where" and "let" do, so a wrong step that needs
 * it is false (it was undecided). A derivative or an update after the copula ("The derivative is $f'(x) = 2x$",
 * "the update is $w = w - \eta g$") states a result, and is not read as a definition.
 */
class CopulaAnnouncementTest {
    private static final String SQUARED = "\n\n$$\\frac{\\partial \\ell}{\\partial w} = (y - t) x$$\n\n";
    private static final String LOGISTIC = "\n\n$$\\frac{\\partial L}{\\partial w} = (p - t) x$$\n\n";

    private static void marks(String markdown, String expected) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(expected, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
    }

    @Test
    void aNounPhraseAndACopulaAnnounceADefinition() {
        for (String prose : new String[] {"The loss is $\\ell = \\frac{1}{2}(y - t)^2$ where $y = w x + b$.",
                "Our squared loss is $\\ell = \\frac12 (y-t)^2$, where $y = wx + b$.",
                "The loss is given by $\\ell = \\frac{1}{2}(y - t)^2$, with $y = w x + b$.",
                "For one example the error becomes $\\ell = \\frac{1}{2}\\left(y - t\\right)^2$ where $y = w x + b$."}) {
            marks(prose + SQUARED, "✓");
            marks(prose + SQUARED.replace("(y - t) x", "(y + t) x"), "✗");
            marks(prose + SQUARED.replace("(y - t) x", "(y - t)"), "✗");
        }
        String logistic = "The model for one example is $p = \\sigma(w x)$, and the loss is defined as "
                + "$L = -t \\log p - (1-t)\\log(1-p)$.";
        marks(logistic + LOGISTIC, "✓");
        marks(logistic + LOGISTIC.replace("(p - t) x", "(t - p) x"), "✗");
    }

    /**
     * CS229's "The hypothesis is $h_\\theta(x) = g(\\theta^T x)$" above the display of g: h_θ is read with g applied in its
     * body, as a display definition's body has it, so the gradient's first and last links are proven (they were undecided).
     */
    @Test
    void anAnnouncedFunctionCallsTheFunctionsTheDisplaysDefine() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("basedir", "."))
                .resolve("src/test/resources/fresh-homework/cs229-logistic-aligned.md"));
        marks(doc, "✓✓✓✓✓✓✓✓");
        // the same with the last link's sign slipped: false there
        marks(doc.replace("&= \\left( y - h_\\theta(x) \\right) x_j", "&= \\left( h_\\theta(x) - y \\right) x_j"), "✓✓✓✓✓✓✓✗");
    }

    @Test
    void aResultAfterACopulaIsNoDefinition() {
        // a derivative or an update the prose states is not read as a definition: the steps stay as without it
        marks("The derivative is $f'(x) = 3x$.\n\n$$f(x) = x^2$$\n\n$$f'(x) = 2x$$\n", "✓");
        marks("The update is $w = w - \\eta g$.\n\n$$g = 2 w$$\n\n$$\\frac{\\partial g}{\\partial w} = 2$$\n", "✓");
        // without a word that names it a definition, a wrong step stays undecided
        marks("Then $\\ell = \\frac{1}{2}(y - t)^2$ where $y = w x + b$."
                + SQUARED.replace("(y - t) x", "(y + t) x"), "?");
    }
}
