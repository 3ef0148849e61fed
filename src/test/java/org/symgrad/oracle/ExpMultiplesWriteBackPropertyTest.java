package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;

/**
 * A definition of an exp of a whole multiple, {@code E = exp(k·u)} for generated {@code u} and
 * {@code |k|} = 2, 3, is written back as its name: the derivative of {@code w·E} is right at random
 * points (finite differences, {@link DerivedForm}), and where it holds the name it no longer holds
 * the body's exp. The exp laws split {@code exp(k·u)} into {@code exp(u)^k}, which a
 * write-back that looked only for atoms to the power ±1 could not name.
 */
class ExpMultiplesWriteBackPropertyTest {

    @Test
    void aDefinedExpOfAMultipleIsWrittenBackAndStaysRight() {
        RandomExprs random = new RandomExprs(20261130);
        int named = 0;
        int tried = 0;
        int k = 2;
        for (int i = 0; i < 90; i++) {
            Expr u = random.next(2);
            String body = Printer.ascii(u);
            if (!org.symgrad.expr.Exprs.contains(u, org.symgrad.expr.Exprs.sym("x"))) {
                continue;
            }
            k = k == 3 ? -2 : k == -2 ? -3 : k == -3 ? 2 : 3;
            String exp = "exp(" + k + "*(" + body + "))";
            String script = "let E = " + exp + "; derive w*E + x wrt x";
            tried++;
            String result = DerivedForm.derivedRight(script, script, Set.of());
            if (result.contains("E")) {
                named++;
                assertFalse(result.contains(exp), script + " gave " + result);
            }
        }
        assertTrue(tried >= 15 && named == tried, named + " of " + tried + " generated derivatives are written in E");
    }
}
