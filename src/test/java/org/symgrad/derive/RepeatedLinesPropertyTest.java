package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;

/**
 * Issue 9 standard, "steps move forward": no derivation prints a line equal to the line before it
 * — in ASCII, Unicode or LaTeX — and none undoes an earlier step ({@link StepUndos}). A rewrite the
 * printer does not show ({@code √d → d^{1/2}} in LaTeX; {@code g(1 − S)/2 → ½g(1 − S)} in ASCII; a
 * {@code cancel-common-factors} after a rule that already gave the printed form) is merged into the
 * line before it, which cites both rules ({@link StepLog#withoutRepeatedLines}). Over the gallery and
 * the corpora: 19 repeated lines before (main cc3790e: attention-scores, batch-norm, gelu, layer-norm,
 * ranknet …), 0 after; over random expressions (seeded) none.
 */
class RepeatedLinesPropertyTest {
    /** The repeated lines of {@code d} (not its sub-derivations), one line each. */
    static List<String> repeated(String where, Derivation d) {
        List<String> out = new ArrayList<>();
        List<Step> steps = d.steps();
        for (int i = 1; i < steps.size(); i++) {
            Expr before = i == 1 ? d.start() : steps.get(i - 1).expr();
            Expr after = steps.get(i).expr();
            for (String notation : List.of("ascii", "unicode", "latex")) {
                if (print(notation, before).equals(print(notation, after))) {
                    out.add(where + " d" + Printer.ascii(d.of()) + "/d" + Printer.ascii(d.wrt()) + " step " + i + " ("
                            + steps.get(i).rule() + ") prints in " + notation + " as the line before: " + print(notation, after));
                    break;
                }
            }
        }
        return out;
    }

    private static String print(String notation, Expr e) {
        return switch (notation) {
            case "ascii" -> Printer.ascii(e);
            case "unicode" -> Printer.unicode(e);
            default -> Printer.latex(e);
        };
    }

    @Test
    void noCorpusDerivationRepeatsALine() throws IOException {
        CorpusDerivations.Findings repeated = CorpusDerivations.findOverCorpora("repeated lines",
                RepeatedLinesPropertyTest::repeated);
        assertTrue(repeated.steps() > 2000, "steps measured: " + repeated.steps());
        // main cc3790e: 19 (sqrt-as-power in LaTeX, cancel-common-factors after it, exp-law in ASCII …)
        assertEquals(List.of(), repeated.lines());
    }

    @Test
    void randomScalarDerivationsNeitherRepeatNorUndo() {
        RandomExprs gen = new RandomExprs(1212L);
        List<String> found = new ArrayList<>();
        for (int t = 0; t < 120; t++) {
            Expr e = gen.next(3);
            Sym wrt = new Sym(RandomExprs.VARIABLES.get(t % 3));
            found.addAll(findings(Printer.ascii(e), Deriver.plain().derive(e, wrt)));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void randomIndexDerivationsNeitherRepeatNorUndo() {
        RandomExprs gen = new RandomExprs(1213L);
        Expr xj = new Indexed("x", List.of("j"));
        List<String> found = new ArrayList<>();
        for (int t = 0; t < 100; t++) {
            Expr e = gen.nextIndexed(t % 2 == 0 ? Set.of() : Set.of("i"), 3);
            found.addAll(findings(Printer.ascii(e), Deriver.plain().derive(e, xj)));
        }
        assertEquals(List.of(), found);
    }

    private static List<String> findings(String where, Derivation d) {
        List<String> out = new ArrayList<>();
        for (Derivation inner : d.inner()) {
            out.addAll(findings(where, inner));
        }
        out.addAll(repeated(where, d));
        out.addAll(StepUndosTest.undos(where, d));
        return out;
    }

    @Test
    void aRewriteThePrinterDoesNotShowJoinsTheLineBefore() {
        // attention scores: the δ contraction gives K_ij/√d, √d → d^{1/2} prints as √d in LaTeX, and
        // cancelling gave the same line again; with other names and another constant under the root
        Derivation d = Deriver.plain().derive(Parser.parseExpression("sum(m, W_{am}*v_m/sqrt(2*h))"),
                new Indexed("v", List.of("b")));
        assertEquals(List.of(), findings("attention-like", d));
        Step last = d.steps().get(d.steps().size() - 1);
        assertTrue(last.rules().contains("delta-contraction") && last.rules().contains("sqrt-as-power"), last.rule());
        assertEquals(last.rules().size(), Set.copyOf(last.rules()).size(), "each rule cited once: " + last.rule());
    }

    @Test
    void mergedLinesCiteEveryRuleInOrderAndKeepTheResult() {
        Expr root = Parser.parseExpression("x/sqrt(d)");
        Expr power = Parser.parseExpression("x/d^(1/2)");
        Expr start = Parser.parseExpression("diff(x*y/sqrt(d), y)");
        List<Step> steps = List.of(new Step("derivative", start), new Step("constant-factor", root),
                new Step("sqrt-as-power", power), new Step("cancel-common-factors", power));
        List<Step> merged = StepLog.withoutRepeatedLines(steps);
        assertEquals(List.of(new Step("derivative", start), new Step("constant-factor", root),
                new Step("sqrt-as-power, cancel-common-factors", power)), merged);
        // a rule cited by both lines is cited once
        assertEquals(List.of(new Step("derivative", start), new Step("sqrt-as-power, cancel-common-factors", power)),
                StepLog.withoutRepeatedLines(List.of(new Step("derivative", start), new Step("sqrt-as-power, cancel-common-factors",
                        power), new Step("cancel-common-factors", power))));
        // a line that prints otherwise stays its own
        List<Step> distinct = List.of(new Step("derivative", start), new Step("constant-factor", root),
                new Step("collect-like-terms", Parser.parseExpression("x/d")));
        assertEquals(distinct, StepLog.withoutRepeatedLines(distinct));
    }
}
