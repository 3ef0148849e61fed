package org.symgrad.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.expr.Exprs.*;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.symgrad.error.LimitException;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;

class DifferentiatorTest {
    private static final Sym X = sym("x");
    private static final Sym Y = sym("y");

    private static void assertNumericallyEqual(Expr expected, Expr actual, Environment env) {
        double a = Evaluator.evaluate(expected, env);
        double b = Evaluator.evaluate(actual, env);
        assertEquals(a, b, 1e-7 * Math.max(1, Math.abs(a)), expected + " vs " + actual);
    }

    @Test
    void indexDerivativeIsKroneckerDelta() {
        Expr d = Differentiator.diff(indexed("x", "i"), indexed("x", "j"));
        assertEquals(delta("i", "j"), d);
        for (int i = 1; i <= 3; i++) {
            for (int j = 1; j <= 3; j++) {
                Environment env = Environment.random(5, 3).withBinding("i", i).withBinding("j", j);
                assertEquals(i == j ? 1.0 : 0.0, Evaluator.evaluate(d, env));
                assertEquals(Evaluator.evaluate(new Derivative(indexed("x", "i"), indexed("x", "j")), env),
                        Evaluator.evaluate(d, env), 1e-9);
            }
        }
        assertEquals(ONE, Differentiator.diff(indexed("x", "i"), indexed("x", "i")));
        assertEquals(delta("1", "2"), Differentiator.diff(indexed("x", "1"), indexed("x", "2")));
        assertEquals(mul(delta("i", "j"), delta("k", "l")),
                Differentiator.diff(indexed("W", "i", "k"), indexed("W", "j", "l")));
    }

    @Test
    void differentObjectsAreIndependent() {
        assertEquals(ZERO, Differentiator.diff(indexed("y", "i"), indexed("x", "i")));
        assertEquals(ZERO, Differentiator.diff(sym("x"), indexed("x", "i")));
        assertEquals(ZERO, Differentiator.diff(indexed("x", "i"), X));
        assertEquals(ZERO, Differentiator.diff(indexed("W", "i", "k"), indexed("W", "j")));
        assertEquals(ZERO, Differentiator.diff(delta("i", "j"), indexed("x", "j")));
    }

    @Test
    void linearLayerGradientMatchesFiniteDifference() {
        Expr z = sum("k", mul(indexed("W", "i", "k"), indexed("x", "k")));
        Indexed wjl = indexed("W", "j", "l");
        Expr d = Differentiator.diff(z, wjl);
        int checked = 0;
        for (int i = 1; i <= 3; i++) {
            for (int j = 1; j <= 3; j++) {
                for (int l = 1; l <= 3; l++) {
                    Environment env = Environment.random(11, 3).withBinding("i", i).withBinding("j", j)
                            .withBinding("l", l);
                    double expected = i == j ? env.indexed("x", l) : 0;
                    assertEquals(expected, Evaluator.evaluate(d, env), 1e-12);
                    assertEquals(Evaluator.evaluate(new Derivative(z, wjl), env), Evaluator.evaluate(d, env), 1e-8);
                    checked++;
                }
            }
        }
        assertEquals(27, checked);
    }

    @Test
    void boundIndexClashingWithVariableIsNotCaptured() {
        Expr e = sum("k", pow(indexed("x", "k"), 2));
        Expr d = Differentiator.diff(e, indexed("x", "k"));
        for (int k = 1; k <= 3; k++) {
            Environment env = Environment.random(3, 3).withBinding("k", k);
            assertEquals(2 * env.indexed("x", k), Evaluator.evaluate(d, env), 1e-12);
        }
    }

    @Test
    void abstractFunctionOfVectorGivesSymbolicDerivative() {
        Fn l = fn("L", sym("y"));
        Indexed yk = indexed("y", "k");
        assertEquals(new Derivative(l, yk), Differentiator.diff(l, yk));
        assertEquals(ZERO, Differentiator.diff(l, X));
        // ∂/∂y_m of ∂L/∂y_k stays symbolic; ∂/∂x of it is 0
        Expr second = Differentiator.diff(new Derivative(l, yk), indexed("y", "m"));
        assertEquals(new Derivative(new Derivative(l, yk), indexed("y", "m")), second);
        assertEquals(ZERO, Differentiator.diff(new Derivative(l, yk), X));
        // product with the symbolic derivative: product rule, the abstract part stays
        Expr e = mul(l, indexed("y", "1"));
        Environment env = Environment.random(8, 3).withBinding("k", 1);
        assertNumericallyEqual(new Derivative(e, yk), Differentiator.diff(e, yk), env);
    }

