package org.symgrad.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.testing.MatrixEvaluator;

/**
 * Two general reasons a contraction had no matrix reading (brief code13 item 3, from ReachMatrixFormTest's list):
 * <ul>
 *   <li>the summed indices were contracted in the order the Σs were written, so {@code Σ_j Σ_i c_i R_ij X_je X_jf}
 *       met j first, on three matrices ("index j joins 3 matrices"); contracted over i first, {@code Rᵀc} is a
 *       vector on j and j joins two: {@code Xᵀ diag(Rᵀc) X} (Contraction.next);</li>
 *   <li>a Σ around a sum whose terms have the same free indices was read term by term only where they differed:
 *       {@code Σ_i c_i(A_ie B_if − D_ie E_if)} had "three or more free indices [i, e, f]" inside the bracket; where
 *       the product has no reading as written, it is now read distributed over the sum:
 *       {@code Aᵀ diag(c) B − Dᵀ diag(c) E} (IndexTranslator.product).</li>
 * </ul>
 * The Cox partial likelihood's Hessian (cox-partial-likelihood.sg:12) reads so: reach matrix forms 96 → 97 of 111.
 * Each reading equals its index form at random values, entry by entry.
 */
class MatrixFormTermsAndOrderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sum(j, sum(i, c_i*R_{ij}*X_{je}*X_{jf}))                   | e,f | X^T @ diag(R^T @ c) @ X
            sum(q, sum(p, w_p*S_{pq}*Z_{qa}*Z_{qb}))                   | a,b | Z^T @ diag(S^T @ w) @ Z
            sum(i, c_i*(A_{ie}*B_{if} - D_{ie}*E_{if}))                | e,f | A^T @ diag(c) @ B - D^T @ diag(c) @ E
            sum(n, g_n*(U_{na}*V_{nb} + P_{na}*Q_{nb}))                | a,b | U^T @ diag(g) @ V + P^T @ diag(g) @ Q
            sum(i, c_i*(sum(j, R_{ij}*X_{je}*X_{jf}) - X_{ie}*X_{if})) | e,f | X^T @ diag(R^T @ c) @ X - X^T @ diag(c) @ X
            """)
    void readsAndEqualsTheIndexForm(String index, String axes, String ascii) {
        Expr e = Parser.parseExpression(index);
        List<String> axisList = List.of(axes.split(","));
        MatrixReading r = MatrixForm.of(e, axisList);
        assertTrue(r.exists(), index + ": " + r.reason());
        assertEquals(ascii, r.ascii().orElseThrow(), index);
        for (int n = 2; n <= 4; n++) {
            Environment env = Environment.random(17L + n, n);
            double[][] value = new MatrixEvaluator(n, (entry, b) -> Evaluator.evaluate(entry, bind(env, b)))
                    .evaluate(r.matrix().orElseThrow());
            for (int row = 1; row <= n; row++) {
                for (int column = 1; column <= n; column++) {
                    Map<String, Integer> at = new LinkedHashMap<>();
                    at.put(axisList.get(0), row);
                    at.put(axisList.get(1), column);
                    double expected = Evaluator.evaluate(e, bind(env, at));
                    double actual = value[row - 1][column - 1];
                    assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)),
                            index + " at n = " + n + ", " + at);
                }
            }
        }
    }

    private static Environment bind(Environment env, Map<String, Integer> bindings) {
        Environment out = env;
        for (Map.Entry<String, Integer> b : bindings.entrySet()) {
            out = out.withBinding(b.getKey(), b.getValue());
        }
        return out;
    }
}
