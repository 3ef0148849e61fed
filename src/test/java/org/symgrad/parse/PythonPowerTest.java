package org.symgrad.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.print.Printer;

/**
 * {@code **} is the power, as Python, NumPy and SymPy write it, so an expression pasted from a SymPy
 * session reads as it does there: {@code x**2*exp(-x)}. Before, it was "unexpected '*'".
 */
class PythonPowerTest {
    private static String parsed(String e) {
        return Printer.ascii(Parser.parseExpression(e));
    }

    @Test
    void doubleStarIsThePowerWithTheSamePrecedenceAndAssociativity() {
        assertEquals(parsed("x^2*exp(-x)"), parsed("x**2*exp(-x)"));
        assertEquals(parsed("-x^2"), parsed("-x**2"));
        assertEquals(parsed("a^b^c"), parsed("a**b**c"));
        assertEquals(parsed("2*x^(-1)"), parsed("2*x**(-1)"));
        assertEquals(parsed("(1 - sigma(z))^2*w_i"), parsed("(1 - sigma(z))**2*w_i"));
    }

    @Test
    void aSympyExpressionDifferentiatesAsThere() {
        // sympy.diff(x**2*exp(-x), x) prints -x**2*exp(-x) + 2*x*exp(-x)
        assertEquals(Printer.ascii(Symgrad.simplify(Parser.parseExpression("-x^2*exp(-x) + 2*x*exp(-x)"))),
                Printer.ascii(Symgrad.simplify(Symgrad.differentiate(Parser.parseExpression("x**2*exp(-x)"),
                        Parser.parseExpression("x")))));
    }
}
