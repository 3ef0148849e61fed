package org.symgrad.expr;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational constant, and how it is written: as a decimal ({@code 0.5}, {@code 0.044715})
 * when the input wrote it so, or when it was computed from such numbers ({@code 3·0.044715 =
 * 0.134145}), else as an integer or a fraction ({@code 1/2}). The spelling never changes the
 * value: arithmetic and normal forms use {@link #value()} alone, so {@code 0.5 − 1/2} simplifies
 * to 0. Two numbers spelt differently are different expressions, as two spellings of one value
 * are in the input; only a value with a terminating decimal expansion that is not an integer can
 * be spelt as a decimal.
 */
public final class Num implements Expr {
    private final Rational value;
    private final boolean decimal;

    public Num(Rational value) {
        this(value, false);
    }

    /** {@code value}, spelt as a decimal when {@code decimal} and its decimal expansion terminates. */
    public Num(Rational value, boolean decimal) {
        this.value = Objects.requireNonNull(value);
        this.decimal = decimal && terminates(value);
    }

    public Rational value() {
        return value;
    }

    /** Whether this number is written as a decimal ({@code 0.5} rather than {@code 1/2}). */
    public boolean decimal() {
        return decimal;
    }

    /**
     * Whether {@code r} is not an integer and has a terminating decimal expansion: its denominator
     * has no prime factor but 2 and 5.
     */
    public static boolean terminates(Rational r) {
        if (r.isInteger()) {
            return false;
        }
        BigInteger d = r.den();
        int twos = d.getLowestSetBit();
        d = d.shiftRight(twos);
        BigInteger five = BigInteger.valueOf(5);
        while (d.mod(five).signum() == 0) {
            d = d.divide(five);
        }
        return d.equals(BigInteger.ONE);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Num n && value.equals(n.value) && decimal == n.decimal;
    }

    @Override
    public int hashCode() {
        return value.hashCode() * 2 + (decimal ? 1 : 0);
    }

    /** The ASCII form, as {@code Printer.ascii} prints it (see {@link TextForm}). */
    @Override
    public String toString() {
        return AsciiText.of(this);
    }
}
