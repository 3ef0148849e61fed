package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.Idempotence;
import org.symgrad.testing.RandomExprs;
import org.symgrad.testing.SimplifiedValues;

/**
 * A result that is one negative power prints as the fraction it prints as beside other factors
 * ({@link Presenter#product}): {@code 1/(1 + x²)^(3/2)} as {@code 3/(1 + x²)^(3/2)} is, not
 * {@code (1 + x²)^(−3/2)} — XGBoost's pseudo-Huber Hessian {@code 1/(scale·√scale)}.
 */
class LoneReciprocalsTest {
    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    @Test
    void aLoneNegativePowerPrintsAsAFraction() {
        assertEquals("1/(1 + x^2)^(3/2)", simplified("1/sqrt(1 + x^2)^3"));
        assertEquals("1/(1 + x^2)^(1/2)", simplified("(1 + x^2)^(-1/2)"));
        assertEquals("3/(1 + x^2)^(1/2)", simplified("3*(1 + x^2)^(-1/2)"));
        assertEquals("1/x^2", simplified("x^(-2)"));
        assertEquals("(1 + x^2)^(3/2)", simplified("sqrt(1 + x^2)^3"));
    }

    @Test
    void noResultIsALoneNegativePowerAndEachKeepsItsValue() {
        RandomExprs random = new RandomExprs(4242);
        int compared = 0;
        int reciprocals = 0;
        for (int trial = 0; trial < 300; trial++) {
            Expr e = trial % 3 == 0
                    ? Exprs.pow(Exprs.add(Exprs.ONE, Exprs.pow(random.next(2), 2)), new Num(Rational.of(-(1 + 2 * (trial % 4)), 2)))
                    : random.next(3);
            compared += SimplifiedValues.compared(e, 1000, trial);
            Expr once;
            try {
                once = Idempotence.simplifiedOnce(e);
            } catch (org.symgrad.error.SymgradException limit) {
                continue;
            }
            assertFalse(once instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0 && !k.value().isInteger(),
                    Printer.ascii(e) + " gave " + Printer.ascii(once));
            if (Printer.ascii(once).startsWith("1/")) {
                reciprocals++;
            }
        }
        assertTrue(compared > 300, compared + " points compared");
        assertTrue(reciprocals >= 20, reciprocals + " results are a lone reciprocal");
    }
}
