package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;
import org.symgrad.testing.SimplifiedValues;

/**
 * Powers of one base written as one power, as a textbook prints them (issue 9.5): a root beside a
 * whole power of its base ({@code √(v + ε)(v + ε) = (v + ε)^{3/2}}) and the exp factors of a product
 * ({@code exp(p)·exp(−ρp) = exp((1 − ρ)p)}) — where the normal form keeps them apart, so that
 * simplifying the printed form again gives it back.
 */
class MergedPowersTest {
    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    private static String derived(String input, String wrt) {
        return Printer.ascii(Symgrad.derive(Parser.parseExpression(input), Parser.parseExpression(wrt)).result());
    }

    @Test
    void aRootAndAWholePowerOfItsBaseAreOnePower() {
        // batch-norm-steps.sg:7, Ioffe & Szegedy: (σ² + ε)^(−3/2)
        assertEquals("-sum(i, D_i*(x_i - mu))/(2*(v + eps)^(3/2))",
                derived("sum_i D_i*(x_i - mu)/sqrt(v + eps)", "v"));
        assertEquals("5*x^(3/2)/2", derived("x^(5/2)", "x"));
        assertEquals("(a + b)^(3/2)", simplified("sqrt(a + b)*(a + b)"));
        assertEquals("c/(a + b)^(3/2)", simplified("c/(sqrt(a + b)*(a + b))"));
    }

    @Test
    void theExpFactorsOfAProductAreOneExp() {
        assertEquals("exp(x*(1 + y))", simplified("exp(x)*exp(x*y)"));
        // the square of a difference the input wrote stays as written (issue 9.5), not (2*mu*x - mu^2 - x^2)/2
        assertEquals("exp(-(x - mu)^2/2)", simplified("exp(-(x - mu)^2/2)"));
        // arguments without a common factor stay apart, as the softmax derivation prints exp(x_i)·exp(x_j),
        // unless the input wrote them as one exp
        assertEquals("exp(x_i)*exp(x_j)", simplified("exp(x_i)*exp(x_j)"));
        assertEquals("exp(x_i + x_j)", simplified("exp(x_i + x_j)"));
        // tweedie.sg:7, XGBoost's Tweedie gradient, with the exps the input wrote (WrittenExponentials):
        // not exp(p*(1 - rho))*(exp(p) - y), whose exp(p) the input never wrote; (2 - rho)*p as written
        assertEquals("exp((2 - rho)*p) - y*exp((1 - rho)*p)",
                derived("-y*exp((1 - rho)*p)/(1 - rho) + exp((2 - rho)*p)/(2 - rho)", "p"));
        // exp(x/y + z) normalises to one atom, not to exp(x/y)·exp(z): these stay apart
        assertEquals("exp(z)*exp(x/y)", simplified("exp(x/y)*exp(z)"));
    }

    /**
     * Products of roots, whole powers of their bases and exps of generated expressions: simplified,
     * the value is kept and simplifying the result again changes nothing.
     */
    @Test
    void mergedPowersKeepTheValueAndAreAFixedPoint() {
        RandomExprs gen = new RandomExprs(1_618L);
        Random random = new Random(5L);
        int compared = 0;
        for (int t = 0; t < 200; t++) {
            Expr a = gen.next(1 + random.nextInt(2));
            Expr b = gen.next(1 + random.nextInt(2));
            Expr base = Exprs.add(Exprs.num(2), Exprs.pow(a, 2));
            List<Expr> factors = List.of(Exprs.pow(base, Exprs.num(org.symgrad.expr.Rational.of(1, 2))),
                    Exprs.pow(base, 1 + random.nextInt(3) - 2 * random.nextInt(2) * 2),
                    Exprs.exp(a), Exprs.exp(Exprs.mul(Exprs.num(random.nextInt(5) - 2), b)), Exprs.add(a, b));
            Expr e = Exprs.mul(factors.subList(random.nextInt(2), factors.size()));
            compared += SimplifiedValues.compared(e, 17, t);
        }
        assertTrue(compared > 200, "only " + compared + " usable points");
    }
}
