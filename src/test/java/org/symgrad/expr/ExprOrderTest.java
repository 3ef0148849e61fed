package org.symgrad.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.testing.RandomExprs;

/**
 * {@link ExprOrder} passes over a run of equal bases in two chains of powers at once
 * ({@link Pow#run()}); the order must be the one that compares a power's base, then its exponent,
 * level by level: towers of different heights, chains that share a prefix of bases and then part,
 * and chains that end in different tails, against that definition written out plainly.
 */
class ExprOrderTest {
    private static final List<Expr> BASES = List.of(Exprs.sym("x"), Exprs.sym("y"),
            Exprs.sigma(Exprs.sym("x")), Exprs.num(2));

    @Test
    void powerChainsCompareAsLevelByLevel() {
        Random random = new Random(29L);
        RandomExprs gen = new RandomExprs(31L);
        List<Expr> exprs = new ArrayList<>();
        for (int t = 0; t < 160; t++) {
            Expr chain = chain(random, gen);
            exprs.add(chain);
            // the same chain as a term, factor and argument: chains compared inside other nodes
            exprs.add(Exprs.add(chain, Exprs.sym("z")));
            exprs.add(new Fn("sin", List.of(chain)));
        }
        for (int t = 0; t < 60; t++) {
            exprs.add(gen.next(3));
        }
        int equalNonIdentical = 0;
        for (Expr a : exprs) {
            for (Expr b : exprs) {
                int expected = Integer.signum(levelByLevel(a, b));
                int actual = Integer.signum(ExprOrder.INSTANCE.compare(a, b));
                assertEquals(expected, actual, () -> a + "  vs  " + b);
                assertEquals(a.equals(b), actual == 0, () -> a + "  vs  " + b);
                if (actual == 0 && a != b) {
                    equalNonIdentical++;
                }
            }
        }
        assertTrue(equalNonIdentical > 50, "only " + equalNonIdentical + " equal pairs were distinct objects");
    }

    @Test
    void aRunCountsThePowersDownTheChainWithTheSameBase() {
        Expr x = Exprs.sym("x");
        Expr y = Exprs.sym("y");
        Pow p = new Pow(x, new Pow(Exprs.sym("x"), new Pow(x, new Pow(y, x))));
        assertEquals(3, p.run());
        assertEquals(new Pow(y, x), p.belowRun());
        assertEquals(1, new Pow(y, x).run());
        assertEquals(p.exponent(), p.down(1));
    }

    /**
     * A chain {@code b1^(b2^(…^tail))} of 1 to 14 powers, its bases drawn from a few (long runs of
     * one base, as in a tower), its tail a base or a random expression; each new object, so equal
     * chains are distinct instances.
     */
    private static Expr chain(Random random, RandomExprs gen) {
        int height = 1 + random.nextInt(14);
        Expr out = random.nextInt(3) == 0 ? gen.next(2) : copy(BASES.get(random.nextInt(BASES.size())));
        int base = random.nextInt(2);
        for (int i = 0; i < height; i++) {
            if (random.nextInt(5) == 0) {
                base = random.nextInt(BASES.size());
            }
            out = new Pow(copy(BASES.get(base)), out);
        }
        return out;
    }

    /** A copy of {@code e} made of new nodes. */
    private static Expr copy(Expr e) {
        return switch (e) {
            case Sym s -> new Sym(s.name());
            case Num n -> new Num(n.value(), n.decimal());
            case Add a -> new Add(a.terms().stream().map(ExprOrderTest::copy).toList());
            case Mul m -> new Mul(m.factors().stream().map(ExprOrderTest::copy).toList());
            case Pow p -> new Pow(copy(p.base()), copy(p.exponent()));
            case Fn f -> new Fn(f.name(), f.args().stream().map(ExprOrderTest::copy).toList());
            case Indexed x -> x;
            case Delta d -> d;
            case IndexSum s -> s;
            case IndexProduct p -> p;
            case Derivative d -> d;
        };
    }

    /** The order's definition for powers, written plainly: the base, then the exponent; other nodes as before. */
    private static int levelByLevel(Expr a, Expr b) {
        if (a instanceof Pow p && b instanceof Pow q) {
            int c = levelByLevel(p.base(), q.base());
            return c != 0 ? c : levelByLevel(p.exponent(), q.exponent());
        }
        boolean sameKind = a.getClass() == b.getClass();
        if (sameKind && (a instanceof Add || a instanceof Mul || a instanceof Fn f && f.name().equals(((Fn) b).name()))) {
            List<Expr> x = Exprs.children(a);
            List<Expr> y = Exprs.children(b);
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = levelByLevel(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        return ExprOrder.INSTANCE.compare(a, b);
    }
}
