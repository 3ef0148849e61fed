package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.testing.CheckedSimplifications.assertSimplifies;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;

/**
 * A nested sum read over its inner index first ({@link SumsExchanged}) joins a product of sums that
 * shares the inner body's factor: {@code Σ_i A_i Σ_c B_c C_ic − (Σ_i A_i D_i)(Σ_c B_c)} is gathered
 * as {@code Σ_c B_c (Σ_i A_i C_ic − Σ_i A_i D_i)} ({@code gather-sums}); each result equals its
 * input at every index assignment.
 */
class SumsExchangedTest {
    @Test
    void aNestedSumExchangedJoinsTheProductOfSumsThatSharesItsInnerFactor() {
        assertSimplifies("sum(i, G_{ai}*sum(c, K_{ce}*P_{ac}*V_{ci})) - sum(i, G_{ai}*O_{ai})*sum(i, K_{ie}*P_{ai})",
                "sum(p, K_{pe}*P_{ap}*(sum(k, G_{ak}*V_{pk}) - sum(k, G_{ak}*O_{ak})))");
        assertSimplifies("sum(i, a_i*sum(c, b_c*M_{ci})) + 2*sum(i, a_i*d_i)*sum(c, b_c)",
                "sum(p, b_p*(sum(k, a_k*M_{pk}) + 2*sum(k, a_k*d_k)))");
    }

    @Test
    void aNestedSumIsNotExchangedToJoinASumOfOneBody() {
        // Σ_k y_k Σ_m V_km W_m − Σ_m V_jm W_m stays: exchanged, it would bury Σ_k y_k V_km in the body over m
        assertSimplifies("sum(k, y_k*sum(m, V_{km}*W_m)) - sum(m, V_{jm}*W_m)",
                "sum(k, y_k*sum(m, V_{km}*W_m)) - sum(k, V_{jk}*W_k)");
        // nothing of the inner index alone to take out: no exchange
        assertSimplifies("sum(i, a_i*sum(c, M_{ci})) - sum(i, a_i*d_i)*sum(c, b_c)",
                "sum(k, a_k*sum(m, M_{mk})) - sum(k, b_k)*sum(k, a_k*d_k)");
    }

    @Test
    void theAttentionBackwardPassByTheQueriesIsOneSumOverTheKeys() {
        // attention-backward.sg:14, Dao et al. 2022, Algorithm 4: dQ_i = τ Σ_j dS_ij K_j, dS_ij = P_ij (dP_ij − D_i)
        List<Outcome> out = Symgrad.run("let P_ij = exp(S_ij)/sum_k exp(S_ik)\nlet O_ic = sum_j P_ij*V_jc\n"
                + "let S_ij = tau*sum_d Q_id*K_jd\nderive sum_i sum_c G_ic*O_ic wrt Q_ae\n");
        Outcome.Derived d = (Outcome.Derived) out.get(out.size() - 1);
        // summed over the keys' j, as the input's O_ic = Σ_j P_ij V_jc and the paper write it (WrittenBoundNames)
        assertEquals("tau*sum(j, K_{je}*P_{aj}*(sum(c, G_{ac}*V_{jc}) - sum(c, G_{ac}*O_{ac})))",
                Printer.ascii(d.derivation().result()));
    }
}
