package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;

/**
 * A gate times a generated factor, defined as a name ({@code G = u·o}, {@code o = σ(ob)}), is not
 * written back where that would take the gate out of its derivative pair {@code o(1 − o)}: the
 * derivative of {@code d·G} by {@code ob} keeps {@code o(1 − o)} whole, and is right at random points.
 */
class DerivativePairsPropertyTest {

    @Test
    void theGateStaysBesideItsComplement() {
        RandomExprs random = new RandomExprs(1503);
        int tried = 0;
        for (int i = 0; i < 30; i++) {
            Expr u = random.next(2);
            if (!Exprs.contains(u, Exprs.sym("x"))) {
                continue;
            }
            String script = "let og = sigma(ob); let G = (" + Printer.ascii(u) + ")*og; derive d*G wrt ob";
            String result = DerivedForm.derivedRight(script, script, Set.of());
            assertTrue(result.contains("og") && result.contains("(1 - og)"), script + " gave " + result);
            assertFalse(result.contains("G"), script + " gave " + result);
            tried++;
        }
        assertTrue(tried >= 10, tried + " tried");
    }
}
