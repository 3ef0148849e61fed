package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * A {@code simplify} statement or command sums over the index names the input chose, as
 * {@code derive} does: {@code Σ_j x_j + a} stays over j, never the normal form's k, and the
 * renamed result keeps the input's value at every index assignment.
 */
class SimplifiedAsWrittenTest {
    private static void assertSimplifies(String input, String expected) {
        Expr e = Parser.parseExpression(input);
        Expr out = Deriver.plain().simplifiedAsWritten(e);
        assertEquals(expected, Printer.ascii(out), input);
        EveryIndexAssignment.assertSameEverywhere(input, e, out, Environment::random);
    }

    @Test
    void sumsKeepTheInputsIndexNames() {
        assertSimplifies("sum(j, x_j) + a", "a + sum(j, x_j)");
        assertSimplifies("sum(n, x_n*y_n)", "sum(n, x_n*y_n)");
        assertSimplifies("sum(i, x_i)*sum(j, y_j) + sum(i, x_i*z_i)", "sum(i, x_i*(sum(j, y_j) + z_i))");
        // a name the input used for a free index is not taken for a bound one
        assertSimplifies("x_i*sum(i, y_i) + 0", "x_i*sum(k, y_k)");
    }

    @Test
    void theCommandAndTheScriptStatementAgree() {
        Outcome.Simplified command = (Outcome.Simplified) Symgrad.simplification("sum(j, x_j) + a").outcomes().get(0);
        assertEquals("a + sum(j, x_j)", Printer.ascii(command.result()));
        List<Outcome> run = Symgrad.run("simplify sum(j, x_j) + a");
        assertEquals("a + sum(j, x_j)", Printer.ascii(((Outcome.Simplified) run.get(0)).result()));
    }
}
