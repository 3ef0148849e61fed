package org.symgrad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.api.Symgrad;
import org.symgrad.error.InputException;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.testing.CliRun;

/**
 * Issue 14, items 1 and 2, as a user meets them: tiny inputs that used to recurse to the depth
 * limit, powers and quotients of 0, and a result written in a defined name that must not divide
 * by 0 where the original is defined.
 */
class EdgesTest {
    /** The run with its standard output stripped of surrounding white space. */
    private static CliRun symgrad(String... args) {
        CliRun r = CliRun.symgrad(args);
        return new CliRun(r.exit(), r.out().strip(), r.err());
    }

    @Test
    void namedFunctionsOfALogarithmSimplifyInsteadOfLooping() {
        assertEquals(new CliRun(0, "x/(1 + x)", ""), symgrad("simplify", "sigma(log(x))", "-f", "ascii"));
        assertEquals(new CliRun(0, "log(1 + x)", ""), symgrad("simplify", "softplus(log(x))", "-f", "ascii"));
        assertEquals(new CliRun(0, "(x^2 - 1)/(1 + x^2)", ""), symgrad("simplify", "tanh(log(x))", "-f", "ascii"));
        // through the library: a value, not a StackOverflowError
        assertEquals("x/(1 + x)", Symgrad.ascii(Symgrad.simplify(Symgrad.parse("sigma(log(x))"))));
        assertEquals("1/(1 + x)^2", Symgrad.ascii(Symgrad.differentiate(Symgrad.parse("sigma(log(x))"),
                Symgrad.variable("x"))).replace("(x + 1)", "(1 + x)"));
    }

    @Test
    void aDefinitionWhoseWriteBackHoldsItsOwnAtomDerivesWithoutLooping(@TempDir Path dir) throws IOException {
        Path script = Files.writeString(dir.resolve("h.sg"), "let h_i = z_i/sum(k, exp(z_k))\nderive h_i wrt z_j\n");
        assertEquals(new CliRun(0, "diff(h_i, z_j) = (delta(i,j) - h_i*exp(z_j))/sum(k, exp(z_k))", ""),
                symgrad("run", script.toString(), "-f", "ascii"));
        // through the library too: a value, not a StackOverflowError
        var outcomes = Symgrad.run("let h_i = z_i/sum(k, exp(z_k))\nderive h_i wrt z_j\n");
        assertTrue(outcomes.stream().anyMatch(o -> o instanceof org.symgrad.run.Outcome.Derived), outcomes.toString());
    }

    @Test
    void zeroToAPositivePowerIsZeroAndSoIsItsDerivative() {
        assertEquals(new CliRun(0, "0", ""), symgrad("simplify", "0^(1+x^2)", "-f", "ascii"));
        assertEquals(new CliRun(0, "0", ""), symgrad("diff", "0^(1+x^2)", "--wrt", "x", "-f", "ascii"));
        CliRun steps = symgrad("diff", "0^(1+x^2)", "--wrt", "x", "--steps", "-f", "ascii");
        assertTrue(!steps.out().contains("log(0)"), steps.out());
    }

    @Test
    void zeroOverZeroAndZeroToTheZeroAreInputErrorsWithACaret() {
        CliRun zeroOverZero = symgrad("simplify", "0/0");
        assertEquals(2, zeroOverZero.exit(), zeroOverZero.err());
        assertTrue(zeroOverZero.err().contains("division by zero") && zeroOverZero.err().contains("\n    ^"),
                zeroOverZero.err());
        CliRun zeroToZero = symgrad("simplify", "0^0");
        assertEquals(2, zeroToZero.exit(), zeroToZero.err());
        assertTrue(zeroToZero.err().contains("0^0 is undefined") && zeroToZero.err().contains("\n  ^^^"), zeroToZero.err());
        CliRun oneOverZero = symgrad("simplify", "x*0/0");
        assertEquals(2, oneOverZero.exit(), oneOverZero.err());
        assertEquals(2, symgrad("simplify", "2 + 0^(-1)").exit());
        CliRun superscript = symgrad("simplify", "y + 0\u2070");
        assertEquals(2, superscript.exit(), superscript.err());
        assertTrue(superscript.err().contains("0^0 is undefined") && superscript.err().contains("\n      ^^"),
                superscript.err());
        // built without the parser (a library user, another reader): the product with 0 keeps the 1/0
        for (Expr noNumber : List.of(Exprs.div(Exprs.ZERO, Exprs.ZERO), Exprs.mul(Exprs.ZERO, Exprs.pow(Exprs.ZERO, 0)),
                Exprs.mul(Exprs.sym("x"), Exprs.div(Exprs.ZERO, Exprs.ZERO)))) {
            assertThrows(InputException.class, () -> Symgrad.simplify(noNumber), noNumber::toString);
        }
        assertEquals(Exprs.ZERO, Exprs.mul(Exprs.ZERO, Exprs.pow(Exprs.sym("x"), -1)));
        CliRun computed = symgrad("simplify", "1/(x - x)");
        assertEquals(2, computed.exit(), computed.err());
    }

    @Test
    void aResultInADefinedNameNeverDividesByWhatMayBeZero(@TempDir Path dir) throws IOException {
        Path script = Files.writeString(dir.resolve("h.sg"), "let h = x*exp(-x)\nderive h wrt x\n");
        CliRun r = symgrad("run", script.toString(), "-f", "ascii");
        assertEquals(0, r.exit(), r.err());
        assertEquals("diff(h, x) = exp(-x)*(1 - x)", r.out());
        Expr result = Symgrad.parse(r.out().substring(r.out().indexOf('=') + 1));
        assertEquals(1.0, Evaluator.evaluate(result, Environment.random(1, 3).withScalar("x", 0)), 0.0,
                "the derivative at 0 is 1");
    }
}
