package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;

/**
 * The derivation shows its steps with their differences turned as the input wrote them
 * ({@link org.symgrad.simplify.WrittenDifferences}): RankNet's cost (Burges 2010, {@code ranknet.sg})
 * writes {@code σ(−g(s_i − s_j))} where the simplifier alone writes {@code σ(g(s_j − s_i))}. The σ
 * write-back from {@code g·exp(−g(s_i − s_j))/(1 + exp(−g(s_i − s_j)))} does nothing besides writing
 * σ, and {@link StepLeaps} reads the forms it compares as the line before turns them, so it is no leap;
 * a step that does arithmetic besides a write-back is still one ({@link StepLeapsTest}).
 */
class TurnedDifferencesNoLeapTest {

    @Test
    void theSigmaWriteBackOfATurnedDifferenceIsNoLeap() {
        assertNoLeaps("1/2*(1 - S)*g*(si - sj) + log(1 + exp(-g*(si - sj)))", "si");
        assertNoLeaps("1/2*(1 - S)*g*(si - sj) + log(1 + exp(-g*(si - sj)))", "sj");
        // other names and shapes: a bare difference in the exp, a linear term beside it
        assertNoLeaps("log(1 + exp(-k*(a - b))) + c*a", "a");
        assertNoLeaps("log(1 + exp(-k*(a - b))) + c*a", "b");
    }

    private static void assertNoLeaps(String input, String wrt) {
        Derivation d = Deriver.plain().derive(Parser.parseExpression(input), new Sym(wrt));
        assertEquals(List.of(), StepLeaps.checker().of(d), input + " by " + wrt + ": " + d.steps());
    }
}
