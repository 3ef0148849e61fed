package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A function named by a calligraphic letter ({@code \mathcal{L}(w) = w^\top S w}, a loss or a Lagrangian) of one vector is
 * differentiated by that vector as one named by a plain letter is (org.symgrad.parse.latex.EntryParameters):
 * {@code \frac{\partial \mathcal{L}}{\partial w} = 2Sw} was undecided ('S is written without indices').
 */
class CalligraphicFunctionsOfVectorsTest {
    private static final String FORM = "Let $S$ be symmetric.\n\n$$\\mathcal{L}(w) = w^\\top S w$$\n\n";

    @Test
    void theGradientOfACalligraphicFunctionIsByItsVector() {
        assertMarks("✓", FORM + "$$\\frac{\\partial \\mathcal{L}}{\\partial w} = 2Sw$$\n");
        assertMarks("✗", FORM + "$$\\frac{\\partial \\mathcal{L}}{\\partial w} = Sw$$\n");
    }
}
