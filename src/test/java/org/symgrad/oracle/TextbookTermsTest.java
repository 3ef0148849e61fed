package org.symgrad.oracle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two textbook forms of a result's terms (SPEC §9 "Forms"): a square of a difference is gathered
 * back where the normal form multiplied it out ({@code (A − m)² − s²}, not
 * {@code A² − 2Am + m² − s²}) or multiplied it out and split it over a sum's terms
 * ({@code Σ_k (x_k − a)²}, not {@code n a² − 2a Σ_k x_k + Σ_k x_k²}), and a sum that holds only
 * part of one stays multiplied out; an even
 * power of a difference is turned the way the input wrote it ({@code (t_l − μ_l)²}); a fraction
 * is written term by term where a term of its numerator cancels the whole denominator
 * ({@code Σ_i k_i/λ − n}, not {@code (Σ_i k_i − λn)/λ}) or where its terms cancel different
 * factors and each part is one product ({@code 1/s − (A − m)²/s³}, {@code b_j/(a b) − c a_j/a²}),
 * when that reads shorter, and stays one fraction where a part's numerator is a sum, where the
 * split reads no shorter, or where the denominator is a sum. Each result is checked right by {@link DerivedForm}.
 */
class TextbookTermsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            square kept over a power of s, a term cancelling part of it | derive -log(s) - (A - m)^2/(2*s^2) wrt s | (A - m)^2/s^3 - 1/s
            each term cancels a different factor | let na = sqrt(sum_k a_k^2); let nb = sqrt(sum_k b_k^2); let c = sum_k a_k*b_k/(na*nb); derive c wrt a_j | b_j/(na*nb) - c*a_j/na^2
            a norm's gradient term by term | let na = sqrt(sum_k a_k^2); derive sum_k a_k*b_k/na wrt a_j | b_j/na - a_j*sum(k, a_k*b_k)/na^3
            a part with a sum numerator stays combined | derive log(x) - (y + 1)/x wrt x | (x + y + 1)/x^2
            square kept, fraction split | let m = sum_d tm_d*u_d; let s = exp(sum_d ts_d*w_d); derive -log(s) - (A - m)^2/(2*s^2) - log(2*pi)/2 wrt ts_e | w_e*((A - m)^2/s^2 - 1)
            square of a pairwise difference | let l = exp(t); let a = exp(ta); let B_ij = 1 + (X_i - X_j)^2/(2*a*l^2); let R_ij = B_ij^(-a); derive R_ij wrt ta | R_{ij}*((X_i - X_j)^2/(2*l^2*B_{ij}) - a*log(B_{ij}))
            a whole square | derive x^3/3 - x^2*y + x*y^2 + z wrt x | (x - y)^2
            part of a square | derive x^3/3 - x^2*y + 2*x*y^2 + z wrt x | x^2 - 2*x*y + 2*y^2
            square turned as written | derive (y - x)^2*z wrt z | (y - x)^2
            square in a sum turned as written | derive s*sum_l (t_l - mu_l)^2 + s^2 wrt s | sum(l, (t_l - mu_l)^2) + 2*s
            square in a sum turned as written, written after | derive s^2 + s*sum_l (t_l - mu_l)^2 wrt s | 2*s + sum(l, (t_l - mu_l)^2)
            a square split over a sum, gathered | derive sum_k (x_k - a)^2/(2*s^2) + log(s) wrt s | 1/s - sum(k, (x_k - a)^2)/s^3
            a whole square split over a sum | derive c*sum_k (x_k - a)^2 wrt c | sum(k, (x_k - a)^2)
            a weighted square split over a sum | derive c*sum_k (w*x_k - b)^2 wrt c | sum(k, (w*x_k - b)^2)
            part of a square split over a sum | derive c*(sum_k (x_k - a)^2 - sum_k x_k^2) wrt c | a*(a*n - 2*sum(k, x_k))
            poisson score | derive sum_i (k_i*log(lambda) - lambda) wrt lambda | sum(i, k_i)/lambda - n
            a term without denominator | derive (x^2 + 1)/x wrt x | 1 - 1/x^2
            a sum as denominator | derive x/(1 + x^2) + x wrt x | (x^4 + x^2 + 2)/(1 + x^2)^2
            over the root every term keeps | let r = sqrt(mean(k, x_k^2) + eps); let xhat_i = x_i/r; let y_i = g_i*xhat_i; derive sum_i G_i*y_i wrt x_j | (G_j*g_j - xhat_j*sum(i, G_i*g_i*xhat_i)/n)/r
            """)
    void textbookTerms(String what, String script, String expected) {
        DerivedForm.assertDerivedAs(what, script, expected, java.util.Set.of("s", "lambda", "x", "eps"));
    }
}
