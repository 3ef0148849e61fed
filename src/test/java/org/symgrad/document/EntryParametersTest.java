package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The one parameter of a function the document defines that its body reads only by its entries ({@code For $q(w) =
 * \|w\|_2^2$,}, Σ_j w_j²) is a vector, written plain: {@code \nabla q(w)} is the gradient by it and w beside it that vector.
 * Before: skipped, '\nabla of a vector is matrix notation'.
 */
class EntryParametersTest {
    @Test
    void theGradientOfASquaredNormAtItsPlainVector() {
        String norm = "For $q(w) = \\|w\\|_2^2$,\n";
        assertMarks("✓", norm + "$$\\nabla q(w) = 2w$$\n");
        assertMarks("✗", norm + "$$\\nabla q(w) = w$$\n");
        assertMarks("✓", "Let $q(w) = \\|w\\|^2$. Then\n$$\\nabla q(w) = 2w$$\n");
        assertMarks("✓✗", "$$q(w) = \\|w\\|_2^2$$\n\n$$\\nabla q(w) = 2w$$\n\n$$\\nabla q(w) = 4w$$\n");
    }
}
