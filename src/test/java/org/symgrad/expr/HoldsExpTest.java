package org.symgrad.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.testing.RandomExprs;

/**
 * {@link Exprs#holdsExp} reads a flag kept per node instead of walking the tree; it must say what the walk
 * says, {@code any(e, x -> x is exp(…))}, also below a Σ, a Π or a derivative (whose nodes keep no flags),
 * and for a tree asked again (its flags then computed) — random trees, scalar and indexed.
 */
class HoldsExpTest {
    private static boolean walked(Expr e) {
        return Exprs.any(e, x -> x instanceof Fn g && g.name().equals("exp"));
    }

    @Test
    void theFlagSaysWhatTheWalkSays() {
        RandomExprs gen = new RandomExprs(307L);
        int with = 0;
        int without = 0;
        for (int t = 0; t < 3_000; t++) {
            Expr e = t % 2 == 0 ? gen.next(1 + t % 5) : gen.nextIndexed(Set.of("i"), 1 + t % 4);
            List<Expr> trees = List.of(e, Exprs.exp(e), new IndexSum("k", Exprs.ONE, Exprs.sym("n"), e),
                    Exprs.add(List.of(Exprs.sym("x"), new IndexSum("k", Exprs.ONE, Exprs.sym("n"), e))),
                    Exprs.mul(List.of(Exprs.sym("y"), new Derivative(e, Exprs.sym("x")))));
            for (Expr tree : trees) {
                boolean expected = walked(tree);
                assertEquals(expected, Exprs.holdsExp(tree), () -> "holds an exp: " + tree);
                assertEquals(expected, Exprs.holdsExp(tree), () -> "asked again: " + tree);
                if (expected) {
                    with++;
                } else {
                    without++;
                }
            }
        }
        assertTrue(with > 1_000 && without > 1_000, with + " trees with an exp, " + without + " without");
    }
}
