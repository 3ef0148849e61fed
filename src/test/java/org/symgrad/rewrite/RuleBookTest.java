package org.symgrad.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.expr.Exprs.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Range;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/** The rule book: rules are checked when built, match as documented, and never change a value. */
class RuleBookTest {
    private static final Sym X = sym("x");
    private static final Sym U = sym("u");

    private static Expr parse(String s) {
        return Parser.parseExpression(s);
    }

    @Test
    void rulesAreCheckedWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> Rule.of("Not-Kebab", exp(log(U)), U));
        assertThrows(IllegalArgumentException.class, () -> Rule.of("unbound-slot", exp(U), sym("v")),
                "a right side may use only slots its left side binds");
        assertThrows(IllegalArgumentException.class, () -> Rule.of("bare-slot", U, ONE));
        assertThrows(IllegalArgumentException.class, () -> Rule.of("self-feeding", exp(U), mul(TWO, exp(U))),
                "a right side that holds its left side would rewrite its own result");
        assertThrows(IllegalArgumentException.class, () -> Rule.identity("free-index", indexed("x", "i"), Set.of("i"),
                indexed("y", "q")));
        assertThrows(IllegalArgumentException.class, () -> Rule.identity("grows", X,
                Set.of(), div(sigma(log(X)), sub(ONE, sigma(log(X))))), "x → σ(log x)/(1 − σ(log x)) feeds itself");
        // a definition may hold its own pattern inside a Σ: the softmax write-back
        Rule.identity("softmax", exp(indexed("z", "i")), Set.of("i"),
                mul(indexed("y", "i"), sum("k", exp(indexed("z", "k")))));
    }

    @Test
    void everyRuleHasAUniqueKebabCaseName() {
        Set<String> names = new java.util.HashSet<>();
        for (Rule r : RuleBook.ALL) {
            assertTrue(r.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), r.name());
            assertTrue(names.add(r.name()), "two rules named " + r.name());
        }
        assertTrue(names.containsAll(List.of("sigma-of-negative", "tanh-of-negative", "sigma-of-zero", "exp-of-log",
                "log-of-exp", "delta-contraction", "delta-of-equal-indices", "sum-of-constant", "log-sigmoid-difference",
                "erf-of-negative", "sqrt-as-power", "abs-of-number", "sigma-of-log")), names.toString());
    }

    @Test
    void signAwareMatchingSeesANegativeCoefficient() {
        Rule r = RuleBook.rulesFor(sigma(X)).stream().filter(x -> x.name().equals("sigma-of-negative")).findFirst().orElseThrow();
        assertEquals(Optional.of(sub(ONE, sigma(X))), r.apply(sigma(neg(X))));
        assertEquals(Optional.of(sub(ONE, sigma(mul(TWO, X)))), r.apply(sigma(mul(num(-2), X))));
        assertEquals(Optional.empty(), r.apply(sigma(X)));
        assertEquals("1 - sigma(x + y)", Printer.ascii(r.apply(parse("sigma(-x - y)")).orElseThrow()));
    }

    @Test
    void deltaContractionBindsTheRestOfTheProduct() {
        Expr s = parse("sum(k, W_{ik}*x_k*delta(k,j))");
        assertEquals(parse("W_{ij}*x_j"), RuleBook.DELTA_CONTRACTION.apply(s).orElseThrow());
        assertEquals(ONE, RuleBook.DELTA_CONTRACTION.apply(parse("sum(k, delta(j,k))")).orElseThrow());
        assertEquals(Optional.empty(), RuleBook.DELTA_CONTRACTION.apply(parse("sum(k, x_k*delta(i,j))")));
        assertEquals(ONE, RuleBook.DELTA_OF_EQUAL_INDICES.apply(delta("k", "k")).orElseThrow());
        assertEquals(ZERO, RuleBook.DELTA_OF_DISTINCT_NUMBERS.apply(delta("1", "2")).orElseThrow());
        assertEquals(Optional.empty(), RuleBook.DELTA_OF_DISTINCT_NUMBERS.apply(delta("1", "j")));
        // hi − lo + 1 terms, the numbers added up: n for 1..n (not n − 1 + 1), n − 1 for 2..n
        assertEquals(parse("n*c"), RuleBook.SUM_OF_CONSTANT.apply(parse("sum(k, c)")).orElseThrow());
        assertEquals(parse("(m - 1)*b"), RuleBook.SUM_OF_CONSTANT.apply(
                new org.symgrad.expr.IndexSum("j", org.symgrad.expr.Exprs.num(2), new org.symgrad.expr.Sym("m"), new org.symgrad.expr.Sym("b")))
                .orElseThrow());
    }

    @Test
    void powerOfZeroNeedsAPositiveExponent() {
        assertEquals(ZERO, RuleBook.POWER_OF_ZERO.apply(pow(ZERO, add(ONE, pow(X, 2)))).orElseThrow());
        assertEquals(Optional.empty(), RuleBook.POWER_OF_ZERO.apply(pow(ZERO, X)));
        assertTrue(Bounds.of(parse("1 - sigma(x)")).isPositive());
        assertTrue(Bounds.of(parse("exp(x)/(1 + exp(x))^2")).isPositive());
        assertFalse(Bounds.of(parse("x*exp(-x)")).excludesZero());
        assertEquals(Range.POSITIVE, Bounds.of(parse("sum(k, exp(z_k))")));
    }

    /** Instances of each rule's left side, with slots filled by a few expressions. */
    private static List<Expr> instances(Rule r) {
        List<Expr> values = List.of(X, parse("2*x - 1"), parse("-x"), parse("x^2 + 1"), ZERO, ONE, num(-3));
        List<Expr> out = new ArrayList<>();
        for (Expr v : values) {
            out.add(fill(r.lhs(), v));
        }
        return out;
    }

    private static Expr fill(Expr e, Expr v) {
        if (e instanceof Sym s && !s.name().equals("pi")) {
            return switch (s.name()) {
                case "r" -> sym("y");
                case "lo" -> ONE;
                case "hi" -> num(3);
                default -> v;
            };
        }
        return withChildren(e, children(e).stream().map(c -> fill(c, v)).toList());
    }

    @Test
    void everyRuleOfTheBookKeepsTheValue() {
        int applied = 0;
        for (Rule r : RuleBook.ALL) {
            for (Expr instance : instances(r)) {
                Optional<Expr> out;
                try {
                    out = r.apply(instance);
                } catch (RuntimeException notForThisInstance) {
                    continue;
                }
                if (out.isEmpty()) {
                    continue;
                }
                for (double x : new double[] {-1.7, -0.3, 0.4, 1.0, 2.5}) {
                    Environment env = Environment.random(5, 3).withScalar("x", x).withScalar("y", 0.7)
                            .withBinding("j", 2).withBinding("i", 1).withBinding("m", 2);
                    double before = Evaluator.evaluate(instance, env);
                    double after = Evaluator.evaluate(out.get(), env);
                    if (Double.isFinite(before)) {
                        assertEquals(before, after, 1e-9 * Math.max(1, Math.abs(before)),
                                r.name() + ": " + Printer.ascii(instance) + " → " + Printer.ascii(out.get()) + " at x = " + x);
                    }
                }
                applied++;
            }
        }
        assertTrue(applied >= RuleBook.ALL.size(), "instances rewritten: " + applied);
    }

    @Test
    void theRewriterStopsWithAReasonWithinItsBudget() {
        Rule grow = Rule.computed("double-up", sigma(U), m -> Optional.of(sigma(add(m.expr(U), ONE))));
        Rewritten r = Rewriter.bottomUp(List.of(grow), sigma(X), 5, Trace.NONE);
        assertEquals(StopReason.BUDGET_EXHAUSTED, r.reason());
        Rewritten done = Rewriter.bottomUp(RuleBook.DELTA_RULES, parse("sum(k, sum(m, x_k*delta(k,m)*delta(m,j)))"),
                100, Trace.NONE);
        assertEquals(StopReason.SATURATED, done.reason());
        assertEquals(parse("x_j"), done.result());
        assertFalse(done.result() instanceof IndexSum);
    }
}
