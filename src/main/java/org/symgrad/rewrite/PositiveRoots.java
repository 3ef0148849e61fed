package org.symgrad.rewrite;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;

/**
 * The laws of rational powers of positive constants, one canonical form for their products: each
 * root is split down to roots of single positive constants, {@code (a·b)^r = a^r·b^r},
 * {@code (a^s)^r = a^{s·r}} and {@code n^r = Π p^{e·r}} over the prime factors of a positive
 * rational n, so that {@code √(2π)}, {@code √2·√π} and {@code √8/2·√(π/2)} have one normal form.
 * True only for positive bases ({@code √((−1)(−1)) ≠ √(−1)·√(−1)}): a base is split only when
 * every factor is a positive constant — a number, π, an exp of a constant — never a symbol
 * ({@code √(x·y)} stays whole). The presentation merges the split roots back into one
 * ({@code (2π)^{1/2}}), which these laws split again: the two are inverse and never in one rule set.
 */
public final class PositiveRoots {
    private static final Sym U = new Sym("u");
    private static final Sym R = new Sym("r");
    /** Trial divisors up to this bound: beyond, the rest of a number stays one factor (still exact). */
    private static final int LARGEST_TRIAL_PRIME = 997;

    /** {@code (a·b)^r = a^r·b^r} for a non-integer rational r, every factor a positive constant. */
    public static final Rule POWER_OF_POSITIVE_PRODUCT = Rule.computed("power-of-positive-product",
            Exprs.pow(U, R), m -> product(m.expr(U), m.expr(R)));
    /** {@code (a^s)^r = a^{s·r}} for rational r (not an integer) and s, a a positive constant. */
    public static final Rule POWER_OF_POSITIVE_POWER = Rule.computed("power-of-positive-power",
            Exprs.pow(U, R), m -> power(m.expr(U), m.expr(R)));
    /**
     * {@code n^r = Π p^{e·r}} over the prime factorisation {@code n = Π p^e} of a positive rational
     * ({@code √8 = 2√2}, {@code √(1/2) = 1/√2}, {@code √6 = √2·√3}); a rest without a prime factor
     * up to {@value #LARGEST_TRIAL_PRIME} stays one factor.
     */
    public static final Rule ROOT_OF_NUMBER = Rule.computed("root-of-number",
            Exprs.pow(U, R), m -> number(m.expr(U), m.expr(R)));

    /** The three laws, in the order they are tried. */
    public static final List<Rule> LAWS = List.of(POWER_OF_POSITIVE_PRODUCT, POWER_OF_POSITIVE_POWER, ROOT_OF_NUMBER);

    private PositiveRoots() {
    }

    /**
     * Whether {@code e} is a positive constant: positive wherever defined by {@link Bounds}, and
     * without a variable (a name other than a constant such as π, an indexed name, a Σ's index).
     */
    public static boolean isPositiveConstant(Expr e) {
        return isConstant(e) && Bounds.isPositive(e);
    }

    private static boolean isConstant(Expr e) {
        return switch (e) {
            case Num n -> true;
            case Sym s -> Constants.isConstant(s);
            case org.symgrad.expr.Add a -> a.terms().stream().allMatch(PositiveRoots::isConstant);
            case Mul p -> p.factors().stream().allMatch(PositiveRoots::isConstant);
            case Pow p -> isConstant(p.base()) && isConstant(p.exponent());
            case org.symgrad.expr.Fn f -> f.args().stream().allMatch(PositiveRoots::isConstant);
            case org.symgrad.expr.Indexed x -> false;
            case org.symgrad.expr.Delta d -> false;
            case org.symgrad.expr.IndexSum s -> false;
            case org.symgrad.expr.IndexProduct p -> false;
            case org.symgrad.expr.Derivative d -> false;
        };
    }

    /** The exponent when it is a rational that is not an integer: only roots are split. */
    private static Optional<Rational> rootExponent(Expr r) {
        return r instanceof Num k && !k.value().isInteger() ? Optional.of(k.value()) : Optional.empty();
    }

    private static Optional<Expr> product(Expr base, Expr r) {
        if (!(base instanceof Mul m) || rootExponent(r).isEmpty()
                || !m.factors().stream().allMatch(PositiveRoots::isPositiveConstant)) {
            return Optional.empty();
        }
        List<Expr> out = new ArrayList<>();
        m.factors().forEach(f -> out.add(Exprs.pow(f, r)));
        return Optional.of(Exprs.mul(out));
    }

    private static Optional<Expr> power(Expr base, Expr r) {
        if (!(base instanceof Pow inner) || !(inner.exponent() instanceof Num s) || rootExponent(r).isEmpty()
                || !isPositiveConstant(inner.base())) {
            return Optional.empty();
        }
        return Optional.of(Exprs.pow(inner.base(), Exprs.num(s.value().multiply(rootExponent(r).get()))));
    }

    private static Optional<Expr> number(Expr base, Expr r) {
        Optional<Rational> k = rootExponent(r);
        if (!(base instanceof Num n) || n.value().signum() <= 0 || k.isEmpty()) {
            return Optional.empty();
        }
        Map<BigInteger, Integer> powers = new TreeMap<>();
        factor(n.value().num(), 1, powers);
        factor(n.value().den(), -1, powers);
        // already one prime (or one rest) to the first power: nothing to split
        if (powers.size() == 1 && powers.values().iterator().next() == 1) {
            return Optional.empty();
        }
        List<Expr> out = new ArrayList<>();
        powers.forEach((p, e) -> out.add(Exprs.pow(new Num(Rational.of(p)), Exprs.num(k.get().multiply(Rational.of(e))))));
        return Optional.of(Exprs.mul(out));
    }

    /** Adds the prime factors of {@code n} with multiplicity times {@code sign}; a rest without small factors counts as one. */
    private static void factor(BigInteger n, int sign, Map<BigInteger, Integer> out) {
        BigInteger rest = n;
        // past √rest, what is left is prime
        for (int p = 2; p <= LARGEST_TRIAL_PRIME && BigInteger.valueOf((long) p * p).compareTo(rest) <= 0; p++) {
            BigInteger prime = BigInteger.valueOf(p);
            while (rest.mod(prime).signum() == 0) {
                rest = rest.divide(prime);
                out.merge(prime, sign, Integer::sum);
            }
        }
        if (rest.compareTo(BigInteger.ONE) > 0) {
            out.merge(rest, sign, Integer::sum);
        }
    }
}
