package org.symgrad.rewrite;

import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.functions.Range;

/**
 * What is certainly known about an expression's value, wherever it is defined, by interval
 * arithmetic over the ranges of the registry's functions: {@code 1 + x² ≥ 1},
 * {@code 1 − σ(u) ∈ (0, 1)}, {@code e^u > 0}. Conservative: a variable may be anything, so the
 * answer is often {@link Range#ALL}. A Σ over the default range {@code 1..n} has at least one term.
 */
public final class Bounds {
    private Bounds() {
    }

    /** An interval that holds every value {@code e} takes. */
    public static Range of(Expr e) {
        return of(e, name -> Range.ALL);
    }

    /**
     * An interval that holds every value {@code e} takes where each name (a symbol other than a constant, or an entry
     * {@code x_i}) takes its values in {@code names}' interval for it: what stated assumptions ({@code x > 0}) add.
     */
    public static Range of(Expr e, java.util.function.Function<Expr, Range> names) {
        return switch (e) {
            case Num n -> Range.point(n.value().doubleValue());
            case Sym s -> Constants.named(s.name()).map(c -> Range.point(c.value())).orElseGet(() -> names.apply(s));
            case Indexed x -> names.apply(x);
            case Delta d -> Range.CLOSED_UNIT;
            case Derivative d -> Range.ALL;
            case Fn f -> FunctionRegistry.lookup(f.name()).map(KnownFunction::range).orElse(Range.ALL);
            case Add a -> {
                Range r = Range.point(0);
                for (Expr t : a.terms()) {
                    r = plus(r, of(t, names));
                }
                yield r;
            }
            case Mul m -> {
                Range r = Range.point(1);
                for (Expr f : m.factors()) {
                    r = times(r, of(f, names));
                }
                yield r;
            }
            case Pow p -> power(of(p.base(), names), p.exponent());
            case IndexProduct p -> {
                Range body = of(p.body(), names);
                yield body.isPositive() ? Range.POSITIVE : body.isNonnegative() ? Range.NONNEGATIVE : Range.ALL;
            }
            case IndexSum s -> {
                Range body = of(s.body(), names);
                boolean someTerm = s.lower().equals(Exprs.ONE) && s.upper().equals(Exprs.N);
                if (body.isPositive() && someTerm) {
                    yield Range.POSITIVE;
                }
                yield body.isNonnegative() ? Range.NONNEGATIVE
                        : body.isNegative() && someTerm ? new Range(Double.NEGATIVE_INFINITY, true, 0, true) : Range.ALL;
            }
        };
    }

    /** Whether {@code e} is greater than 0 wherever it is defined. */
    public static boolean isPositive(Expr e) {
        return of(e).isPositive();
    }

    /** Whether {@code e} is never 0 where it is defined. */
    public static boolean isNonzero(Expr e) {
        return of(e).excludesZero();
    }

    private static Range plus(Range a, Range b) {
        return new Range(a.lo() + b.lo(), a.loOpen() || b.loOpen(), a.hi() + b.hi(), a.hiOpen() || b.hiOpen());
    }

    private static Range times(Range a, Range b) {
        if (isPoint(a, 1)) {
            return b;
        }
        if (isPoint(b, 1)) {
            return a;
        }
        if (a.isNonnegative() && b.isNonnegative()) {
            return new Range(a.lo() * b.lo(), a.loOpen() || b.loOpen(), product(a.hi(), b.hi()), a.hiOpen() || b.hiOpen());
        }
        if (a.isNonnegative() && b.isNegative() || a.isNegative() && b.isNonnegative()) {
            Range p = a.isNonnegative() ? a : b;
            Range n = a.isNonnegative() ? b : a;
            // [p_lo, p_hi]·[n_lo, n_hi] with n < 0: from p_hi·n_lo to p_lo·n_hi
            return new Range(product(p.hi(), n.lo()), p.hiOpen() || n.loOpen(), p.lo() * n.hi(), p.loOpen() || n.hiOpen());
        }
        if (a.isNegative() && b.isNegative()) {
            return new Range(a.hi() * b.hi(), a.hiOpen() || b.hiOpen(), product(a.lo(), b.lo()), a.loOpen() || b.loOpen());
        }
        if (isPoint(a, -1)) {
            return new Range(-b.hi(), b.hiOpen(), -b.lo(), b.loOpen());
        }
        if (isPoint(b, -1)) {
            return times(b, a);
        }
        return Range.ALL;
    }

    private static double product(double a, double b) {
        return a == 0 || b == 0 ? 0 : a * b;
    }

    private static boolean isPoint(Range r, double v) {
        return r.lo() == v && r.hi() == v;
    }

    private static Range power(Range base, Expr exponent) {
        if (!(exponent instanceof Num n)) {
            return base.isPositive() ? Range.POSITIVE : Range.ALL;
        }
        Rational k = n.value();
        if (k.isInteger() && k.signum() > 0) {
            if (k.toBigInteger().testBit(0)) {
                return base.isPositive() ? Range.POSITIVE : base.isNonnegative() ? Range.NONNEGATIVE
                        : base.isNegative() ? new Range(Double.NEGATIVE_INFINITY, true, 0, true) : Range.ALL;
            }
            return base.excludesZero() ? Range.POSITIVE : Range.NONNEGATIVE;
        }
        if (k.isInteger() && k.signum() < 0) {
            boolean odd = k.toBigInteger().testBit(0);
            if (!odd || base.isPositive()) {
                return Range.POSITIVE; // wherever it is defined
            }
            return base.isNegative() ? new Range(Double.NEGATIVE_INFINITY, true, 0, true) : Range.ALL;
        }
        if (k.isZero()) {
            return Range.point(1);
        }
        // a fractional power: real only for a non-negative base
        return base.isPositive() ? Range.POSITIVE : Range.NONNEGATIVE;
    }
}
