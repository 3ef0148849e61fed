package org.symgrad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.expr.Exprs.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Rational;

class EvaluatorTest {
    private static final double EPS = 1e-12;
    private final Environment env = Environment.random(7, 3)
            .withScalar("x", 0.5).withScalar("y", -2).withScalar("z", 3);

    private double eval(Expr e) {
        return Evaluator.evaluate(e, env);
    }

    @Test
    void arithmeticAndRationals() {
        assertEquals(0.25, eval(num(Rational.of(1, 4))), EPS);
        assertEquals(0.5 + -2 * 3, eval(add(sym("x"), mul(sym("y"), sym("z")))), EPS);
        assertEquals(-0.5, eval(div(sym("x"), neg(num(1)))), EPS);
        assertEquals(-8, eval(pow(sym("y"), 3)), EPS);
        assertEquals(0.25, eval(pow(sym("y"), -2)), EPS);
        assertEquals(Math.sqrt(3), eval(pow(sym("z"), num(Rational.of(1, 2)))), EPS);
    }

    @Test
    void knownFunctions() {
        assertEquals(1 / (1 + Math.exp(-0.5)), eval(sigma(sym("x"))), EPS);
        assertEquals(0.5, eval(sigma(num(0))), EPS);
        assertEquals(Math.log(1 + Math.exp(0.5)), eval(fn("softplus", sym("x"))), EPS);
        assertEquals(800, eval(fn("softplus", num(800))), 1e-9);
        assertEquals(0, eval(fn("softplus", num(-800))), 1e-300);
        assertEquals(1, eval(sigma(num(-800))) + eval(sigma(num(800))), EPS);
        assertEquals(0, eval(fn("relu", sym("y"))), EPS);
        assertEquals(3, eval(fn("relu", sym("z"))), EPS);
        assertEquals(0.5, eval(fn("heaviside", num(0))), EPS);
        assertEquals(1, eval(fn("heaviside", sym("x"))), EPS);
        assertEquals(-1, eval(fn("sign", sym("y"))), EPS);
        assertEquals(2, eval(fn("abs", sym("y"))), EPS);
        assertEquals(Math.tanh(0.5), eval(fn("tanh", sym("x"))), EPS);
        assertEquals(Math.log(3), eval(log(sym("z"))), EPS);
    }

    @Test
    void symbolNIsTheDimension() {
        assertEquals(3, eval(sym("n")), EPS);
        assertEquals(5, Evaluator.evaluate(sym("n"), env.withN(5)), EPS);
    }

    @Test
    void randomValuesAreDeterministicAndInRange() {
        Environment a = Environment.random(42, 4);
        Environment b = Environment.random(42, 4);
        assertEquals(a.scalar("theta"), b.scalar("theta"));
        assertEquals(a.indexed("W", 1, 2), b.indexed("W", 1, 2));
        assertNotEquals(a.indexed("W", 1, 2), a.indexed("W", 2, 1));
        assertNotEquals(a.scalar("x"), Environment.random(43, 4).scalar("x"));
        for (int i = 1; i <= 4; i++) {
            double v = a.indexed("x", i);
            assertTrue(v >= -1.5 && v <= 1.5);
        }
        assertEquals(9.0, a.withIndexed("W", 9, 1, 2).indexed("W", 1, 2));
    }

    @Test
    void indexedSymbolsResolveThroughBindings() {
        Environment e = env.withIndexed("x", 10, 2).withBinding("i", 2);
        assertEquals(10, Evaluator.evaluate(indexed("x", "i"), e), EPS);
        assertEquals(10, Evaluator.evaluate(indexed("x", "2"), e), EPS);
        assertThrows(IllegalArgumentException.class, () -> Evaluator.evaluate(indexed("x", "j"), e));
        assertEquals(1, Evaluator.evaluate(delta("i", "2"), e), EPS);
        assertEquals(0, Evaluator.evaluate(delta("i", "1"), e), EPS);
    }

