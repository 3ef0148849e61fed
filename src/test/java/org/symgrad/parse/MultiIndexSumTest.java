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
 * A double sum as books write it — {@code Σ_{i,j}}, {@code Σ_{ij}} — and as a call, {@code sum(i, j, body)}: the
 * quadratic form x^T A x a user types was refused ("unexpected ','", "a sum binds exactly one index name", "sum takes
 * (index, body) or (index, lower, upper, body), got 3 arguments") though LaTeX's {@code \sum_{ij}} was read.
 */
class MultiIndexSumTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            sum_{i,j} A_ij*x_i*x_j         ; sum(i, sum(j, A_ij*x_i*x_j))
            sum_{ij} A_ij*x_i*x_j          ; sum(i, sum(j, A_ij*x_i*x_j))
            Σ_{i,j} A_ij*x_i*x_j           ; sum(i, sum(j, A_ij*x_i*x_j))
            sum(i, j, A_ij*x_i*x_j)        ; sum(i, sum(j, A_ij*x_i*x_j))
            sum_{a,b}^3 K_ab*u_a + c       ; sum(a, 1, 3, sum(b, 1, 3, K_ab*u_a)) + c
            sum_{p,q,r} T_pqr*v_r          ; sum(p, sum(q, sum(r, T_pqr*v_r)))
            prod_{i,j} W_ij                ; prod(i, prod(j, W_ij))
            prod(i, j, 1 + W_ij)           ; prod(i, prod(j, 1 + W_ij))
            mean(i, j, (x_i - y_j)^2)      ; sum(i, sum(j, (x_i - y_j)^2))/n^2
            mean_{s,t} D_st                ; mean(s, mean(t, D_st))
            """)
    void aSumOverSeveralIndicesIsTheNestedSum(String ascii, String meant) {
        EveryIndexAssignment.assertSameEverywhere(ascii, Parser.parseExpression(meant), Parser.parseExpression(ascii),
                Environment::random);
    }

    @Test
    void theSameDoubleSumAsLatexReads() {
        EveryIndexAssignment.assertSameEverywhere("sum_{ij}", Symgrad.parse("\\sum_{ij} A_{ij} x_i x_j"),
                Parser.parseExpression("sum_{i,j} A_ij*x_i*x_j"), Environment::random);
    }

    @Test
    void gradientOfAQuadraticForm() {
        CheckedDerivatives.assertDerivative("x^T A x", Parser.parseExpression("sum_{i,j} A_ij*x_i*x_j"),
                Parser.parseExpression("x_k"), "sum(i, x_i*(A_{ki} + A_{ik}))");
        CheckedDerivatives.assertDerivative("pairwise", Parser.parseExpression("1/2*sum(a, b, (u_a - u_b)^2*w_ab)"),
                Parser.parseExpression("u_c"), "sum(a, (w_{ca} + w_{ac})*(u_c - u_a))");
    }

    @Test
    void aBadMultiIndexSumSaysHowToWriteIt() {
        String[][] cases = {
                {"sum_{i,j=1} A_ij", "a lower limit belongs to one index"},
                {"sum(i, i, x_i)", "binds two index names, as in sum(i, j, body)"},
                {"sum(i, 2, x_i)", "bounds take four"},
                {"sum_{i,i} x_i", "each once"},
                {"sum(i, j, k, l, x_i)", "got 5 arguments"},
        };
        for (String[] c : cases) {
            CliRun r = CliRun.symgrad("diff", c[0], "--wrt", "x");
            assertEquals(2, r.exit(), c[0]);
            assertTrue(r.err().contains(c[1]) && r.err().contains("^"), c[0] + ": " + r.err());
            assertEquals("", r.out());
        }
    }
}
