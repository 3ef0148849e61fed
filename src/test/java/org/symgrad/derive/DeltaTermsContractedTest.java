package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A Σ whose body is a sum of δ terms times a factor that is no polynomial (an exp, a quotient) is
 * split over the terms, so that each δ contracts (issue 9 item 4, indices7 item 2): the derivative of
 * a quadratic form {@code Σ_i Σ_j a_i K(x_i, x_j) a_j} through a kernel written inline is
 * {@code 2 Σ_i a_i K(x_i, x_m)} where K is symmetric, not {@code Σ_i Σ_j K(x_i, x_j)(a_i δ_mj + a_j δ_im)}.
 * A polynomial body was split already; the checker's IndexFacts.sumsByTerm does the same for a step.
 */
class DeltaTermsContractedTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sum(i, sum(j, a_i*a_j/(1 + x_i*x_j)))               | a_m | 2*sum(i, a_i/(1 + x_i*x_m))
            sum(p, sum(q, c_p*c_q/(t_p + t_q)))                 | c_e | 2*sum(p, c_p/(t_e + t_p))
            sum(p, sum(q, c_p*c_q*exp(-g*abs(t_p - t_q))))      | c_e | 2*sum(p, c_p*exp(-g*abs(t_e - t_p)))
            sum(i, sum(j, a_i*a_j/(1 + x_i + 2*x_j)))           | a_m | sum(i, a_i*(3*x_i + 3*x_m + 2)/((1 + x_i + 2*x_m)*(1 + x_m + 2*x_i)))
            """)
    void aQuadraticFormThroughAKernelContracts(String input, String wrt, String form) {
        CheckedDerivatives.assertDerivativeBothPaths(input, wrt, form);
    }

    @Test
    void throughALetTheStepsNeitherLeapNorUndo() {
        List<Derivation> all = new ArrayList<>();
        for (Outcome o : Symgrad.run("""
                derive sum_i sum_j u_i*u_j/(1 + (y_i - y_j)^2) wrt u_k
                """)) {
            if (o instanceof Outcome.Derived d) {
                all.add(d.derivation());
            }
        }
        assertEquals(1, all.size());
        Derivation d = all.get(0);
        assertEquals(List.of(), StepUndos.of(d), () -> "undos in " + d.steps());
        assertEquals(List.of(), StepLeaps.checker().of(d), () -> "leaps in " + d.steps());
        assertEquals(false, Printer.ascii(d.result()).contains("delta"), () -> Printer.ascii(d.result()));
    }
}
