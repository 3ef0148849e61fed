package org.symgrad.check;

import org.symgrad.eval.Ball;

/**
 * When two computed values prove that the sides of an equality differ. Exact values differ when
 * they are not equal. Otherwise the difference must exceed twice the balls' combined radius (their
 * error bound) plus a floor of {@value #FLOOR} relative, which absorbs an underestimated slope of a
 * function computed in double. So a relative difference of {@code 10⁻¹²} is caught wherever the
 * values are accurate to better than that, and rounding never makes a true equality false. Where
 * the balls are {@link #tooWide} for that, the checker computes them again at higher precision.
 */
final class Separation {
    /** Relative difference below which approximate values are never called different. */
    static final double FLOOR = 1e-14;
    private static final double SAFETY = 2;

    private Separation() {
    }

    /** Whether the true values of {@code a} and {@code b} certainly differ. */
    static boolean differ(Ball a, Ball b) {
        Ball d = a.subtract(b);
        if (!d.isDefined()) {
            return false;
        }
        if (d.isExact()) {
            return !d.exactValue().isZero();
        }
        double slack = SAFETY * d.radius() + FLOOR * Math.max(a.magnitude(), b.magnitude());
        return d.mid().abs().doubleValue() > slack;
    }

    /**
     * Whether narrower balls could tell {@code a} and {@code b} apart where these do not: they are
     * approximate and their radius, not the floor, is what the difference falls below ({@code 1 − σ(27)}
     * computed in double is {@code 1.9·10⁻¹²} to within {@code 10⁻³} of itself).
     */
    static boolean tooWide(Ball a, Ball b) {
        Ball d = a.subtract(b);
        return d.isDefined() && !d.isExact()
                && SAFETY * d.radius() > FLOOR * Math.max(a.magnitude(), b.magnitude());
    }
}
