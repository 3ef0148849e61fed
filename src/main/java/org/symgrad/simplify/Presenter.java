package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.ExprOrder;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Functions;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;

/**
 * Writes a normal form back as an expression the way a textbook prints it: one coefficient,
 * factors in the order constant, symbols, functions, indexed symbols and δ, Σ and derivatives,
 * parenthesised sums, then denominators; each sum factor turned so it has the fewest minus signs
 * (ties: positive constant term, then whichever makes the overall sign positive);
 * {@code exp(u)^k} as {@code exp(k·u)}. The result is a deterministic function of the normal form.
 */
final class Presenter {
    private final Normalizer normalizer;

    Presenter(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    Expr present(Factored f) {
        if (f.isZero()) {
            return Exprs.ZERO;
        }
        Rational c = f.coefficient();
        List<Map.Entry<Poly, Integer>> entries = new ArrayList<>(f.factors().entrySet());
        boolean[] flip = new boolean[entries.size()];
        int absorb = -1;
        int absorbCost = Integer.MAX_VALUE;
        for (int i = 0; i < entries.size(); i++) {
            Poly p = entries.get(i).getKey();
            int e = entries.get(i).getValue();
            if (p.size() < 2 || e % 2 == 0) {
                continue;
            }
            int negatives = negatives(p);
            int flipped = p.size() - negatives;
            if (flipped < negatives || (flipped == negatives && p.constantTerm().signum() < 0)) {
                flip[i] = true;
                c = c.negate();
                negatives = flipped;
                flipped = p.size() - negatives;
            }
            // turning this factor over would absorb an overall minus sign at this cost in minus
            // signs, one more when it makes a leading constant negative (1 − σ reads better than σ − 1)
            int cost = flipped - negatives + (p.constantTerm().signum() != 0 && !flip[i] ? 1 : 0);
            if (cost <= 1 && cost < absorbCost) {
                absorb = i;
                absorbCost = cost;
            }
        }
        if (c.signum() < 0 && absorb >= 0 && !canPushSignIntoSum(entries)) {
            flip[absorb] = !flip[absorb];
            c = c.negate();
        }
        List<Expr> numerator = new ArrayList<>();
        List<Expr> denominator = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Poly p = entries.get(i).getKey();
            int e = entries.get(i).getValue();
            Optional<Expr> atom = p.asAtom();
            if (atom.isPresent() && atom.get() instanceof Fn g && g.name().equals(Functions.EXP)) {
                numerator.add(expPower(g, e));
                continue;
            }
            Expr base = atom.isPresent() ? atom.get() : polynomial(flip[i] ? p.negate() : p);
            if (e > 0) {
                numerator.add(e == 1 ? base : Exprs.pow(base, e));
            } else {
                denominator.add(e == -1 ? base : Exprs.pow(base, -e));
            }
        }
        if (c.signum() < 0 && numerator.isEmpty() == false) {
            Optional<Expr> pushed = pushSignIntoSum(numerator);
            if (pushed.isPresent()) {
                c = c.negate();
            }
        }
        numerator.sort(DISPLAY);
        denominator.sort(DISPLAY);
        List<Expr> factors = new ArrayList<>();
        if (!c.isOne() || numerator.isEmpty() && denominator.isEmpty()) {
            factors.add(new Num(c));
        }
        factors.addAll(numerator);
        for (Expr d : denominator) {
            factors.add(d instanceof Pow p && p.exponent() instanceof Num k
                    ? Exprs.pow(p.base(), new Num(k.value().negate())) : Exprs.pow(d, -1));
        }
        return Exprs.mul(factors);
    }

    private boolean canPushSignIntoSum(List<Map.Entry<Poly, Integer>> entries) {
        for (Map.Entry<Poly, Integer> e : entries) {
            Optional<Expr> atom = e.getKey().asAtom();
            if (e.getValue() % 2 != 0 && atom.isPresent() && atom.get() instanceof IndexSum s
                    && minusSigns(normalizer.canonical(Exprs.neg(s.body()))) <= minusSigns(s.body())) {
                return true;
            }
        }
        return false;
    }

    /** Replaces, in place, an odd Σ factor by the Σ of the negated body, when that reads better. */
    private Optional<Expr> pushSignIntoSum(List<Expr> numerator) {
        for (int i = 0; i < numerator.size(); i++) {
            if (numerator.get(i) instanceof IndexSum s) {
                Expr negatedBody = normalizer.canonical(Exprs.neg(s.body()));
                if (minusSigns(negatedBody) <= minusSigns(s.body())) {
                    Expr out = new IndexSum(s.index(), s.lower(), s.upper(), negatedBody);
                    numerator.set(i, out);
                    return Optional.of(out);
                }
            }
        }
        return Optional.empty();
    }

    private static int minusSigns(Expr e) {
        int n = e instanceof Num x && x.value().signum() < 0 ? 1 : 0;
        for (Expr c : Exprs.children(e)) {
            n += minusSigns(c);
        }
        return n;
    }

    private Expr expPower(Fn exp, int e) {
        if (e == 1) {
            return exp;
        }
        return Exprs.exp(normalizer.canonical(Exprs.mul(Exprs.num(e), exp.arg())));
    }

    private static int negatives(Poly p) {
        int n = 0;
        for (Rational c : p.terms().values()) {
            if (c.signum() < 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * A polynomial as a sum of monomial terms in canonical order; a constant term goes first in a
     * binomial ({@code 1 − σ(x)}, {@code 1 + exp(x)}) and last otherwise ({@code x² − 2x − 1}).
     */
    Expr polynomial(Poly p) {
        List<Expr> terms = new ArrayList<>();
        Rational constant = p.constantTerm();
        boolean constantFirst = p.size() == 2;
        if (!constant.isZero() && constantFirst) {
            terms.add(new Num(constant));
        }
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            if (t.getKey().isOne()) {
                continue;
            }
            List<Expr> factors = new ArrayList<>();
            for (Map.Entry<Expr, Integer> a : t.getKey().powers().entrySet()) {
                Expr atom = a.getKey();
                int e = a.getValue();
                if (atom instanceof Fn g && g.name().equals(Functions.EXP)) {
                    factors.add(expPower(g, e));
                } else {
                    factors.add(e == 1 ? atom : Exprs.pow(atom, e));
                }
            }
            factors.sort(DISPLAY);
            if (!t.getValue().isOne()) {
                factors.add(0, new Num(t.getValue()));
            }
            terms.add(Exprs.mul(factors));
        }
        if (!constant.isZero() && !constantFirst) {
            terms.add(new Num(constant));
        }
        return Exprs.add(terms);
    }

    private static int category(Expr e) {
        return switch (e) {
            case Num n -> 0;
            case Sym s -> 1;
            case Fn f -> 2;
            case Indexed x -> 3;
            case Delta d -> 3;
            case Derivative d -> 4;
            case IndexSum s -> 5;
            case Pow p -> category(p.base()) == 6 ? 6 : category(p.base());
            case Add a -> 6;
            case Mul m -> 7;
        };
    }

    private static final Comparator<Expr> DISPLAY =
            Comparator.comparingInt(Presenter::category).thenComparing(ExprOrder.INSTANCE);
}
