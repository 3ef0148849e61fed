package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.rewrite.PositiveRoots;
import org.symgrad.rewrite.Trace;
import org.symgrad.rewrite.TraceRecorder;
import org.symgrad.testing.RandomExprs;
import org.symgrad.testing.SimplifiedValues;

/**
 * Roots of products of positive constants have one normal form ({@link PositiveRoots}): split down
 * to roots of single constants, printed merged again as one root ({@code √(2π)}), so that equal
 * values written differently cancel — and symbolic bases, whose sign is unknown, stay whole.
 */
class PositiveRootsTest {
    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    @Test
    void rootsOfProductsOfPositiveConstantsCancel() {
        assertEquals("0", simplified("sqrt(2*pi) - sqrt(2)*sqrt(pi)"));
        assertEquals("0", simplified("sqrt(6) - sqrt(2)*sqrt(3)"));
        assertEquals("0", simplified("sqrt(2/pi) - sqrt(2)/sqrt(pi)"));
        assertEquals("0", simplified("(4*pi)^(1/3) - 2^(2/3)*pi^(1/3)"));
        assertEquals("0", simplified("sqrt(1/2) - sqrt(2)/2"));
        assertEquals("0", simplified("sqrt(exp(1)*pi) - sqrt(exp(1))*sqrt(pi)"));
    }

    @Test
    void aRootOfPositiveConstantsIsPrintedAsOneRoot() {
        assertEquals("(2*pi)^(1/2)", simplified("sqrt(2)*sqrt(pi)"));
        assertEquals("x*exp(-x^2/2)/(2*pi)^(1/2)", simplified("x*exp(-x^2/2)/(sqrt(2)*sqrt(pi))"));
        assertEquals("x*(2/pi)^(1/2)", simplified("x*sqrt(2)/sqrt(pi)"));
        assertEquals("2*x*2^(1/2)", simplified("x*sqrt(8)"));
        assertEquals("2*pi^(1/2)", simplified("sqrt(2*pi)*sqrt(2)"));
        assertEquals("2*pi^(2/3)", simplified("(2*pi)^(1/3)*(4*pi)^(1/3)"));
        assertEquals("x^(2/3)", simplified("x^(1/3)*x^(1/3)"));
    }

    @Test
    void symbolicBasesStayWhole() {
        // (x·y)^{1/2} = x^{1/2}·y^{1/2} only where x, y ≥ 0: without an assumption it is not used
        assertEquals("(x*y)^(1/2) - x^(1/2)*y^(1/2)", simplified("sqrt(x*y) - sqrt(x)*sqrt(y)"));
        assertEquals("(2*x)^(1/2)", simplified("sqrt(2*x)"));
        assertEquals("(-2)^(1/3)", simplified("(-2)^(1/3)"));
    }

    @Test
    void theGeluDerivativeHasTheSourcesRoot() {
        // gelu.sg:11, PyTorch's GeluBackwardKernelImpl: pdf = exp(-x²/2)/√(2π); erf′'s -x²/2 is no decimal
        // the input wrote (WrittenDecimals)
        assertEquals("x*exp(-x^2/2)/(2*pi)^(1/2) + 0.5*(1 + erf(x/2^(1/2)))",
                Printer.ascii(Symgrad.derive(Parser.parseExpression("0.5*x*(1 + erf(x/sqrt(2)))"),
                        new Sym("x")).result()));
    }

    @Test
    void theLawsAreCitedByName() {
        TraceRecorder trace = new TraceRecorder();
        Simplifier.plain().simplify(Parser.parseExpression("sqrt(2*pi) - sqrt(2)*sqrt(pi)"), trace);
        List<String> fired = new ArrayList<>();
        trace.replay(new Trace() {
            @Override
            public void fired(String rule) {
                fired.add(rule);
            }
        });
        assertTrue(fired.contains(PositiveRoots.POWER_OF_POSITIVE_PRODUCT.name()), fired.toString());
    }

    /**
     * Products of rational powers of positive constants (numbers, π, e, sums of them) times a
     * generated expression: simplified, the value is kept and simplifying again changes nothing.
     */
    @Test
    void rootsOfConstantsKeepTheValueAndAreAFixedPoint() {
        RandomExprs gen = new RandomExprs(2_718L);
        Random random = new Random(11L);
        List<Expr> constants = List.of(Exprs.num(2), Exprs.num(3), Exprs.num(12), Exprs.num(Rational.of(3, 8)),
                new Sym("pi"), Exprs.exp(Exprs.ONE), Exprs.add(Exprs.ONE, new Sym("pi")));
        int compared = 0;
        for (int t = 0; t < 150; t++) {
            List<Expr> factors = new ArrayList<>();
            factors.add(gen.next(1 + random.nextInt(2)));
            int roots = 1 + random.nextInt(3);
            for (int r = 0; r < roots; r++) {
                Expr base = Exprs.mul(constants.get(random.nextInt(constants.size())),
                        Exprs.pow(constants.get(random.nextInt(constants.size())), random.nextInt(3) - 1));
                Rational k = Rational.of(random.nextInt(5) - 2, 2 + random.nextInt(2));
                factors.add(Exprs.pow(base, Exprs.num(k.isZero() ? Rational.of(1, 2) : k)));
            }
            Expr e = random.nextBoolean() ? Exprs.mul(factors) : Exprs.add(factors);
            compared += SimplifiedValues.compared(e, 31, t);
        }
        assertTrue(compared > 150, "only " + compared + " usable points");
    }
}
