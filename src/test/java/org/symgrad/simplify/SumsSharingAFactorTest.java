package org.symgrad.simplify;

import static org.symgrad.testing.CheckedSimplifications.assertSimplifies;

import org.junit.jupiter.api.Test;

/**
 * Sums over one range whose bodies share a factor that depends on the bound index are gathered
 * into one sum, the factor pulled out, where that reads shorter ({@code gather-sums}): each result
 * equals its input at every index assignment.
 */
class SumsSharingAFactorTest {
    @Test
    void aSumTimesAFactorFreeOfItsIndexJoinsTheSumThatSharesItsBody() {
        assertSimplifies("sum(i, W_{ij}*y_i*(1 + z_i)) - sum(i, W_{ij}*y_i)*sum(i, y_i*z_i)",
                "sum(m, W_{mj}*y_m*(1 + z_m - sum(k, y_k*z_k)))");
        assertSimplifies("mu*sum(i, D_i) - sum(i, D_i*x_i)", "sum(m, D_m*(mu - x_m))");
    }

    @Test
    void aBracketOfNegativeTermsGivesItsSignToTheSum() {
        assertSimplifies("-mu*sum(i, D_i) - sum(i, D_i*x_i)", "-sum(m, D_m*(mu + x_m))");
    }

    @Test
    void sumsStaySplitWhereGatheringWouldMultiplyAnOutsideFactorIntoTheBody() {
        // Σ_b G_b (1 + x̂_a x̂_b) reads no better than the two sums (batch norm's backward pass)
        assertSimplifies("n*G_a - sum(b, G_b) - xhat_a*sum(b, G_b*xhat_b)", "n*G_a - xhat_a*sum(k, G_k*xhat_k) - sum(k, G_k)");
        assertSimplifies("lambda*w_j - sum(n, X_{nj}*(y_n - yhat_n))", "lambda*w_j - sum(k, X_{kj}*(y_k - yhat_k))");
        assertSimplifies("mu*n - sum(n, x_n)", "mu*n - sum(k, x_k)");
    }

    @Test
    void sumsWithoutASharedFactorThatDependsOnTheIndexStaySplit() {
        assertSimplifies("c*sum(i, a_i) - sum(i, b_i)", "c*sum(k, a_k) - sum(k, b_k)");
    }
}
