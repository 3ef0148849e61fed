package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.Idempotence;
import org.symgrad.testing.RandomExprs;
import org.symgrad.testing.SimplifiedValues;

/**
 * Decimals only where the input wrote them ({@link WrittenDecimals}): the {@code exp(−x²/2)} that
 * erf′ brings into the GELU derivative is not {@code exp(−0.5x²)}, while the input's
 * {@code 0.5(1 + erf(x/√2))} and a decimal the input wrote inside a function's argument stay.
 */
class WrittenDecimalsTest {
    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    @Test
    void theRegistrysNumbersAreFractionsBesideTheInputsDecimals() {
        // gelu.sg:11, PyTorch GeluBackwardKernelImpl: 0.5*(1 + erf(x/sqrt(2))) + x*exp(-x^2/2)/sqrt(2*pi)
        assertEquals("x*exp(-x^2/2)/(2*pi)^(1/2) + 0.5*(1 + erf(x/2^(1/2)))",
                Printer.ascii(Symgrad.derive(Parser.parseExpression("0.5*x*(1 + erf(x/sqrt(2)))"),
                        Parser.parseExpression("x")).result()));
        // the terms in the order the input wrote them (SplitNegativeGroupTest)
        assertEquals("0.5*(1 + erf(x)) + x*exp(-x^2/2)", simplified("0.5*(1 + erf(x)) + x*exp(-(x/2^(1/2))^2)"));
    }

    @Test
    void decimalsTheInputWroteInAnArgumentStay() {
        assertEquals("0.5*exp(0.5*x)", simplified("0.5*exp(0.5*x)"));
        assertEquals("0.25*tanh(x/2)", simplified("0.25*tanh(x/2)"));
        assertEquals("0.5*(1 + tanh(x + 0.044715*x^3))", simplified("0.5*(1 + tanh(x + 0.044715*x^3))"));
    }

    /**
     * Generated inputs scaled by a decimal: each result keeps its value and simplifies to itself,
     * and a decimal stands in a function's argument only where the input applies that function
     * to an argument with a decimal.
     */
    @Test
    void aDecimalInAnArgumentIsOneTheInputWroteThere() {
        RandomExprs random = new RandomExprs(31337);
        int compared = 0;
        for (int trial = 0; trial < 200; trial++) {
            Expr inner = random.next(3);
            Expr e = Exprs.mul(new Num(Rational.of(1 + trial % 9, 4), true), inner);
            compared += SimplifiedValues.compared(e, 11, trial);
            Expr out;
            try {
                out = Idempotence.simplifiedOnce(e);
            } catch (org.symgrad.error.SymgradException limit) {
                continue;
            }
            Set<String> withDecimals = new HashSet<>();
            functionsWithDecimals(e, withDecimals);
            Set<String> resultWith = new HashSet<>();
            functionsWithDecimals(out, resultWith);
            resultWith.removeAll(withDecimals);
            assertTrue(resultWith.isEmpty(), Printer.ascii(e) + " gave " + Printer.ascii(out));
        }
        assertTrue(compared > 200, compared + " points compared");
    }

    private static void functionsWithDecimals(Expr e, Set<String> out) {
        if (e instanceof Fn f && f.args().stream().anyMatch(Exprs::writesDecimals)) {
            out.add(f.name());
        }
        Exprs.children(e).forEach(c -> functionsWithDecimals(c, out));
    }
}
