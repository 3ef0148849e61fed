package org.symgrad.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Elementary functions in {@link BigDecimal} at {@value #WORKING} significant digits, each accurate
 * to a relative error far below {@link #RELATIVE_ERROR} wherever it returns a value: exp and
 * expm1 by Taylor series on a halved argument, log by Halley's iteration on exp (log1p's series
 * next to 1, so that {@code log(1 + 10⁻¹²)} keeps its digits), sin and cos reduced by a 120-digit
 * π to |r| ≤ π/4, atan by argument halving, sqrt by the platform's. A result that would need an
 * argument beyond the supported range ({@code |x| > 10⁶} for exp, {@code 10¹⁵} for sin) is null,
 * and the caller falls back to double.
 */
final class BigMath {
    /** Digits every intermediate result carries. */
    static final int WORKING = 64;
    /** The relative error the functions here promise, with twenty digits to spare. */
    static final double RELATIVE_ERROR = 1e-44;
    static final MathContext MC = new MathContext(WORKING, RoundingMode.HALF_EVEN);
    private static final BigDecimal PI = new BigDecimal("3.14159265358979323846264338327950288419716939937510"
            + "58209749445923078164062862089986280348253421170679821480865132823066470938446");
    private static final BigDecimal HALF_PI = PI.divide(BigDecimal.TWO);
    private static final BigDecimal TWO_OVER_PI = BigDecimal.TWO.divide(PI, new MathContext(140, RoundingMode.HALF_EVEN));
    private static final BigDecimal EPSILON = BigDecimal.ONE.movePointLeft(WORKING + 4);
    private static final BigDecimal SMALL = new BigDecimal("0.01");
    private static final BigDecimal EXP_LIMIT = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal TRIG_LIMIT = BigDecimal.ONE.movePointRight(15);
    private static final BigDecimal LN10 = newtonLog(BigDecimal.TEN);
    static final BigDecimal LN2 = newtonLog(BigDecimal.TWO);

    private BigMath() {
    }

    static BigDecimal pi() {
        return PI.round(MC);
    }

    /** {@code e^x}, or null for {@code |x| > 10⁶}. */
    static BigDecimal exp(BigDecimal x) {
        if (x.abs().compareTo(EXP_LIMIT) > 0) {
            return null;
        }
        // e^x = (e^{x/2^s})^{2^s} with |x/2^s| < 2^-8: each squaring doubles the relative error, s ≤ 28
        int s = Math.max(0, (int) Math.ceil(Math.log(Math.max(x.abs().doubleValue(), 1e-300)) / Math.log(2)) + 8);
        BigDecimal r = new BigDecimal(x.unscaledValue(), x.scale()).divide(new BigDecimal(BigInteger.ONE.shiftLeft(s)), MC);
        BigDecimal y = BigDecimal.ONE.add(taylorExpm1(r), MC);
        for (int i = 0; i < s; i++) {
            y = y.multiply(y, MC);
        }
        return y;
    }

    /** {@code e^x − 1}, without the cancellation next to 0; null for {@code |x| > 10⁶}. */
    static BigDecimal expm1(BigDecimal x) {
        if (x.abs().compareTo(BigDecimal.ONE.divide(BigDecimal.TWO)) < 0) {
            return taylorExpm1(x);
        }
        BigDecimal e = exp(x);
        return e == null ? null : e.subtract(BigDecimal.ONE, MC);
    }

    /** {@code x + x²/2! + x³/3! + …} for {@code |x| < 1/2}. */
    private static BigDecimal taylorExpm1(BigDecimal x) {
        BigDecimal term = x;
        BigDecimal sum = x;
        for (int n = 2; n < 400; n++) {
            term = term.multiply(x, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (term.signum() == 0 || small(term, sum)) {
                break;
            }
        }
        return sum;
    }

    /** {@code log x} for {@code x > 0}, else null. */
    static BigDecimal log(BigDecimal x) {
        if (x.signum() <= 0) {
            return null;
        }
        BigDecimal t = x.subtract(BigDecimal.ONE);
        if (t.abs().compareTo(SMALL) < 0) {
            return log1pSeries(t);
        }
        // x = m·10^k with m in [1, 10)
        int k = x.precision() - x.scale() - 1;
        BigDecimal m = x.movePointLeft(k);
        BigDecimal lm = m.subtract(BigDecimal.ONE).abs().compareTo(SMALL) < 0 ? log1pSeries(m.subtract(BigDecimal.ONE))
                : newtonLog(m);
        return lm.add(LN10.multiply(BigDecimal.valueOf(k), MC), MC);
    }

    /** {@code log(1 + v)} for {@code v > −1}, else null: the series next to 0, where {@code 1 + v} would lose v's digits. */
    static BigDecimal log1p(BigDecimal v) {
        if (v.abs().compareTo(SMALL) < 0) {
            return log1pSeries(v);
        }
        return log(BigDecimal.ONE.add(v));
    }

    /** {@code log(1 + v) = 2 atanh(v/(2 + v))} as its series, for {@code |v| < 1/100}. */
    private static BigDecimal log1pSeries(BigDecimal v) {
        BigDecimal z = v.divide(BigDecimal.TWO.add(v), MC);
        BigDecimal z2 = z.multiply(z, MC);
        BigDecimal power = z;
        BigDecimal sum = z;
        for (int n = 3; n < 400; n += 2) {
            power = power.multiply(z2, MC);
            BigDecimal term = power.divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (term.signum() == 0 || small(term, sum)) {
                break;
            }
        }
        return sum.multiply(BigDecimal.TWO, MC);
    }

    /** Halley's iteration {@code y ← y + 2(x − e^y)/(x + e^y)} for {@code x} in [1/100, 10], from the double logarithm. */
    private static BigDecimal newtonLog(BigDecimal x) {
        BigDecimal y = new BigDecimal(Math.log(x.doubleValue()));
        for (int i = 0; i < 8; i++) {
            BigDecimal e = exp(y);
            BigDecimal step = BigDecimal.TWO.multiply(x.subtract(e), MC).divide(x.add(e), MC);
            y = y.add(step, MC);
            if (step.signum() == 0 || small(step, y.abs().max(BigDecimal.ONE))) {
                break;
            }
        }
        return y;
    }

    /** {@code sin x}, or null for {@code |x| > 10¹⁵}. */
    static BigDecimal sin(BigDecimal x) {
        return trig(x, 0);
    }

    /** {@code cos x}, or null for {@code |x| > 10¹⁵}. */
    static BigDecimal cos(BigDecimal x) {
        return trig(x, 1);
    }

    /** sin (shift 0) or cos (shift 1) as ±sin r or ±cos r, {@code x = q·π/2 + r} with {@code |r| ≤ π/4}. */
    private static BigDecimal trig(BigDecimal x, int shift) {
        if (x.abs().compareTo(TRIG_LIMIT) > 0) {
            return null;
        }
        BigInteger q = x.multiply(TWO_OVER_PI).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        BigDecimal r = x.subtract(HALF_PI.multiply(new BigDecimal(q)));
        int quadrant = q.add(BigInteger.valueOf(shift)).mod(BigInteger.valueOf(4)).intValueExact();
        BigDecimal v = switch (quadrant) {
            case 0 -> sinSeries(r);
            case 1 -> cosSeries(r);
            case 2 -> sinSeries(r).negate();
            default -> cosSeries(r).negate();
        };
        return v.round(MC);
    }

    private static BigDecimal sinSeries(BigDecimal r) {
        BigDecimal x = r.round(MC);
        return series(x, x, 2);
    }

    private static BigDecimal cosSeries(BigDecimal r) {
        return series(r.round(MC), BigDecimal.ONE, 1);
    }

    /** {@code first − first·x²/(n(n+1)) + …}: the Taylor series of sin (from x, n = 2) or cos (from 1, n = 1). */
    private static BigDecimal series(BigDecimal x, BigDecimal first, int n) {
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = first;
        BigDecimal sum = first;
        for (int k = n; k < 400; k += 2) {
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf((long) k * (k + 1)), MC).negate();
            sum = sum.add(term, MC);
            if (term.signum() == 0 || small(term, sum)) {
                break;
            }
        }
        return sum;
    }

    /** {@code atan x}. */
    static BigDecimal atan(BigDecimal x) {
        if (x.abs().compareTo(BigDecimal.ONE) > 0) {
            BigDecimal inner = atan(BigDecimal.ONE.divide(x, MC));
            BigDecimal half = x.signum() > 0 ? HALF_PI : HALF_PI.negate();
            return half.subtract(inner, MC);
        }
        // atan x = 2 atan(x/(1 + √(1 + x²))), five times: |x| < 1/25
        BigDecimal y = x.round(MC);
        int halvings = 5;
        for (int i = 0; i < halvings; i++) {
            y = y.divide(BigDecimal.ONE.add(sqrt(BigDecimal.ONE.add(y.multiply(y)))), MC);
        }
        BigDecimal y2 = y.multiply(y, MC);
        BigDecimal power = y;
        BigDecimal sum = y;
        for (int n = 3; n < 800; n += 2) {
            power = power.multiply(y2, MC).negate();
            BigDecimal term = power.divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (term.signum() == 0 || small(term, sum)) {
                break;
            }
        }
        return sum.multiply(BigDecimal.valueOf(1L << halvings));
    }

    /** {@code √x} for {@code x ≥ 0}, else null. */
    static BigDecimal sqrt(BigDecimal x) {
        return x.signum() < 0 ? null : x.sqrt(MC);
    }

    /** Whether {@code term} is below the working precision of {@code sum}. */
    private static boolean small(BigDecimal term, BigDecimal sum) {
        return sum.signum() != 0 && term.abs().compareTo(sum.abs().multiply(EPSILON)) < 0;
    }
}
