package org.symgrad.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.error.InputException;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Restricted;
import org.symgrad.parse.Parser;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.simplify.Simplifier;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * Restricted reductions {@code Π_{k≠j} B} and {@code Σ_{k≠j} B} (issue 9): every spelling reads as the
 * δ form the core holds, every printer recognises that form in any order of terms and factors and
 * either orientation of δ, and what it prints reads back to the same value at every index assignment
 * and to the same normal form.
 */
class RestrictedReductionTest {
    private static Expr parse(String text) {
        return Parser.parseExpression(text);
    }

    private static Expr latex(String text) {
        return LatexReader.read(text).expr().orElseThrow(() -> new AssertionError("unreadable: " + text));
    }

    @Test
    void everySpellingOfAProductReadsAsItsDeltaForm() {
        Expr blend = parse("prod(k, delta(j,k) + (1 - delta(j,k))*x_k^2)");
        for (String spelling : List.of("prod(k != j, x_k^2)", "prod (k != j, x_k^2)", "prod_{k != j} x_k^2",
                "prod_{k!=j} x_k^2", "∏_{k≠j} x_k²", "Π_{k≠j} x_k^2", "prod(k ≠ j, x_k^2)")) {
            assertEquals(blend, parse(spelling), spelling);
        }
        for (String spelling : List.of("\\prod_{k \\neq j} x_k^2", "\\prod_{k\\ne j} x_k^2", "\\prod_{k \\ne j}{x_k^2}")) {
            assertEquals(blend, latex(spelling), spelling);
        }
        assertEquals(Restricted.product("k", "j", parse("1"), parse("n"), parse("x_k^2")), blend);
    }

    @Test
    void everySpellingOfASumReadsAsItsDeltaForm() {
        Expr blend = parse("sum(k, (1 - delta(j,k))*y_k*p_i)");
        for (String spelling : List.of("sum(k != j, y_k*p_i)", "sum_{k != j} y_k p_i", "∑_{k≠j} y_k p_i",
                "Σ_{k≠j} y_k p_i")) {
            assertEquals(blend, parse(spelling), spelling);
        }
        Expr fromLatex = latex("\\sum_{k \\neq j} y_k p_i");
        assertEquals(Simplifier.simplifyPlain(blend), Simplifier.simplifyPlain(fromLatex));
    }

    @Test
    void aRangeFromOneWithAnUpperLimitReadsAsSumsAndProductsWithLimitsDo() {
        Expr blend = parse("prod(k, 1, 3, delta(j,k) + (1 - delta(j,k))*x_k)");
        for (String spelling : List.of("prod(k != j, 1, 3, x_k)", "prod_{k != j}^{3} x_k", "∏_{k≠j}^{3} x_k")) {
            assertEquals(blend, parse(spelling), spelling);
        }
        assertEquals(blend, latex("\\prod_{k \\neq j}^{3} x_k"));
        assertEquals(parse("sum(k, 1, m, (1 - delta(j,k))*x_k)"), parse("sum_{k != j}^{m} x_k"));
    }

