package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.rewrite.Negation;
import org.symgrad.rewrite.RuleBook;
import org.symgrad.rewrite.Trace;

/**
 * {@code 1 − σ(a − b)} written as {@code σ(b − a)}, and {@code σ(a − b) − 1} as {@code −σ(b − a)}
 * (rule {@value RuleBook#SIGMOID_OF_TURNED_DIFFERENCE}),
 * where σ's argument is a difference of two terms (or one over a scale, {@code (μ − y)/s}) and the result holds that σ nowhere else: the
 * derivative of {@code −log σ(h_w − h_l)} is {@code −β σ(h_l − h_w)}, as the DPO paper prints it.
 * The complement of a σ of anything else stays ({@code 1 − σ(x)}, {@code 1 − σ(Σ_d u_d v_d)}), and
 * so does {@code σ(u)(1 − σ(u))}, σ's derivative, whatever u is: the form σ′ is printed in.
 */
final class TurnedDifferenceSigmoids {
    private TurnedDifferenceSigmoids() {
    }

    /** {@code e} with each complement {@code 1 − σ(a − b)} whose σ stands nowhere else written as {@code σ(b − a)}. */
    static Expr written(Expr e, Trace trace) {
        Expr out = turned(e, e);
        if (out != e) {
            trace.fired(RuleBook.SIGMOID_OF_TURNED_DIFFERENCE);
        }
        return out;
    }

    private static Expr turned(Expr e, Expr whole) {
        Optional<Fn> sigma = complemented(e).or(() -> negatedComplement(e));
        if (sigma.isPresent()) {
            Optional<Expr> argument = turnedDifference(sigma.get().arg());
            if (argument.isPresent() && Exprs.count(whole, x -> x.equals(sigma.get())) == Exprs.count(whole, x -> x.equals(e))) {
                Fn turned = Exprs.sigma(argument.get());
                return complemented(e).isPresent() ? turned : Exprs.neg(turned);
            }
        }
        Expr out = Exprs.mapChangedChildren(e, c -> turned(c, whole));
        return out != e && out instanceof Mul m ? product(m.factors()) : out;
    }

    /** A product with the numbers of its factors (a turned −σ's −1 among them) multiplied out in front. */
    private static Expr product(List<Expr> factors) {
        Rational c = Rational.ONE;
        List<Expr> rest = new ArrayList<>();
        for (Expr f : factors) {
            for (Expr g : f instanceof Mul m ? m.factors() : List.of(f)) {
                if (g instanceof Num n && !n.decimal()) {
                    c = c.multiply(n.value());
                } else {
                    rest.add(g);
                }
            }
        }
        if (!c.isOne()) {
            rest.add(0, new Num(c));
        }
        return Exprs.mul(rest);
    }

    /** The σ of a sum {@code 1 − σ(u)}. */
    private static Optional<Fn> complemented(Expr e) {
        if (e instanceof Add a && a.terms().size() == 2 && Exprs.isNum(a.terms().get(0), 1)
                && Negation.PLAIN.positive(a.terms().get(1)).orElse(null) instanceof Fn f && isSigma(f)) {
            return Optional.of(f);
        }
        return Optional.empty();
    }

    /** The σ of a sum {@code σ(u) − 1}, its terms in either order: the complement negated. */
    private static Optional<Fn> negatedComplement(Expr e) {
        if (e instanceof Add a && a.terms().size() == 2) {
            for (int i = 0; i < 2; i++) {
                if (a.terms().get(i) instanceof Fn f && isSigma(f) && Exprs.isNum(a.terms().get(1 - i), -1)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isSigma(Fn f) {
        return f.name().equals("sigma") && f.args().size() == 1;
    }

    /**
     * {@code b − a} for a difference {@code a − b} of two terms, one of them negative, and {@code (b − a)/s} for a
     * difference over a scale or times a factor that reads positive ({@code (μ − y)/s}, the logistic's standardised
     * argument): the one difference among the factors turned; empty for anything else.
     */
    private static Optional<Expr> turnedDifference(Expr u) {
        if (u instanceof Mul m) {
            int differences = 0;
            int at = -1;
            for (int i = 0; i < m.factors().size(); i++) {
                Expr f = m.factors().get(i);
                if (f instanceof Num n && n.value().signum() < 0 || Exprs.any(f, x -> x instanceof Add) && !(f instanceof Add)) {
                    return Optional.empty();
                }
                if (f instanceof Add) {
                    differences++;
                    at = i;
                }
            }
            if (differences != 1) {
                return Optional.empty();
            }
            Optional<Expr> turned = turnedDifference(m.factors().get(at));
            if (turned.isEmpty()) {
                return turned;
            }
            List<Expr> factors = new ArrayList<>(m.factors());
            factors.set(at, turned.get());
            return Optional.of(Exprs.mul(factors));
        }
        if (!(u instanceof Add a) || a.terms().size() != 2) {
            return Optional.empty();
        }
        Expr first = a.terms().get(0);
        Expr second = a.terms().get(1);
        Optional<Expr> b = Negation.PLAIN.positive(second);
        if (b.isPresent() && Negation.PLAIN.positive(first).isEmpty()) {
            return Optional.of(Exprs.sub(b.get(), first));
        }
        Optional<Expr> firstPositive = Negation.PLAIN.positive(first);
        if (firstPositive.isPresent() && Negation.PLAIN.positive(second).isEmpty()) {
            return Optional.of(Exprs.sub(firstPositive.get(), second));
        }
        return Optional.empty();
    }
}
