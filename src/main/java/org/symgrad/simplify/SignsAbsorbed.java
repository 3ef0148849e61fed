package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.RuleBook;

/**
 * A product's {@code sign(u)} taken into a power of {@code |u|} or of {@code u} beside it, by the
 * book's {@link RuleBook#SIGN_LAWS}: {@code 3 sign(x)|x|² = 3x|x|}, {@code x sign(x) = |x|}. The
 * derivative of |u| brings in sign(u), and a textbook never leaves it beside |u| or u. Each law is
 * an identity everywhere, and each application removes a sign, so the rewriting ends. An even power
 * of |u| is first written as that power of u ({@link RuleBook#ABS_TO_EVEN_POWER}; each application
 * removes an |·|).
 */
final class SignsAbsorbed {
    private SignsAbsorbed() {
    }

    /** The normal form {@code f} with each sign factor absorbed where a law applies. */
    static Factored in(Factored f, Normalizer normalizer) {
        Factored out = evenPowersOfAbs(f, normalizer);
        for (Map.Entry<Poly, Integer> e : out.factors().entrySet()) {
            Optional<Fn> sign = e.getValue() == 1 ? FactorLaw.unary(e.getKey(), "sign") : Optional.empty();
            if (sign.isPresent()) {
                out = absorbed(out, sign.get(), normalizer).orElse(out);
            }
        }
        return out;
    }

    /**
     * {@code f} with the sign laws applied inside the terms of its sums as well: a common
     * denominator or an expanded product makes {@code sign(u)·|u|} a term's part, where the
     * product's own normalisation never sees it ({@code sign(x) − sign(x)/(|x| + 1)} is
     * {@code x/(|x| + 1)}, the derivative of {@code |x|/(|x| + 1)} is {@code sign(x)/(|x| + 1)²}), and
     * so an even power of |u| ({@link RuleBook#ABS_TO_EVEN_POWER}). Only a sum raised to a positive
     * power is opened, and only where a term holds a sign or an even power of an |u|.
     */
    static Factored inSums(Factored f, Normalizer normalizer, Budget budget) {
        Factored out = in(f, normalizer);
        for (Map.Entry<Poly, Integer> e : out.factors().entrySet()) {
            Poly sum = e.getKey();
            if (sum.size() < 2 || e.getValue() < 1 || sum.terms().keySet().stream().noneMatch(SignsAbsorbed::holdsSign)) {
                continue;
            }
            List<Poly> terms = new ArrayList<>();
            for (Map.Entry<Monomial, Rational> t : sum.terms().entrySet()) {
                Map<Poly, Integer> atoms = new LinkedHashMap<>();
                t.getKey().powers().forEach((a, k) -> atoms.put(Poly.atom(a), k));
                Factored term = in(Factored.of(t.getValue(), atoms), normalizer);
                // a law whose right side divides (u = x/c) leaves the term as it was
                terms.add(term.factors().values().stream().allMatch(k -> k > 0) ? term.expand(budget)
                        : Poly.monomial(t.getValue(), t.getKey()));
            }
            Poly absorbed = Poly.sum(terms, budget);
            if (absorbed.equals(sum)) {
                continue;
            }
            Factored replaced = Factored.fromPoly(absorbed);
            Factored next = out.multiply(Factored.of(Rational.ONE, Map.of(sum, -e.getValue())));
            for (int k = 0; k < e.getValue(); k++) {
                next = next.multiply(replaced);
            }
            return inSums(next, normalizer, budget);
        }
        return out;
    }

    /** Whether a term holds a sign, or an even power of an |u|, that a law may take in. */
    private static boolean holdsSign(Monomial m) {
        // walked, not streamed: a stream over the sorted map links the JDK's key comparator at run time
        for (int i = 0; i < m.atomCount(); i++) {
            if (m.atom(i) instanceof Fn g && (g.name().equals("sign") || g.name().equals("abs") && m.exponent(i) % 2 == 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code f} with each even power of an |u| written as that power of u ({@link RuleBook#ABS_TO_EVEN_POWER}); not
     * where {@code f} also holds a symbolic power of that |u|: the even power is then the whole number the normal form
     * split off that exponent ({@code |u|^(q−2)} is {@code |u|^q·|u|^−2}), and written as a power of u it could not
     * join it again (CatBoost's Lq {@code CalcDer2} {@code −q(q − 1)|u|^(q−2)}, not {@code −q(q − 1)|u|^q/u²}).
     */
    private static Factored evenPowersOfAbs(Factored f, Normalizer normalizer) {
        Factored out = f;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            int k = e.getValue();
            Optional<Fn> abs = k % 2 == 0 ? FactorLaw.unary(e.getKey(), "abs").filter(a -> !symbolicPowerOf(f, a))
                    : Optional.empty();
            if (abs.isPresent()) {
                out = FactorLaw.replaced(RuleBook.ABS_TO_EVEN_POWER, out, Exprs.pow(abs.get(), new Num(Rational.of(k))),
                        Map.of(e.getKey(), -k), normalizer).orElse(out);
            }
        }
        return out;
    }

    /** Whether {@code f} holds a power of {@code base} with an exponent that is not a number. */
    private static boolean symbolicPowerOf(Factored f, Expr base) {
        for (Poly p : f.factors().keySet()) {
            if (p.asAtom().filter(a -> a instanceof org.symgrad.expr.Pow w && w.base().equals(base)
                    && !(w.exponent() instanceof Num)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** {@code f} with {@code sign} taken into a power of |u| or of u that {@code f} holds, if it holds one. */
    private static Optional<Factored> absorbed(Factored f, Fn sign, Normalizer normalizer) {
        Expr u = sign.args().get(0);
        Poly abs = Poly.atom(Exprs.fn("abs", u));
        Integer k = f.factors().get(abs);
        if (k != null && k > 0) {
            return applied(RuleBook.SIGN_TIMES_ABS_POWER, f, sign, abs, k, normalizer);
        }
        Factored arg = normalizer.normalize(u);
        if (!arg.coefficient().isOne() || arg.factors().size() != 1) {
            return Optional.empty();
        }
        Map.Entry<Poly, Integer> only = arg.factors().entrySet().iterator().next();
        Integer j = f.factors().get(only.getKey());
        if (only.getValue() != 1 || j == null || j <= 0) {
            return Optional.empty();
        }
        return applied(RuleBook.SIGN_TIMES_POWER, f, sign, only.getKey(), j, normalizer);
    }

    /** {@code f} with {@code sign·power^k} replaced by what {@code law} makes of it. */
    private static Optional<Factored> applied(Rule law, Factored f, Fn sign, Poly power, int k, Normalizer normalizer) {
        return FactorLaw.replaced(law, f, Exprs.mul(sign, Exprs.pow(powerBase(sign, power), new Num(Rational.of(k)))),
                Map.of(Poly.atom(sign), -1, power, -k), normalizer);
    }


    /** The base the law's left side names: |u| itself, or u (written as the sign's argument). */
    private static Expr powerBase(Fn sign, Poly power) {
        return power.asAtom().filter(a -> a instanceof Fn g && g.name().equals("abs")).orElse(sign.args().get(0));
    }
}
