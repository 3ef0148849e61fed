package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Rational;

/**
 * {@link SumRules#mayMerge} is the normaliser's cheap test before it takes a sum factor apart to
 * merge its Σ terms: where it says no, {@link SumRules#mergeSums} of the factor's terms merges
 * nothing. Checked on random sums of products of a few atoms, Σs over the same range among them,
 * so that merging does happen too.
 */
class SumMergePrecheckTest {
    private static final List<Expr> ATOMS = List.of(Exprs.sym("z"), Exprs.sym("w"),
            Exprs.sum("k", Exprs.indexed("x", "k")), Exprs.sum("k", Exprs.indexed("y", "k")),
            Exprs.sum("m", Exprs.mul(Exprs.indexed("x", "m"), Exprs.indexed("y", "m"))),
            Exprs.fn("sin", Exprs.sym("z")));

    @Test
    void whereTheCheckSaysNoMergingMergesNothing() {
        Random random = new Random(103L);
        Normalizer normalizer = new Normalizer(Budget.standard(), List.of(), List.of(), false);
        SumRules sums = new SumRules(normalizer);
        int refused = 0;
        int merged = 0;
        for (int t = 0; t < 400; t++) {
            // a sum of 2 to 5 terms, each a product of up to two atoms of the pool, Σs among them
            List<Poly> terms = new ArrayList<>();
            for (int i = 2 + random.nextInt(4); i > 0; i--) {
                Poly term = Poly.constant(Rational.of(random.nextInt(7) - 3 == 0 ? 1 : random.nextInt(7) - 3));
                for (int k = random.nextInt(3); k > 0; k--) {
                    term = term.multiply(Poly.atom(ATOMS.get(random.nextInt(ATOMS.size()))), Budget.standard());
                }
                terms.add(term);
            }
            Poly p = Poly.sum(terms, Budget.standard());
            if (p.size() < 2) {
                continue;
            }
            List<Factored> asTerms = new ArrayList<>();
            for (Map.Entry<Monomial, Rational> term : p.terms().entrySet()) {
                Map<Poly, Integer> powers = new TreeMap<>();
                term.getKey().powers().forEach((a, k) -> powers.put(Poly.atom(a), k));
                asTerms.add(Factored.of(term.getValue(), powers));
            }
            List<Factored> after = sums.mergeSums(asTerms);
            if (!SumRules.mayMerge(p)) {
                refused++;
                assertEquals(asTerms, after, () -> "merged although refused: " + p);
            } else if (after.size() < asTerms.size()) {
                merged++;
            }
        }
        assertTrue(refused > 50, "only " + refused + " sums were refused");
        assertTrue(merged > 20, "only " + merged + " sums merged");
    }
}
