package org.symgrad.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Sym;

/**
 * sec, csc, cot, sech, csch, coth (books write tanh′ = sech² u): read in ASCII and LaTeX, written as the quotient they
 * name (cot and coth, quotients of two functions, keep the name the input wrote, as tan and tanh do), differentiated
 * right (against central differences at random points).
 */
class ReciprocalFunctionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sech(x)      | -tanh(x)/cosh(x)",
            "sech(x)^2    | -2*tanh(x)/cosh(x)^2",
            "csch(x)      | -cosh(x)/sinh(x)^2",
            "coth(2*x)    | -2/sinh(2*x)^2",
            "sec(x)       | tan(x)/cos(x)",
            "csc(x)       | -cos(x)/sin(x)^2",
            "cot(x)       | -1/sin(x)^2"})
    void eachDerivativeIsTheQuotientRulesAndAgreesWithFiniteDifferences(String f, String expected) {
        Expr e = Symgrad.parse(f);
        Expr d = Symgrad.differentiate(e, new Sym("x"));
        assertEquals(expected, Symgrad.ascii(d));
        Random random = new Random(7);
        for (int k = 0; k < 20; k++) {
            double x = 0.2 + 1.2 * random.nextDouble(); // away from the poles of csc, cot, csch, coth
            double h = 1e-6;
            double numeric = (value(e, x + h) - value(e, x - h)) / (2 * h);
            double symbolic = value(d, x);
            assertTrue(Math.abs(numeric - symbolic) <= 1e-5 * Math.max(1, Math.abs(numeric)),
                    f + " at " + x + ": " + symbolic + " vs " + numeric);
        }
    }

    @Test
    void aReciprocalIsWrittenAsOneAndAWrittenQuotientKeepsItsName() {
        assertEquals("1/cosh(x)^2", Symgrad.ascii(Symgrad.simplify(Symgrad.parse("sech(x)^2"))));
        // the presenter writes cos/sin back as the cot the input wrote (simplify.WrittenQuotientNames)
        assertEquals("cot(x)", Symgrad.ascii(Symgrad.simplify(Symgrad.parse("cot(x)"))));
        assertEquals("cos(x)/sin(x)", Symgrad.ascii(Symgrad.simplify(Symgrad.parse("cos(x)/sin(x)"))));
    }

    private static double value(Expr e, double x) {
        return Evaluator.evaluate(e, Environment.random(1, 3).withScalar("x", x));
    }
}
