package org.symgrad.functions;

/**
 * An interval of real numbers, each end open or closed, possibly infinite: the values a function
 * takes ({@code σ ∈ (0, 1)}, {@code exp ∈ (0, ∞)}), or what is known of an expression's value.
 */
public record Range(double lo, boolean loOpen, double hi, boolean hiOpen) {
    public static final Range ALL = new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);
    public static final Range POSITIVE = new Range(0, true, Double.POSITIVE_INFINITY, true);
    public static final Range NONNEGATIVE = new Range(0, false, Double.POSITIVE_INFINITY, true);
    public static final Range AT_LEAST_ONE = new Range(1, false, Double.POSITIVE_INFINITY, true);
    /** (0, 1): σ. */
    public static final Range OPEN_UNIT = new Range(0, true, 1, true);
    /** [0, 1]: heaviside. */
    public static final Range CLOSED_UNIT = new Range(0, false, 1, false);
    /** (−1, 1): tanh, erf. */
    public static final Range OPEN_SYMMETRIC = new Range(-1, true, 1, true);
    /** [−1, 1]: sin, cos, sign. */
    public static final Range CLOSED_SYMMETRIC = new Range(-1, false, 1, false);

    /** The single value {@code v}. */
    public static Range point(double v) {
        return new Range(v, false, v, false);
    }

    /** Every value is greater than 0. */
    public boolean isPositive() {
        return lo > 0 || lo == 0 && loOpen;
    }

    /** Every value is less than 0. */
    public boolean isNegative() {
        return hi < 0 || hi == 0 && hiOpen;
    }

    /** Every value is at least 0. */
    public boolean isNonnegative() {
        return lo >= 0;
    }

    /** 0 is not a value. */
    public boolean excludesZero() {
        return isPositive() || isNegative();
    }
}
