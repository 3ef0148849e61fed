package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Derivation;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * A sum the input wrote with a square of a sum in it is printed as the input wrote it, not multiplied out
 * ({@link WrittenNestedSums}, {@code nested-sum-as-written}), and the difference it squares keeps its written turn.
 */
class WrittenNestedSumsTest {
    private static Derivation derived(String input, String wrt) {
        return Symgrad.derive(Parser.parseExpression(input), Parser.parseExpression(wrt));
    }

    @Test
    void theLogOfOnePlusASquaredDifferenceKeepsTheDifferenceAsWritten() {
        // was 2*(2*y + sinh(tanh(z)) - x)/(2*x*(2*y + sinh(tanh(z))) - (x^2 + 4*y^2 + … + 1)): the square multiplied out, the sum turned
        assertEquals("2*(x - 2*y - sinh(tanh(z)))/(1 + (x - 2*y - sinh(tanh(z)))^2)",
                Printer.ascii(derived("log(1 + (x - 2*y - sinh(tanh(z)))^2)", "x").result()));
        // a binomial's square is not gathered into a square no one wrote: 1 + (2x − y)², not 1 + 4(x − y/2)²
        assertEquals("4*(2*x - y)/(1 + (2*x - y)^2)", Printer.ascii(derived("log(1 + (2*x - y)^2)", "x").result()));
        // nor a difference with a constant multiplied out: 1 + (x − 3)², not x² − 6x + 10
        assertEquals("2*(x - 3)/(1 + (x - 3)^2)", Printer.ascii(derived("log(1 + (x - 3)^2)", "x").result()));
        // arctan's derivative over the input's argument
        assertEquals("1/(1 + (x - y - z)^2)", Printer.ascii(derived("atan(x - y - z)", "x").result()));
    }

    /**
     * For random differences u = x ± c₁t₁ ± … (terms of symbols, functions of them and a whole number, in random order),
     * d/dx log(1 + u²) is printed 2u/(1 + u²) with u as written, its order and its sign, in both places; the
     * result is its own simplified form and the derivation ends there.
     */
    @Test
    void forRandomDifferencesTheDerivativeOfLogOnePlusTheSquareKeepsTheirWrittenOrderAndSign() {
        List<String> pool = List.of("y", "z", "w", "sinh(tanh(z))", "exp(w)", "cos(y)", "sigma(y)", "3");
        Random random = new Random(2_727L);
        for (int t = 0; t < 60; t++) {
            List<String> atoms = new ArrayList<>(pool);
            java.util.Collections.shuffle(atoms, random);
            int terms = 1 + random.nextInt(3);
            StringBuilder u = new StringBuilder("x");
            boolean number = false;
            for (int k = 0; k < terms; k++) {
                String atom = atoms.get(k);
                boolean isNumber = Character.isDigit(atom.charAt(0));
                if (isNumber && number) {
                    continue; // one number: two would be added up into one
                }
                number |= isNumber;
                u.append(random.nextInt(3) == 0 ? " + " : " - ");
                int c = 1 + random.nextInt(3);
                u.append(c == 1 || isNumber ? atom : c + "*" + atom);
            }
            String written = Printer.ascii(Parser.parseExpression(u.toString()));
            String input = "log(1 + (" + written + ")^2)";
            Derivation d = derived(input, "x");
            Expr result = d.result();
            assertEquals("2*(" + written + ")/(1 + (" + written + ")^2)", Printer.ascii(result), input);
            assertEquals(result, Simplifier.simplifyPlain(result), () -> "not a fixed point: " + Printer.ascii(result));
        }
    }
}
