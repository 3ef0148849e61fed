package org.symgrad.eval;

import static org.symgrad.eval.BigMath.MC;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The known functions of one argument that {@link BigMath} computes to {@value BigMath#WORKING}
 * digits, each written so that it keeps its relative precision ({@code tanh} through expm1, σ
 * through e^{−|u|}, logit through log1p): the precise path of {@link BallEvaluator}, for points
 * where double-width balls are too wide to tell two sides apart ({@code 1 − σ(27)} is
 * {@code 1.9·10⁻¹²} with a relative radius of {@code 10⁻³} in double). A function not named here
 * keeps its double value and its radius.
 */
final class PreciseFunctions {
    /** Radius, relative to the argument, beyond which the ball is not refined: a narrow ball only. */
    private static final double NARROW = 1e-20;
    /** Factor on the change across the argument's ball, as {@link Ball#apply} takes it. */
    private static final double SLOPE_SAFETY = 2;
    /** The rounding of the result to the ball's digits, with room to spare. */
    private static final double ROUNDING = 1e-38;

    private static final BigDecimal TWO = BigDecimal.TWO;
    private static final BigDecimal ONE = BigDecimal.ONE;

    private static final Map<String, UnaryOperator<BigDecimal>> BY_NAME = Map.ofEntries(
            Map.entry("exp", BigMath::exp),
            Map.entry("log", BigMath::log),
            Map.entry("log1p", BigMath::log1p),
            Map.entry("expm1", BigMath::expm1),
            Map.entry("log2", x -> quotient(BigMath.log(x), BigMath.LN2)),
            Map.entry("log10", x -> quotient(BigMath.log(x), BigMath.log(BigDecimal.TEN))),
            Map.entry("exp2", x -> BigMath.exp(x.multiply(BigMath.LN2, MC))),
            Map.entry("sqrt", BigMath::sqrt),
            Map.entry("rsqrt", x -> quotient(ONE, BigMath.sqrt(x))),
            Map.entry("sin", BigMath::sin),
            Map.entry("cos", BigMath::cos),
            Map.entry("tan", x -> quotient(BigMath.sin(x), BigMath.cos(x))),
            Map.entry("sec", x -> quotient(ONE, BigMath.cos(x))),
            Map.entry("csc", x -> quotient(ONE, BigMath.sin(x))),
            Map.entry("cot", x -> quotient(BigMath.cos(x), BigMath.sin(x))),
            Map.entry("sinh", PreciseFunctions::sinh),
            Map.entry("cosh", PreciseFunctions::cosh),
            Map.entry("tanh", PreciseFunctions::tanh),
            Map.entry("sech", x -> quotient(ONE, cosh(x))),
            Map.entry("csch", x -> quotient(ONE, sinh(x))),
            Map.entry("coth", x -> quotient(ONE, tanh(x))),
            Map.entry("atan", BigMath::atan),
            Map.entry("asin", PreciseFunctions::asin),
            Map.entry("acos", PreciseFunctions::acos),
            Map.entry("asinh", PreciseFunctions::asinh),
            Map.entry("atanh", PreciseFunctions::atanh),
            Map.entry("acosh", PreciseFunctions::acosh),
            Map.entry("sigma", PreciseFunctions::sigma),
            Map.entry("softplus", PreciseFunctions::softplus),
            Map.entry("silu", x -> product(x, sigma(x))),
            Map.entry("softsign", x -> x.divide(ONE.add(x.abs()), MC)),
            Map.entry("logit", PreciseFunctions::logit));

    private PreciseFunctions() {
    }

    /** Whether {@code name} has a precise value here. */
    static boolean has(String name) {
        return BY_NAME.containsKey(name);
    }

    /**
     * {@code name(arg)} as a ball of radius twice the change of the function across the argument's
     * ball plus the function's error; empty where the function is not here, the argument's ball is
     * not narrow, or the function has no value at its midpoint (the caller then takes the double one).
     */
    static Optional<Ball> apply(String name, Ball arg) {
        UnaryOperator<BigDecimal> f = BY_NAME.get(name);
        if (f == null || !arg.isDefined()) {
            return Optional.empty();
        }
        BigDecimal x = arg.mid();
        double r = arg.radius();
        if (r > NARROW * Math.max(1e-300, x.abs().doubleValue())) {
            return Optional.empty();
        }
        BigDecimal y = f.apply(x);
        if (y == null) {
            return Optional.empty();
        }
        double change = 0;
        if (r > 0) {
            BigDecimal step = new BigDecimal(r);
            int defined = 0;
            for (BigDecimal end : new BigDecimal[] {x.add(step), x.subtract(step)}) {
                BigDecimal v = f.apply(end);
                if (v != null) {
                    defined++;
                    change = Math.max(change, v.subtract(y).abs().doubleValue());
                }
            }
            if (defined == 0) {
                return Optional.empty();
            }
        }
        double size = y.abs().doubleValue();
        double error = SLOPE_SAFETY * change + (BigMath.RELATIVE_ERROR + ROUNDING) * size;
        return Optional.of(Ball.around(y, error * (1 + 0x1p-50) + Double.MIN_VALUE));
    }

    /** π as a ball of the ball's digits. */
    static Ball pi() {
        BigDecimal p = BigMath.pi();
        return Ball.around(p, ROUNDING * 4);
    }

    private static BigDecimal quotient(BigDecimal a, BigDecimal b) {
        return a == null || b == null || b.signum() == 0 ? null : a.divide(b, MC);
    }

    private static BigDecimal product(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.multiply(b, MC);
    }

    /** {@code (expm1(x) − expm1(−x))/2}: the two terms have opposite signs, nothing cancels. */
    private static BigDecimal sinh(BigDecimal x) {
        BigDecimal a = BigMath.expm1(x);
        BigDecimal b = BigMath.expm1(x.negate());
        return a == null || b == null ? null : a.subtract(b, MC).divide(TWO, MC);
    }

    private static BigDecimal cosh(BigDecimal x) {
        BigDecimal a = BigMath.exp(x);
        BigDecimal b = BigMath.exp(x.negate());
        return a == null || b == null ? null : a.add(b, MC).divide(TWO, MC);
    }

    /** {@code sign(x)·e/(e + 2)} with {@code e = expm1(2|x|)}: nothing cancels next to 0. */
    private static BigDecimal tanh(BigDecimal x) {
        if (x.abs().compareTo(BigDecimal.valueOf(200)) > 0) {
            // 1 − 2e^{−2|x|}/(1 + e^{−2|x|}) = 1 − 2e^{−2|x|} to far below the working precision
            BigDecimal e = BigMath.exp(x.abs().multiply(TWO).negate());
            return e == null ? null : BigDecimal.valueOf(x.signum()).subtract(BigDecimal.valueOf(2L * x.signum()).multiply(e), MC);
        }
        BigDecimal e = BigMath.expm1(x.abs().multiply(TWO));
        BigDecimal t = e.divide(e.add(TWO), MC);
        return x.signum() < 0 ? t.negate() : t;
    }

    /** {@code 1/(1 + e^{−x})} for x ≥ 0, {@code e^x/(1 + e^x)} below: e^{−|x|} keeps the tail's digits. */
    private static BigDecimal sigma(BigDecimal x) {
        BigDecimal e = BigMath.exp(x.abs().negate());
        if (e == null) {
            return null;
        }
        return (x.signum() >= 0 ? ONE : e).divide(ONE.add(e), MC);
    }

    /** {@code max(x, 0) + log1p(e^{−|x|})}. */
    private static BigDecimal softplus(BigDecimal x) {
        BigDecimal e = BigMath.exp(x.abs().negate());
        BigDecimal l = e == null ? null : BigMath.log1p(e);
        return l == null ? null : l.add(x.max(BigDecimal.ZERO), MC);
    }

    /** {@code log1p((2x − 1)/(1 − x))}: x/(1 − x) next to 1 would lose the digits of a logit next to 0. */
    private static BigDecimal logit(BigDecimal x) {
        if (x.signum() <= 0 || x.compareTo(ONE) >= 0) {
            return null;
        }
        return BigMath.log1p(x.multiply(TWO).subtract(ONE).divide(ONE.subtract(x), MC));
    }

    /** {@code atan(x/√((1 − x)(1 + x)))} for |x| &lt; 1, the product exact. */
    private static BigDecimal asin(BigDecimal x) {
        if (x.abs().compareTo(ONE) >= 0) {
            return null;
        }
        return BigMath.atan(x.divide(BigMath.sqrt(ONE.subtract(x).multiply(ONE.add(x))), MC));
    }

    /** {@code 2 atan(√((1 − x)/(1 + x)))} for −1 &lt; x ≤ 1. */
    private static BigDecimal acos(BigDecimal x) {
        if (x.compareTo(ONE.negate()) <= 0 || x.compareTo(ONE) > 0) {
            return null;
        }
        return BigMath.atan(BigMath.sqrt(ONE.subtract(x).divide(ONE.add(x), MC))).multiply(TWO, MC);
    }

    /** {@code sign(x) log1p(|x| + x²/(1 + √(1 + x²)))}, as the registry's double asinh. */
    private static BigDecimal asinh(BigDecimal x) {
        BigDecimal a = x.abs();
        BigDecimal a2 = a.multiply(a);
        BigDecimal v = BigMath.log1p(a.add(a2.divide(ONE.add(BigMath.sqrt(ONE.add(a2))), MC), MC));
        return v == null ? null : x.signum() < 0 ? v.negate() : v;
    }

    /** {@code log1p(2x/(1 − x))/2} for |x| &lt; 1. */
    private static BigDecimal atanh(BigDecimal x) {
        if (x.abs().compareTo(ONE) >= 0) {
            return null;
        }
        BigDecimal v = BigMath.log1p(x.multiply(TWO).divide(ONE.subtract(x), MC));
        return v == null ? null : v.divide(TWO, MC);
    }

    /** {@code log1p(t + √(t(t + 2)))}, {@code t = x − 1} exact, for x ≥ 1. */
    private static BigDecimal acosh(BigDecimal x) {
        if (x.compareTo(ONE) < 0) {
            return null;
        }
        BigDecimal t = x.subtract(ONE);
        return BigMath.log1p(t.add(BigMath.sqrt(t.multiply(t.add(TWO))), MC));
    }
}
