package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Rational;
import org.symgrad.functions.FunctionRegistry;

/**
 * An exp the normal form took out of a sum whose terms do not all hold it, taken back into the terms: the exp laws
 * make {@code exp(−x²/2)} the reciprocal of {@code exp(x²/2)}, and over that common denominator
 * {@code x exp(−x²/2) + 3} is {@code exp(x²/2)^{−1}(x + 3 exp(x²/2))}, which would print as
 * {@code exp(−x²/2)(x + 3exp(x²/2))} — an exp no one wrote, there only to make up for the one taken out of a term
 * that did not hold it, and ∞·0, no number, at x = 40. Written term by term, each term keeps its own exps:
 * {@code x exp(−x²/2) + 3}. Only as much of the exp goes in as the terms of the sum make up for (each copy of a
 * power of the sum takes its share); the rest stays in front ({@code exp(−2u)(x exp(−u) + 1)} for
 * {@code exp(−3u)(x + exp(u))}). An exp every term holds comes out as before ({@code exp(−x)(1 + x)}), and an exp
 * over a sum below the bar stays ({@code exp(u)/(1 + exp(u))}). An identity, normalising to the same form.
 */
final class ExpsInTerms {
    private ExpsInTerms() {
    }

    /** {@code f} with its reciprocal exps taken into the terms of the sums that make up for them, if any do. */
    static Optional<Expr> of(Factored f, Presenter presenter) {
        Map<Poly, Integer> outside = new TreeMap<>(f.factors());
        List<Expr> sums = new ArrayList<>();
        Rational sign = Rational.ONE;
        boolean changed = false;
        for (Map.Entry<Poly, Integer> s : f.factors().entrySet()) {
            Poly sum = s.getKey();
            int k = s.getValue();
            if (sum.size() < 2 || k < 1) {
                continue;
            }
            Map<Poly, Integer> taken = new TreeMap<>();
            for (Map.Entry<Poly, Integer> e : outside.entrySet()) {
                Expr atom = e.getKey().asAtom().orElse(null);
                if (e.getValue() >= 0 || !isExp(atom)) {
                    continue;
                }
                int most = 0;
                for (Monomial m : sum.terms().keySet()) {
                    most = Math.max(most, m.exponentOf(atom));
                }
                int share = Math.min(most, -e.getValue() / k);
                if (share > 0) {
                    taken.put(e.getKey(), share);
                }
            }
            if (taken.isEmpty() || !eachTermOneExpSomeNone(sum, taken)) {
                continue;
            }
            taken.forEach((p, share) -> outside.merge(p, share * k, Integer::sum));
            outside.values().removeIf(v -> v == 0);
            outside.remove(sum);
            Map<Poly, Integer> reciprocal = new TreeMap<>();
            taken.forEach((p, share) -> reciprocal.put(p, -share));
            Factored inverse = Factored.of(Rational.ONE, reciprocal);
            List<Factored> terms = new ArrayList<>();
            int negative = 0;
            for (Map.Entry<Monomial, Rational> t : sum.terms().entrySet()) {
                Map<Poly, Integer> powers = new TreeMap<>();
                t.getKey().powers().forEach((a, e) -> powers.put(Poly.atom(a), e));
                terms.add(Factored.of(t.getValue(), powers).multiply(inverse));
                negative += t.getValue().signum() < 0 ? 1 : 0;
            }
            // the terms turned the way with fewer minus signs (on a tie, the way that clears a minus in front), an odd
            // power turning the sign in front with them; in the order of the sum's terms: x exp(−u) − 3, 3 − x exp(−u)
            boolean odd = k % 2 == 1;
            boolean negativeInFront = f.coefficient().multiply(sign).signum() < 0;
            Rational turn = 2 * negative > terms.size() || odd && negativeInFront && 2 * negative == terms.size()
                    ? Rational.MINUS_ONE : Rational.ONE;
            List<Expr> written = new ArrayList<>();
            int firstPositive = -1;
            for (Factored t : terms) {
                Factored turned = t.multiply(Factored.constant(turn));
                if (firstPositive < 0 && turned.coefficient().signum() > 0) {
                    firstPositive = written.size();
                }
                written.add(presenter.present(turned));
            }
            // a sum opens with a term added, not subtracted: 3 − x exp(−u), not −x exp(−u) + 3
            if (firstPositive > 0) {
                written.add(0, written.remove(firstPositive));
            }
            Expr whole = Exprs.add(written);
            sums.add(k == 1 ? whole : Exprs.pow(whole, k));
            if (turn.signum() < 0 && odd) {
                sign = sign.negate();
            }
            changed = true;
        }
        if (!changed) {
            return Optional.empty();
        }
        List<Expr> factors = new ArrayList<>();
        Expr rest = presenter.present(Factored.of(f.coefficient().multiply(sign), outside));
        if (!(rest instanceof org.symgrad.expr.Num one && one.value().isOne())) {
            factors.add(rest);
        }
        factors.addAll(sums);
        return Optional.of(Exprs.mul(factors));
    }

    /**
     * Whether, the exps {@code taken} into {@code sum}, some term holds no exp — else every term holds one, and the
     * exp in front is a factor of them all ({@code exp(−x)(1 + exp(2x))} for the input's {@code exp(x) + exp(−x)},
     * which the written forms read back) — and no term holds two: {@code exp(x)·exp(−y)}, the normal form of an
     * {@code exp(x − y)}, is no term a book writes.
     */
    private static boolean eachTermOneExpSomeNone(Poly sum, Map<Poly, Integer> taken) {
        boolean none = false;
        for (Monomial m : sum.terms().keySet()) {
            int exps = 0;
            for (Expr a : m.powers().keySet()) {
                Integer share = taken.get(Poly.atom(a));
                if (isExp(a) && (share == null || m.exponentOf(a) != share)) {
                    exps++;
                }
            }
            for (Poly p : taken.keySet()) {
                Expr a = p.asAtom().orElseThrow();
                if (!m.holds(a)) {
                    exps++; // the reciprocal taken in stays in this term
                }
            }
            if (exps > 1) {
                return false;
            }
            none |= exps == 0;
        }
        return none;
    }

    private static boolean isExp(Expr atom) {
        return atom instanceof Fn g && g.name().equals(FunctionRegistry.EXP) && g.args().size() == 1;
    }
}
