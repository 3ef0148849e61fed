package org.symgrad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;

/**
 * The standalone LaTeX document (issue 12.1): a heading per statement, the script's definitions
 * and assumptions typeset before the statements they serve, derivations that may break across
 * pages, long rows broken at their terms, checks marked rather than dumped verbatim, and "where"
 * before the sub-derivations. (That every gallery document compiles without an overfull box is
 * {@code LatexDocumentCompilesTest}.)
 */
class DocumentsTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("examples");

    private static String document(String script) throws IOException {
        return Symgrad.script(Files.readString(EXAMPLES.resolve(script))).latexDocument();
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void definitionsAndAssumptionsAreTypesetBeforeTheDerivation() throws IOException {
        String tex = document("two-layer-network.sg");
        int given = tex.indexOf("Given\n\\begin{align*}\n");
        int derivation = tex.indexOf("\\frac{\\partial E}{\\partial W_{ab}} &= ");
        assertTrue(given > 0 && given < derivation, tex);
        for (String row : List.of("h_u &= \\sigma(\\mathrm{z1}_u) \\tag*{(definition)}",
                "\\sum_{k} t_k &= 1 \\tag*{(assumption)}", "E &= -\\sum_{k} t_k \\log y_k \\tag*{(definition)}")) {
            int at = tex.indexOf(row);
            assertTrue(at > given && at < derivation, row + " in\n" + tex);
        }
    }

    @Test
    void eachStatementHasAHeading() throws IOException {
        String tex = document("linear-layer.sg");
        assertEquals(2, count(tex, "\\section*{"), tex);
        assertTrue(tex.contains("\\section*{Derivative of $y_i$ with respect to $W_{kl}$}"), tex);
        assertEquals(4, count(document("identities.sg"), "\\section*{Check}"));
    }

    @Test
    void derivationsMayBreakAcrossPages() throws IOException {
        String tex = document("two-layer-network.sg");
        assertTrue(tex.substring(0, tex.indexOf("\\begin{document}")).contains("\\allowdisplaybreaks\n"), tex);
    }

    @Test
    void whereComesBeforeTheSubDerivations() throws IOException {
        String tex = document("log-softmax.sg");
        String main = "\\frac{\\partial \\log y_i}{\\partial x_j} &= ";
        assertEquals(1, count(tex, main), tex);
        int where = tex.indexOf("where\n\\begin{align*}\n");
        int inner = tex.indexOf("\\frac{\\partial ", where);
        assertTrue(tex.indexOf(main) < where && where < inner, tex);
    }

    @Test
    void checksAreMarkedNotVerbatim() throws IOException {
        String tex = Symgrad.script("check sigma(x) = 1/(1+exp(-x))\ncheck x^2 = 2*x\n").latexDocument();
        assertFalse(tex.contains("verbatim"), tex);
        assertTrue(tex.contains("\\item[$\\checkmark$] $\\displaystyle \\sigma(x) = \\frac{1}{1 + e^{-x}}$ \\quad"
                + " (proven)"), tex);
        assertTrue(tex.contains("\\item[$\\times$] $\\displaystyle x^2 = 2 x$ \\quad (false: at x = "), tex);
    }

    @Test
    void aLongRowBreaksAtItsTopLevelTermsWithAnIndent() {
        List<String> terms = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            terms.add((i == 1 ? "" : i % 2 == 0 ? " - " : " + ") + "\\frac{a_{" + i + "}}{b_{" + i + "}}");
        }
        String joined = String.join("", terms);
        String align = new DisplayRows().add("E", terms, "definition").alignStar();
        String[] lines = align.split(" \\\\\\\\\n");
        assertTrue(lines.length >= 3, align);
        assertTrue(lines[0].startsWith("\\begin{align*}\nE &= \\frac{a_{1}}{b_{1}}"), align);
        assertTrue(lines[0].endsWith("\\tag*{(definition)}"), align);
        StringBuilder again = new StringBuilder(lines[0].substring("\\begin{align*}\nE &= ".length(),
                lines[0].length() - " \\tag*{(definition)}".length()));
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].replace("\n\\end{align*}\n", "");
            assertTrue(line.startsWith("  &\\qquad {}+ ") || line.startsWith("  &\\qquad {}- "), line);
            again.append(' ').append(line.substring("  &\\qquad {}".length()));
        }
        assertEquals(joined, again.toString(), "the lines hold the terms in order, nothing lost");
        for (String line : RowBreaks.lines(terms, DisplayRows.TEXT_WIDTH - RowBreaks.width("E"))) {
            assertTrue(RowBreaks.width(line) < DisplayRows.TEXT_WIDTH, line);
        }
    }

    @Test
    void aTermTooWideBreaksInsideItsWidestBracketWithBalancedDelimiters() {
        StringBuilder inner = new StringBuilder("\\frac{c_{0}}{d}");
        for (int i = 1; i < 30; i++) {
            inner.append(" + \\frac{c_{").append(i).append("}}{d}");
        }
        String term = "\\frac{1}{2} \\left(" + inner + "\\right)";
        List<String> lines = RowBreaks.lines(List.of(term), 400);
        assertTrue(lines.size() >= 2, lines.toString());
        assertTrue(lines.get(0).startsWith("\\frac{1}{2} \\left(\\frac{c_{0}}{d}"), lines.get(0));
        assertTrue(lines.get(0).endsWith(" \\right."), lines.get(0));
        assertTrue(lines.get(lines.size() - 1).startsWith("\\left.{} + "), lines.get(lines.size() - 1));
        assertTrue(lines.get(lines.size() - 1).endsWith("\\right)"), lines.get(lines.size() - 1));
        for (String line : lines) {
            assertEquals(count(line, "\\left"), count(line, "\\right"), line);
            assertTrue(RowBreaks.width(line) <= 400, line);
        }
    }

    @Test
    void nothingBreaksInsideAFractionOrAnEnvironment() {
        String sum = "a_{1} + a_{2} + a_{3} + a_{4} + a_{5} + a_{6} + a_{7} + a_{8} + a_{9} + a_{10}";
        for (String term : List.of("\\frac{\\left(" + sum + "\\right)}{b}",
                "\\begin{cases} \\left(" + sum + "\\right) & \\text{if } x < 0 \\\\ 0 & \\text{otherwise} \\end{cases}")) {
            assertEquals(List.of(term), RowBreaks.lines(List.of(term), 50));
        }
    }

    @Test
    void balancingAddsNullDelimitersOnly() {
        assertEquals("a \\left(b \\right.", RowBreaks.balanced("a \\left(b"));
        assertEquals("\\left.{} + c\\right)", RowBreaks.balanced(" + c\\right)"));
        assertEquals("\\left(x\\right)", RowBreaks.balanced("\\left(x\\right)"));
        assertEquals("\\leftarrow", RowBreaks.balanced("\\leftarrow"));
    }

    @Test
    void theWidthEstimateGrowsWithEveryTermAndShrinksInScripts() {
        Random random = new Random(12);
        String latex = "x";
        double before = LatexWidth.of(latex);
        for (int i = 0; i < 20; i++) {
            latex += (random.nextBoolean() ? " + " : " - ") + (random.nextBoolean() ? "y_{" + i + "}" : "\\frac{a}{b_{" + i + "}}");
            double now = LatexWidth.of(latex);
            assertTrue(now > before, latex);
            before = now;
        }
        assertTrue(LatexWidth.of("\\frac{a + b + c}{d}") < LatexWidth.of("a + b + c") + 5);
        assertTrue(LatexWidth.of("x_{abc}") < LatexWidth.of("x abc"));
    }
}
