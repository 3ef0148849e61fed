package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.OutputFormat;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.parse.Parser;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.print.Printer;
import org.symgrad.testing.Idempotence;
import org.symgrad.testing.RandomExprs;

/**
 * Decimals the input wrote stay decimals (SPEC §9): arithmetic stays exact, a number read as a
 * decimal (and one computed from such numbers) prints as a decimal where its expansion terminates,
 * and the simplifier does not clear decimal denominators into one common denominator
 * ({@code 26829x² + 200000 over 200000} is written {@code 1 + 0.134145x²}).
 */
class DecimalsTest {
    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    @Test
    void aDecimalIsReadAsOneAndEqualsItsFractionInValueOnly() {
        Expr half = Parser.parseExpression("0.5");
        assertEquals(new Num(Rational.of(1, 2), true), half);
        assertNotEquals(Parser.parseExpression("1/2"), half);
        assertEquals("0", simplified("0.5 - 1/2"));
        assertEquals("0", simplified("0.5*x - x/2"));
        assertFalse(new Num(Rational.of(1, 3), true).decimal(), "1/3 has no terminating decimal");
        assertFalse(new Num(Rational.of(2), true).decimal(), "an integer is written as one");
    }

    @Test
    void decimalsRoundTripThroughEveryPrinter() {
        for (String input : List.of("0.5*x", "0.134145*x^2 + 1", "-0.25*y + 0.001", "x^0.5", "1e-3*z")) {
            Expr e = Parser.parseExpression(input);
            String ascii = Printer.ascii(e);
            assertEquals(ascii, Printer.ascii(Parser.parseExpression(ascii)), input + " as ascii");
            assertEquals(ascii, Printer.ascii(Parser.parseExpression(Printer.unicode(e))), input + " as unicode "
                    + Printer.unicode(e));
            assertTrue(Printer.latex(e).contains("0."), Printer.latex(e));
            Expr fromLatex = LatexReader.read(Printer.latex(e)).expr().orElseThrow();
            assertEquals(Printer.ascii(e), Printer.ascii(fromLatex), input + " as latex " + Printer.latex(e));
        }
        assertEquals("0.5*x", Printer.ascii(Parser.parseExpression("0.5*x")));
        assertEquals("x/2", Printer.ascii(Parser.parseExpression("x/2")));
        assertEquals("0.001*z", Printer.ascii(Parser.parseExpression("1e-3*z")));
    }

    @Test
    void numbersComputedFromDecimalsAreDecimals() {
        assertEquals("0.134145", simplified("3*0.044715"));
        assertEquals("0.5 + 0.134145*x^2", simplified("0.5 + 3*0.044715*x^2"));
        // the terms in the order the input wrote the terms they come from
        assertEquals("0.5*x + 0.001", Printer.ascii(Symgrad.derive(Parser.parseExpression("0.25*x^2 + 0.001*x"),
                Exprs.sym("x")).result()));
        assertEquals("0.003 + 0.5*t", Printer.ascii(Symgrad.derive(Parser.parseExpression("0.003*t + 0.25*t^2"),
                Exprs.sym("t")).result()));
        // without a decimal in the input, fractions stay fractions
        assertEquals("(2 + x^2)/4", simplified("x^2/4 + 1/2"));
    }

    @Test
    void decimalDenominatorsAreNotClearedIntoACommonDenominator() {
        assertEquals("1 + 0.134145*x^2", simplified("1 + 0.134145*x^2"));
        // a sum of integers is not turned into decimals: x + 2 stays
        assertEquals("0.5*(x + 3)", simplified("0.5*(x + 3)"));
    }

    /**
     * gelu.sg:16: the tanh-GELU derivative keeps the kernel's 0.5 (in each of the product rule's terms,
     * as the kernel writes them) and 3·0.044715 = 0.134145.
     */
    @Test
    void theTanhGeluDerivativeKeepsItsDecimals() {
        String script = "let u = sqrt(2/pi)*(x + 0.044715*x^3)\nderive 0.5*x*(1 + tanh(u)) wrt x\n";
        String out = Symgrad.script(script, false).text(OutputFormat.ASCII, false).strip();
        assertEquals("diff(0.5*x*(1 + tanh(u)), x) = "
                + "0.5*(1 + tanh(u)) + 0.5*x*(2/pi)^(1/2)*(1 - tanh(u)^2)*(1 + 0.134145*x^2)", out);
        assertFalse(out.contains("200000"), out);
    }

    /** gelu.sg:11: the erf-GELU derivative, written term by term, keeps the kernel's 0.5 in each term. */
    @Test
    void aResultWrittenTermByTermKeepsItsDecimals() {
        String out = Printer.ascii(Symgrad.derive(Parser.parseExpression("0.5*x*(1 + erf(x/sqrt(2)))"),
                Exprs.sym("x")).result());
        assertTrue(out.contains("0.5*(1 + erf(x/2^(1/2)))"), out);
        assertFalse(out.contains(")/2"), out);
    }

    /**
     * Generated expressions with decimal coefficients: simplified, the value is unchanged, the same
     * as with the coefficients written as fractions, and simplifying again changes nothing.
     */
    @Test
    void decimalsKeepTheValueAndTheNormalFormIsAFixedPoint() {
        RandomExprs gen = new RandomExprs(2_718L);
        Random random = new Random(31L);
        String[] decimals = {"0.5", "0.25", "0.044715", "1.5", "0.2", "0.125", "2.75", "0.001"};
        int compared = 0;
        for (int t = 0; t < 200; t++) {
            List<Expr> terms = new ArrayList<>();
            List<Expr> fractions = new ArrayList<>();
            for (int k = 0; k < 2 + random.nextInt(2); k++) {
                Expr body = gen.next(1 + random.nextInt(2));
                Num d = Exprs.literal(decimals[random.nextInt(decimals.length)]);
                terms.add(Exprs.mul(d, body));
                fractions.add(Exprs.mul(new Num(d.value()), body));
            }
            Expr e = Exprs.add(terms);
            Expr once;
            try {
                once = Idempotence.simplifiedOnce(e);
            } catch (org.symgrad.error.SymgradException limitOrInput) {
                continue;
            }
            Expr asFractions = Simplifier.simplifyPlain(Exprs.add(fractions));
            for (long seed = 1; seed <= 2; seed++) {
                Environment env = Environment.random(seed * 13 + t, 3);
                double a = Evaluator.evaluate(e, env);
                if (!Double.isFinite(a) || Math.abs(a) > 1e8) {
                    continue;
                }
                double tolerance = 1e-8 * Math.max(1, Math.abs(a));
                assertEquals(a, Evaluator.evaluate(once, env), tolerance, () -> Printer.ascii(e) + " became "
                        + Printer.ascii(once));
                assertEquals(a, Evaluator.evaluate(asFractions, env), tolerance, () -> Printer.ascii(e));
                compared++;
            }
        }
        assertTrue(compared > 200, "only " + compared + " usable points");
    }
}
