package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Derivation;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;
import org.symgrad.testing.RandomExprs;

/**
 * A difference in a sum's body, or one the input multiplies by, keeps the orientation the input
 * wrote, its sign in front of the sum or the term ({@link WrittenDifferences},
 * {@code difference-as-written}), in the result and in every step after the differentiation.
 */
class WrittenDifferencesTest {
    private static Derivation derived(String input, String wrt) {
        return Symgrad.derive(Parser.parseExpression(input), Parser.parseExpression(wrt));
    }

    @Test
    void theBatchNormVarianceGradientKeepsTheInputsDifference() {
        // batch-norm-steps.sg:7, Ioffe & Szegedy §3.1: Σ_i dl/dx̂_i (x_i − μ)(−1/2)(σ² + ε)^(−3/2)
        Derivation d = derived("sum_i D_i*(x_i - mu)/sqrt(v + eps)", "v");
        assertEquals("-sum(i, D_i*(x_i - mu))/(2*(v + eps)^(3/2))", Printer.ascii(d.result()));
        // the difference is written as the input wrote it in every step after the differentiation, not
        // turned by one stage and turned back by a last difference-as-written step (StepUndos)
        boolean differentiated = false;
        for (org.symgrad.derive.Step step : d.steps()) {
            String shown = Printer.ascii(step.expr());
            if (differentiated) {
                org.junit.jupiter.api.Assertions.assertFalse(shown.contains("mu - x_i"), "turned in " + step);
            }
            differentiated |= !shown.contains("diff(");
        }
        // diff without steps prints the same
        assertEquals(d.result(), Symgrad.differentiate(Parser.parseExpression("sum_i D_i*(x_i - mu)/sqrt(v + eps)"),
                Parser.parseExpression("v")));
    }

    @Test
    void theSignIsTakenByTheTermAndADifferenceOutsideASumKeepsTheNormalFormsTurn() {
        // PRML 3.27: Σ_n (ŷ_n − y_n) X_nj + λ w_j, the sign into the term
        List<org.symgrad.run.Outcome> out = Symgrad.run("let yhat_n = sum_k X_nk*w_k\n"
                + "derive sum_n (yhat_n - y_n)^2/2 + lambda/2*sum_k w_k^2 wrt w_j\n");
        assertEquals("sum(n, X_{nj}*(yhat_n - y_n)) + lambda*w_j",
                Printer.ascii(((org.symgrad.run.Outcome.Derived) out.get(out.size() - 1)).derivation().result()));
        // no sum: (μ − x)/σ², as the textbooks print the Gaussian's mean gradient
        assertEquals("(mu - x)/sigma^2", Printer.ascii(derived("(x - mu)^2/(2*sigma^2)", "mu").result()));
    }

    @Test
    void aDifferenceTheInputMultipliesByKeepsItsTurnOutsideASumToo() {
        // the Bernoulli log-likelihood's score as the books print it, not x/p + (x − 1)/(1 − p)
        Derivation d = derived("x*log(p) + (1 - x)*log(1 - p)", "p");
        assertEquals("x/p - (1 - x)/(1 - p)", Printer.ascii(d.result()));
        // the form was reached by the derivative rules already: the derivation ends there, no step turns it back
        assertTrue(d.steps().stream().noneMatch(s -> Printer.ascii(s.expr()).contains("x - 1")), () -> d.steps().toString());
        // a squared difference commits to no turn: the least-squares gradient keeps the normal form's
        assertEquals("x*(w*x - y)", Printer.ascii(derived("(y - w*x)^2/2", "w").result()));
    }

    /**
     * Generated products c·g·(a − b) whose simplified form holds b − a: turned as the input wrote
     * its factor, they keep their value and turning again changes nothing.
     */
    @Test
    void turnedFactorsKeepTheValueAndAreAFixedPoint() {
        assertTurnsKeepTheValue(7_374L, 5L, (gen, random) -> {
            Expr a = Parser.parseExpression(List.of("x", "1", "y", "2*z").get(random.nextInt(4)));
            Expr b = Parser.parseExpression(List.of("u", "v*w", "3").get(random.nextInt(3)));
            Expr g = Exprs.fn(List.of("tanh", "exp", "sigma").get(random.nextInt(3)), gen.leaf());
            Expr c = gen.leaf();
            return new Expr[] {Exprs.mul(c, g, Exprs.sub(a, b)), Exprs.neg(Exprs.mul(c, g, Exprs.sub(b, a)))};
        });
    }

    /**
     * Generated sums Σ_k F_k (A_k − B_k) simplified: turned as written they keep their value at
     * every index assignment, and turning again changes nothing.
     */
    @Test
    void turnedDifferencesKeepTheValueAndAreAFixedPoint() {
        assertTurnsKeepTheValue(7_373L, 4L, (gen, random) -> {
            Expr f = gen.nextIndexed(Set.of("k"), 1);
            Expr a = Exprs.indexed(List.of("x", "y", "z").get(random.nextInt(3)), "k");
            Expr b = random.nextBoolean() ? Exprs.indexed("u", "k") : Exprs.add(Exprs.indexed("u", "k"), gen.leaf());
            Expr c = gen.leaf();
            // the same value with the difference the other way round, as a derivative's chain rule may leave it
            return new Expr[] {Exprs.mul(c, Exprs.sum("k", Exprs.mul(f, Exprs.sub(a, b)))),
                Exprs.neg(Exprs.mul(c, Exprs.sum("k", Exprs.mul(f, Exprs.sub(b, a)))))};
        });
    }

    /**
     * For 80 generated pairs {input, the same value written the other way round}: the simplified
     * other form (alone or beside a leaf), turned as the input wrote it, keeps its value at every
     * index assignment and is a fixed point; more than 10 of them turn.
     */
    private static void assertTurnsKeepTheValue(long genSeed, long randomSeed,
                                                BiFunction<RandomExprs, Random, Expr[]> inputAndOther) {
        RandomExprs gen = new RandomExprs(genSeed);
        Random random = new Random(randomSeed);
        int turned = 0;
        for (int t = 0; t < 80; t++) {
            Expr[] pair = inputAndOther.apply(gen, random);
            Expr simplified;
            try {
                simplified = Simplifier.simplifyPlain(random.nextBoolean() ? pair[1] : Exprs.add(gen.leaf(), pair[1]));
            } catch (org.symgrad.error.SymgradException limit) {
                continue;
            }
            Expr out = WrittenDifferences.turned(pair[0], simplified);
            EveryIndexAssignment.assertSameEverywhere(Printer.ascii(simplified), simplified, out, Environment::random);
            assertEquals(out, WrittenDifferences.turned(pair[0], out), Printer.ascii(out));
            turned += out != simplified ? 1 : 0;
        }
        assertTrue(turned > 10, "only " + turned + " turned");
    }
}
