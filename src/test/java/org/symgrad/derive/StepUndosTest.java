package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * Issue 8/9 standard, "never undo": no step brings back a part of the expression an earlier step
 * took away ({@link StepUndos}) — over the gallery, the textbook corpus and the reach corpus.
 */
class StepUndosTest {
    /** The undos of one derivation of {@code script}, one line each. */
    static List<String> undos(String script, Derivation d) {
        List<String> out = new ArrayList<>();
        for (StepUndos.Undo u : StepUndos.of(d)) {
            out.add(script + " d" + Printer.ascii(d.of()) + "/d" + Printer.ascii(d.wrt()) + ": step " + u.step()
                    + " (" + u.rule() + ") brings back " + Printer.ascii(u.part()) + ", which step " + u.undone()
                    + " (" + d.steps().get(u.undone()).rule() + ") removed");
        }
        return out;
    }

    @Test
    void corporaCountUndos() throws IOException {
        CorpusDerivations.Findings undos = CorpusDerivations.findOverCorpora("undos", StepUndosTest::undos);
        assertTrue(undos.steps() > 2000, "steps measured: " + undos.steps());
        // at f5ccc3d (before every step after the differentiation was written with the input's differences): 16
        // a stage that brings back what an earlier one removed made from before that one (steps, 2026-12-01): 5;
        // that looked for in the steps as shown, with the input's differences: 4
        // a factor and its copy over a δ's other index cancel (DeltaBeforeCancellingTest): 3
        // an even power of a difference shown as the input wrote it, a number kept in its bracket under Σ (WrittenBracketsKeptTest): 1
        assertTrue(undos.lines().size() <= 1, "undos: " + undos.lines().size());
    }

    @Test
    void aConstantTakenIntoCasesDoesNotTurnBackWhatTheArithmeticTurned() {
        // CatBoost's quantile CalcDer: -where(…, -α, -(α - 1)) was written -where(…, -α, 1 - α) by the arithmetic,
        // and constant-into-cases brought α - 1 back; the law now goes from the line before, in one step
        for (String input : List.of("-where(y - a > 0, alpha*(y - a), (alpha - 1)*(y - a))",
                "-where(a > 1, 2*a, (b - 1)*(c - a))", "-where(a > 0, a, (b - 1)*(y - a))")) {
            Derivation d = Deriver.plain().derive(Parser.parseExpression(input), new Sym("a"));
            assertEquals(List.of(), StepUndos.of(d), "undos in " + input + ": " + d.steps());
            assertEquals(List.of(), StepLeaps.checker().of(d), "leaps in " + input + ": " + d.steps());
            assertEquals("constant-into-cases", d.steps().get(d.steps().size() - 1).rule(), "steps: " + d.steps());
        }
    }

    @Test
    void aSumSplitAndGatheredBackWithItsNumberInFrontIsADetourDropped() {
        // soft-DTW's Jacobian product: after the δ contraction the arithmetic split Σ_j 2E_aj(X_ae − Y_je) and the final
        // stage gathered it back as 2Σ_j E_aj(X_ae − Y_je), which the detour dropper did not see as the line it left
        Derivation d = Deriver.plain().derive(Parser.parseExpression("sum_i sum_j E_{ij}*sum_k (X_{ik} - Y_{jk})^2"),
                Parser.parseExpression("X_{ae}"));
        assertEquals(List.of(), StepUndos.of(d), "steps: " + d.steps());
        assertEquals(List.of(), StepLeaps.checker().of(d), "steps: " + d.steps());
        assertEquals("2*sum(j, E_{aj}*(X_{ae} - Y_{je}))", Printer.ascii(d.result()));
    }

    @Test
    void aDifferenceTurnedAndTurnedBackIsAnUndo() {
        Derivation d = new Derivation(new Sym("x"), new Sym("x"), List.of(new Step("a", Parser.parseExpression("y*(1 - x)")),
                new Step("factor-out-common-factor", Parser.parseExpression("-y*(x - 1)")),
                new Step("collect-like-terms", Parser.parseExpression("y*(1 - x) + z"))), List.of());
        assertEquals(1, StepUndos.of(d).size(), StepUndos.of(d).toString());
    }
}