    @Test
    void abstractFunctionsOfScalars() {
        assertEquals(mul(fn("f'", pow(X, 2)), mul(num(2), X)), Differentiator.diff(fn("f", pow(X, 2)), X));
        assertEquals(fn("f''", X), Differentiator.diff(fn("f", X), X, 2));
        Fn g = new Fn("g", List.of(X, Y));
        assertEquals(new Derivative(g, X), Differentiator.diff(g, X));
        Fn gz = new Fn("g", List.of(X, sym("z")));
        Environment env = Environment.random(4, 3);
        // g(x, z) with z = z: ∂/∂z of ∂g/∂x is a mixed partial, stays symbolic and is numerically right
        Expr mixed = Differentiator.diff(new Derivative(gz, X), sym("z"));
        assertEquals(new Derivative(new Derivative(gz, X), sym("z")), mixed);
        assertNumericallyEqual(Differentiator.diff(fn("f", fn("sin", X)), X),
                mul(fn("f'", fn("sin", X)), fn("cos", X)), env);
        Expr viaChain = Differentiator.diff(fn("f", fn("sin", X)), X);
        assertNumericallyEqual(new Derivative(fn("f", fn("sin", X)), X), viaChain, env);
    }

    @Test
    void nonSmoothFunctions() {
        assertEquals(fn("heaviside", X), Differentiator.diff(fn("relu", X), X));
        assertEquals(fn("sign", X), Differentiator.diff(fn("abs", X), X));
        assertEquals(ZERO, Differentiator.diff(fn("heaviside", X), X));
        assertEquals(ZERO, Differentiator.diff(fn("sign", pow(X, 3)), X));
        for (double v : new double[] {-1.3, -0.4, 0.7, 1.2}) {
            Environment env = Environment.random(1, 3).withScalar("x", v);
            for (String f : List.of("relu", "abs", "heaviside", "sign")) {
                Expr e = fn(f, mul(num(2), X));
                assertNumericallyEqual(new Derivative(e, X), Differentiator.diff(e, X), env);
            }
        }
    }

    @Test
    void textbookDerivativesBeforeSimplification() {
        Environment env = Environment.random(2, 3).withScalar("x", 0.3).withScalar("o", -0.8).withScalar("y", 0.25);
        assertEquals(mul(sigma(X), sub(ONE, sigma(X))), Differentiator.diff(sigma(X), X));
        assertEquals(sigma(X), Differentiator.diff(fn("softplus", X), X));
        Sym o = sym("o");
        Expr bce = neg(add(mul(Y, log(sigma(o))), mul(sub(ONE, Y), log(sub(ONE, sigma(o))))));
        assertNumericallyEqual(sub(sigma(o), Y), Differentiator.diff(bce, o), env);
        assertNumericallyEqual(sub(ONE, sigma(X)), Differentiator.diff(log(sigma(X)), X), env);
    }

    @Test
    void softmaxJacobianMatchesFiniteDifference() {
        Expr softmax = div(exp(indexed("x", "i")), sum("k", exp(indexed("x", "k"))));
        Expr d = Differentiator.diff(softmax, indexed("x", "j"));
        for (int i = 1; i <= 3; i++) {
            for (int j = 1; j <= 3; j++) {
                Environment env = Environment.random(9, 3).withBinding("i", i).withBinding("j", j);
                assertNumericallyEqual(new Derivative(softmax, indexed("x", "j")), d, env);
            }
        }
    }

