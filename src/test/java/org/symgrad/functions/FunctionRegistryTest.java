package org.symgrad.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * Every entry of the registry is consistent with its own numeric value: the derivative with a
 * central finite difference, the parity, special and exact values, the exp/log definition, the
 * write-back inverses and the quotient with the functions it names; spellings are unique and read
 * back by the parser.
 */
class FunctionRegistryTest {
    private static final Sym X = new Sym("x");
    private static final double[] POINTS = {-2.3, -1.1, -0.4, 0.3, 0.9, 1.7, 2.6};

    private static double at(Expr e, double x) {
        return Evaluator.evaluate(e, Environment.random(1, 3).withScalar("x", x));
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-7 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** Where f is smooth and defined: positive for log and sqrt, away from the kinks at 0. */
    private static List<Double> domain(KnownFunction f) {
        List<Double> out = new ArrayList<>();
        for (double x : POINTS) {
            if (Double.isFinite(f.value(x)) && Double.isFinite(f.value(x + 1e-3)) && Double.isFinite(f.value(x - 1e-3))) {
                out.add(x);
            }
        }
        return out;
    }

    private static List<KnownFunction> unary() {
        return FunctionRegistry.ALL.stream().filter(f -> f.arity() == 1).toList();
    }

    @Test
    void everyDerivativeEqualsACentralDifferenceOfTheValue() {
        for (KnownFunction f : unary()) {
            for (double x : domain(f)) {
                double h = 1e-5;
                double difference = (f.value(x + h) - f.value(x - h)) / (2 * h);
                double symbolic = at(f.derivative(X), x);
                assertTrue(Math.abs(difference - symbolic) <= 1e-6 * Math.max(1, Math.abs(symbolic)),
                        f.name() + "' at " + x + ": " + symbolic + " vs difference " + difference);
            }
        }
    }

    @Test
    void parityHoldsNumerically() {
        for (KnownFunction f : unary()) {
            for (double x : domain(f)) {
                if (!domain(f).contains(-x) && !Double.isFinite(f.value(-x))) {
                    continue;
                }
                double plus = f.value(x);
                double minus = f.value(-x);
                boolean holds = switch (f.parity()) {
                    case ODD -> close(minus, -plus);
                    case EVEN -> close(minus, plus);
                    case COMPLEMENTARY -> close(minus, 1 - plus);
                    case NONE -> true;
                };
                assertTrue(holds, f.name() + " is " + f.parity() + " but f(" + x + ") = " + plus + ", f(" + -x + ") = " + minus);
            }
        }
    }

    @Test
    void specialAndExactValuesAreTheNumericValues() {
        for (KnownFunction f : unary()) {
            for (Map.Entry<Rational, Expr> v : f.specialValues().entrySet()) {
                assertTrue(close(f.value(v.getKey().doubleValue()), at(v.getValue(), 0)), f.name() + "(" + v.getKey() + ")");
            }
            if (f.exactAtNumbers().isPresent()) {
                for (Rational r : List.of(Rational.of(-3), Rational.of(-1, 2), Rational.ZERO, Rational.of(2, 3), Rational.of(5))) {
                    assertEquals(f.value(r.doubleValue()), f.exactAtNumbers().get().apply(r).doubleValue(), 1e-15,
                            f.name() + "(" + r + ")");
                }
            }
        }
    }

    @Test
    void definitionsInverseWriteBacksAndQuotientsHoldNumerically() {
        for (KnownFunction f : unary()) {
            for (double x : domain(f)) {
                f.definition().ifPresent(d -> assertTrue(close(f.value(x), at(d.apply(X), x)), f.name() + " definition at " + x));
                for (Inverse inverse : f.inverses()) {
                    assertTrue(close(at(inverse.atom().apply(X), x), at(inverse.replacement().apply(X), x)),
                            inverse.name() + " at " + x);
                }
                if (!f.quotientOf().isEmpty()) {
                    KnownFunction g = FunctionRegistry.get(f.quotientOf().get(0));
                    KnownFunction h = FunctionRegistry.get(f.quotientOf().get(1));
                    assertTrue(close(f.value(x), g.value(x) / h.value(x)), f.name() + " as a quotient at " + x);
                }
            }
        }
    }

    @Test
    void everyValueLiesInTheDeclaredRange() {
        double[] points = {0, 1, -1, 0.5, -0.5, 3, -3, 30, -30, 1e3, -1e3};
        for (KnownFunction f : unary()) {
            Range r = f.range();
            for (double x : points) {
                double v = f.value(x);
                if (Double.isNaN(v)) {
                    continue; // outside the domain (log, sqrt of a negative)
                }
                boolean above = v > r.lo() || v == r.lo() && !r.loOpen() || Double.isInfinite(r.lo());
                boolean below = v < r.hi() || v == r.hi() && !r.hiOpen() || Double.isInfinite(r.hi());
                // in floating point σ(30) rounds to 1: only values away from the ends can contradict an open end
                boolean rounded = Math.abs(v - r.lo()) < 1e-12 || Math.abs(v - r.hi()) < 1e-12;
                assertTrue(above && below || rounded, f.name() + "(" + x + ") = " + v + " outside " + r);
            }
        }
    }

    @Test
    void everySpellingNamesOneFunctionAndReadsBack() {
        Set<String> seen = new HashSet<>();
        for (KnownFunction f : FunctionRegistry.ALL) {
            List<String> spellings = new ArrayList<>(f.aliases());
            spellings.add(f.name());
            for (String s : spellings) {
                assertTrue(seen.add(s), "spelling " + s + " is used twice");
                assertEquals(f, FunctionRegistry.spelled(s).orElseThrow(), s);
            }
            List<Expr> args = new ArrayList<>();
            for (int i = 0; i < f.arity(); i++) {
                args.add(new Sym("a" + i));
            }
            if (f.piecewise()) {
                args.set(0, new Fn(Relation.LT.function(), List.of(new Sym("b0"), new Sym("b1"))));
            }
            Expr call = new Fn(f.name(), args);
            if (Relation.ofFunction(f.name()).isPresent()) {
                // a comparison reads only as the condition of a case split
                call = new Fn(FunctionRegistry.WHERE, List.of(call, new Sym("b0"), new Sym("b1")));
            }
            assertEquals(call, Parser.parseExpression(Printer.ascii(call)), f.name());
            assertEquals(call, Parser.parseExpression(Printer.unicode(call)), f.name());
            assertTrue(f.derivativeRule().matches("derivative-of-[a-z][a-z0-9]*(-[a-z]+)*"), f.derivativeRule());
        }
    }

    @Test
    void theFactoriesBuildRegisteredFunctions() {
        for (Fn f : List.of(Exprs.exp(X), Exprs.log(X), Exprs.sigma(X))) {
            assertTrue(FunctionRegistry.isKnown(f.name()), f.name());
        }
        assertEquals(FunctionRegistry.EXP, Exprs.exp(X).name());
        assertEquals(FunctionRegistry.LOG, Exprs.log(X).name());
        assertEquals(FunctionRegistry.SIGMA, Exprs.sigma(X).name());
    }

    @Test
    void piIsAnExactConstant() {
        Expr pi = Parser.parseExpression("pi");
        assertTrue(Constants.isConstant(pi));
        assertEquals(Math.PI, Evaluator.evaluate(pi, Environment.random(7, 3)), 0.0);
        assertEquals("π", Printer.unicode(pi));
        assertEquals("\\pi", Printer.latex(pi));
        if (!Constants.named("pi").isPresent()) {
            fail("pi is in the constants table");
        }
    }
}
