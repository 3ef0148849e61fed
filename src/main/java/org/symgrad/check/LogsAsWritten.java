package org.symgrad.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.rewrite.Bounds;

/**
 * Every logarithm of a product, quotient or power the sides write split into the logarithms of its
 * factors as the sides write them: {@code log((2 − a)/(2 − b))} is {@code log(2 − a) − log(2 − b)}
 * where {@code 2 − a > 0, 2 − b > 0}, as the document's next step says. The normal form splits
 * such a logarithm too, but in its own orientation ({@code log(a − 2) − log(b − 2)}, where
 * {@code a − 2 > 0, b − 2 > 0}), which is not the {@code log(2 − a)} the other side writes: the
 * two never meet, and a right step is only numerically equal. Split as written first, the step is
 * proven where the written factors are positive.
 *
 * <p>A factor never negative ({@code e^u}, {@code 1 + x²}, a positive number) needs no condition;
 * the others are each positive where the split holds, which is needed only where two of them are
 * split or one is to an even power (where one alone is, the logarithm itself requires it). A
 * logarithm with a negative number among its factors is left whole.
 */
final class LogsAsWritten {
    private LogsAsWritten() {
    }

    /** {@code e} with its logarithms split; the factors the split needs positive are added to {@code needed}. */
    static Expr split(Expr e, Set<Expr> needed) {
        Expr inner = Exprs.mapChangedChildren(e, c -> split(c, needed));
        if (!(inner instanceof Fn f) || !f.name().equals("log") || f.args().size() != 1) {
            return inner;
        }
        List<Expr> bases = new ArrayList<>();
        List<Rational> powers = new ArrayList<>();
        if (!factors(f.arg(), Rational.ONE, bases, powers)) {
            return inner;
        }
        if (bases.size() < 2 && (bases.isEmpty() || powers.get(0).equals(Rational.ONE))) {
            return inner;
        }
        List<Expr> terms = new ArrayList<>();
        Set<Expr> unsigned = new LinkedHashSet<>();
        boolean even = false;
        for (int i = 0; i < bases.size(); i++) {
            Expr b = bases.get(i);
            Rational k = powers.get(i);
            terms.add(Exprs.mul(new Num(k), Exprs.log(b)));
            if (!(b instanceof Num) && !Bounds.of(b).isNonnegative()) {
                unsigned.add(b);
                even |= k.isInteger() && !k.toBigInteger().testBit(0);
            }
        }
        if (unsigned.size() > 1 || even) {
            needed.addAll(unsigned);
        }
        return Exprs.add(terms);
    }

    /**
     * The factors of {@code e} raised to {@code power}, into {@code bases} and {@code powers}; false
     * when one is a number that is not positive, or a power whose exponent is not a number.
     */
    private static boolean factors(Expr e, Rational power, List<Expr> bases, List<Rational> powers) {
        if (e instanceof Mul m) {
            for (Expr f : m.factors()) {
                if (!factors(f, power, bases, powers)) {
                    return false;
                }
            }
            return true;
        }
        if (e instanceof Pow p && p.exponent() instanceof Num k) {
            return factors(p.base(), power.multiply(k.value()), bases, powers);
        }
        if (e instanceof Num n) {
            if (n.value().signum() <= 0) {
                return false;
            }
            if (n.value().equals(Rational.ONE)) {
                return true;
            }
            java.util.Map<Long, Integer> up = primes(n.value().num());
            java.util.Map<Long, Integer> down = primes(n.value().den());
            if (up != null && down != null) {
                // log 4 = 2 log 2, log(3/4) = log 3 − 2 log 2: a number by its primes, as 2(log 2 − u) writes log 4 − 2u
                up.forEach((p, k) -> add(Exprs.num(p), power.multiply(Rational.of(k)), bases, powers));
                down.forEach((p, k) -> add(Exprs.num(p), power.multiply(Rational.of(-k)), bases, powers));
                return true;
            }
        }
        add(e, power, bases, powers);
        return true;
    }

    /** Largest whole number factored into primes; beyond, a number's logarithm stays whole. */
    private static final long MAX_FACTORED = 1_000_000_000L;

    /** The primes of {@code n} with their multiplicities, smallest first; null when n is too large to factor here. */
    private static java.util.Map<Long, Integer> primes(java.math.BigInteger n) {
        if (n.bitLength() > 62 || n.longValueExact() > MAX_FACTORED) {
            return null;
        }
        java.util.Map<Long, Integer> out = new java.util.TreeMap<>();
        long m = n.longValueExact();
        for (long p = 2; p * p <= m; p++) {
            while (m % p == 0) {
                out.merge(p, 1, Integer::sum);
                m /= p;
            }
        }
        if (m > 1) {
            out.merge(m, 1, Integer::sum);
        }
        return out;
    }

    private static void add(Expr e, Rational power, List<Expr> bases, List<Rational> powers) {
        int at = bases.indexOf(e);
        if (at >= 0) {
            powers.set(at, powers.get(at).add(power));
        } else {
            bases.add(e);
            powers.add(power);
        }
    }
}
