package org.symgrad.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.symgrad.expr.Rational;

/**
 * A real number in ball arithmetic (the midpoint–radius intervals of Arb): either the exact
 * rational it is, or a {@value #DIGITS}-digit decimal midpoint and a radius that the true value is
 * known to lie within. Exact values stay exact through {@code + − × ÷} and integer powers as long
 * as they stay small ({@value #MAX_EXACT_BITS} bits); beyond that, and through every function that
 * is computed in {@code double}, a value becomes a ball whose radius bounds the rounding of every
 * operation and the propagation of its arguments' radii. A ball that cannot be computed — outside
 * a function's domain, a division by a ball containing 0 — is {@link #UNDEFINED}.
 *
 * <p>The radius is a rigorous bound for {@code + − × ÷} and integer powers. For a function computed in
 * {@code double} it rests on two estimates, each with a safety factor: the library's error (a few
 * ulps of the result and of the argument; {@code java.lang.Math} promises at most 2.5 ulps) and the
 * function's change across the argument's ball, measured at its ends ({@link #apply}).
 */
public final class Ball {
    /** Significant decimal digits of an approximate midpoint. */
    public static final int DIGITS = 40;
    /** Size (numerator plus denominator bits) beyond which an exact value is rounded to a ball. */
    static final int MAX_EXACT_BITS = 1024;
    /** Largest integer exponent taken by repeated squaring; beyond it a power is a function in double. */
    private static final int MAX_SQUARING_EXPONENT = 100_000;
    private static final MathContext PRECISION = new MathContext(DIGITS, RoundingMode.HALF_EVEN);
    /** Relative rounding error of one operation at {@link #PRECISION}, with room to spare. */
    private static final double ROUNDING = 1e-38;
    /** Ulps of error allowed for a function computed in double (the library promises at most 2.5). */
    private static final double FUNCTION_ULPS = 8;
    /** Ulps of an argument within which a function computed in double may have taken it. */
    private static final double BACKWARD_ULPS = 2;
    /** Ulps within which {@link #estimate()} is the midpoint. */
    private static final double ESTIMATE_ULPS = 4;
    /** A radius beyond which a function's change is measured inside the ball too. */
    private static final double WIDE = 1e-3;
    private static final double[] ENDS = {1, -1};
    private static final double[] INSIDE = {1, -1, 0.75, -0.75, 0.5, -0.5, 0.25, -0.25};
    /** Factor applied to the measured propagation of an argument's radius through a function. */
    private static final double SLOPE_SAFETY = 2;

    /** The value of an expression that cannot be computed at a point. */
    public static final Ball UNDEFINED = new Ball(null, null, Double.NaN);

    private static final Ball ZERO = exact(Rational.ZERO);
    private static final BigInteger FIVE = BigInteger.valueOf(5);
    /** The powers of ten a double holds exactly. */
    private static final double[] TENS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final Ball ONE = exact(Rational.ONE);

    private final Rational exact;
    /** The midpoint; for an exact ball computed when first asked for (most never are). */
    private BigDecimal mid;
    private final double radius;
    /** The value as a double (within {@value #ESTIMATE_ULPS} ulps), computed when first asked for. */
    private double estimate;
    private boolean estimated;

    private Ball(Rational exact, BigDecimal mid, double radius) {
        this.exact = exact;
        this.mid = mid;
        this.radius = radius;
    }

    /** The exact value {@code r}. */
    public static Ball exact(Rational r) {
        Objects.requireNonNull(r);
        return new Ball(r, null, 0);
    }

    /** The exact value of the double {@code v} (every finite double is a dyadic rational); NaN and ±∞ are undefined. */
    public static Ball of(double v) {
        if (!Double.isFinite(v)) {
            return UNDEFINED;
        }
        if (v == 0) {
            return ZERO;
        }
        // v = m·2^e with an odd m: already in lowest terms
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long m = biased == 0 ? (bits & 0xfffffffffffffL) << 1 : (bits & 0xfffffffffffffL) | (1L << 52);
        int e = (biased == 0 ? 1 : biased) - 1075;
        int zeros = Long.numberOfTrailingZeros(m);
        m >>= zeros;
        e += zeros;
        BigInteger num = BigInteger.valueOf(v < 0 ? -m : m);
        return exact(e >= 0 ? new Rational(num.shiftLeft(e), BigInteger.ONE)
                : new Rational(num, BigInteger.ONE.shiftLeft(-e)));
    }

    /** The ball of midpoint {@code mid} and radius {@code radius}; undefined if the radius is not finite. */
    public static Ball around(BigDecimal mid, double radius) {
        if (!Double.isFinite(radius) || radius < 0) {
            return UNDEFINED;
        }
        return new Ball(null, mid.round(PRECISION), radius);
    }

    public boolean isDefined() {
        return exact != null || mid != null;
    }

    /** Whether the value is known exactly (then {@link #exactValue()} is it and the radius is 0). */
    public boolean isExact() {
        return exact != null;
    }

