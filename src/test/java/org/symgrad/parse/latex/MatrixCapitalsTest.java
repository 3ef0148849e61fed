package org.symgrad.parse.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** Which capitals of a side are the matrices a document read before, and when a side is a capital alone. */
class MatrixCapitalsTest {
    private static final java.util.function.Predicate<String> NONE = c -> false;

    private static List<Token> lex(String text) {
        return LatexTokens.lex(text, 0, text.length());
    }

    @Test
    void aRememberedCapitalCountsWherePlainlyWrittenOnly() {
        MatrixCapitals m = new MatrixCapitals();
        m.remember(Set.of("W", "A"));
        assertEquals(Set.of("W"), m.writtenIn(lex("W"), NONE));
        assertEquals(Set.of("A"), m.writtenIn(lex("2A + 1"), NONE));
        // a component, a script, a call, a styled letter: no lone matrix
        assertEquals(Set.of(), m.writtenIn(lex("W_{ij}"), NONE));
        assertEquals(Set.of(), m.writtenIn(lex("x^A"), NONE));
        assertEquals(Set.of(), m.writtenIn(lex("A(x)"), NONE));
        assertEquals(Set.of(), m.writtenIn(lex("\\mathcal{A}"), NONE));
        assertEquals(Set.of(), m.writtenIn(lex("B"), NONE));
        // a remembered capital before another letter is a factor where that letter is a matrix too (PV of a declared V)
        assertEquals(Set.of(), m.writtenIn(lex("AV"), NONE));
        assertEquals(Set.of("A"), m.writtenIn(lex("AV"), "V"::equals));
        m.clear();
        assertEquals(Set.of(), m.writtenIn(lex("W"), NONE));
    }

    @Test
    void aSideAloneIsOneCapital() {
        assertEquals("H", MatrixCapitals.alone(lex("H")));
        assertEquals("H", MatrixCapitals.alone(lex("{H}")));
        assertNull(MatrixCapitals.alone(lex("h")));
        assertNull(MatrixCapitals.alone(lex("H_1")));
        assertNull(MatrixCapitals.alone(lex("2H")));
    }
}
