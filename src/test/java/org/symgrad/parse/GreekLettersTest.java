package org.symgrad.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Sym;
import org.symgrad.print.Printer;

/**
 * Issue 14, item 6: every Greek letter U+0391–U+03C9 follows one rule ({@link GreekLetters}). A
 * letter with a glyph of its own is a symbol that prints back as itself and re-parses; a letter
 * that looks like a Latin one is rejected with a caret and the Latin letter to write; the final
 * sigma is σ.
 */
class GreekLettersTest {
    /** The letters that look like Latin ones, and that Latin letter. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('ο', 'o'), Map.entry('Α', 'A'), Map.entry('Β', 'B'), Map.entry('Ε', 'E'), Map.entry('Ζ', 'Z'),
            Map.entry('Η', 'H'), Map.entry('Ι', 'I'), Map.entry('Κ', 'K'), Map.entry('Μ', 'M'), Map.entry('Ν', 'N'),
            Map.entry('Ο', 'O'), Map.entry('Ρ', 'P'), Map.entry('Τ', 'T'), Map.entry('Χ', 'X'));

    @Test
    void everyGreekLetterIsAcceptedOrRejectedByTheOneRule() {
        int accepted = 0;
        for (char c = '\u0391'; c <= '\u03C9'; c++) {
            if (c > '\u03A9' && c < '\u03B1') {
                continue; // accented letters and tonos, not letters of the alphabet
            }
            String text = "2*" + c + " + 1";
            if (c == '\u03A2') {
                InputException e = assertThrows(InputException.class, () -> Parser.parseExpression(text));
                assertTrue(e.getMessage().startsWith("unknown character"), e.getMessage());
                continue;
            }
            if (LOOK_ALIKES.containsKey(c)) {
                char latin = LOOK_ALIKES.get(c);
                char letter = c;
                InputException e = assertThrows(InputException.class, () -> Parser.parseExpression(text),
                        () -> "U+" + Integer.toHexString(letter) + " looks like " + latin);
                assertTrue(e.getMessage().contains("looks like the Latin letter '" + latin + "'; write " + latin),
                        e.getMessage());
                assertEquals(3, e.span().orElseThrow().column(), e.describe());
                assertTrue(e.describe().endsWith("\n    ^"), e.describe());
                continue;
            }
            if (c == 'Σ') {
                // the summation sign, not a symbol
                assertTrue(Parser.parseExpression("Σ_k x_k") instanceof org.symgrad.expr.IndexSum);
                accepted++;
                continue;
            }
            Expr e = Parser.parseExpression(String.valueOf(c));
            Sym symbol = (Sym) e;
            String expected = c == 'ς' ? "σ" : String.valueOf(c);
            assertEquals(expected, Printer.unicode(symbol), () -> symbol.name() + " prints as another letter");
            assertEquals(symbol, Parser.parseExpression(Printer.unicode(symbol)), "Unicode output re-parses");
            assertEquals(symbol, Parser.parseExpression(Printer.ascii(symbol)), "ASCII output re-parses");
            accepted++;
        }
        assertEquals(24 + 1 - 1 + 11, accepted, "the 24 small letters and the final sigma but omicron, 11 capitals");
    }

    @Test
    void finalSigmaIsSigma() {
        assertEquals(new Sym("sigma"), Parser.parseExpression("ς"));
        assertEquals(Parser.parseExpression("σ(x) + σ"), Parser.parseExpression("ς(x) + ς"));
        assertTrue(Parser.parseExpression("ς(x)") instanceof Fn);
    }

    @Test
    void omicronIsRejectedWhereverItIsWritten() {
        for (String text : new String[] {"ο", "x_ο", "ο(x)", "sum_ο x_ο", "exp(2ο)"}) {
            InputException e = assertThrows(InputException.class, () -> Parser.parseExpression(text), text);
            assertTrue(e.getMessage().contains("Greek small letter Omicron 'ο' (U+03BF) looks like the Latin letter 'o'"),
                    e.getMessage());
        }
    }

    @Test
    void theNamesOfLookAlikesStayWords() {
        // typed in ASCII they are ordinary multi-letter names, printed as such (not as 'o' or 'A')
        assertEquals("omicron + o", Printer.unicode(Parser.parseExpression("omicron + o")));
        assertEquals("\\mathrm{Alpha}", Printer.latex(Parser.parseExpression("Alpha")));
    }

    @Test
    void theLatexCommandsAreTheAcceptedLettersWithTheirVariantForms() {
        // the commands the LaTeX lexer reads as Greek letters, small letters first, each followed by its variant form
        assertEquals(List.of("alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta",
                "iota", "kappa", "varkappa", "lambda", "mu", "nu", "xi", "pi", "varpi", "rho", "varrho", "sigma", "varsigma", "tau",
                "upsilon", "phi", "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma",
                "Upsilon", "Phi", "Psi", "Omega"), GreekLetters.COMMANDS);
        assertEquals(String.join("|", GreekLetters.COMMANDS), GreekLetters.ALTERNATION);
    }
}
