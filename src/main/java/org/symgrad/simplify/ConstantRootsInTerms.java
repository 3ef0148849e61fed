package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.rewrite.PositiveRoots;

/**
 * A root of positive constants below the fraction bar taken into the terms of the sum above it
 * where a term holds that root: the normal form splits {@code √(2/π)} into {@code √2/√π}
 * ({@link PositiveRoots}), and over the common denominator {@code x√(2/π) + 1} would read
 * {@code (x√2 + √π)/√π}; written term by term it reads {@code x(2/π)^{1/2} + 1} again, as the
 * source of the tanh-GELU derivative prints it. The terms with the same root left below the bar
 * stay one term; the coefficient, the numbers the terms have in
 * common and the other factors stay outside the sum. An identity (the
 * constant roots are never 0), normalising to the same form.
 */
final class ConstantRootsInTerms {
    private ConstantRootsInTerms() {
    }

    /** {@code f} with its constant-root denominator taken into the terms of its one sum factor, if that applies. */
    static Optional<Expr> of(Factored f, Presenter presenter, Budget budget) {
        Poly sum = null;
        Map<Poly, Integer> roots = new TreeMap<>();
        Map<Poly, Integer> outside = new TreeMap<>();
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            Poly p = e.getKey();
            if (e.getValue() < 0 && p.asAtom().orElse(null) instanceof Pow root && isConstantRoot(root)) {
                roots.put(p, e.getValue());
            } else if (p.size() >= 2 && e.getValue() == 1 && sum == null) {
                sum = p;
            } else if (p.size() >= 2 && e.getValue() > 0) {
                return Optional.empty(); // two sums above the bar: which one takes the root is a choice
            } else {
                outside.put(p, e.getValue());
            }
        }
        if (sum == null || roots.isEmpty() || !holdsARoot(sum, roots)) {
            return Optional.empty();
        }
        Factored below = Factored.of(Rational.ONE, roots);
        Map<Factored, List<Factored>> groups = new LinkedHashMap<>();
        for (Map.Entry<Monomial, Rational> t : sum.terms().entrySet()) {
            Map<Poly, Integer> powers = new TreeMap<>();
            t.getKey().powers().forEach((a, k) -> powers.put(Poly.atom(a), k));
            Factored term = Factored.of(t.getValue(), powers).multiply(below);
            groups.computeIfAbsent(term.denominator(), d -> new ArrayList<>()).add(term);
        }
        if (groups.size() < 2) {
            return Optional.empty();
        }
        List<Factored> sums = new ArrayList<>();
        int negative = 0;
        Rational content = null;
        for (List<Factored> group : groups.values()) {
            Factored g = Factored.add(group, budget);
            sums.add(g);
            negative += g.coefficient().signum() < 0 ? 1 : 0;
            content = content == null ? natural(g).abs() : content.gcd(natural(g));
        }
        // the sum turned the way with fewer minus signs, the coefficient turning with it: a − b, not −(b − a)
        Rational sign = 2 * negative > sums.size() || 2 * negative == sums.size() && f.coefficient().signum() < 0
                ? Rational.MINUS_ONE : Rational.ONE;
        List<Expr> terms = new ArrayList<>();
        for (Factored g : sums) {
            terms.add(presenter.present(g.multiply(Factored.constant(sign.divide(content)))));
        }
        // the numbers the terms have in common stay outside with the coefficient: 0.5(x·a + 1 + t)
        Factored rest = Factored.of(f.coefficient().multiply(sign).multiply(content), outside);
        return Optional.of(Exprs.mul(presenter.present(rest), Exprs.add(terms)));
    }

    /**
     * The number a term shows in front once each of its sum factors starts with ±1, as a textbook
     * writes them ({@code 200000 + 26829x²} as {@code 200000(1 + 0.134145x²)}).
     */
    private static Rational natural(Factored g) {
        Rational c = g.coefficient();
        for (Map.Entry<Poly, Integer> e : g.factors().entrySet()) {
            Rational constant = e.getKey().constantTerm();
            if (e.getKey().size() > 1 && !constant.isZero()) {
                c = c.multiply(constant.abs().pow(e.getValue()));
            }
        }
        return c;
    }

    private static boolean isConstantRoot(Pow p) {
        return p.exponent() instanceof org.symgrad.expr.Num k && !k.value().isInteger()
                && PositiveRoots.isPositiveConstant(p.base());
    }

    /** Whether some term of {@code sum} holds one of the roots. */
    private static boolean holdsARoot(Poly sum, Map<Poly, Integer> roots) {
        for (Monomial m : sum.terms().keySet()) {
            for (Poly r : roots.keySet()) {
                if (m.powers().containsKey(r.asAtom().orElseThrow())) {
                    return true;
                }
            }
        }
        return false;
    }
}
