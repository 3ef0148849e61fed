package org.symgrad.code;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.symgrad.expr.Rational;

/**
 * A fragment of generated Python with its binding strength, so that operands are bracketed
 * exactly when Python's precedence requires it ({@code **} above unary minus above
 * {@code * / @} above {@code + -}), and the index names of its axes (empty for a scalar).
 */
record Py(String text, Level level, List<String> axes) {
    /** Python's precedence levels, loosest first. */
    enum Level { SUM, PRODUCT, UNARY, POWER, ATOM }

    Py {
        axes = List.copyOf(axes);
    }

    static Py atom(String text, List<String> axes) {
        return new Py(text, Level.ATOM, axes);
    }

    static Py scalar(String text, Level level) {
        return new Py(text, level, List.of());
    }

    /** This fragment bracketed unless it binds at least as tightly as {@code needed}. */
    String at(Level needed) {
        return level.compareTo(needed) < 0 ? "(" + text + ")" : text;
    }

    Py withAxes(List<String> newAxes) {
        return new Py(text, level, newAxes);
    }

    /**
     * An exact rational as a Python float literal: {@code 2}, {@code 0.5}, {@code -3}, or a quotient
     * {@code 1/3} where the decimal does not terminate (Python's {@code /} divides in floating point).
     */
    static Py number(Rational r) {
        if (r.isInteger()) {
            String t = r.toBigInteger().toString();
            return r.signum() < 0 ? scalar(t, Level.UNARY) : scalar(t, Level.ATOM);
        }
        BigInteger den = r.den();
        int twos = den.getLowestSetBit();
        BigInteger rest = den.shiftRight(twos);
        while (rest.mod(BigInteger.valueOf(5)).signum() == 0) {
            rest = rest.divide(BigInteger.valueOf(5));
        }
        if (rest.equals(BigInteger.ONE)) {
            String t = new BigDecimal(r.num()).divide(new BigDecimal(den)).toPlainString();
            return r.signum() < 0 ? scalar(t, Level.UNARY) : scalar(t, Level.ATOM);
        }
        String t = r.num() + "/" + den;
        return scalar(t, Level.PRODUCT);
    }
}
