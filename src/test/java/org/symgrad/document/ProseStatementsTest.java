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
