package org.symgrad.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.testing.CheckedDerivatives;
import org.symgrad.testing.CliRun;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * Doubled bars in ASCII are the Euclidean norm, as {@code \|…\|} is in LaTeX ({@link NormComponents}):
 * {@code ||x - mu||^2} is Σ_k (x_k − μ_k)², the k-means or RBF distance a user types, where it was the
 * absolute value of an absolute value — the square of a number, so {@code diff '||x - y||^2' --wrt x_j}
 * was refused ("x is used with 0 indices, not 1"). Single bars stay the absolute value.
 */
class AsciiNormTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            ||x - y||^2                    ; sum(k, (x_k - y_k)^2)
            ||x||                          ; sqrt(sum(k, x_k^2))
            1/2*||w||^2                    ; sum(k, w_k^2)/2
            ||x_i - mu_c||^2               ; sum(k, (x_{ik} - mu_{ck})^2)
            exp(-||a - b||^2/(2*l^2))      ; exp(-sum(k, (a_k - b_k)^2)/(2*l^2))
            ||sigma(z) - t||^2             ; sum(k, (sigma(z_k) - t_k)^2)
            ||2*u||                        ; 2*sqrt(sum(k, u_k^2))
            """)
    void doubledBarsAreTheNorm(String ascii, String meant) {
        EveryIndexAssignment.assertSameEverywhere(ascii, Parser.parseExpression(meant), Parser.parseExpression(ascii),
                Environment::random);
    }

    @Test
    void theSameNormAsLatexReads() {
        EveryIndexAssignment.assertSameEverywhere("||x_n - mu_c||^2", Symgrad.parse("\\|x_n - \\mu_c\\|^2"),
                Parser.parseExpression("||x_n - mu_c||^2"), Environment::random);
    }

    @Test
    void singleBarsStayTheAbsoluteValue() {
        assertEquals(Parser.parseExpression("abs(x)"), Parser.parseExpression("|x|"));
        assertEquals(Parser.parseExpression("abs(a)*abs(b)"), Parser.parseExpression("|a||b|"));
        assertEquals(Parser.parseExpression("abs(abs(a)*abs(b))"), Parser.parseExpression("||a|*|b||"));
    }

    @Test
    void gradientsOfTypedNorms() {
        CheckedDerivatives.assertDerivative("||x - y||^2", Parser.parseExpression("||x - y||^2"), Parser.parseExpression("x_j"),
                "2*(x_j - y_j)");
        CheckedDerivatives.assertDerivative("||x||", Parser.parseExpression("||x||"), Parser.parseExpression("x_j"),
                "x_j/sum(k, x_k^2)^(1/2)");
        CheckedDerivatives.assertDerivative("ridge", Parser.parseExpression("1/2*sum(i, (y_i - sum(k, w_k*X_{ik}))^2) + lambda/2*||w||^2"),
                Parser.parseExpression("w_j"), "lambda*w_j - sum(i, X_{ij}*(y_i - sum(k, w_k*X_{ik})))");
    }

    @Test
    void aNormOfAMatrixIsRefusedWithHowToWriteIt() {
        for (String refused : new String[] {"||W||^2", "||sum(j, W_{ij}*x_j) - y||^2"}) {
            CliRun r = CliRun.symgrad("diff", refused, "--wrt", "x");
            assertEquals(2, r.exit(), refused);
            assertTrue(r.err().contains("a norm of this is matrix notation") && r.err().contains("sum(k, x_k^2)")
                    && r.err().contains("^^^"), r.err());
            assertEquals("", r.out());
        }
    }
}
