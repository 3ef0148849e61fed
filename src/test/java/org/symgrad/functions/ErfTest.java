package org.symgrad.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Sym;

/** {@code erf}, added as one registry entry: its value, derivative, identities and spellings. */
class ErfTest {
    private static final KnownFunction ERF = FunctionRegistry.get("erf");

    @Test
    void valuesAgreeWithReferenceValuesToAboutTheLastDigit() {
        double[][] reference = {{0.1, 0.1124629160182849}, {0.5, 0.5204998778130465}, {1, 0.8427007929497149},
                {1.7, 0.9837904585907745}, {2, 0.9953222650189527}, {2.9, 0.9999589021219005},
                {3, 0.9999779095030014}, {3.1, 0.9999883513426328}, {4, 0.9999999845827421}, {6, 1.0}};
        for (double[] r : reference) {
            assertEquals(r[1], ERF.value(r[0]), 2e-15, "erf(" + r[0] + ")");
            assertEquals(-r[1], ERF.value(-r[0]), 2e-15, "erf(" + -r[0] + ")");
        }
        assertEquals(0.0, ERF.value(0), 0.0);
    }

    @Test
    void derivativeIsTwoOverRootPiTimesTheGaussian() {
        assertEquals("2*exp(-x^2)/pi^(1/2)", Symgrad.ascii(Symgrad.differentiate(Symgrad.parse("erf(x)"), new Sym("x"))));
        Expr chained = Symgrad.differentiate(Symgrad.parse("erf(x^2)"), new Sym("x"));
        for (double x : new double[] {-1.3, -0.2, 0.7, 1.9}) {
            double h = 1e-5;
            double difference = (ERF.value((x + h) * (x + h)) - ERF.value((x - h) * (x - h))) / (2 * h);
            double symbolic = Evaluator.evaluate(chained, Environment.random(3, 3).withScalar("x", x));
            assertEquals(difference, symbolic, 1e-7 * Math.max(1, Math.abs(symbolic)), "d erf(x²)/dx at " + x);
        }
    }

    @Test
    void oddAndZeroAtZeroAsTheRegistrySays() {
        assertEquals("-erf(x)", Symgrad.ascii(Symgrad.simplify(Symgrad.parse("erf(-x)"))));
        assertEquals("0", Symgrad.ascii(Symgrad.simplify(Symgrad.parse("erf(0)"))));
        assertEquals("pi", Symgrad.ascii(Symgrad.simplify(Symgrad.parse("sqrt(pi)^2"))));
    }

    @Test
    void spelledInEveryNotation() {
        Expr e = Symgrad.parse("erf(x)");
        assertEquals("erf(x)", Symgrad.ascii(e));
        assertEquals("erf(x)", Symgrad.unicode(e));
        assertEquals("\\operatorname{erf}(x)", Symgrad.latex(e));
        assertTrue(Symgrad.latex(Symgrad.differentiate(e, new Sym("x"))).contains("\\pi"));
    }
}
