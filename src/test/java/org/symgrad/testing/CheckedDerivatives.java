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

    /**
     * {@link #assertDerivative(String, String, String)}, and the same form from the derivation with its steps
     * and from the one without: the two paths may not disagree.
     */
    public static void assertDerivativeBothPaths(String input, String wrt, String expected) {
        assertDerivative(input, wrt, expected);
        assertFormBothPaths(input, wrt, expected);
    }

    /**
     * The form of {@code ∂input/∂wrt} from the derivation with its steps and from the one without, both {@code expected};
     * its value is not checked here (a log of a name is undefined at the random negative points; a corpus checks it).
     */
    public static void assertFormBothPaths(String input, String wrt, String expected) {
        Expr of = Parser.parseExpression(input);
        Expr var = Parser.parseExpression(wrt);
        assertEquals(expected, Printer.ascii(Deriver.plain().derivative(of, var)), input);
        assertEquals(expected, Printer.ascii(Deriver.plain().derive(of, var).result()), input + " with steps");
        assertEquals(expected, Printer.ascii(Deriver.plain().result(of, var).result()), input + " without steps");
    }

    /** {@code input} as {@code Simplifier.plain()} prints it is {@code expected}, and has the input's value everywhere. */
    public static void assertSimplifies(String input, String expected) {
        Expr in = Parser.parseExpression(input);
        Expr out = org.symgrad.simplify.Simplifier.plain().simplify(in);
        assertEquals(expected, Printer.ascii(out), input);
        EveryIndexAssignment.assertSameEverywhere(input, in, out, Environment::random);
    }
}
