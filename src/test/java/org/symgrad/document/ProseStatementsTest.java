package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the prose around the formulas says that changes a verdict: a vector it calls one-hot is assumed one-hot
 * (as the directive would), and a case ("For $i \neq j$:") ends where the prose leaves it — a formula written "in
 * general" after the case must not be checked in the case.
 */
class ProseStatementsTest {
    private static final String SOFTMAX = "$$p_k = \\frac{e^{z_k}}{\\sum_c e^{z_c}}$$\n\n";
    private static final String GRADIENT = "$$\\frac{\\partial L}{\\partial z_j} = p_j - y_j$$\n";

    @ParameterizedTest
    @ValueSource(strings = {
            "The loss against the one-hot label $y$ is\n\n",
            "With one-hot $\\mathbf{y}$:\n\n",
            "Here $y$ is a one-hot vector, and\n\n",
            "where $y_k$ are one-hot encoded targets,\n\n",
            "Let the target be one-hot encoded, $y$; then\n\n"})
    void aVectorTheTextCallsOneHotIsAssumedOneHot(String prose) {
        String loss = "$$L = -\\sum_k y_k \\log p_k$$\n\n";
        assertMarks("✓", SOFTMAX + prose + loss + GRADIENT);
        assertMarks("✗", SOFTMAX + prose + loss + "$$\\frac{\\partial L}{\\partial z_j} = y_j - p_j$$\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Unlike one-hot $y$, the soft targets are arbitrary:\n\n",
            "Here $y$ is not one-hot, and\n\n",
            "The targets $y$ need not sum to one:\n\n"})
    void aNegatedOrAbsentStatementAssumesNothing(String prose) {
        String loss = "$$L = -\\sum_k y_k \\log p_k$$\n\n";
        assertMarks("✗", SOFTMAX + prose + loss + GRADIENT);
    }

    @Test
    void theStatementsAreReadFromTheProseAlone() {
        assertEquals(List.of("y one-hot"), ProseAssumptions.find("against one-hot labels $y$"));
        assertEquals(List.of("t one-hot"), ProseAssumptions.find("where $\\mathbf{t}$ is the one-hot target"));
        assertEquals(List.of(), ProseAssumptions.find("where $q$ is never one-hot"));
        assertEquals(List.of(), ProseAssumptions.find("instead of one-hot $y$ we use $q$"));
        assertEquals(List.of("sum_k y_k = 1"), ProseAssumptions.find("because the targets sum to one, $\\sum_{k=1}^{K} y_k = 1$,"));
        assertEquals(List.of("sum_j t_j = 1"), ProseAssumptions.find("as $\\sum_j \\mathbf{t}_{j} = 1.$ holds"));
        assertEquals(List.of("sum_c q_c = 1"), ProseAssumptions.find("a distribution ($\\sum_{c}^{C} q_c = 1$)"));
        assertEquals(List.of(), ProseAssumptions.find("the weights need not satisfy $\\sum_k w_k = 1$"));
        assertEquals(List.of(), ProseAssumptions.find("a different index, $\\sum_k y_j = 1$, or a sum to two, $\\sum_k y_k = 2$"));
        assertEquals(List.of(), ProseAssumptions.find("more than a sum, $\\sum_k y_k = 1 - \\epsilon$"));
    }

    /**
     * A sum to one said in inline math is assumed as the display would be (B. Da Silva's softmax gradient: "because the
     * targets sum to one, $\sum_k y_k = 1$," before ∂L/∂z_i = p_i − y_i, which was called false); other names,
     * another index, and the wrong sign still false.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "and because the targets sum to one, $\\sum_{k=1}^{K} y_k = 1$,\n\n",
            "Since $\\sum_k y_k = 1$ for a distribution:\n\n"})
    void aSumToOneInInlineMathIsAssumed(String prose) {
        String loss = "$$L = -\\sum_k y_k \\log p_k$$\n\n";
        String general = "$$\\frac{\\partial L}{\\partial z_j} = -y_j + p_j \\sum_k y_k$$\n\n";
        assertMarks("✓✓", SOFTMAX + loss + general + prose + GRADIENT);
        assertMarks("✓✗", SOFTMAX + loss + general + prose + "$$\\frac{\\partial L}{\\partial z_j} = p_j + y_j$$\n");
        assertMarks("✓✗", SOFTMAX + loss + general + "The targets need not satisfy " + prose.substring(prose.indexOf('$')) + GRADIENT);
        String other = "$$q_a = \\frac{\\exp(s_a)}{\\sum_b \\exp(s_b)}$$\n\n$$E = -\\sum_{c=1}^{C} t_c \\ln q_c$$\n\n"
                + "where the target is a distribution, $\\sum_{c=1}^{C} t_c = 1$.\n\n$$\\frac{\\partial E}{\\partial s_a} = q_a - t_a$$\n";
        assertMarks("✓", other);
    }

    @ParameterizedTest
    @ValueSource(strings = {"In general, for every pair of indices,", "Together:", "Combining both cases,",
            "The Jacobian of the softmax is", "Now the full derivative:"})
    void aCaseEndsWhereTheProseLeavesIt(String prose) {
        String cases = SOFTMAX + "For $i \\neq j$:\n\n$$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j$$\n\n";
        // the δ-less formula holds for i ≠ j; said of every pair it is the classic mistake
        assertMarks("✓", cases);
        assertMarks("✓✗", cases + prose + "\n\n$$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j$$\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"so", "Substituting the softmax,", "which gives", "Thus"})
    void aCaseGoesOnThroughProseThatContinuesIt(String prose) {
        assertMarks("✓✓", SOFTMAX + "For $i \\neq j$:\n\n$$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j$$\n\n" + prose
                + "\n\n$$\\frac{\\partial p_i}{\\partial z_j} = -\\frac{e^{z_i} e^{z_j}}{(\\sum_c e^{z_c})^2}$$\n");
    }
}
