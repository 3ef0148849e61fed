package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;
import org.symgrad.testing.SimplifiedValues;

/**
 * The sign laws of the rule book (issue 9.5): {@code sign(u)·|u|^k = u·|u|^(k−1)} and
 * {@code sign(u)·u^k = |u|·u^(k−1)} for a whole k ≥ 1, true everywhere (u = 0 included), so the
 * derivative of {@code |x|³} is {@code 3x|x|} and softsign's is {@code 1/(1 + |x|)²}, as books print them.
 */
class SignsAbsorbedTest {
    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    private static String derived(String input, String wrt) {
        return Printer.ascii(Symgrad.derive(Parser.parseExpression(input), Parser.parseExpression(wrt)).result());
    }

    @Test
    void aSignBesideAPowerOfItsAbsoluteValueOrOfItsArgumentIsAbsorbed() {
        assertEquals("x^3", simplified("sign(x)*abs(x)^3")); // x·|x|² = x³ (abs-to-even-power)
        assertEquals("x", simplified("sign(x)*abs(x)"));
        assertEquals("abs(x)", simplified("x*sign(x)"));
        assertEquals("x^2*abs(x)", simplified("sign(x)*x^3"));
        assertEquals("y*abs(x - y)", simplified("y*(x - y)*sign(x - y)"));
        // nothing to absorb into: the sign stays
        assertEquals("y*sign(x)", simplified("y*sign(x)"));
        assertEquals("sign(x)/abs(x)", simplified("sign(x)/abs(x)"));
        // an even power of |u| is that power of u (abs-to-even-power)
        assertEquals("0", simplified("abs(x)^2 - x^2"));
        assertEquals("(x - y)^2", simplified("abs(x - y)^2"));
        assertEquals("1/x^2", simplified("1/abs(x)^2"));
        assertEquals("abs(x)^3", simplified("abs(x)^3"));
    }

    @Test
    void derivativesThroughAnAbsoluteValueReadAsBooksPrintThem() {
        assertEquals("3*x*abs(x)", derived("abs(x)^3", "x"));
        assertEquals("4*x^3", derived("abs(x)^4", "x"));
        // softsign (TensorFlow's SoftsignGrad): 1 + |x| − x·sign(x) = 1
        assertEquals("1/(1 + abs(x))^2", derived("x/(1 + abs(x))", "x"));
        assertEquals("2*(x - y)", derived("abs(x - y)^2", "x"));
        assertEquals("2*abs(x)", derived("x*abs(x)", "x"));
    }

    @Test
    void aSymbolicPowerOfAnAbsoluteValueKeepsItsExponentWhole() {
        // CatBoost's Lq CalcDer2 -Q*(Q - 1)*pow(absLoss, Q - 2): the normal form splits |u|^(q-2) into |u|^q*|u|^-2,
        // and the split-off even power written as u^-2 could not join |u|^q again (was -q*(q - 1)*abs(a - y)^q/(a - y)^2)
        assertEquals("-q*(q - 1)*abs(a - y)^(q - 2)", derived("diff(-abs(a - y)^q, a)", "a"));
        assertEquals("q*abs(x)^(q - 2)*(q - 1)", derived("diff(abs(x)^q, x)", "x"));
        assertEquals("abs(x)^(q - 2)", simplified("abs(x)^(q - 2)"));
        // a whole even power alone is still that power of u
        assertEquals("1/x^2", simplified("1/abs(x)^2"));
    }

    /** At u = 0 both sides of each law are 0, as everywhere else they are equal. */
    @Test
    void theLawsHoldAtZeroToo() {
        for (int k = 1; k <= 4; k++) {
            for (String form : new String[] {"sign(x)*abs(x)^" + k + "*y", "sign(x)*x^" + k + "*y"}) {
                Expr e = Parser.parseExpression(form);
                Expr s = Simplifier.simplifyPlain(e);
                assertTrue(!Printer.ascii(s).contains("sign"), form + " kept its sign: " + Printer.ascii(s));
                for (double x : new double[] {-1.5, 0, 0.75}) {
                    Environment env = Environment.random(3, 3).withScalar("x", x).withScalar("y", 1.25);
                    assertEquals(Evaluator.evaluate(e, env), Evaluator.evaluate(s, env), 1e-12, form + " at x = " + x);
                }
            }
        }
    }

    /** Signs of generated arguments beside powers of them: the value is kept and the result is a fixed point. */
    @Test
    void absorbedSignsKeepTheValueAndAreAFixedPoint() {
        RandomExprs gen = new RandomExprs(2_718L);
        Random random = new Random(7L);
        int compared = 0;
        for (int t = 0; t < 200; t++) {
            Expr u = gen.next(1 + random.nextInt(2));
            Expr other = gen.next(1);
            int k = 1 + random.nextInt(3);
            Expr power = random.nextBoolean() ? Exprs.pow(Exprs.fn("abs", u), k) : Exprs.pow(u, k);
            Expr e = Exprs.mul(Exprs.fn("sign", u), power, other);
            compared += SimplifiedValues.compared(e, 31, t);
        }
        assertTrue(compared > 200, "only " + compared + " usable points");
    }
}