    @Test
    void sumsIterateTheirRange() {
        Environment e = env.withIndexed("x", 1, 1).withIndexed("x", 2, 2).withIndexed("x", 4, 3);
        assertEquals(7, Evaluator.evaluate(sum("k", indexed("x", "k")), e), EPS);
        assertEquals(3, Evaluator.evaluate(sum("k", num(1)), e), EPS);
        assertEquals(6, Evaluator.evaluate(new IndexSum("k", num(2), num(3), indexed("x", "k")), e), EPS);
        // Σ_j δ_ij x_j = x_i
        Environment bound = e.withBinding("i", 3);
        assertEquals(4, Evaluator.evaluate(sum("j", mul(delta("i", "j"), indexed("x", "j"))), bound), EPS);
        // the bound k shadows an outer binding of k, which is restored afterwards
        Environment shadow = e.withBinding("k", 1);
        assertEquals(7 + 1, Evaluator.evaluate(add(sum("k", indexed("x", "k")), indexed("x", "k")), shadow), EPS);
        assertThrows(IllegalArgumentException.class,
                () -> Evaluator.evaluate(new IndexSum("k", num(Rational.of(1, 2)), num(3), num(1)), e));
    }

    @Test
    void finiteDifferenceOfDerivativeNode() {
        assertEquals(Math.cos(0.5), eval(new Derivative(fn("sin", sym("x")), sym("x"))), 1e-10);
        assertEquals(3 * 0.25 * -2, eval(new Derivative(mul(pow(sym("x"), 3), sym("y")), sym("x"))), 1e-10);
        // second derivative by nesting
        assertEquals(-Math.sin(0.5),
                eval(new Derivative(new Derivative(fn("sin", sym("x")), sym("x")), sym("x"))), 1e-7);
        // one indexed entry is perturbed
        Environment e = env.withBinding("j", 2);
        Expr sumSquares = sum("k", pow(indexed("x", "k"), 2));
        assertEquals(2 * e.indexed("x", 2), Evaluator.evaluate(new Derivative(sumSquares, indexed("x", "j")), e), 1e-9);
    }

    @Test
    void abstractFunctionsAreSmoothAndPrimesAreExact() {
        Fn f = fn("f", sym("x"));
        Fn fPrime = fn("f'", sym("x"));
        Fn fSecond = fn("f''", sym("x"));
        assertEquals(eval(new Derivative(f, sym("x"))), eval(fPrime), 1e-9);
        assertEquals(eval(new Derivative(fPrime, sym("x"))), eval(fSecond), 1e-9);
        assertNotEquals(eval(f), eval(fn("g", sym("x"))));
        assertEquals(eval(f), Evaluator.evaluate(f, Environment.random(99, 3).withScalar("x", 0.5)), EPS);
    }

    @Test
    void bareSymbolUsedWithIndicesIsAVectorArgument() {
        Expr l = fn("L", sym("y"));
        Environment e = env.withBinding("k", 2);
        // in L(y)·y_1, y is a vector: L depends on y_2
        double viaProduct = Evaluator.evaluate(new Derivative(mul(l, indexed("y", "1")), indexed("y", "k")), e);
        assertNotEquals(0, viaProduct, 1e-6);
        // declared vectors read their entries
        Environment v = e.withVector("y");
        double a = Evaluator.evaluate(l, v);
        double b = Evaluator.evaluate(l, v.withIndexed("y", v.indexed("y", 2) + 0.1, 2));
        assertNotEquals(a, b);
        assertEquals(a, Evaluator.evaluate(l, v.withScalar("y", 100)), EPS);
        // without the declaration y is the scalar y
        assertNotEquals(a, Evaluator.evaluate(l, e));
    }

    @Test
    void multiArgumentAbstractFunctionCouplesArguments() {
        Expr g = new Fn("g", List.of(sym("x"), sym("z")));
        Expr mixed = new Derivative(new Derivative(g, sym("x")), sym("z"));
        assertNotEquals(0, eval(mixed), 1e-4);
    }
}
