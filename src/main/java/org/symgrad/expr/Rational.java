package org.symgrad.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number {@code num/den} with {@code den > 0} and {@code gcd(num, den) = 1}.
 * Every arithmetic result is again in lowest terms, so structural equality is numeric equality.
 */
public record Rational(BigInteger num, BigInteger den) implements Comparable<Rational> {

    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
    public static final Rational MINUS_ONE = new Rational(BigInteger.ONE.negate(), BigInteger.ONE);
    public static final Rational TWO = new Rational(BigInteger.TWO, BigInteger.ONE);

    /** Validates lowest terms; use {@link #of(BigInteger, BigInteger)} to normalise. */
    public Rational {
        Objects.requireNonNull(num);
        Objects.requireNonNull(den);
        if (den.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + den);
        }
        // an integer (den = 1) is always in lowest terms: no gcd for the common case
        if (!den.equals(BigInteger.ONE) && !num.gcd(den).equals(BigInteger.ONE)) {
            throw new IllegalArgumentException("not in lowest terms: " + num + "/" + den);
        }
    }

    public static Rational of(long n) {
        return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
    }

    public static Rational of(BigInteger n) {
        return new Rational(n, BigInteger.ONE);
    }

    public static Rational of(long num, long den) {
        return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    /** The fraction {@code num/den} in lowest terms. */
    public static Rational of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        if (num.signum() == 0) {
            return ZERO;
        }
        if (den.equals(BigInteger.ONE)) {
            return new Rational(num, den);
        }
        BigInteger g = num.gcd(den);
        return new Rational(num.divide(g), den.divide(g));
    }

    /** Parses a decimal literal such as {@code 3}, {@code 0.25} or {@code 1e-3} exactly. */
    public static Rational parseDecimal(String text) {
        if (isDigits(text)) {
            // a whole number, as nearly every literal is: the same value without BigDecimal, whose class
            // initialisation costs a short call more than reading all its literals
            return of(new BigInteger(text));
        }
        BigDecimal d = new BigDecimal(text);
        if (d.scale() <= 0) {
            return of(d.toBigIntegerExact());
        }
        return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /** Whether {@code text} is one or more ASCII digits and nothing else: a whole number as written. */
    public static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A record's own equality, written out (the components in order), so that the first comparison
     * links no bootstrap method at run time: a short call spends longer linking one than comparing.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
    }

    /** A record's own hash code ({@code 31·hash(num) + hash(den)}), written out as {@link #equals} is. */
    @Override
    public int hashCode() {
        return 31 * num.hashCode() + den.hashCode();
    }

    public boolean isZero() {
        return num.signum() == 0;
    }

    public boolean isOne() {
        return num.equals(BigInteger.ONE) && den.equals(BigInteger.ONE);
    }

    public boolean isMinusOne() {
        return num.equals(BigInteger.ONE.negate()) && den.equals(BigInteger.ONE);
    }

    public boolean isInteger() {
        return den.equals(BigInteger.ONE);
    }

    public int signum() {
        return num.signum();
    }

    public Rational add(Rational o) {
        if (isInteger() && o.isInteger()) {
            return new Rational(num.add(o.num), BigInteger.ONE);
        }
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Rational subtract(Rational o) {
        return add(o.negate());
    }

    public Rational multiply(Rational o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    public Rational divide(Rational o) {
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    public Rational negate() {
        return new Rational(num.negate(), den);
    }

    public Rational abs() {
        return signum() < 0 ? negate() : this;
    }

    /** {@code this^e} for an integer exponent; a negative exponent inverts. */
    public Rational pow(int e) {
        if (e >= 0) {
            return of(num.pow(e), den.pow(e));
        }
        return of(den.pow(-e), num.pow(-e));
    }

    /** The exact integer value; callers check {@link #isInteger()} first. */
    public BigInteger toBigInteger() {
        if (!isInteger()) {
            throw new ArithmeticException("not an integer: " + this);
        }
        return num;
    }

    public double doubleValue() {
        return new BigDecimal(num).divide(new BigDecimal(den), java.math.MathContext.DECIMAL64).doubleValue();
    }

    /** {@code gcd} of two rationals: gcd of numerators over lcm of denominators (positive). */
    public Rational gcd(Rational o) {
        if (isZero()) {
            return o.abs();
        }
        if (o.isZero()) {
            return abs();
        }
        BigInteger lcm = den.divide(den.gcd(o.den)).multiply(o.den);
        return of(num.gcd(o.num), lcm);
    }

    @Override
    public int compareTo(Rational o) {
        if (isInteger() && o.isInteger()) {
            return num.compareTo(o.num);
        }
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    /** The exact decimal expansion ({@code 0.134145}); callers check that it terminates. */
    public String decimalString() {
        return new BigDecimal(num).divide(new BigDecimal(den)).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return isInteger() ? num.toString() : num + "/" + den;
    }
}
