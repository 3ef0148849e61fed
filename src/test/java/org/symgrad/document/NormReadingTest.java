package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.testing.CheckedDerivatives;
import org.symgrad.testing.CliRun;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * A norm of vectors written element-wise is the sum over their components (ridge penalties
 * {@code \|\mathbf{w}\|^2}, k-means and RBF distances {@code \|x_i - \mu_c\|^2}, the L1 penalty,
 * weight decay {@code \|W\|_F^2}); a norm of a matrix product stays refused as matrix notation.
 */
class NormReadingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            \\|x - y\\|^2                                    ; sum(k, (x_k - y_k)^2)
            \\frac{1}{2}\\|\\mathbf{w}\\|_2^2                 ; sum(k, w_k^2)/2
            \\left\\| \\mathbf{x}_i - \\boldsymbol{\\mu}_c \\right\\|^2 ; sum(k, (x_{ik} - mu_{ck})^2)
            \\|\\mathbf{w}\\|^2_2                              ; sum(k, w_k^2)
            \\|x\\|                                          ; sqrt(sum(k, x_k^2))
            \\|x - y\\|_1                                    ; sum(k, abs(x_k - y_k))
            \\lambda \\|W\\|_F^2                              ; lambda*sum(k, sum(m, W_{km}^2))
            \\exp(-\\|x - z\\|^2 / (2 \\ell^2))               ; exp(-sum(k, (x_k - z_k)^2)/(2*ell^2))
            \\|\\sigma(a) - y\\|^2                            ; sum(k, (sigma(a_k) - y_k)^2)
            """)
    void aNormIsTheSumOverItsComponents(String latex, String ascii) {
        Expr read = Symgrad.parse(latex);
        Expr meant = Symgrad.parse(ascii);
        EveryIndexAssignment.assertSameEverywhere(latex, meant, read, Environment::random);
    }

    @Test
    void theGradientOfAReadNormIsTheTextbookOne() {
        assertDerivative("\\frac{1}{2}\\|\\mathbf{w}\\|^2", "w_j", "w_j");
        assertDerivative("\\|x_i - \\mu_c\\|^2", "mu_{cj}", "2*(mu_{cj} - x_{ij})");
        assertDerivative("\\|x\\|", "x_j", "x_j/sum(k, x_k^2)^(1/2)");
        CliRun r = CliRun.symgrad("diff", "\\|x - y\\|^2", "--wrt", "x_j");
        assertEquals("2*(x_j - y_j)\n", r.out());
        assertTrue(r.err().contains("read as the sum over its components"), r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void aNormOfAMatrixProductOrAMatrixIsMatrixNotation() {
        for (String refused : new String[] {"\\|X w - y\\|^2", "\\|W\\|^2", "\\|\\sum_j W_{ij} x_j\\|^2"}) {
            CliRun r = CliRun.symgrad("diff", refused, "--wrt", "x");
            assertEquals(2, r.exit(), refused);
            assertTrue(r.err().contains("a norm") && r.err().contains("^^^"), r.err());
        }
    }

    @Test
    void checkReadsARidgeDerivationWithNorms() {
        String ridge = "$$L = \\frac{1}{2} \\sum_i (y_i - \\mathbf{w}^T \\mathbf{x}_i)^2 + \\frac{\\lambda}{2} \\|\\mathbf{w}\\|^2$$\n\n";
        assertEquals("✓", marks(ridge + "$$\\frac{\\partial L}{\\partial w_j} = -\\sum_i (y_i - \\mathbf{w}^T \\mathbf{x}_i) x_{ij} + \\lambda w_j$$\n"));
        assertEquals("✗", marks(ridge + "$$\\frac{\\partial L}{\\partial w_j} = -\\sum_i (y_i - \\mathbf{w}^T \\mathbf{x}_i) x_{ij} + 2 \\lambda w_j$$\n"));
        String kmeans = "$$J = \\sum_n \\|\\mathbf{x}_n - \\boldsymbol{\\mu}_c\\|^2$$\n\n";
        assertEquals("✓", marks(kmeans + "$$\\frac{\\partial J}{\\partial \\mu_{cd}} = -2 \\sum_n (x_{nd} - \\mu_{cd})$$\n"));
    }

    @Test
    void checkReadsAKernelOfTwoVectorsWithAPrimedParameter() {
        // k(x, x'): a primed parameter is a name, so the equation defines the function k
        String rbf = "$$k(\\mathbf{x}, \\mathbf{x}') = \\exp\\left(-\\frac{\\|\\mathbf{x} - \\mathbf{x}'\\|^2}{2\\ell^2}\\right)$$\n\n";
        assertEquals("✓", marks(rbf + "$$\\frac{\\partial k}{\\partial x_d} = -\\frac{x_d - x'_d}{\\ell^2} k(\\mathbf{x}, \\mathbf{x}')$$\n"));
        assertEquals("✗", marks(rbf + "$$\\frac{\\partial k}{\\partial x_d} = \\frac{x_d - x'_d}{\\ell^2} k(\\mathbf{x}, \\mathbf{x}')$$\n"));
        assertEquals("✓", marks(rbf + "$$\\frac{\\partial k}{\\partial \\ell} = \\frac{\\|\\mathbf{x} - \\mathbf{x}'\\|^2}{\\ell^3} "
                + "k(\\mathbf{x}, \\mathbf{x}')$$\n"));
    }

    private static void assertDerivative(String latex, String wrt, String expected) {
        CheckedDerivatives.assertDerivative(latex, Symgrad.parse(latex), Symgrad.parse(wrt), expected);
    }

    private static String marks(String markdown) {
        return PublicInputsTest.marks(PublicInputsTest.check(markdown));
    }
}
