package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * Two stages that undid an earlier one (StepUndos), seen in Stan's weibull_lcdf, frechet_lccdf and logistic_lccdf
 * partials. The arithmetic stage that reads a normal form back over the exps the input wrote wrote the power
 * rule's {@code (y/s)^(a − 1)/s} as {@code (y/s)^a/y}, and the last stage wrote it back: the roots over the input's
 * bases are now written after that reading too. The σ write-back gave {@code −σ((y − μ)/s)/s} and the last stage
 * {@code (σ(−(y − μ)/s) − 1)/s}, bringing back the {@code −(y − μ)/s} it had removed: the complement of σ of a
 * difference over a scale is the σ of the turned difference, as for a bare difference.
 */
class ScaledLogisticAndWeibullStagesTest {
    private static Derivation derived(String input, String wrt) {
        return Deriver.plain().derive(Parser.parseExpression(input), new Sym(wrt));
    }

    @Test
    void thePowerRulesRootStaysThroughTheArithmetic() {
        for (String[] row : new String[][] {{"log(1 - exp(-(y/s)^a))", "y", "a*(y/s)^(a - 1)/(s*(exp((y/s)^a) - 1))"},
                {"log(1 - exp(-(s/y)^a))", "s", "a*(s/y)^(a - 1)/(y*(exp((s/y)^a) - 1))"}}) {
            Derivation d = derived(row[0], row[1]);
            assertEquals(List.of(), StepUndos.of(d), "undos in " + d.steps());
            assertEquals(List.of(), StepLeaps.checker().of(d), "leaps in " + d.steps());
            assertEquals(row[2], Printer.ascii(d.result()));
        }
    }

    @Test
    void theLogisticHazardIsTheSigmaOfTheStandardisedDifference() {
        String lccdf = "log(1 - 1/(1 + exp(-(y - mu)/s)))";
        for (String[] row : new String[][] {{"y", "-sigma((y - mu)/s)/s"}, {"mu", "sigma((y - mu)/s)/s"},
                {"s", "sigma((y - mu)/s)*(y - mu)/s^2"}}) {
            Derivation d = derived(lccdf, row[0]);
            assertEquals(List.of(), StepUndos.of(d), "undos in " + d.steps());
            assertEquals(List.of(), StepLeaps.checker().of(d), "leaps in " + d.steps());
            assertEquals(row[1], Printer.ascii(d.result()));
        }
        org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths(lccdf, "y", "-sigma((y - mu)/s)/s");
    }
}
