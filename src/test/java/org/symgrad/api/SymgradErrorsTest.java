package org.symgrad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Expr;

/** Library callers get typed exceptions carrying what the CLI prints: a span, or a limit's name. */
class SymgradErrorsTest {
    @Test
    void parseErrorCarriesItsSpan() {
        InputException e = assertThrows(InputException.class, () -> Symgrad.parse("sigma(x) +* 2"));
        SourceSpan span = e.span().orElseThrow();
        assertEquals(1, span.line());
        assertEquals(11, span.column());
        assertEquals("sigma(x) +* 2", span.lineText());
        assertTrue(e.getMessage().contains("expected an expression"), e.getMessage());
        assertEquals(2, e.exitCode());
    }

    @Test
    void scriptErrorCarriesTheLineOfItsStatement() {
        InputException e = assertThrows(InputException.class,
                () -> Symgrad.run("let y_i = exp(z_i)\n\nderive y_i wrt q\n"));
        assertEquals(3, e.span().orElseThrow().line());
        assertTrue(e.getMessage().contains("does not occur"), e.getMessage());
    }

    @Test
    void variableMustBeANameOrIndexedName() {
        InputException e = assertThrows(InputException.class, () -> Symgrad.variable("x + y"));
        assertTrue(e.getMessage().contains("a variable must be a name"), e.getMessage());
    }

    @Test
    void limitsAreNamed() {
        assertEquals("nesting-depth", assertThrows(LimitException.class,
                () -> Symgrad.parse("(".repeat(5000) + "x" + ")".repeat(5000))).limit());
        assertEquals("number-size", assertThrows(LimitException.class,
                () -> Symgrad.parse("1" + "0".repeat(20_000))).limit());
        Expr x = Symgrad.variable("x");
        assertEquals("derivative-order", assertThrows(LimitException.class,
                () -> Symgrad.differentiate(Symgrad.parse("sin(x)"), x, 1000)).limit());
        assertEquals("exponent", assertThrows(LimitException.class,
                () -> Symgrad.simplify(Symgrad.parse("x^2000000000 * x^2000000000"))).limit());
        LimitException size = assertThrows(LimitException.class,
                () -> Symgrad.derive(Symgrad.parse(String.join("^", java.util.Collections.nCopies(600, "x"))), x));
        assertEquals("expression-size", size.limit());
        assertEquals(3, size.exitCode());
        assertTrue(size.describe().startsWith("error: limit exceeded (expression-size): "), size.describe());
    }

    @Test
    void negativeDerivativeOrderIsAnInputError() {
        assertThrows(InputException.class, () -> Symgrad.differentiate(Symgrad.parse("x"), Symgrad.variable("x"), -1));
        assertThrows(InputException.class, () -> Symgrad.differentiate(Symgrad.parse("x"), Symgrad.parse("x + 1")));
        assertThrows(InputException.class, () -> Symgrad.derive(Symgrad.parse("x"), Symgrad.parse("2")));
    }

    @Test
    void divisionByZeroIsAnInputError() {
        assertThrows(InputException.class, () -> Symgrad.simplify(Symgrad.parse("1/(x - x)")));
    }
}
