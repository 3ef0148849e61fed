package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;

/**
 * {@link Factored#expand} multiplies the one-term factors together before it multiplies out the
 * sums; the result must be the product of the factors' powers taken one by one, as defined. Checked
 * on the normal forms of generated products of sums, powers and atoms.
 */
class FactoredExpandTest {
    @Test
    void expandingIsMultiplyingTheFactorsOneByOne() {
        RandomExprs gen = new RandomExprs(113L);
        Normalizer normalizer = new Normalizer(Budget.standard(), List.of(), List.of(), false);
        int withSums = 0;
        for (int t = 0; t < 400; t++) {
            Expr e = Exprs.mul(gen.next(2), Exprs.add(gen.leaf(), gen.next(2)), Exprs.pow(gen.next(2), 2), gen.leaf());
            Factored f = polynomialForm(normalizer, e);
            if (f == null) {
                continue;
            }
            Poly byDefinition = Poly.constant(f.coefficient());
            for (Map.Entry<Poly, Integer> factor : f.factors().entrySet()) {
                byDefinition = byDefinition.multiply(factor.getKey().pow(factor.getValue(), Budget.standard()),
                        Budget.standard());
            }
            assertEquals(byDefinition, f.expand(Budget.standard()), () -> Printer.ascii(e));
            if (f.factors().keySet().stream().anyMatch(p -> p.size() > 1) && f.factors().size() > 1) {
                withSums++;
            }
        }
        assertTrue(withSums > 50, "only " + withSums + " forms had a sum beside other factors");
    }

    /**
     * {@link Factored#expandedSizeBound} bounds the terms {@link Factored#expand} gives, so a caller may skip a
     * form that would multiply out too far before it does the work ({@link WrittenDifferencesGathered}).
     */
    @Test
    void theExpandedSizeBoundIsAnUpperBound() {
        RandomExprs gen = new RandomExprs(2_812L);
        Normalizer normalizer = new Normalizer(Budget.standard(), List.of(), List.of(), false);
        int multiTerm = 0;
        for (int t = 0; t < 400; t++) {
            Expr e = Exprs.mul(Exprs.add(gen.leaf(), gen.next(2)), Exprs.pow(Exprs.add(gen.leaf(), gen.next(2)),
                    2 + t % 3), Exprs.add(gen.leaf(), gen.leaf(), gen.next(1)));
            Factored f = polynomialForm(normalizer, e);
            if (f == null) {
                continue;
            }
            int terms = f.expand(Budget.standard()).size();
            assertTrue(terms <= f.expandedSizeBound(), () -> Printer.ascii(e) + ": " + terms + " terms, bound "
                    + f.expandedSizeBound());
            multiTerm += terms > 8 ? 1 : 0;
        }
        assertTrue(multiTerm > 50, "only " + multiTerm + " forms multiplied out to more than 8 terms");
    }

    /** The normal form of {@code e} when it is defined and a polynomial, else null. */
    private static Factored polynomialForm(Normalizer normalizer, Expr e) {
        try {
            Factored f = normalizer.normalize(e);
            return f.isPolynomial() ? f : null;
        } catch (SymgradException undefined) {
            return null;
        }
    }
}
