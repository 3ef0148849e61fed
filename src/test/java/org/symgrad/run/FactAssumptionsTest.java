package org.symgrad.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.check.Verdict;
import org.symgrad.error.InputException;
import org.symgrad.parse.Parser;
import org.symgrad.script.ConstraintStatement;

/**
 * The assumptions of SPEC §8 that state a fact, not an identity, in {@code .sg} scripts:
 * {@code assume x > 0}, {@code x >= 0}, {@code 0 < p < 1}, {@code y in {0, 1}}, {@code y in {-1, 1}},
 * {@code y one-hot}, {@code t simplex}, {@code C symmetric}, {@code i != j}. Each holds from its line
 * on, is used by the checker's simplifier and sampler, and every other line keeps its place.
 */
class FactAssumptionsTest {
    private static List<Outcome> run(String script) {
        return new ScriptRunner().run(Parser.parseScript(script));
    }

    private static Verdict verdict(String script) {
        List<Outcome> out = run(script);
        return ((Outcome.Checked) out.get(out.size() - 1)).verdicts().get(0);
    }

    @Test
    void everyKindOfFactIsReadInAScript() {
        List<String> facts = List.of("x > 0", "x >= 0", "0 < p < 1", "y in {0, 1}", "y in {-1, 1}", "y one-hot",
                "t simplex", "C symmetric", "i != j");
        for (String f : facts) {
            assertTrue(Parser.parseScript("assume " + f + "\n").statements().get(0) instanceof ConstraintStatement, f);
        }
        // an identity is still an identity, i = j included
        assertFalse(Parser.parseScript("assume sum_k t_k = 1\n").statements().get(0) instanceof ConstraintStatement);
        assertFalse(Parser.parseScript("assume i = j\n").statements().get(0) instanceof ConstraintStatement);
    }

    @Test
    void aFactIsUsedByTheCheckFromItsLineOn() {
        Verdict before = verdict("check y^2 = y\nassume y in {0, 1}\n");
        assertEquals(Verdict.Kind.FALSE, before.kind());
        Verdict after = verdict("assume y in {0, 1}   # a label\ncheck y^2 = y\n");
        assertEquals(Verdict.Kind.PROVEN, after.kind());
        assertEquals(List.of("y in {0, 1}"), after.assumed());
        assertEquals("proven under y in {0, 1} (assumed)", after.provenWords());
    }

    @Test
    void positivityMakesTheLogarithmOfAProductSplitUnconditionally() {
        Verdict without = verdict("check log(x*z) = log(x) + log(z)\n");
        assertFalse(without.unconditional());
        Verdict with = verdict("assume x > 0\nassume z > 0\ncheck log(x*z) = log(x) + log(z)\n");
        assertTrue(with.unconditional());
        assertEquals(List.of("x > 0", "z > 0"), with.assumed());
    }

    @Test
    void aSimplexAndAOneHotVectorSumToOneAndABranchKeepsIndicesApart() {
        assertEquals(Verdict.Kind.PROVEN, verdict("assume t simplex\ncheck sum_k t_k*x = x\n").kind());
        assertEquals(Verdict.Kind.PROVEN, verdict("assume y one-hot\ncheck sum_k y_k*y_j = y_j\n").kind());
        assertEquals(Verdict.Kind.PROVEN, verdict("assume i != j\ncheck delta(i, j)*x_i = 0\n").kind());
        assertEquals(Verdict.Kind.FALSE, verdict("check delta(i, j)*x_i = 0\n").kind());
        assertEquals(Verdict.Kind.PROVEN, verdict("assume C symmetric\ncheck sum_j C_ji*x_j = sum_j C_ij*x_j\n").kind());
    }

    @Test
    void errorsAfterAFactPointAtTheirOwnLine() {
        InputException e = assertThrows(InputException.class,
                () -> Parser.parseScript("assume x > 0\nlet y = \ncheck y = x\n"));
        assertEquals(2, e.span().orElseThrow().line(), e::describe);
        assertEquals(1, Parser.parseScript("\nassume x > 0\ncheck x = x\n").statements().get(0).span().line() - 1);
    }
}
