package org.symgrad.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;

/** Properties over seeded random expressions of every node kind. */
class PrinterPropertyTest {
    private static final int CASES = 2000;

    @Test
    void printingIsDeterministic() {
        RandomExprs first = new RandomExprs(42);
        RandomExprs second = new RandomExprs(42);
        for (int n = 0; n < CASES; n++) {
            Expr a = first.next(4);
            Expr b = second.next(4);
            assertEquals(Printer.ascii(a), Printer.ascii(a));
            assertEquals(Printer.ascii(a), Printer.ascii(b));
            assertEquals(Printer.unicode(a), Printer.unicode(b));
            assertEquals(Printer.latex(a), Printer.latex(b));
        }
    }

    @Test
    void latexBracesAndDelimitersBalance() {
        RandomExprs gen = new RandomExprs(7);
        for (int n = 0; n < CASES; n++) {
            Expr e = gen.next(4);
            String latex = Printer.latex(e);
            assertTrue(balanced(latex, '{', '}'), () -> "braces in " + latex + " for " + e);
            assertTrue(balanced(latex.replace("\\left(", "(").replace("\\right)", ")"), '(', ')'),
                    () -> "parentheses in " + latex);
            assertEquals(count(latex, "\\left("), count(latex, "\\right)"), () -> "\\left( \\right) in " + latex);
            assertEquals(count(latex, "\\left|"), count(latex, "\\right|"), () -> "\\left| \\right| in " + latex);
            assertFalse(doubleScript(latex), () -> "double superscript or subscript in " + latex);
        }
    }

    @Test
    void asciiIsPlainBalancedAndShowsSignsOnce() {
        RandomExprs gen = new RandomExprs(11);
        for (int n = 0; n < CASES; n++) {
            Expr e = gen.next(4);
            String ascii = Printer.ascii(e);
            assertTrue(ascii.chars().allMatch(c -> c >= 0x20 && c < 0x7f), () -> "non-ASCII in " + ascii);
            assertTrue(balanced(ascii, '(', ')'), () -> "parentheses in " + ascii);
            assertTrue(balanced(ascii, '{', '}'), () -> "braces in " + ascii);
            for (String bad : new String[] {"--", "+ -", "- -", "*-", "^-", "/-", "+ +"}) {
                assertFalse(ascii.contains(bad), () -> "'" + bad + "' in " + ascii + " for " + e);
            }
        }
    }

    @Test
    void unicodeParenthesesBalance() {
        RandomExprs gen = new RandomExprs(13);
        for (int n = 0; n < CASES; n++) {
            Expr e = gen.next(4);
            String text = Printer.unicode(e);
            assertTrue(balanced(text, '(', ')'), () -> "parentheses in " + text);
            assertFalse(text.contains("−−") || text.contains("+ −"), () -> "doubled sign in " + text);
        }
    }

    @Test
    void negatingPrintsOneMinus() {
        RandomExprs gen = new RandomExprs(17);
        for (int n = 0; n < CASES; n++) {
            Expr e = gen.next(3);
            String plain = Printer.ascii(e);
            String minus = Printer.ascii(Exprs.neg(e));
            assertTrue(!minus.startsWith("--"), () -> minus);
            // one minus sign is added, or one is taken away when e already printed with a leading one
            assertTrue(minus.startsWith("-") || minus.startsWith("(-") || minus.matches("^\\d.*")
                    || minus.startsWith("0") || plain.startsWith("-"), () -> plain + " negated: " + minus);
        }
    }

    @Test
    void doubleScriptCheckerSeesDoubleScripts() {
        assertTrue(doubleScript("W^{(1)}^2"));
        assertTrue(doubleScript("W^{(1)}_{ij}^2"));
        assertTrue(doubleScript("x_i_j"));
        assertTrue(doubleScript("\\frac{x^2^3}{y}"));
        assertFalse(doubleScript("{W^{(1)}_{ij}}^2"));
        assertFalse(doubleScript("(e^{x})^2 x_i^2 \\sigma(x)^{2}"));
    }

    /**
     * Whether some nucleus carries two superscripts or two subscripts, which TeX rejects. Spaces do
     * not end a nucleus; any other character, command or closed group starts a new one.
     */
    static boolean doubleScript(String s) {
        boolean sup = false;
        boolean sub = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '^' || c == '_') {
                if (c == '^' ? sup : sub) {
                    return true;
                }
                if (c == '^') {
                    sup = true;
                } else {
                    sub = true;
                }
                i++;
                while (i < s.length() && s.charAt(i) == ' ') {
                    i++;
                }
                int end = argumentEnd(s, i);
                if (s.charAt(i) == '{' && doubleScript(s.substring(i + 1, end - 1))) {
                    return true;
                }
                i = end;
            } else if (c == ' ') {
                i++;
            } else {
                int end = argumentEnd(s, i);
                if (c == '{' && doubleScript(s.substring(i + 1, end - 1))) {
                    return true;
                }
                sup = false;
                sub = false;
                i = end;
            }
        }
        return false;
    }

    /** End of the argument starting at {@code i}: a braced group, a control word, or one character. */
    private static int argumentEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '{') {
            int depth = 0;
            for (int j = i; j < s.length(); j++) {
                if (s.charAt(j) == '{') {
                    depth++;
                } else if (s.charAt(j) == '}' && --depth == 0) {
                    return j + 1;
                }
            }
            return s.length();
        }
        if (c == '\\') {
            int j = i + 1;
            while (j < s.length() && Character.isLetter(s.charAt(j))) {
                j++;
            }
            return Math.max(j, i + 2);
        }
        return i + 1;
    }

    private static boolean balanced(String s, char open, char close) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
