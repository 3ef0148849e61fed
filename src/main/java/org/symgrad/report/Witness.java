package org.symgrad.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.symgrad.check.Verdict;
import org.symgrad.eval.Ball;
import org.symgrad.expr.Rational;

/**
 * How the witness of a false equality reads: the point, then the two sides' values with as many
 * significant digits as it takes to tell them apart (at least {@value #MIN_DIGITS}, at most what the
 * values are accurate to), and the exact difference when even that does not show it:
 * {@code the left side is 1 and the right side is 1.000000001}.
 */
final class Witness {
    private static final int MIN_DIGITS = 6;

    private Witness() {
    }

    /** {@code at x = 0.5, i = 1 the left side is … and the right side is …}. */
    static String describe(Verdict v) {
        String[] values = distinguishable(v.leftValue(), v.rightValue());
        String at = v.point().isEmpty() ? "" : "at " + point(v.point()) + " ";
        String text = at + "the left side is " + values[0] + " and the right side is " + values[1];
        Rational d = v.exactDifference();
        if (values[0].equals(values[1]) && d != null) {
            text += "; they differ by " + difference(d);
        }
        return text;
    }

    /** A short fraction exactly ({@code 1/10^30} reads {@code 1/1000…0}); a long one to six digits. */
    private static String difference(Rational d) {
        if (d.num().bitLength() <= 64 && d.den().bitLength() <= 128) {
            return "exactly " + d;
        }
        BigDecimal approx = new BigDecimal(d.num()).divide(new BigDecimal(d.den()), new MathContext(MIN_DIGITS));
        return String.format(Locale.ROOT, "%." + (MIN_DIGITS - 1) + "e", approx) + " (in exact arithmetic)";
    }

    private static String point(Map<String, Double> point) {
        List<String> parts = new ArrayList<>();
        point.forEach((k, x) -> parts.add(k + " = " + number(x)));
        return String.join(", ", parts);
    }

    /** A point's coordinate: an integer as such (indices, n), otherwise six significant digits. */
    private static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return String.format(Locale.ROOT, "%.6g", x);
    }

    /**
     * The two values written with the fewest significant digits (from {@value #MIN_DIGITS}) at which
     * they read differently, but no more digits than either is accurate to.
     */
    static String[] distinguishable(Ball a, Ball b) {
        int most = Math.max(MIN_DIGITS, Math.min(accurateDigits(a), accurateDigits(b)));
        int digits = MIN_DIGITS;
        while (digits < most && a.isDefined() && b.isDefined()
                && rounded(a, digits).compareTo(rounded(b, digits)) == 0) {
            digits++;
        }
        return new String[] {value(a, digits), value(b, digits)};
    }

    private static BigDecimal rounded(Ball x, int digits) {
        return x.mid().round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    /** Significant digits of the midpoint that the radius leaves certain. */
    private static int accurateDigits(Ball x) {
        if (!x.isDefined()) {
            return MIN_DIGITS;
        }
        if (x.isExact() || x.radius() == 0) {
            return Ball.DIGITS;
        }
        double magnitude = x.mid().abs().doubleValue();
        if (magnitude == 0) {
            return MIN_DIGITS;
        }
        return (int) Math.max(MIN_DIGITS, Math.min(Ball.DIGITS, Math.floor(Math.log10(magnitude / x.radius()))));
    }

    /** An integer in full; otherwise {@code digits} significant digits, in plain or scientific notation. */
    private static String value(Ball x, int digits) {
        if (!x.isDefined()) {
            return "undefined";
        }
        if (x.isExact() && x.exactValue().isInteger() && x.exactValue().toBigInteger().bitLength() < 128) {
            return x.exactValue().toBigInteger().toString();
        }
        BigDecimal m = rounded(x, digits);
        if (m.signum() == 0) {
            return "0"; // a zero midpoint (0 ± tiny, an underflow) has no significant digits to show
        }
        int exponent = m.precision() - m.scale() - 1;
        if (m.signum() != 0 && (exponent < -4 || exponent >= digits)) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", m);
        }
        return m.setScale(Math.max(0, digits - 1 - exponent), RoundingMode.HALF_EVEN).toPlainString();
    }
}
