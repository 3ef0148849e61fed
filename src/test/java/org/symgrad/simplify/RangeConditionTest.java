package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.derive.Deriver;
import org.symgrad.error.InputException;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indices;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * Contraction with affine indices states the range condition where it is not always met (SPEC §9,
 * convolution gradients): {@code Σ_i G_i δ_{i+k,j} = G_{j-k}·[1 ≤ j-k ≤ n]}. Every result equals
 * the input (or a central finite difference of it) at every assignment of its free indices for
 * n = 3 and 4, kernel width K = 2, so solutions that leave the sum's range are compared too; the
 * bracket prints in ASCII, Unicode and LaTeX and reads back from ASCII and Unicode.
 */
class RangeConditionTest {
    private static Environment environment(long seed, int n) {
        return Environment.random(seed, n).withScalar("K", 2);
    }

    private static void assertSameEverywhere(String what, Expr expected, Expr actual) {
        EveryIndexAssignment.assertSameEverywhere(what, expected, actual, (p, n) -> environment(11 + p, n));
    }

    /** The printed result reads back, in ASCII and in Unicode, as an expression of the same value. */
    private static void assertReadsBack(String what, Expr e) {
        for (String printed : List.of(Printer.ascii(e), Printer.unicode(e))) {
            Expr read = Parser.parseExpression(printed);
            assertSameEverywhere("read back " + what + " from " + printed, e, read);
            assertEquals(Printer.ascii(e), Printer.ascii(read), "reads back as printed: " + printed);
        }
    }

    @ParameterizedTest(name = "d/d{1} {0}")
    @CsvSource(delimiter = '|', textBlock = """
            sum_i G_i*x_{i+k}                               | x_j  | G_{j-k}*[1 <= j-k <= n]
            sum_k x_{k-1}*y_k                               | x_j  | y_{j+1}*[1 <= j+1 <= n]
            sum_i sum_k w_k*x_{i+k}                         | x_j  |
            sum_i G_i*sum_{m=1}^{K} a_{i+m}*w_m             | a_t  |
            sum_i (x_{i+1} - x_i)^2                         | x_k  |
            sum_t sum_m (W_{t-m}*u_m)^2                     | W_c  |
            sum_t sum_m (W_{t-m}*u_m)^2                     | u_c  |
            sum_i sum_j G_ij*sum_p sum_q A_{i+p,j+q}*W_pq    | A_ab |
            sum_i x_{2*i}*y_i                               | x_j  |
            sum_i G_i*x_{i+k}*[1 <= i+k <= n]               | x_j  |
            sum_m G_m*sum_{k=1}^{K} w_k*x_{(m-1)*s+k}       | x_t  | sum(m, G_m*w_{t-(m-1)*s}*[1 <= t-(m-1)*s <= K])
            """)
    void derivativesStateTheRangeConditionAndMatchFiniteDifferences(String input, String wrt, String form) {
        Expr e = Parser.parseExpression(input);
        Expr variable = Parser.parseExpression(wrt);
        Expr result = Deriver.plain().derivative(e, variable);
        assertSameEverywhere("d/d" + wrt + " " + input, new Derivative(e, variable), result);
        assertReadsBack(input, result);
        if (form != null) {
            assertEquals(form, Printer.ascii(result));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sum_k delta(k, i+1)*x_k           | x_{i+1}*[1 <= i+1 <= n]
            sum_k delta(i+1, k)*x_k           | x_{i+1}*[1 <= i+1 <= n]
            sum_k delta(k+1, i)*x_k           | x_{i-1}*[1 <= i-1 <= n]
            sum_{k=1}^{K} delta(t, m+k)*w_k   | w_{t-m}*[1 <= t-m <= K]
            sum_i x_i*delta(i+1, 1)           | 0
            sum_i x_i*delta(2*i, 4)           | x_2
            sum_i x_i*delta(2*i, 3)           | 0
            delta(i+1, i)                     | 0
            delta(2*i, 2*j+1)                 | 0
            [1 <= i+1 <= n]^2                 | [1 <= i+1 <= n]
            sum_i x_i*delta(2*i, j)           |
            sum_k delta(k, k+i)*x_k           |
            [1 <= i+1 <= n]*[2 <= j-1 <= K]   |
            """)
    void contractionSolvesTheAffineEquation(String input, String form) {
        Expr e = Parser.parseExpression(input);
        Expr simplified = Simplifier.simplifyPlain(e);
        assertSameEverywhere("simplify " + input, e, simplified);
        assertReadsBack(input, simplified);
        if (form != null) {
            assertEquals(form, Printer.ascii(simplified));
        }
    }

    @Test
    void theBracketPrintsInEveryNotation() {
        Expr e = Simplifier.simplifyPlain(Parser.parseExpression("sum_i G_i*delta(i+k, j)"));
        assertEquals("G_{j-k}*[1 <= j-k <= n]", Printer.ascii(e));
        assertEquals("G_{j-k} [1 \u2264 j-k \u2264 n]", Printer.unicode(e));
        assertEquals("G_{j-k} [1 \\le j-k \\le n]", Printer.latex(e));
        assertEquals(Set.of("j", "k"), Indices.free(e));
        // a product in an index is set by juxtaposition in LaTeX, as books write x_{2i+p} and x_{(m-1)s+k}
        Expr strided = Parser.parseExpression("x_{2*i+p}*w_{(m-1)*s+k}*delta(i*s, t)*[1 <= s*m <= K]");
        assertEquals("x_{2 i+p} w_{(m-1) s+k} \\delta_{i s,t} [1 \\le m s \\le K]", Printer.latex(strided));
        assertEquals("x_{2*i+p}*w_{(m-1)*s+k}*delta(i*s,t)*[1 <= m*s <= K]", Printer.ascii(strided));
    }

    @Test
    void aRenamedIndexNeverCapturesTheBracketsOwn() {
        // the bracket's hidden sum index must not capture a name substituted into it
        Expr e = Parser.parseExpression("[1 <= i+1 <= n]*x_i");
        for (String to : List.of("k", "m", "j+k", "2*m-1")) {
            Expr renamed = Indices.rename(e, "i", to);
            Expr direct = Parser.parseExpression("[1 <= " + to + "+1 <= n]*x_{" + to + "}");
            assertSameEverywhere("i := " + to, direct, renamed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [1 <= x_i <= n]     | 7  | must be an index
            [1 <= i/2 <= n]     | 7  | must be an index
            [1 <= i <= x_j]     | 12 | cannot have indices
            """)
    void whatIsNotARangeConditionIsAnError(String input, int column, String words) {
        InputException e = assertThrows(InputException.class, () -> Parser.parseExpression(input));
        assertTrue(e.getMessage().contains(words), e.getMessage());
        assertEquals(column, e.span().orElseThrow().column(), e.getMessage());
    }
}