    /** The exact value; only for {@link #isExact()} balls. */
    public Rational exactValue() {
        if (exact == null) {
            throw new IllegalStateException("not an exact value: " + this);
        }
        return exact;
    }

    /** The midpoint ({@value #DIGITS} significant digits; the exact value rounded for an exact ball). */
    public BigDecimal mid() {
        requireDefined();
        if (mid == null) {
            mid = decimal(exact);
        }
        return mid;
    }

    /** The radius: the true value lies in {@code [mid − radius, mid + radius]}. */
    public double radius() {
        requireDefined();
        return radius;
    }

    /** The midpoint as a double, within {@value #ESTIMATE_ULPS} ulps; NaN when undefined. */
    public double estimate() {
        if (!isDefined()) {
            return Double.NaN;
        }
        if (!estimated) {
            boolean small = exact != null && exact.num().bitLength() < 1000 && exact.den().bitLength() < 1000;
            // each conversion is correctly rounded, and so is the quotient: 1.5 ulps at most
            estimate = small ? exact.num().doubleValue() / exact.den().doubleValue() : toDouble(mid());
            estimated = true;
        }
        return estimate;
    }

    /** An upper bound of {@code |value|} (infinite when it exceeds the double range). */
    public double magnitude() {
        return up(Math.abs(estimate()) * (1 + ESTIMATE_ULPS * 0x1p-52) + radius);
    }

    private void requireDefined() {
        if (!isDefined()) {
            throw new IllegalStateException("undefined value");
        }
    }

    public Ball add(Ball o) {
        if (!isDefined() || !o.isDefined()) {
            return UNDEFINED;
        }
        if (isExact() && o.isExact()) {
            return bounded(exact.add(o.exact));
        }
        BigDecimal m = mid().add(o.mid(), PRECISION);
        return around(m, up(radius + o.radius + rounding(magnitude() + o.magnitude())));
    }

    public Ball negate() {
        if (!isDefined()) {
            return UNDEFINED;
        }
        return isExact() ? exact(exact.negate()) : new Ball(null, mid.negate(), radius);
    }

    public Ball subtract(Ball o) {
        return add(o.negate());
    }

    public Ball multiply(Ball o) {
        if (!isDefined() || !o.isDefined()) {
            return UNDEFINED;
        }
        if (isExact() && o.isExact()) {
            return bounded(exact.multiply(o.exact));
        }
        BigDecimal m = mid().multiply(o.mid(), PRECISION);
        double a = magnitude();
        double b = o.magnitude();
        return around(m, up(a * o.radius + b * radius + rounding(a * b)));
    }

    /** {@code 1/this}; undefined when the ball contains 0. */
    public Ball reciprocal() {
        if (!isDefined()) {
            return UNDEFINED;
        }
        if (isExact()) {
            return exact.isZero() ? UNDEFINED : bounded(Rational.ONE.divide(exact));
        }
        double m = down(Math.abs(estimate()) * (1 - ESTIMATE_ULPS * 0x1p-52));
        if (!(m > radius)) {
            return UNDEFINED;
        }
        BigDecimal inverse = BigDecimal.ONE.divide(mid, PRECISION);
        return around(inverse, up(radius / (m * down(m - radius)) + rounding(1 / m)));
    }

    public Ball divide(Ball o) {
        return multiply(o.reciprocal());
    }

