package org.symgrad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.simplify.Simplifier;

/** A simplified form asserted, and its value checked against the input's at every index assignment. */
public final class CheckedSimplifications {
    private CheckedSimplifications() {
    }

    /** {@code input} as {@code Simplifier.plain()} prints it is {@code expected}, with the input's value everywhere. */
    public static void assertSimplifies(String input, String expected) {
        Expr e = Parser.parseExpression(input);
        Expr out = Simplifier.plain().simplify(e);
        assertEquals(expected, Printer.ascii(out), input);
        EveryIndexAssignment.assertSameEverywhere(input, e, out, Environment::random);
    }
}
