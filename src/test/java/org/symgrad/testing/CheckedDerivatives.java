package org.symgrad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/** A derivative's printed form asserted, and its value checked against the oracle at every index assignment. */
public final class CheckedDerivatives {
    private CheckedDerivatives() {
    }

    /** {@code ∂input/∂wrt} as {@code Deriver.plain()} prints it is {@code expected}, and has the derivative's value everywhere. */
    public static void assertDerivative(String input, String wrt, String expected) {
        assertDerivative(input, Parser.parseExpression(input), Parser.parseExpression(wrt), expected);
    }

    /** {@code ∂input/∂wrt} as {@code Deriver.plain()} gives it, checked against the derivative's value everywhere. */
    public static Expr derivativeChecked(String input, String wrt) {
        Expr of = Parser.parseExpression(input);
        Expr var = Parser.parseExpression(wrt);
        Expr result = Deriver.plain().derivative(of, var);
        EveryIndexAssignment.assertSameEverywhere(input, new Derivative(of, var), result, Environment::random);
        return result;
    }

    /** {@link #assertDerivative(String, String, String)} of an input read otherwise (LaTeX), named {@code input} in messages. */
    public static void assertDerivative(String input, Expr of, Expr var, String expected) {
        Expr result = Deriver.plain().derivative(of, var);
        assertEquals(expected, Printer.ascii(result), input);
        EveryIndexAssignment.assertSameEverywhere(input, new Derivative(of, var), result, Environment::random);
    }
}
