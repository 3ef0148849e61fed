package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;

import org.junit.jupiter.api.Test;

/**
 * The orientation a written difference keeps does not depend on how the names sort (issue 9 item 5.4):
 * the least-squares gradient of {@code Σ_n (t_n − Σ_d w_d φ_nd)²/2} is {@code −Σ_n φ_nk (t_n − Σ_d …)}
 * as for {@code x_nd}, though φ sorts before w and x after it. Each form is asserted against the
 * derivative's values, with and without the steps.
 */
class DifferencesWhateverTheNamesTest {
    @Test
    void theWrittenOrientationWhateverTheFeatureName() {
        assertDerivativeBothPaths("sum(n, (t_n - sum(d, w_d*phi_nd))^2)/2", "w_k", "-sum(n, phi_{nk}*(t_n - sum(d, w_d*phi_{nd})))");
        assertDerivativeBothPaths("sum(n, (t_n - sum(j, w_j*x_nj))^2)/2", "w_k", "-sum(n, x_{nk}*(t_n - sum(j, w_j*x_{nj})))");
        assertDerivativeBothPaths("sum(n, (t_n - sum(j, w_j*a_nj))^2)/2", "w_k", "-sum(n, a_{nk}*(t_n - sum(j, w_j*a_{nj})))");
        assertDerivativeBothPaths("sum(n, (y_n - sum(d, phi_nd*w_d))^2)/2", "w_k", "-sum(n, phi_{nk}*(y_n - sum(d, phi_{nd}*w_d)))");
        assertDerivativeBothPaths("sum(i, (b_i - sum(j, c_j*z_ij))^2)/2", "c_k", "-sum(i, z_{ik}*(b_i - sum(j, c_j*z_{ij})))");
    }

    @Test
    void theOtherOrientationAsWritten() {
        assertDerivativeBothPaths("sum(n, (sum(d, w_d*phi_nd) - t_n)^2)/2", "w_k", "sum(n, phi_{nk}*(sum(d, w_d*phi_{nd}) - t_n))");
        assertDerivativeBothPaths("sum(n, (sum(j, w_j*x_nj) - t_n)^2)/2", "w_k", "sum(n, x_{nk}*(sum(j, w_j*x_{nj}) - t_n))");
    }
}