    @Test
    void higherOrder() {
        // unsimplified: numeric factors are not folded here, that is the simplifier's job
        assertEquals(mul(num(3), num(2), X), Differentiator.diff(pow(X, 3), X, 2));
        assertEquals(pow(X, 3), Differentiator.diff(pow(X, 3), X, 0));
        Expr e = mul(fn("sin", X), exp(X));
        Environment env = Environment.random(6, 3);
        assertNumericallyEqual(new Derivative(new Derivative(e, X), X), Differentiator.diff(e, X, 2), env);
        assertThrows(IllegalArgumentException.class, () -> Differentiator.diff(e, X, -1));
        assertThrows(LimitException.class, () -> Differentiator.diff(e, X, 1000));
    }

    @Test
    void derivativeNodesInTheInputAreEvaluated() {
        Expr e = mul(Y, new Derivative(pow(X, 2), X));
        assertEquals(mul(num(2), X), Differentiator.diff(e, Y));
        assertEquals(mul(num(2), X), new Differentiator().evaluateDerivatives(new Derivative(pow(X, 2), X)));
    }

    @Test
    void definitionsSupplyLeafDerivatives() {
        // y_i := Σ_j W_ij x_j + b_i, so ∂y_i/∂W_kl = δ_ik x_l
        DefinedDerivatives defs = (leaf, wrt) -> {
            if (leaf instanceof Indexed y && y.name().equals("y") && wrt instanceof Indexed w
                    && w.name().equals("W")) {
                return Optional.of(mul(delta(y.indices().get(0), w.indices().get(0)),
                        indexed("x", w.indices().get(1))));
            }
            return Optional.empty();
        };
        Differentiator d = new Differentiator(defs);
        Indexed wkl = indexed("W", "k", "l");
        assertEquals(mul(delta("i", "k"), indexed("x", "l")), d.differentiate(indexed("y", "i"), wkl));
        // L(y) through the definition: Σ_m ∂L/∂y_m · δ_mk x_l
        Fn l = fn("L", sym("y"));
        Expr dl = d.differentiate(l, wkl);
        Indexed ym = indexed("y", "m");
        assertEquals(sum("m", mul(new Derivative(l, ym), delta("m", "k"), indexed("x", "l"))), dl);
        // the hook is consulted only for leaves: an unrelated symbol stays constant
        assertEquals(ZERO, d.differentiate(X, wkl));
        assertTrue(new Differentiator().differentiate(l, wkl).equals(ZERO));
    }

    @Test
    void deepNestingIsALimitNotAStackOverflow() {
        Expr deep = X;
        for (int i = 0; i < 5000; i++) {
            deep = fn("sin", deep);
        }
        Expr tooDeep = deep;
        LimitException ex = assertThrows(LimitException.class, () -> Differentiator.diff(tooDeep, X));
        assertEquals("nesting-depth", ex.limit());
        Expr ok = X;
        for (int i = 0; i < 1500; i++) {
            ok = fn("sin", ok);
        }
        Expr d = Differentiator.diff(ok, X);
        assertTrue(d instanceof org.symgrad.expr.Mul);
        Expr product = X;
        for (int i = 0; i < 1990; i++) {
            product = new org.symgrad.expr.Mul(List.of(Y, product));
        }
        assertTrue(Differentiator.diff(product, X) instanceof org.symgrad.expr.Mul);
    }

    @Test
    void smallStackReportsTheLimit() throws InterruptedException {
        Expr deep = X;
        for (int i = 0; i < 1990; i++) {
            deep = new org.symgrad.expr.Pow(deep, num(2));
        }
        Expr e = deep;
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                Differentiator.diff(e, X);
            } catch (Throwable ex) {
                thrown[0] = ex;
            }
        }, "small-stack", 64 * 1024);
        t.start();
        t.join();
        // whether 64 KiB suffices depends on the JIT; what may never escape is a StackOverflowError
        assertTrue(thrown[0] == null || thrown[0] instanceof LimitException, String.valueOf(thrown[0]));
    }

    @Test
    void memoisedResultsAreReused() {
        Differentiator d = new Differentiator();
        Expr e = mul(exp(pow(X, 2)), exp(pow(X, 2)));
        assertEquals(d.differentiate(e, X), d.differentiate(e, X));
        assertTrue(d.differentiate(e, X) == d.differentiate(e, X));
    }
}