    /** {@code this^k} for an integer {@code k}; {@code 0^0 = 1} as in {@link Math#pow}; {@code 0^k} for {@code k < 0} is undefined. */
    public Ball pow(long k) {
        if (!isDefined()) {
            return UNDEFINED;
        }
        if (k < 0) {
            return k == Long.MIN_VALUE ? UNDEFINED : pow(-k).reciprocal();
        }
        if (k == 0) {
            return ONE;
        }
        if (isExact() && exact.isZero()) {
            return ZERO;
        }
        if (isExact() && (long) (exact.num().bitLength() + exact.den().bitLength()) * k <= MAX_EXACT_BITS) {
            return exact(exact.pow((int) k));
        }
        if (k > MAX_SQUARING_EXPONENT) {
            final double e = k;
            return apply(x -> Math.pow(x, e));
        }
        Ball result = ONE;
        Ball square = isExact() ? approximate() : this;
        for (long e = k; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result.multiply(square);
            }
            if (e > 1) {
                square = square.multiply(square);
            }
        }
        return result;
    }

    /**
     * {@code f(this)} for a function computed in double. The argument is rounded to a double {@code x}
     * (the rounding, and {@value #BACKWARD_ULPS} ulps of backward error, join its radius {@code r});
     * the result's radius is {@value #FUNCTION_ULPS} ulps of the library's error plus
     * {@value #SLOPE_SAFETY}× the larger change {@code |f(x ± r) − f(x)|} — the exact deviation across
     * the ball for a monotone {@code f}, and a safe one for a smooth {@code f} on a small ball; on a
     * ball wider than {@value #WIDE}, the change at points inside it counts too.
     */
    public Ball apply(DoubleUnaryOperator f) {
        return apply(v -> f.applyAsDouble(v[0]), List.of(this), 0);
    }

    /**
     * {@code f(args)} for a function of several arguments computed in double; as {@link #apply} with
     * the slopes measured one argument at a time, and the library's error taken as
     * {@value #FUNCTION_ULPS} ulps of {@code max(|f|, scale)} (a sum of terms may cancel: its error
     * is relative to the size of the terms, not of the sum).
     */
    public static Ball apply(ToDoubleFunction<double[]> f, List<Ball> args, double scale) {
        double[] x = new double[args.size()];
        double[] r = new double[args.size()];
        for (int j = 0; j < x.length; j++) {
            Ball a = args.get(j);
            if (!a.isDefined()) {
                return UNDEFINED;
            }
            x[j] = a.estimate();
            if (!Double.isFinite(x[j])) {
                return UNDEFINED;
            }
            // the rounding to double, and a backward error of a few ulps of the argument: a library
            // function is at best exact for an argument near the one it was given
            r[j] = up(a.radius + (ESTIMATE_ULPS + BACKWARD_ULPS) * Math.ulp(x[j]));
        }
        double y = f.applyAsDouble(x);
        if (!Double.isFinite(y)) {
            return UNDEFINED;
        }
        // BigDecimal.valueOf(y) is y's shortest decimal, within half an ulp of y
        double error = (FUNCTION_ULPS + 1) * Math.ulp(Math.max(Math.abs(y), scale));
        for (int j = 0; j < x.length; j++) {
            double change = 0;
            // the ends of the ball; across a wide ball also points inside it, where an oscillating
            // function (sin of a large argument) may reach values its ends do not
            double[] offsets = r[j] > WIDE ? INSIDE : ENDS;
            for (double o : offsets) {
                change = Math.max(change, change(f, x, j, o * r[j], y));
            }
            if (!Double.isFinite(change)) {
                return UNDEFINED;
            }
            error += SLOPE_SAFETY * change;
        }
        return around(BigDecimal.valueOf(y), up(error));
    }

    /** {@code |f(x + step·e_j) − f(x)|}, or 0 where the shifted point is outside the domain. */
    private static double change(ToDoubleFunction<double[]> f, double[] x, int j, double step, double y) {
        double[] shifted = x.clone();
        shifted[j] += step;
        double v = f.applyAsDouble(shifted);
        if (Double.isNaN(v)) {
            return 0; // one-sided: the change towards the other end measures it
        }
        return Math.abs(v - y);
    }

    /** This value as a ball with a decimal midpoint (an exact value rounded, its rounding the radius). */
    private Ball approximate() {
        return isExact() ? around(mid(), rounding(magnitude())) : this;
    }

    /** An exact result, or its rounding when it has grown beyond {@value #MAX_EXACT_BITS} bits. */
    private static Ball bounded(Rational r) {
        if (r.num().bitLength() + r.den().bitLength() <= MAX_EXACT_BITS) {
            return exact(r);
        }
        BigDecimal m = decimal(r);
        return around(m, rounding(m.abs().doubleValue()));
    }

    private static BigDecimal decimal(Rational r) {
        int twos = r.den().bitLength() - 1;
        if (r.den().bitCount() == 1 && twos <= 2_000) {
            // a dyadic rational p/2^k (every double is one) is p·5^k/10^k: no division
            return new BigDecimal(r.num().multiply(FIVE.pow(twos)), twos).round(PRECISION);
        }
        return new BigDecimal(r.num()).divide(new BigDecimal(r.den()), PRECISION);
    }

    /**
     * {@code m} as a double within {@value #ESTIMATE_ULPS} ulps: its digits as a double, scaled by
     * exact powers of ten (at most three roundings of half an ulp each); far from 1, the library's
     * correctly rounded (and slower) conversion.
     */
    private static double toDouble(BigDecimal m) {
        int scale = m.scale();
        if (Math.abs(scale) > 3 * 22 || m.unscaledValue().bitLength() > 1000) {
            return m.doubleValue();
        }
        double v = m.unscaledValue().doubleValue();
        for (; scale > 22; scale -= 22) {
            v /= 1e22;
        }
        for (; scale < -22; scale += 22) {
            v *= 1e22;
        }
        return scale >= 0 ? v / TENS[scale] : v * TENS[-scale];
    }

    /** A bound on the rounding error of a {@link #PRECISION} result of magnitude at most {@code m}. */
    private static double rounding(double m) {
        return up(m * ROUNDING);
    }

    /** {@code x} increased enough to cover the rounding of the double operations that computed it. */
    private static double up(double x) {
        return x * (1 + 0x1p-50) + Double.MIN_VALUE;
    }

    private static double down(double x) {
        return x * (1 - 0x1p-50);
    }

    @Override
    public String toString() {
        if (!isDefined()) {
            return "undefined";
        }
        return isExact() ? exact.toString() : mid + " ± " + radius;
    }
}
