package org.symgrad.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.error.InputException;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * Issue 14, item 6: an assumption that contradicts itself or an earlier one, or that would make the
 * rewriting go round in circles, is an input error at its statement (line and caret), never a
 * silently ignored statement or a nesting-depth limit.
 */
class ContradictoryAssumptionsTest {
    private static List<Outcome> run(String script) {
        return new ScriptRunner().run(Parser.parseScript(script));
    }

    private static InputException rejected(String script, int line, String message) {
        InputException e = assertThrows(InputException.class, () -> run(script), script);
        assertTrue(e.getMessage().contains(message), e::describe);
        assertEquals(line, e.span().orElseThrow().line(), e::describe);
        assertTrue(e.describe().contains("\n  ^"), e::describe);
        return e;
    }

    @Test
    void anAssumptionThatNeverHoldsIsAnInputError() {
        rejected("assume x = x + 1\n", 1, "this assumption never holds: its left side minus its right side is always -1");
    }

    @Test
    void aSecondAssumptionContradictingTheFirstIsAnInputError() {
        rejected("assume sum_k t_k = 1\nassume sum_k t_k = 2\n", 2,
                "contradicts the earlier ones: with them, its left side minus its right side is -1");
        rejected("let y_i = exp(z_i)/sum_k exp(z_k)\nassume sum_k t_k = 1\n# t sums to 1\nassume 2*sum_j t_j = 3\n", 4,
                "contradicts the earlier ones");
    }

    @Test
    void anAssumptionThatBringsBackItsLeftSideIsAnInputError() {
        rejected("assume x = 2*x\n", 1, "this assumption rewrites its left side x without end");
        rejected("assume x = y^2\nassume y = x\n", 2, "rewrite");
    }

    @Test
    void aSymmetryWrittenAsAnIdentitySaysHowToStateIt() {
        rejected("assume K_ij = K_ji\n", 1, "to say that K is symmetric, write: assume K symmetric");
    }

    @Test
    void anAssumptionAboutAQuantityAlreadyFixedIsAnInputError() {
        rejected("assume y = 1\nassume y = x\n", 2,
                "an earlier assumption already fixes the left side: with it, this assumption reads 1 = x");
    }

    @Test
    void aRepeatedOrTrivialAssumptionChangesNothing() {
        List<Outcome> out = run("assume sum_k t_k = 1\nassume sum_k t_k = 1\nassume x = x\nsimplify 2*sum_i t_i + x\n");
        assertEquals("2 + x", Printer.ascii(((Outcome.Simplified) out.get(0)).result()));
    }

    @Test
    void consistentAssumptionsAreUsedTogether() {
        List<Outcome> out = run("assume sum_k t_k = 1\nassume sum_k s_k = 2\nsimplify sum_i t_i*3 + sum_j s_j\n");
        assertEquals("5", Printer.ascii(((Outcome.Simplified) out.get(0)).result()));
    }
}
