package org.symgrad.parse.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link BroadcastScalars#subscripted}, which searches a document once for every name it writes with a subscript,
 * answers as the search for the one name does ({@code (?<![\\a-zA-Z])NAME(?![a-zA-Z])\s*\}?\s*_}), on random
 * documents made of the pieces that decide it (letters, commands, fonts' braces, spaces, subscripts), the same
 * document asked again and again as the reader asks it.
 */
class SubscriptedNamesTest {
    private static final List<String> PIECES = List.of("c", "x", "i", "ab", "C", "\\lambda", "\\alpha", "\\mathbf{", "\\bm",
            "{", "}", "_", "_i", "_{ij}", " ", "  ", "\n", "\\", "\\\\", "+", "-", "=", "2", "^", "(", ")", "\\sum", "\\cdot",
            "λ", "$");
    private static final List<String> NAMES = List.of("c", "x", "i", "a", "b", "ab", "C", "\\lambda", "\\alpha", "lambda",
            "\\mathbf", "\\bm", "bm", "\\sum", "sum", "\\cdot", "\\", "λ", "c_", "x+c", "");

    /** The search for one name, as the reader made it before. */
    private static boolean searched(String document, String name) {
        return Pattern.compile("(?<![\\\\a-zA-Z])" + Pattern.quote(name) + "(?![a-zA-Z])\\s*\\}?\\s*_").matcher(document).find();
    }

    @Test
    void everyNameIsAnsweredAsItsOwnSearchAnswers() {
        Random random = new Random(20261203);
        int subscripted = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder document = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int k = 0; k < length; k++) {
                document.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = document.toString();
            for (String name : NAMES) {
                boolean expected = searched(text, name);
                subscripted += expected ? 1 : 0;
                assertEquals(expected, BroadcastScalars.subscripted(text, name), () -> "'" + name + "' in '" + text + "'");
            }
        }
        // the generator reaches both answers often
        assertTrue(subscripted > 1000, "subscripted names: " + subscripted);
    }

    @Test
    void theExamplesOfTheDocumentation() {
        assertTrue(BroadcastScalars.subscripted("y = c_i + x", "c"));
        assertTrue(BroadcastScalars.subscripted("\\mathbf{c}_i", "c"));
        assertTrue(BroadcastScalars.subscripted("\\mathbf{c_i}", "c"));
        assertTrue(BroadcastScalars.subscripted("\\lambda _{k}", "\\lambda"));
        assertFalse(BroadcastScalars.subscripted("\\lambda _{k}", "lambda"));
        assertFalse(BroadcastScalars.subscripted("abc_i", "c"));
        assertFalse(BroadcastScalars.subscripted("x_j + c", "c"));
    }
}
