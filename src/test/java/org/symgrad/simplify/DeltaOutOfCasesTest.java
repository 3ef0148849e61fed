package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.parse.Parser;
import org.symgrad.testing.CheckedDerivatives;

/**
 * A δ that multiplies the cases of a split multiplies the split (rules delta-out-of-cases, delta-out-of-first-case,
 * delta-out-of-second-case), so the Σ around it contracts: the chain rule through a piecewise function of each term of a
 * sum — a summed Huber loss, a leaky-ReLU layer, a summed one-sided penalty — gives the j-th case split, as books print
 * it, not {@code Σ_i where(…, r_i δ_ij, d δ_ij sign(r_i))}. Each form is checked against the derivative's value.
 */
class DeltaOutOfCasesTest {
    @Test
    void aSummedPiecewiseLossContractsToTheCaseSplitOfItsTerm() {
        CheckedDerivatives.assertDerivativeBothPaths("sum_i where(abs(r_i) <= d, r_i^2/2, d*(abs(r_i) - d/2))", "r_j",
                "where(abs(r_j) <= d, r_j, d*sign(r_j))");
        CheckedDerivatives.assertDerivativeBothPaths("sum_i where(z_i > 0, z_i^2, 0)", "z_j", "where(z_j > 0, 2*z_j, 0)");
        CheckedDerivatives.assertDerivativeBothPaths("sum_i where(z_i > 0, 0, z_i^3)", "z_j", "where(z_j > 0, 0, 3*z_j^2)");
    }

    @Test
    void aPiecewiseLayerContractsToTheUnitOfItsOutput() {
        CheckedDerivatives.assertDerivativeBothPaths("sum_i v_i*leaky_relu(sum_k W_{ik}*x_k, a)", "W_{jl}",
                "x_l*where(sum(k, W_{jk}*x_k) > 0, v_j, a*v_j)");
    }

    @Test
    void withoutASumTheDeltaStaysAFactor() {
        CheckedDerivatives.assertDerivativeBothPaths("where(z_i > 0, z_i^2, 0)", "z_j", "delta(i,j)*where(z_i > 0, 2*z_i, 0)");
    }

    @Test
    void theStepCitesTheRule() {
        Derivation d = Deriver.plain().derive(Parser.parseExpression("sum_i where(z_i > 0, z_i^2, 0)"),
                Parser.parseExpression("z_j"));
        assertTrue(d.steps().stream().anyMatch(s -> s.rules().contains("delta-out-of-first-case")), d.steps().toString());
        assertEquals("where(z_j > 0, 2*z_j, 0)", org.symgrad.print.Printer.ascii(d.result()));
    }
}
