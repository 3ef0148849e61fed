package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.testing.RandomExprs;

/**
 * {@link WrittenFractionSums#writtenSums} finds in one walk the sums the definition finds by asking, at each sum, each of
 * its terms whether it is written with a division by variables outside any function (a walk of the term): the same sums
 * in the same order, on random trees, scalar and indexed, with reciprocals of sums and of functions in them.
 */
class WrittenFractionSumsWalkTest {
    /** The definition, walked as it reads. */
    private static List<Expr> defined(Expr e) {
        List<Expr> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Add a && a.terms().stream().anyMatch(WrittenFractionSumsWalkTest::divides)) {
            out.add(e);
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    private static boolean divides(Expr term) {
        if (term instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0) {
            return !Exprs.any(p.base(), x -> x instanceof Fn);
        }
        return !(term instanceof Fn) && Exprs.children(term).stream().anyMatch(WrittenFractionSumsWalkTest::divides);
    }

    @Test
    void oneWalkFindsTheSumsTheDefinitionFinds() {
        RandomExprs gen = new RandomExprs(20261203L);
        int found = 0;
        int none = 0;
        for (int t = 0; t < 3_000; t++) {
            Expr e = t % 2 == 0 ? gen.next(1 + t % 5) : gen.nextIndexed(Set.of("i"), 1 + t % 4);
            Expr f = gen.next(1 + t % 3);
            List<Expr> trees = List.of(e,
                    Exprs.add(List.of(Exprs.sym("z"), Exprs.pow(Exprs.add(List.of(e, Exprs.sym("a"))), -1))),
                    Exprs.add(List.of(Exprs.mul(e, Exprs.pow(Exprs.sym("w"), -2)), f)),
                    Exprs.add(List.of(Exprs.pow(Exprs.exp(e), -1), Exprs.sym("y"))),
                    Exprs.pow(Exprs.add(List.of(Exprs.mul(f, Exprs.pow(Exprs.add(List.of(e, Exprs.ONE)), -1)), Exprs.sym("c"))), 2),
                    new IndexSum("k", Exprs.ONE, Exprs.sym("n"), Exprs.add(List.of(e, Exprs.pow(f, -1)))));
            for (Expr tree : trees) {
                List<Expr> expected = defined(tree);
                assertEquals(expected, WrittenFractionSums.writtenSums(tree), () -> "sums of " + tree);
                if (expected.isEmpty()) {
                    none++;
                } else {
                    found++;
                }
            }
        }
        assertTrue(found > 1_000 && none > 1_000, found + " trees with such sums, " + none + " without");
    }
}
