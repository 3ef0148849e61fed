package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SumToOneStatements}: a vector the prose calls one-hot, says sums to one or calls a probability distribution —
 * in words or in inline math, plain or indexed — is assumed so from where it is said, so the softmax step that uses
 * Σ_k y_k = 1 is proven, and a wrong step stays false. A negated, restricted or conditional-on-a-part statement, and a
 * statement about a vector the document defines, assume nothing: the step stays false with the hint to state it.
 */
class StatedSumToOneTest {
    private static final String SETTING = "Let $$p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$ and $$L = -\\sum_k y_k \\log p_k$$ ";
    private static final String STEP = "\n\n$$-y_j(1-p_j) + \\sum_{k \\neq j} y_k p_j = p_j - y_j$$\n";
    private static final String WRONG = "\n\n$$-y_j(1-p_j) + \\sum_{k \\neq j} y_k p_j = y_j - p_j$$\n";
    private static final String WRONG_OTHER = "\n\n$$-y_j(1-p_j) + \\sum_{k \\neq j} y_k p_j = p_j - 2 y_j$$\n";

    @ParameterizedTest
    @ValueSource(strings = {
            "with one-hot y.",
            "Since y is one-hot, we get",
            "Assume the labels $y_k$ sum to 1.",
            "Assume that elements of  $y_j$  sum to 1, we have:",
            "The entries of $\\mathbf{y}$ sum to one.",
            "The components of y add up to 1.",
            "Here y sums to $1$.",
            "The sum of the entries of $y$ is 1.",
            "where $y$ is a probability distribution,",
            "y is assumed to be one-hot.",
            "the target, a probability vector $y$, is fixed.",
            "where $y$ is one-hot"})
    void aSumToOneTheProseStatesIsAssumed(String prose) {
        assertMarks("✓", SETTING + prose + STEP);
        assertMarks("✗", SETTING + prose + WRONG);
        assertMarks("✗", SETTING + prose + WRONG_OTHER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "where $y$ is not one-hot.",
            "The labels need not sum to 1.",
            "The labels $y$ need not sum to 1.",
            "y does not sum to one.",
            "$y$ is not a probability distribution.",
            "unless y sums to 1,",
            "It does not matter whether y is one-hot:",
            "Each row of $y$ sums to 1.",
            "The labels $y$ sum to 1.5.",
            "The labels $y$ sum to 10.",
            "The labels $y$ sum to $1 - \\epsilon$.",
            "a one-hot vector is not assumed."})
    void aNegatedOrRestrictedStatementAssumesNothing(String prose) {
        String got = marks(SETTING + prose + STEP);
        assertTrue(got.startsWith("✗") && got.contains("true if \\sum_k y_k = 1"), prose + " -> " + got);
    }

    @Test
    void anAssumptionHoldsFromWhereItIsStated() {
        // stated after the step, it does not reach back; the next step uses it
        assertMarks("✗✓", SETTING + STEP + "\nSince y is one-hot, again:\n" + STEP);
    }

    @Test
    void whatTheProseSaysOfADefinedVectorIsLeftToTheCheck() {
        // p is the softmax; "p sums to one" is true of it but no licence to assume it of anything else
        String sigmoid = "$$s_k = \\frac{1}{1 + e^{-z_k}}$$\n\nThe outputs $s_k$ sum to 1.\n\n$$\\sum_k s_k = 1$$\n";
        String got = marks(sigmoid);
        assertTrue(!got.startsWith("✓"), got);
        assertEquals(List.of(), SumToOneStatements.find("The outputs $s_k$ sum to 1.", "s"::equals));
    }

    @Test
    void theStatementsAreReadFromTheProseAlone() {
        assertEquals(List.of("y one-hot"), ProseAssumptions.find("with one-hot y."));
        assertEquals(List.of("y one-hot"), ProseAssumptions.find("Since y is one-hot,"));
        assertEquals(List.of("sum_k t_k = 1"), ProseAssumptions.find("Assume that elements of  $t_j$  sum to 1, we have:"));
        assertEquals(List.of("q simplex"), ProseAssumptions.find("where $\\mathbf{q}$ is a valid probability distribution"));
        // a word that joins two phrases keeps the one-hot labels apart from the predictions p
        assertEquals(List.of(), ProseAssumptions.find("the one-hot labels and $p$ the predictions"));
        assertEquals(List.of(), ProseAssumptions.find("with a one-hot a"));
        // a letter inside inline math is no name in words
        assertEquals(List.of(), ProseAssumptions.find("one-hot $y_k \\log p$ terms"));
        // the columns of a matrix say nothing of a vector: each column sums to one (LineSumStatements, session 31)
        assertEquals(List.of("sum_i W_{ik} = 1"), ProseAssumptions.find("the columns of W sum to 1"));
    }
}
