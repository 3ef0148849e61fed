package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list of inline definitions one word announces, one of them a vector ({@code Let $\mathbf{z} = W\mathbf{x} + \mathbf{b}$,
 * $\hat{y}_k = …$ and $L = …$}): the vector is read by its components, as the same display is; one that cannot be read at
 * all is left out, its name free, only where no derivative of the step is by a name it uses and only for a step that then
 * holds. A step that does not hold so is undecided, never false, and says which definition could not be read.
 */
class InlineListWithUnreadableTest {
    private static final String SOFTMAX = "# Softmax regression\n\nLet $\\mathbf{z} = W\\mathbf{x} + \\mathbf{b}$, "
            + "$\\hat{y}_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}$ and $L = -\\sum_k t_k \\log \\hat{y}_k$, where $\\sum_k t_k = 1$.\n\n";

    private static String display(String formula) {
        return "$$\n" + formula + "\n$$\n\n";
    }

    private static List<PairVerdict> verdicts(String markdown, String marks) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(marks, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        return d.verdicts();
    }

    @Test
    void theVectorOfTheListIsReadByItsComponents() {
        String doc = SOFTMAX
                + display("\\frac{\\partial L}{\\partial z_i} = -\\sum_k t_k \\frac{\\partial \\log \\hat{y}_k}{\\partial z_i} = \\hat{y}_i - t_i")
                + display("\\frac{\\partial L}{\\partial W_{ij}} = (\\hat{y}_i - t_i) x_j")
                + display("\\frac{\\partial L}{\\partial b_i} = \\hat{y}_i - t_i")
                // the usual mistakes: the sign, and the input's index
                + display("\\frac{\\partial L}{\\partial z_i} = t_i - \\hat{y}_i")
                + display("\\frac{\\partial L}{\\partial W_{ij}} = (\\hat{y}_i - t_i) x_i");
        List<PairVerdict> v = verdicts(doc, "✓✓✓✓✗✗");
        assertTrue(v.get(2).detail().contains("read with the inline definition of \\mathbf{z} (line 3:"), v.get(2).detail());
        // as the same definitions written as displays read
        String displays = "# Softmax regression\n\n" + display("\\mathbf{z} = W\\mathbf{x} + \\mathbf{b}")
                + display("\\hat{y}_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}") + display("L = -\\sum_k t_k \\log \\hat{y}_k")
                + "where $\\sum_k t_k = 1$.\n\n" + doc.substring(SOFTMAX.length());
        verdicts(displays, "✓✓✓✓✗✗");
    }

    private static final String UNREADABLE = "# A layer written in a notation symgrad does not read\n\n"
            + "Let $\\mathbf{z} = \\mathbf{W} \\star \\mathbf{x}$, $\\hat{y}_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}$ and "
            + "$L = -\\sum_k t_k \\log \\hat{y}_k$, where $\\sum_k t_k = 1$.\n\n";

    @Test
    void anUnreadableOneIsLeftOutWhereTheStepHoldsForEveryValueOfIt() {
        List<PairVerdict> v = verdicts(UNREADABLE + display("\\frac{\\partial L}{\\partial z_i} = \\hat{y}_i - t_i"), "✓");
        String d = v.get(0).detail();
        assertTrue(d.startsWith("left out the inline definition of \\mathbf{z} (line 3:")
                && d.contains("read with the inline definition of yhat") && d.contains("read with the inline definition of L"), d);
    }

    @Test
    void aWrongStepThroughALeftOutDefinitionIsUndecidedNeverFalse() {
        List<PairVerdict> v = verdicts(UNREADABLE + display("\\frac{\\partial L}{\\partial z_i} = t_i - \\hat{y}_i"), "?");
        String d = v.get(0).detail();
        assertTrue(d.startsWith("could not read the inline definition of \\mathbf{z} (line 3:") && d.contains("left free")
                && !d.contains("L is not defined"), d);
    }

    @Test
    void noDerivativeByANameTheUnreadableOneUses() {
        // z depends on W and x: with z free, ∂L/∂W_ij would be 0 and ∂L/∂x_j too; neither may be proven (nor a right one false)
        String doc = UNREADABLE + display("\\frac{\\partial L}{\\partial W_{ij}} = 0") + display("\\frac{\\partial L}{\\partial x_j} = 0")
                + display("\\frac{\\partial L}{\\partial W_{ij}} = (\\hat{y}_i - t_i) x_j");
        List<PairVerdict> v = verdicts(doc, "???");
        assertTrue(v.get(0).detail().contains("takes a derivative by W"), v.get(0).detail());
        assertTrue(v.get(1).detail().contains("takes a derivative by x"), v.get(1).detail());
    }

    @Test
    void aListOfOnlyUnreadableDefinitionsReadsNone() {
        String doc = "Let $\\mathbf{z} = \\mathbf{W} \\star \\mathbf{x}$.\n\n" + display("\\frac{\\partial z_i}{\\partial z_i} = 1");
        CheckedDocument c = PublicInputsTest.check(doc);
        assertFalse(c.verdicts().stream().anyMatch(p -> p.detail().contains("left out")), () -> PublicInputsTest.describe(c));
    }
}
