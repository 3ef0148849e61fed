package org.symgrad.render;

/**
 * Coordinates in SVG text at 1/100 pixel, written the same way on every machine (no locale, no
 * exponent, no trailing zeros, no leading {@code 0} before the point, never {@code -0}).
 */
final class SvgNumbers {
    private SvgNumbers() {
    }

    /** {@code v} in hundredths, rounded half up. */
    static long hundredths(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite coordinate: " + v);
        }
        return Math.round(v * 100);
    }

    /** {@code v} rounded to 1/100, as SVG text. */
    static String format(double v) {
        return format(hundredths(v));
    }

    /** A count of hundredths as SVG text: 1250 → {@code 12.5}, −5 → {@code -.05}, 0 → {@code 0}. */
    static String format(long hundredths) {
        if (hundredths == 0) {
            return "0";
        }
        StringBuilder s = new StringBuilder();
        long a = Math.abs(hundredths);
        if (hundredths < 0) {
            s.append('-');
        }
        long whole = a / 100;
        int fraction = (int) (a % 100);
        if (whole != 0) {
            s.append(whole);
        }
        if (fraction != 0) {
            s.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                s.append(fraction % 10);
            }
        }
        return s.toString();
    }
}
