package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.Reading;

/**
 * {@code \log (2-a)^2} is read as {@code \sin(x)^2} is, a power of the function's value, but some authors mean the
 * logarithm of the square: the reading says which it checked and how to write the other, so a ✗ on it is not a
 * mystery. A logarithm of a bracketed power, and a power of another function, carry no such note.
 */
class PowerOfALogarithmTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\\log (2-a)^2                  | log(2 - a)^2   | \\log\\left((2-a)^2\\right)",
            "\\ln\\left(x\\right)^{3}       | log(x)^3       | \\ln\\left((x)^{3}\\right)",
            "\\log(1 + e^{-z})^2            | log(1 + exp(-z))^2 | \\log\\left((1 + e^{-z})^2\\right)"})
    void aPowerOfALogarithmIsNoted(String latex, String read, String other) {
        Reading r = LatexReader.read(latex);
        assertTrue(r.readable(), () -> r.problem().orElseThrow().getMessage());
        assertEquals(read, r.expr().orElseThrow().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.text().contains("a power of the logarithm")
                && n.text().contains("write " + other)), r.notes()::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\\log\\left((2-a)^2\\right)", "\\sin(x)^2", "\\log(x) y^2", "\\log x^2"})
    void otherwiseNoNote(String latex) {
        Reading r = LatexReader.read(latex);
        assertTrue(r.readable(), () -> r.problem().orElseThrow().getMessage());
        assertTrue(r.notes().stream().noneMatch(n -> n.text().contains("a power of the logarithm")), r.notes()::toString);
    }

    @org.junit.jupiter.api.Test
    void theVerdictsFollowTheReadingTheyName() {
        assertMarks("✓", "$$\\log\\left((2-a)^2\\right) = 2\\log(2-a)$$\n");
        assertMarks("✗", "$$\\log (2-a)^2 = 2\\log(2-a)$$\n");
    }
}
