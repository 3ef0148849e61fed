package org.symgrad.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.expr.Exprs.*;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;

class DiffRulesTest {
    private static final Sym X = sym("x");
    private static final Sym Y = sym("y");

    private static RuleApplication once(Expr e, Expr wrt) {
        return DiffRules.expandOnce(new Derivative(e, wrt)).orElseThrow();
    }

    @Test
    void eachRuleIsNamed() {
        assertEquals("sum-rule", once(add(X, pow(X, 2)), X).rule());
        assertEquals("constant-factor", once(mul(num(3), Y, exp(X)), X).rule());
        assertEquals("product-rule", once(mul(X, exp(X)), X).rule());
        assertEquals("quotient-rule", once(div(fn("sin", X), add(ONE, X)), X).rule());
        assertEquals("power-rule", once(pow(X, 3), X).rule());
        assertEquals("exponential-rule", once(pow(num(2), X), X).rule());
        assertEquals("general-power-rule", once(pow(X, X), X).rule());
        assertEquals("chain-rule", once(exp(pow(X, 2)), X).rule());
        assertEquals("derivative-of-exp", once(exp(X), X).rule());
        assertEquals("derivative-of-sigma", once(sigma(X), X).rule());
        assertEquals("derivative-of-tanh", once(fn("tanh", X), X).rule());
        assertEquals("index-derivative", once(indexed("x", "i"), indexed("x", "j")).rule());
        assertEquals("derivative-of-sum", once(sum("k", indexed("x", "k")), indexed("x", "j")).rule());
        assertEquals("constant", once(Y, X).rule());
        assertEquals("constant", once(num(5), X).rule());
        assertEquals("constant", once(delta("i", "j"), indexed("x", "j")).rule());
        assertEquals("derivative-of-variable", once(X, X).rule());
    }

    @Test
    void rulesExpandExactlyOneLevel() {
        Expr u = fn("sin", X);
        Expr v = exp(X);
        assertEquals(add(mul(new Derivative(u, X), v), mul(u, new Derivative(v, X))), once(mul(u, v), X).result());
        assertEquals(mul(num(3), Y, new Derivative(exp(X), X)), once(mul(num(3), Y, exp(X)), X).result());
        Expr w = add(ONE, X);
        assertEquals(mul(sub(mul(new Derivative(u, X), w), mul(u, new Derivative(w, X))), pow(w, -2)),
                once(div(u, w), X).result());
        assertEquals(mul(num(3), pow(X, 2)), once(pow(X, 3), X).result());
        assertEquals(mul(num(2), u, new Derivative(u, X)), once(pow(u, 2), X).result());
        assertEquals(mul(exp(pow(X, 2)), new Derivative(pow(X, 2), X)), once(exp(pow(X, 2)), X).result());
        assertEquals(mul(sigma(X), sub(ONE, sigma(X))), once(sigma(X), X).result());
        assertEquals(add(new Derivative(X, X), new Derivative(Y, X)), once(add(X, Y), X).result());
    }

    @Test
    void everyKnownFunctionIsDifferentiatedByItsRegistryEntry() {
        for (KnownFunction f : FunctionRegistry.ALL) {
            List<Expr> args = new java.util.ArrayList<>();
            for (int i = 0; i < f.arity(); i++) {
                args.add(i == 0 ? X : Y);
            }
            RuleApplication r = once(new Fn(f.name(), args), X);
            if (f.arity() == 1) {
                assertEquals("derivative-of-" + f.name().toLowerCase(java.util.Locale.ROOT), r.rule(), f.name());
                assertEquals(f.derivative(X), r.result(), f.name());
            } else if (f.piecewise()) {
                assertEquals("derivative-of-" + f.name(), r.rule(), f.name());
                assertEquals(new Fn(f.name(), List.of(X, new Derivative(Y, X), new Derivative(Y, X))), r.result());
            } else {
                assertEquals(DiffRules.CHAIN_RULE, r.rule(), f.name());
            }
        }
        assertEquals(sigma(X), once(fn("softplus", X), X).result());
        assertEquals(fn("heaviside", X), once(fn("relu", X), X).result());
        assertEquals(fn("sign", X), once(fn("abs", X), X).result());
        assertEquals(pow(X, -1), once(log(X), X).result());
        assertEquals(mul(num(Rational.of(1, 2)), pow(X, num(Rational.of(-1, 2)))), once(fn("sqrt", X), X).result());
        assertEquals(DiffRules.DERIVATIVE_OF_ABSTRACT_FUNCTION, once(fn("L", X), X).rule());
    }

    @Test
    void sumIndexIsRenamedWhenItClashesWithTheVariable() {
        Expr s = sum("k", mul(indexed("W", "i", "k"), indexed("x", "k")));
        RuleApplication r = once(s, indexed("x", "k"));
        IndexSum out = (IndexSum) r.result();
        assertTrue(!out.index().equals("k"), "bound k must be renamed: " + out);
        Derivative body = (Derivative) out.body();
        assertEquals(indexed("x", "k"), body.wrt());
        assertEquals(mul(indexed("W", "i", out.index()), indexed("x", out.index())), body.of());
    }

    @Test
    void abstractDerivativeIsAResultNotAStep() {
        Fn l = fn("L", sym("y"));
        assertTrue(DiffRules.expandOnce(new Derivative(l, indexed("y", "k"))).isEmpty());
        assertTrue(DiffRules.expandOnce(new Derivative(new Fn("g", List.of(X, Y)), X)).isEmpty());
        assertEquals(DiffRules.DERIVATIVE_OF_ABSTRACT_FUNCTION, once(fn("f", X), X).rule());
        assertEquals(fn("f'", X), once(fn("f", X), X).result());
    }

    @Test
    void innerDerivativeIsExpandedFirst() {
        Expr nested = new Derivative(pow(X, 3), X);
        RuleApplication r = once(nested, X);
        assertEquals("power-rule", r.rule());
        assertEquals(new Derivative(mul(num(3), pow(X, 2)), X), r.result());
    }

    @Test
    void expandingStepByStepGivesDiffOnIndexedExpressions() {
        Expr e = sum("k", mul(indexed("W", "i", "k"), sigma(indexed("x", "k"))));
        for (Expr wrt : List.of(indexed("W", "j", "l"), indexed("x", "j"))) {
            Expr stepped = new Derivative(e, wrt);
            List<String> rules = new java.util.ArrayList<>();
            for (Optional<RuleApplication> r = DiffRules.expandFirst(stepped, DefinedDerivatives.NONE);
                 r.isPresent(); r = DiffRules.expandFirst(stepped, DefinedDerivatives.NONE)) {
                rules.add(r.get().rule());
                stepped = r.get().result();
            }
            assertEquals("derivative-of-sum", rules.get(0));
            Expr full = Differentiator.diff(e, wrt);
            assertEquals(full, stepped);
            for (int i = 1; i <= 3; i++) {
                Environment env = Environment.random(i, 3).withBinding("i", i).withBinding("j", 1 + i % 3)
                        .withBinding("l", 1 + (i + 1) % 3);
                assertEquals(Evaluator.evaluate(new Derivative(e, wrt), env), Evaluator.evaluate(stepped, env), 1e-8);
            }
        }
    }
}
