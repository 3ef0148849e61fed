package org.symgrad.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written spelling checks of {@link Names} and {@link Index} against the regular expressions they stand for. */
class NamesTest {
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\^\\([A-Za-z0-9]+\\))?");
    private static final Pattern FUNCTION = Pattern.compile("[A-Za-z][A-Za-z0-9]*(_[A-Za-z][A-Za-z0-9]*)*'*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** Every character class the spellings tell apart, and (more often) the few that make names. */
    private static final List<String> ALPHABETS = List.of("aZx09_^()'.- σé", "a1^()_'", "a1");

    @Test
    void writtenNamesReadAsTheRegularExpressionsReadThem() {
        for (String s : List.of("", "x", "W1", "W^(1)", "W^()", "W^(1", "W^1)", "^(1)", "W^(a1)x", "x_y", "x_", "_x", "x__y",
                "x_1", "12", "0", "1a", "f'", "f''", "f_g'", "f'_g", "f_g_h2''", "1x", "σ", "x^(1)'", "W^(1)^(2)")) {
            assertEquals(SYMBOL.matcher(s).matches(), Names.isSymbolName(s), () -> "symbol '" + s + "'");
            assertEquals(FUNCTION.matcher(s).matches(), Names.isFunctionName(s), () -> "function '" + s + "'");
            assertEquals(WORD.matcher(s).matches(), Index.isSymbolic(s), () -> "symbolic index '" + s + "'");
            assertEquals(DIGITS.matcher(s).matches(), Index.isConcrete(s), () -> "concrete index '" + s + "'");
        }
        Random random = new Random(34);
        for (int n = 0; n < 200_000; n++) {
            String alphabet = ALPHABETS.get(random.nextInt(ALPHABETS.size()));
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(SYMBOL.matcher(s).matches(), Names.isSymbolName(s), () -> "symbol '" + s + "'");
            assertEquals(FUNCTION.matcher(s).matches(), Names.isFunctionName(s), () -> "function '" + s + "'");
            assertEquals(WORD.matcher(s).matches(), Index.isSymbolic(s), () -> "symbolic index '" + s + "'");
            assertEquals(DIGITS.matcher(s).matches(), Index.isConcrete(s), () -> "concrete index '" + s + "'");
        }
    }

    @Test
    void nodesStillRefuseBadNames() {
        assertTrue(Names.isSymbolName("W^(1)"));
        assertFalse(Names.isFunctionName("W^(1)"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Sym("1x"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Fn("f g", List.of(new Sym("x"))));
    }
}
