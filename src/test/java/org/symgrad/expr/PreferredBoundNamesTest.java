package org.symgrad.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;

/**
 * {@link Indices#preferring}: a Σ takes a name the input chose (Σ's and Π's indices both, {@link Indices#bound}),
 * but never the name of a Π inside it, whose own index then stays as the input wrote it.
 */
class PreferredBoundNamesTest {

    private static String preferring(String e, String... names) {
        return Printer.ascii(Indices.preferring(Parser.parseExpression(e), List.of(names)));
    }

    @Test
    void aProductsIndexCountsAsChosen() {
        assertEquals(List.of("i"), Indices.bound(Parser.parseExpression("log(prod(i, p^(x_i)*(1 - p)^(1 - x_i)))")));
        assertEquals(List.of("n", "k"), Indices.bound(Parser.parseExpression("sum(n, prod(k, x_k + y_n))")));
    }

    @Test
    void aSumTakesTheProductsNameWhereNoProductInsideHoldsIt() {
        assertEquals("sum(i, x_i)/p", preferring("sum(k, x_k)/p", "i"));
        assertEquals("sum(m, delta(m,j)*prod(k != m, x_k))", preferring("sum(m, delta(m,j)*prod(k != m, x_k))", "k"));
        // the next chosen name serves the Σ instead
        assertEquals("sum(i, delta(i,j)*prod(k != i, x_k))", preferring("sum(m, delta(m,j)*prod(k != m, x_k))", "k", "i"));
    }

    /** Over generated bodies: the value is kept, the Π's index is kept, the Σ takes the first name free for it. */
    @Test
    void preferringKeepsTheValueAndTheProductsIndex() {
        RandomExprs gen = new RandomExprs(211L);
        int checked = 0;
        for (int t = 0; t < 200; t++) {
            Expr body = Indices.rename(gen.nextIndexed(Set.of("i"), 3), "i", "m");
            Expr product = new IndexProduct("k", Exprs.ONE, Exprs.N,
                    Exprs.add(Exprs.ONE, Exprs.mul(new Indexed("x", List.of("k")), new Indexed("x", List.of("m")))));
            Expr sum = new IndexSum("m", Exprs.ONE, Exprs.N, Exprs.mul(body, product));
            if (Indices.all(body).contains("k") || Indices.all(body).contains("i")) {
                continue;
            }
            checked++;
            Expr renamed = Indices.preferring(sum, List.of("k", "i"));
            assertTrue(renamed instanceof IndexSum s && s.index().equals("i")
                    && s.body() instanceof Mul m && m.factors().stream().anyMatch(f -> f instanceof IndexProduct p
                            && p.index().equals("k")), () -> Printer.ascii(sum) + " became " + Printer.ascii(renamed));
            for (long seed = 1; seed <= 2; seed++) {
                Environment env = Environment.random(seed, 3);
                double a = Evaluator.evaluate(sum, env);
                double b = Evaluator.evaluate(renamed, env);
                if (Double.isFinite(a) && Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a))) {
                    fail(Printer.ascii(sum) + " = " + a + " but " + Printer.ascii(renamed) + " = " + b);
                }
            }
        }
        assertTrue(checked > 100, "only " + checked + " generated bodies checked");
    }
}
