package org.symgrad.parse.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link SubscriptedNames}, which reads a text once for every name it writes with a subscript, answers as a search for
 * the one name does, on random texts made of the pieces that decide it (letters, commands, escaped backslashes, fonts'
 * braces, spaces, subscripts), the same text asked again and again as the readers ask it. The search for one name
 * first turns each escaped backslash {@code \\} (a line break) into a mark that is neither a letter nor a backslash;
 * then a command {@code \lambda} is any {@code \lambda} left, whatever stands before it, and a plain name one that no
 * letter or backslash stands before.
 */
class SubscriptedNamesTest {
    private static final List<String> PIECES = List.of("c", "x", "i", "ab", "C", "\\lambda", "\\alpha", "\\mathbf{", "\\bm",
            "{", "}", "_", "_i", "_{ij}", " ", "  ", "\n", "\\", "\\\\", "+", "-", "=", "2", "^", "(", ")", "\\sum", "\\cdot",
            "λ", "$");
    private static final List<String> NAMES = List.of("c", "x", "i", "a", "b", "ab", "C", "\\lambda", "\\alpha", "lambda",
            "\\mathbf", "\\bm", "bm", "\\sum", "sum", "\\cdot", "\\", "λ", "c_", "x+c", "");
    private static final Pattern NAME = Pattern.compile("\\\\?[a-zA-Z]+");

    /** The search for one name. */
    private static boolean searched(String text, String name) {
        String after = "(?![a-zA-Z])\\s*\\}?\\s*_";
        if (!NAME.matcher(name).matches()) {
            return Pattern.compile("(?<![\\\\a-zA-Z])" + Pattern.quote(name) + after).matcher(text).find();
        }
        String marked = text.replace("\\\\", "##");
        String before = name.startsWith("\\") ? "" : "(?<![\\\\a-zA-Z])";
        return Pattern.compile(before + Pattern.quote(name) + after).matcher(marked).find();
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
                assertEquals(expected, SubscriptedNames.writes(text, name), () -> "'" + name + "' in '" + text + "'");
            }
        }
        // the generator reaches both answers often
        assertTrue(subscripted > 1000, "subscripted names: " + subscripted);
    }

    @Test
    void theExamplesOfTheDocumentation() {
        assertTrue(SubscriptedNames.writes("y = c_i + x", "c"));
        assertTrue(SubscriptedNames.writes("\\mathbf{c}_i", "c"));
        assertTrue(SubscriptedNames.writes("\\mathbf{c_i}", "c"));
        assertTrue(SubscriptedNames.writes("\\mathbf{u}_i", "u"));
        assertTrue(SubscriptedNames.writes("\\lambda _{k}", "\\lambda"));
        assertFalse(SubscriptedNames.writes("\\lambda _{k}", "lambda"));
        assertFalse(SubscriptedNames.writes("abc_i", "c"));
        assertFalse(SubscriptedNames.writes("x_j + c", "c"));
        assertFalse(SubscriptedNames.writes("\\mu_j", "u"));
        // a command after a letter, a name after a line break
        assertTrue(SubscriptedNames.writes("2a\\lambda_k", "\\lambda"));
        assertTrue(SubscriptedNames.writes("a \\\\x_i", "x"));
        assertTrue(SubscriptedNames.writes("\\\\\\lambda_k", "\\lambda"));
        // a formula's name, written as a letter or as a command
        assertTrue(SubscriptedNames.writesLetterOrCommand("2a\\mu_j", "mu"));
        assertTrue(SubscriptedNames.writesLetterOrCommand("x_j", "x"));
        assertFalse(SubscriptedNames.writesLetterOrCommand("\\mu_j", "u"));
        assertFalse(SubscriptedNames.writesLetterOrCommand("s(x + c)_i", "c"));
    }
}
