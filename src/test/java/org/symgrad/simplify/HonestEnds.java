package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.derive.Step;
import org.symgrad.derive.StepLeaps;
import org.symgrad.derive.StepUndos;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/** Test helper: a derivation by x ends on no form costlier than a line it passed, with no undo and no leap. */
final class HonestEnds {
    private HonestEnds() {
    }

    static void assertHonest(List<String> inputs) {
        for (String input : inputs) {
            Derivation d = Deriver.plain().derive(Parser.parseExpression(input), new Sym("x"));
            List<Step> steps = d.steps();
            Expr result = steps.get(steps.size() - 1).expr();
            for (Step s : steps.subList(1, steps.size() - 1)) {
                if (!Exprs.any(s.expr(), x -> x instanceof Derivative)) {
                    assertTrue(TextbookCost.asPrinted(result) <= TextbookCost.asPrinted(s.expr()),
                            input + " ends on " + Printer.ascii(result) + " after " + Printer.ascii(s.expr()));
                }
            }
            assertEquals(List.of(), StepUndos.of(d), input);
            assertEquals(List.of(), StepLeaps.checker().of(d), input);
        }
    }
}