    @Test
    void aFixedLabelOrANumberMayBeLeftOut() {
        assertEquals(parse("prod(k, delta(o,k) + (1 - delta(o,k))*x_k)"), parse("prod(k != o, x_k)"));
        assertEquals(parse("sum(k, (1 - delta(2,k))*x_k)"), parse("sum_{k != 2} x_k"));
        assertEquals("prod(k != 2, x_k)", Printer.ascii(parse("prod(k != 2, x_k)")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            prod(k, delta(j,k) + x_k*(1 - delta(j,k)))         | prod(k != j, x_k)        | ∏_{k≠j} x_k          | \\prod_{k \\neq j} x_k
            prod(k, x_k + delta(k,j)*(1 - x_k))                | prod(k != j, x_k)        | ∏_{k≠j} x_k          | \\prod_{k \\neq j} x_k
            prod(k, (1 - delta(k,j))*x_k + delta(j,k))         | prod(k != j, x_k)        | ∏_{k≠j} x_k          | \\prod_{k \\neq j} x_k
            prod(k, delta(j,k) + x_k - delta(j,k)*x_k)         | prod(k != j, x_k)        | ∏_{k≠j} x_k          | \\prod_{k \\neq j} x_k
            prod(k, x_k^2 + delta(j,k)*(1 - x_k^2))            | prod(k != j, x_k^2)      | ∏_{k≠j} x_k²         | \\prod_{k \\neq j} x_k^2
            prod(k, delta(j,k) + (1 - delta(j,k))*(1 + W_{ik}))| prod(k != j, 1 + W_{ik}) | ∏_{k≠j} (1 + W_ik)   | \\prod_{k \\neq j} (1 + W_{ik})
            sum(k, (1 - delta(j,k))*x_k)                       | sum(k != j, x_k)         | Σ_{k≠j} x_k          | \\sum_{k \\neq j} x_k
            sum(k, x_k - delta(k,j)*x_k)                       | sum(k != j, x_k)         | Σ_{k≠j} x_k          | \\sum_{k \\neq j} x_k
            sum(k, y_k*(1 - delta(i,k))*p_i)                   | sum(k != i, y_k*p_i)     | Σ_{k≠i} y_k p_i      | \\sum_{k \\neq i} y_k p_i
            prod(k, 1, 3, delta(j,k) + x_k*(1 - delta(j,k)))   | prod(k != j, 1, 3, x_k)  | ∏_{k≠j}^{3} x_k      | \\prod_{k \\neq j}^{3} x_k
            sum(k, 1, m, (1 - delta(j,k))*x_k)                 | sum(k != j, 1, m, x_k)   | Σ_{k≠j}^{m} x_k      | \\sum_{k \\neq j}^{m} x_k
            """)
    void everyPrinterShowsTheRestriction(String blend, String ascii, String unicode, String latex) {
        Expr e = parse(blend);
        assertEquals(ascii, Printer.ascii(e));
        assertEquals(unicode, Printer.unicode(e));
        assertEquals(latex, Printer.latex(e));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            prod(k, x_k + delta(j,k))                  | prod(k, x_k + delta(j,k))
            prod(k, delta(j,k)*x_k)                    | prod(k, delta(j,k)*x_k)
            sum(k, delta(j,k)*x_k)                     | sum(k, delta(j,k)*x_k)
            sum(k, (2 - delta(j,k))*x_k)               | sum(k, x_k*(2 - delta(j,k)))
            prod(k, delta(k,k) + x_k*(1 - delta(k,k))) | prod(k, delta(k,k) + x_k*(1 - delta(k,k)))
            prod_{k=2}^{3} (delta(j,k) + x_k*(1 - delta(j,k))) | prod_{k=2}^{3} (delta(j,k) + x_k*(1 - delta(j,k)))
            """)
    void onlyABodyThatIsOneOrZeroAtTheLeftOutIndexIsRestricted(String text, String printed) {
        assertEquals(printed, Printer.ascii(parse(text)));
        assertFalse(Printer.unicode(parse(text)).contains("≠"), Printer.unicode(parse(text)));
    }

    /** Inputs and derivatives that hold restricted reductions, printed and read back in every notation with a reader. */
    private static final List<String> ROUND_TRIP = List.of("prod(k != j, x_k)", "prod(k != j, x_k^2 + y)",
            "y*prod(k != i, 1 + W_{ik}*x_k) - sum(k != i, x_k*W_{ik})", "prod(k != j, sum(m != k, x_m))",
            "exp(prod_{k != j} x_k) * sum_{k != o} y_k", "prod(k, x_k)", "sum(k, x_k*prod(m != k, x_m))",
            "prod(k != j, 1, 3, x_k + y) + sum_{k != i}^{3} x_k", "prod(k, 1, 3, exp(y*x_k))");

    @Test
    void printedFormsReadBackToTheSameValueAndNormalForm() {
        for (String text : ROUND_TRIP) {
            Expr e = parse(text);
            Expr d = Simplifier.simplifyPlain(org.symgrad.diff.Differentiator.diff(e, parse("x_j")));
            for (Expr x : List.of(e, d)) {
                assertReadsBack(x, Printer::ascii, RestrictedReductionTest::parse);
                assertReadsBack(x, Printer::unicode, RestrictedReductionTest::parse);
                assertReadsBack(x, Printer::latex, RestrictedReductionTest::latex);
            }
        }
    }

    private static void assertReadsBack(Expr e, Function<Expr, String> print, Function<String, Expr> read) {
        String printed = print.apply(e);
        Expr back = read.apply(printed);
        EveryIndexAssignment.assertSameEverywhere(printed + " read back", e, back, RestrictedReductionTest::environment);
        assertEquals(Simplifier.simplifyPlain(e), Simplifier.simplifyPlain(back), printed);
    }

    private static Environment environment(long seed, int n) {
        return Environment.random(seed, n);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "prod(k != , x_k)"  | 11 | unexpected ','
            "prod(k != k, x_k)" | 6  | leaves out every value
            "sum_{k != k} x_k"  | 6  | leaves out every value
            "prod(k !=)"        | 10 | unexpected ')'
            "prod(k != j)"      | 1  | prod takes (k != j, body) or (k != j, lower, upper, body), got only the restriction
            "sum_{k != } x_k"   | 11 | unexpected '}'
            "where(k != j, a, b)" | 7 | only sum and prod take a restriction
            """)
    void aMalformedRestrictionIsAClearErrorAtItsColumn(String text, int column, String message) {
        InputException e = assertThrows(InputException.class, () -> parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(column, e.span().orElseThrow().column(), e.describe());
        assertEquals(1, e.span().orElseThrow().line(), e.describe());
        assertTrue(e.describe().endsWith("\n" + " ".repeat(column + 1) + "^".repeat(e.span().orElseThrow().length())),
                "a caret under the text: " + e.describe());
    }

    @Test
    void aLatexProductThatLeavesOutItsOwnIndexIsAnError() {
        assertTrue(LatexReader.read("\\prod_{k \\neq k} x_k").problem().orElseThrow().getMessage()
                .contains("leaves out every value"));
    }
}
