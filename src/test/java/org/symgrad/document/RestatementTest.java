package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A display that restates a defined name ({@code ℓ(w) = …} after {@code ℓ(w) = (y − wx)²}) claims
 * the two agree: a wrong expansion is reported false with its counterexample, not taken silently as
 * a new definition with a note (issue 9 item 3). The document gives the name a new meaning only
 * where it says so: a new section since the definition, prose such as "now let" or "instead", or a
 * right side in names of its own (seed 001: S(x_1) = 1/(1 + e^z) with z introduced in the prose).
 */
class RestatementTest {
    private static CheckedDocument check(String markdown, String marks) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(marks, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        return d;
    }

    private static boolean redefines(CheckedDocument d, String name) {
        return d.equations().stream().anyMatch(e -> e.notes().stream().anyMatch(n -> n.startsWith("redefines " + name)));
    }

    @Test
    void aWrongExpansionOfADefinedNameIsFalseWithItsCounterexample() {
        CheckedDocument d = check("$$\\ell(w) = (y - w x)^2$$\n\nExpanding the square,\n\n"
                + "$$\\ell(w) = y^2 - 2 w x y + w x^2$$\n\n$$\\frac{\\partial \\ell}{\\partial w} = -2 x (y - w x)$$\n", "✗✓");
        PairVerdict v = d.verdicts().get(0);
        assertEquals(5, v.line());
        assertTrue(v.verdict().orElseThrow().point().containsKey("w"), PublicInputsTest.describe(d));
        assertTrue(!redefines(d, "ell"), PublicInputsTest.describe(d));
    }

    @Test
    void aVariantWithOtherNamesAndARightExpansion() {
        // the wrong one is false, and the definition stands for what follows; the right one is proven
        check("$$J = (b - a t)^2$$\n\n$$J = b^2 - 2 a b t + a t^2$$\n\n$$J = b^2 - 2 a b t + a^2 t^2$$\n\n"
                + "$$\\frac{\\partial J}{\\partial a} = -2 t (b - a t)$$\n", "✗✓✓");
    }

    @Test
    void theDocumentThatSaysItRedefinesGivesTheNameANewMeaning() {
        // prose: "now let … instead"
        CheckedDocument now = check("$$L = (y - w x)^2$$\n\nNow let the loss carry a penalty instead:\n\n"
                + "$$L = (y - w x)^2 + w^2$$\n\n$$\\frac{\\partial L}{\\partial w} = -2 x (y - w x) + 2 w$$\n", "✓");
        assertTrue(redefines(now, "L"), PublicInputsTest.describe(now));
        // a new section
        CheckedDocument section = check("# One\n\n$$L = (y - w x)^2$$\n\n## Two\n\n"
                + "$$L = (y - w x)^2 + w^2$$\n\n$$\\frac{\\partial L}{\\partial w} = -2 x (y - w x) + 2 w$$\n", "✓");
        assertTrue(redefines(section, "L"), PublicInputsTest.describe(section));
        // a right side in a name of its own
        CheckedDocument own = check("$$S = \\frac{e^{a}}{e^{a} + e^{b}}$$\n\nThen\n\n$$S = \\frac{1}{1 + e^{z}}$$\n", "");
        assertTrue(redefines(own, "S"), PublicInputsTest.describe(own));
    }

    @Test
    void aRestatementThatHoldsWithAnInlineDefinitionIsAStep() {
        // Inception's label smoothing: L = −Σ q_k z_k + log Σ e^{z_j} rewrites L = −Σ q_k log p_k with p_k defined in the prose
        // (was: "redefines L", no verdict); checked with numpy for a one-hot y: the rewriting equals the loss, the wrong
        // sign of the log-sum does not
        String given = "For logits $\\mathbf{z}$, the softmax $\\mathbf{p}$ with $p_k = e^{z_k}/\\sum_{j=1}^{K} e^{z_j}$, a one-hot "
                + "label $\\mathbf{y}$ and the smoothing $\\epsilon$,\n\n$$\\mathbf{q} = (1 - \\epsilon)\\mathbf{y} + "
                + "\\frac{\\epsilon}{K}\\mathbf{1}$$\n\nand the loss\n\n$$L = -\\sum_{k=1}^{K} q_k \\log p_k$$\n\nSince "
                + "$\\log p_k = z_k - \\log\\sum_{j} e^{z_j}$,\n\n";
        CheckedDocument d = check(given + "$$L = -\\sum_{k=1}^{K} q_k z_k + \\log\\sum_{j=1}^{K} e^{z_j}$$\n\n"
                + "$$\\nabla_{\\mathbf{z}} L = \\mathbf{p} - \\mathbf{q}$$\n", "✓✓");
        assertTrue(!redefines(d, "L"), PublicInputsTest.describe(d));
        // guard: a rewriting that does not hold is still a new meaning of L where its names are new (z), as before
        CheckedDocument wrong = check(given + "$$L = -\\sum_{k=1}^{K} q_k z_k - \\log\\sum_{j=1}^{K} e^{z_j}$$\n", "");
        assertTrue(redefines(wrong, "L"), PublicInputsTest.describe(wrong));
    }
}
