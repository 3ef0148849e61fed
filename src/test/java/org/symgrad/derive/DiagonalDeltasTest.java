package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.api.Symgrad;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;
import org.symgrad.testing.CheckedDerivatives;

/**
 * A δ_ij times a factor that vanishes on the δ's diagonal is 0 ({@code f(i, j)δ_ij = f(j, j)δ_ij}),
 * as the checker's IndexFacts already proves it (issue 9 item 4, indices7 item 1): t-SNE's
 * {@code ∂w_ij/∂y_id} no longer prints {@code (1 − δ_ij)(y_jd − y_id)}. The δ may be a factor or a term
 * of a sum factor; a factor that is not 0 on the diagonal, or a divisor that is, keeps it.
 */
class DiagonalDeltasTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            delta(i,j)*(y_i - y_j)                    | 0
            delta(i,j)*sin(x_i - x_j)                 | 0
            delta(i,j)*(x_i*y_j - x_j*y_i)            | 0
            (1 - delta(i,j))*(x_i - x_j)^2            | (x_i - x_j)^2
            (p + q*delta(a,b))*(u_a - u_b)*exp(u_a)   | p*exp(u_a)*(u_a - u_b)
            delta(i,j)*x_i*x_j                        | x_i*x_j*delta(i,j)
            delta(i,j)*(x_i - 2*x_j)                  | delta(i,j)*(x_i - 2*x_j)
            (delta(i,k) - delta(j,k))*(y_j - y_i)     | (delta(i,k) - delta(j,k))*(y_j - y_i)
            """)
    void aDeltaTermGoesWhereAFactorVanishesOnItsDiagonal(String input, String form) {
        CheckedDerivatives.assertSimplifies(input, form);
    }

    @Test
    void notWhereADivisorVanishesOnTheDiagonalToo() {
        // the product has no value at i = j: it is left as it is, not made 0
        assertEquals("delta(i,j)*(x_i - x_j)/(y_i - y_j)", Printer.ascii(org.symgrad.simplify.Simplifier.plain()
                .simplify(org.symgrad.parse.Parser.parseExpression("delta(i,j)*(x_i - x_j)/(y_i - y_j)"))));
    }

    @Test
    void tsneAndAGaussianAffinityPrintNoDelta() {
        CheckedDerivatives.assertDerivativeBothPaths("1/(1 + sum(c, (y_ic - y_jc)^2))", "y_id",
                "2*(y_{jd} - y_{id})/(1 + sum(c, (y_{ic} - y_{jc})^2))^2");
        CheckedDerivatives.assertDerivativeBothPaths("exp(-sum(c, (z_ac - z_bc)^2))", "z_ae",
                "2*exp(-sum(c, (z_{ac} - z_{bc})^2))*(z_{be} - z_{ae})");
        CheckedDerivatives.assertDerivativeBothPaths("log(1 + sum(e, (u_pe - u_qe)^2))", "u_pd",
                "2*(u_{pd} - u_{qd})/(1 + sum(e, (u_{pe} - u_{qe})^2))");
        // a third index: δ_ik − δ_jk is not 0 where Z is, and stays
        CheckedDerivatives.assertDerivativeBothPaths("1/(1 + sum(c, (y_ic - y_jc)^2))", "y_kd",
                "2*(delta(i,k) - delta(j,k))*(y_{jd} - y_{id})/(1 + sum(c, (y_{ic} - y_{jc})^2))^2");
    }

    @Test
    void theStepsOfTheLetsDerivationCiteTheRuleWithoutLeapOrUndo() {
        List<Derivation> all = new ArrayList<>();
        for (Outcome o : Symgrad.run("""
                let w_ij = (1 + sum_c (y_ic - y_jc)^2)^(-1)
                derive w_ij wrt y_id
                let s_ab = exp(-sum_c (z_ac - z_bc)^2)
                derive s_ab wrt z_ae
                """)) {
            if (o instanceof Outcome.Derived d) {
                all.add(d.derivation());
            }
        }
        assertEquals(2, all.size());
        assertEquals("2*(y_{jd} - y_{id})/(1 + sum(c, (y_{ic} - y_{jc})^2))^2", Printer.ascii(all.get(0).result()));
        assertEquals("2*s_{ab}*(z_{be} - z_{ae})", Printer.ascii(all.get(1).result()));
        for (Derivation d : all) {
            assertTrue(d.steps().stream().anyMatch(s -> s.rule().contains("delta-on-diagonal")), () -> "steps: " + d.steps());
            assertEquals(List.of(), StepUndos.of(d), () -> "undos in " + d.steps());
            assertEquals(List.of(), StepLeaps.checker().of(d), () -> "leaps in " + d.steps());
        }
    }
}
