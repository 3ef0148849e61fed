package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.AssumedForms;
import org.symgrad.assume.Sampling;
import org.symgrad.check.Constraints;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.script.ConstraintStatement;

/**
 * A one-hot label with a letter the prose names as the true class has its 1 there ({@code y one-hot at c}, y_k = δ_kc):
 * "for the true class $c$, ∂ℓ/∂z_c = p_c − 1" of ℓ = −Σ_k y_k log p_k was a wrong ✗ (y was drawn one-hot anywhere),
 * and so was ∂ℓ/∂z_k = p_k for k ≠ c.
 */
class TrueClassLabelsTest {
    private static final String SOFTMAX = "The predictions are $p_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}$. ";

    @Test
    void theTrueClassOfAOneHotLabelIsWhereItsOneIs() {
        CheckedDocument d = PublicInputsTest.check("Let $t$ be the one-hot target vector, with $t_y = 1$ for the correct class $y$. "
                + SOFTMAX + "The loss is $L = -\\sum_k t_k \\log p_k$.\n\n$$\\frac{\\partial L}{\\partial z_y} = p_y - 1$$\n\n"
                + "For $k \\neq y$,\n\n$$\\frac{\\partial L}{\\partial z_k} = p_k$$\n\nA common slip:\n\n"
                + "$$\\frac{\\partial L}{\\partial z_y} = 1 - p_y$$\n\nand another:\n\n$$\\frac{\\partial L}{\\partial z_k} = p_k - 1$$\n",
                "✓✓✗✗");
        assertTrue(d.messages().contains("line 1: assumes t one-hot at y (from the text: \"correct class $y$\")"),
                () -> String.join("\n", d.messages()));
    }

    @Test
    void theTrueClassNamedInALaterParagraphHoldsFromThere() {
        PublicInputsTest.check(SOFTMAX + "The loss is $\\ell = -\\sum_{k=1}^K y_k \\log p_k$ where $y$ is one-hot.\n\n"
                + "$$\\frac{\\partial \\ell}{\\partial z_j} = p_j - y_j$$\n\nFor the true class $c$,\n\n"
                + "$$\\frac{\\partial \\ell}{\\partial z_c} = p_c - 1$$\n\nbut not\n\n$$\\frac{\\partial \\ell}{\\partial z_c} = p_c$$\n",
                "✓✓✗");
    }

    @Test
    void aLetterTheLossSumsOverIsStillABoundIndexThere() {
        PublicInputsTest.check("Here $c$ denotes the true class and $y$ the one-hot label. The loss is\n"
                + "$$\\ell = -\\sum_{c=1}^K y_c \\log p_c, \\qquad p_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}.$$\nThen\n"
                + "$$\\frac{\\partial \\ell}{\\partial z_j} = p_j - y_j.$$\n", "✓");
    }

    @Test
    void noTrueClassIsAssumedOfTwoOneHotVectorsNorOfANegatedStatement() {
        CheckedDocument two = PublicInputsTest.check("Let $y$ be one-hot and $q$ be one-hot, and $c$ is the true class. " + SOFTMAX
                + "$$\\ell = -\\sum_k y_k \\log p_k$$\n\n$$\\frac{\\partial \\ell}{\\partial z_c} = p_c - y_c$$\n", "✓");
        assertFalse(two.messages().stream().anyMatch(m -> m.contains(" at c")), () -> String.join("\n", two.messages()));
        CheckedDocument negated = PublicInputsTest.check("Let $y$ be one-hot, and $j$ is not the true class. " + SOFTMAX
                + "$$\\ell = -\\sum_k y_k \\log p_k$$\n\n$$\\frac{\\partial \\ell}{\\partial z_j} = p_j - y_j$$\n", "✓");
        assertFalse(negated.messages().stream().anyMatch(m -> m.contains(" at j")), () -> String.join("\n", negated.messages()));
    }

    @Test
    void theAssumptionReadsDrawsAndRewritesAsTheKroneckerDelta() {
        ConstraintStatement c = ConstraintStatement.parse("y one-hot at c", null, "assume y one-hot at c").orElseThrow();
        Sampling.Constraint hot = Constraints.constraint(c).orElseThrow();
        assertEquals(new Sampling.OneHot("y", Sampling.Along.ENTRIES, "c"), hot);
        assertEquals("y one-hot at c", Sampling.statement(hot));
        Sampling s = Sampling.NONE.with(hot);
        Environment at = s.apply(Environment.random(7, 4).withBinding("c", 3));
        assertEquals(List.of(0.0, 0.0, 1.0, 0.0), List.of(at.indexed("y", 1), at.indexed("y", 2), at.indexed("y", 3), at.indexed("y", 4)));
        assertEquals(new Delta("j", "c"), AssumedForms.apply(new Indexed("y", List.of("j")), s).expr());
        // Σ_c y_c w_c binds its own c: y_c is not δ_cc = 1 there (that would make it Σ_c w_c)
        Expr weighted = Exprs.sum("c", Exprs.mul(new Indexed("y", List.of("c")), new Indexed("w", List.of("c"))));
        Expr kept = AssumedForms.apply(weighted, s).expr();
        assertTrue(Exprs.any(kept, e -> e.equals(new Indexed("y", List.of("c")))) && !Exprs.any(kept, e -> e instanceof Delta),
                kept::toString);
    }
}
