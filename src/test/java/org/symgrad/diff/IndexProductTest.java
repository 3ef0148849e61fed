package org.symgrad.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.error.InputException;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * Products over an index (SPEC §9): {@code prod(k, body)} = {@code prod_k body} = {@code Π_k body}
 * = {@code ∏_k body}; the product rule over the index, defined everywhere (the j-th factor replaced
 * by 1, never divided out), and {@code ∂ log Π_k f_k = Σ_k ∂f_k/f_k}; every derivative against
 * central finite differences at random points, for every binding of the free index.
 */
class IndexProductTest {
    private static Expr parse(String text) {
        return Parser.parseExpression(text);
    }

    @Test
    void everySpellingReadsAsTheSameProductAndPrintsBack() {
        Expr p = parse("prod(k, x_k^2)");
        for (String spelling : List.of("prod_k x_k^2", "Π_k x_k^2", "∏_k x_k²", "prod (k, x_k^2)")) {
            assertEquals(p, parse(spelling), spelling);
        }
        assertEquals("prod(k, x_k^2)", Printer.ascii(p));
        assertEquals("∏_k x_k²", Printer.unicode(p));
        assertEquals("\\prod_{k} x_k^2", Printer.latex(p));
        Expr bounded = parse("prod(k, 2, m, 1 + y_k)");
        assertEquals(bounded, parse(Printer.ascii(bounded)));
        assertEquals(bounded, parse(Printer.unicode(bounded)));
        assertTrue(Indices.free(p).isEmpty(), "k is bound");
        assertEquals(List.of("j"), List.copyOf(Indices.free(parse("prod(k, W_{jk})"))));
    }

    @Test
    void theProductRuleOverAnIndexEqualsFiniteDifferences() {
        int compared = 0;
        for (String e : List.of("prod(k, x_k)", "prod_k (1 + x_k^2)", "prod(k, y*x_k + sin(x_k))", "prod(k, x_k*x_j)",
                "log(prod(k, 1 + x_k^2))", "prod(k, 1, 3, exp(x_k*y))", "y*prod(k, x_k) + sum(k, x_k)",
                "prod(k, sum(m, W_{km}*x_m))", "log(prod(k, exp(y*x_k)))", "prod(k, prod(m, 1 + x_k*x_m))")) {
            for (String wrt : List.of("x_j", "y", "x_2")) {
                compared += check(parse(e), (org.symgrad.expr.Variable) Symgrad.variable(wrt));
            }
        }
        assertTrue(compared > 300, compared + " points");
    }

    private static int check(Expr e, org.symgrad.expr.Variable wrt) {
        Expr derivative = Symgrad.simplify(Symgrad.differentiate(e, wrt));
        assertTrue(Indices.free(derivative).stream().allMatch(i -> Indices.free(e).contains(i) || Indices.free(wrt).contains(i)),
                "no index leaks: " + derivative);
        int compared = 0;
        for (int n = 2; n <= 4; n++) {
            // a free index is taken to lie inside every range (README, known limitations): j ≤ 3 for Π_{k=1}^{3}
            int last = Printer.ascii(e).contains("^{3}") ? Math.min(n, 3) : n;
            for (int j = 1; j <= last; j++) {
                for (long seed = 0; seed < 3; seed++) {
                    Environment env = Environment.random(seed * 10 + n, n).withBinding("j", j);
                    double h = 1e-5;
                    double numeric = (at(e, wrt, env, h) - at(e, wrt, env, -h)) / (2 * h);
                    double symbolic = Evaluator.evaluate(derivative, env);
                    if (!Double.isFinite(numeric)) {
                        continue;
                    }
                    assertTrue(Math.abs(numeric - symbolic) <= 1e-5 * Math.max(1, Math.abs(numeric)),
                            "d/d" + wrt + " " + e + " = " + Printer.ascii(derivative) + " at n = " + n + ", j = " + j
                                    + ": " + symbolic + " vs " + numeric);
                    compared++;
                }
            }
        }
        return compared;
    }

    /** {@code e} with the variable moved by {@code h}. */
    private static double at(Expr e, org.symgrad.expr.Variable wrt, Environment env, double h) {
        if (wrt instanceof Indexed x) {
            int index = x.indices().get(0).equals("j") ? env.binding("j").getAsInt() : Integer.parseInt(x.indices().get(0));
            return Evaluator.evaluate(e, env.withIndexed(x.name(), env.indexed(x.name(), index) + h, index));
        }
        return Evaluator.evaluate(e, env.withScalar(wrt.name(), env.scalar(wrt.name()) + h));
    }

    @Test
    void theDerivativeOfAProductIsDefinedWhereAFactorIsZero() {
        Expr d = Symgrad.simplify(Symgrad.differentiate(parse("prod(k, x_k)"), Symgrad.variable("x_j")));
        Environment env = Environment.random(3, 3).withBinding("j", 1).withIndexed("x", 0, 1);
        assertEquals(env.indexed("x", 2) * env.indexed("x", 3), Evaluator.evaluate(d, env), 1e-12);
    }

    @Test
    void aProductNeedsAnIndexAndABody() {
        InputException e = assertThrows(InputException.class, () -> parse("prod(x_k)"));
        assertTrue(e.getMessage().contains("prod takes (index, body)"), e.getMessage());
    }
}
