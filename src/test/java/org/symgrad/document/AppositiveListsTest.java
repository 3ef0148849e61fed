package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A sentence that lists definitions, each a noun and its formula, with no word announcing them ("Scores $s_k = …$ for $k = 1,
 * \dots, K$, probabilities $p_k = …$, and the loss … is $L = -\log p_y$.") sets them up as "Let" does (AppositiveLists): a
 * wrong step below is false (was: ? "L does not depend on s_k", the list only proving right steps). Results ("Hence"), gerunds
 * ("Expanding"), a lone item and the list's conditions ("for $k = 1, \dots, K$") announce nothing.
 */
class AppositiveListsTest {
    private static final String SOFTMAX = "# Softmax regression\n\n"
            + "Scores $s_k = \\sum_{d} W_{kd} x_d$ for $k = 1, \\dots, K$, probabilities $p_k = \\frac{e^{s_k}}{\\sum_{c=1}^K e^{s_c}}$, "
            + "and the loss for true class $y$ is $L = -\\log p_y$.\n\n"
            + "**Gradient.** For each class $k$,\n$$\\frac{\\partial L}{\\partial s_k} = %s,$$\nso by the chain rule\n"
            + "$$\\frac{\\partial L}{\\partial W_{kd}} = \\left(%s\\right) x_d.$$\n";

    @Test
    void aListOfNounsAndFormulasAnnouncesItsDefinitions() {
        CheckedDocument right = PublicInputsTest.check(SOFTMAX.formatted("p_k - \\mathbb{1}\\{k = y\\}", "p_k - \\mathbb{1}\\{k = y\\}"), "✓✓");
        assertFalse(right.verdicts().get(0).detail().contains("not announced"), right.verdicts().get(0).detail());
        CheckedDocument wrong = PublicInputsTest.check(SOFTMAX.formatted("\\mathbb{1}\\{k = y\\} - p_k", "\\mathbb{1}\\{k = y\\} - p_k"), "✗✗");
        assertTrue(wrong.verdicts().get(0).detail().contains("read with the inline definition of s (line 3"), wrong.verdicts().get(0).detail());
    }

    private static final String EXPERTS = "## Mixture of experts\n\n"
            + "Gate $g_k = \\frac{\\exp(a_k)}{\\sum_{l=1}^K \\exp(a_l)}$, experts $f_k$, output $y = \\sum_{k=1}^K g_k f_k$, "
            + "loss $E = \\frac12 (y - t)^2$.\n\n$$\\frac{\\partial E}{\\partial f_j} = (y - t)\\, g_j$$\n\n"
            + "$$\\frac{\\partial E}{\\partial a_j} = %s$$\n";

    @Test
    void aSymbolAmongTheItemsKeepsTheList() {
        PublicInputsTest.check(EXPERTS.formatted("(y - t)\\, g_j (f_j - y)"), "✓✓");
        PublicInputsTest.check(EXPERTS.formatted("(y - t)\\, g_j (1 - g_j) f_j"), "✓✗");
    }

    @Test
    void resultsGerundsAndLoneItemsAnnounceNothing() {
        String step = "\n\n$$\\frac{dv}{dx} = \\cos(u)$$\n";
        PublicInputsTest.check("Hence $u = x^2$ and $v = \\sin u$." + step, "?");
        PublicInputsTest.check("Expanding $u = x^2$ and simplifying $v = \\sin u$." + step, "?");
        PublicInputsTest.check("We get $u = x^2$ and so $v = \\sin u$." + step, "?");
        PublicInputsTest.check("Inputs $u = x^2$." + step, "?");
        // a list that goes on with a result is no list of definitions
        PublicInputsTest.check("Inputs $u = x^2$, outputs $v = \\sin u$, so we plot $v$." + step, "?");
        PublicInputsTest.check("Inputs $u = x^2$, outputs $v = \\sin u$." + step, "✗");
    }
}
