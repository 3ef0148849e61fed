package org.symgrad.check;

import java.util.function.IntFunction;
import org.symgrad.eval.Ball;

/**
 * A step about a series (a sum to {@code \infty}, read as its partial sum to the range size n,
 * {@link org.symgrad.parse.latex.InfiniteLimits}) that is false at every finite n may hold in the limit: the closed
 * form of a geometric series, {@code \sum_{k=0}^{\infty} \gamma^k = \frac{1}{1-\gamma}}; a power series differentiated
 * term by term and shifted, whose partial sums differ by a last term that vanishes. At one sampled point the sides
 * are computed at growing n ({@link #SIZES}); the difference of the sides settles to 0 (the step holds there in the
 * limit), settles elsewhere (the step is false there in the limit too), or does not settle (the series diverges there,
 * or converges too slowly to tell): that point decides nothing.
 */
final class SeriesLimits {
    private SeriesLimits() {
    }

    /** The partial sums' lengths at which the sides are compared, each twice the one before. */
    static final int[] SIZES = {20, 40, 80};

    /** The least sampled points at which the sides must agree in the limit, none differing there. */
    static final int AGREEING = 6;

    /** What the difference of the sides does as n grows at one point. */
    enum Tail {
        /** It settles to 0: the sides agree in the limit. */
        VANISHES,
        /** It settles to a number other than 0: the sides differ in the limit. */
        STAYS,
        /** It does not settle within {@link #SIZES}: nothing is decided here. */
        UNSETTLED
    }

    /** The tail of the difference of {@code left} and {@code right}, each computed with the range size n given. */
    static Tail of(IntFunction<Ball> left, IntFunction<Ball> right) {
        double[] d = new double[SIZES.length];
        double scale = 1;
        for (int i = 0; i < SIZES.length; i++) {
            Ball a = left.apply(SIZES[i]);
            Ball b = right.apply(SIZES[i]);
            if (!a.isDefined() || !b.isDefined() || !Double.isFinite(a.estimate()) || !Double.isFinite(b.estimate())) {
                return Tail.UNSETTLED;
            }
            d[i] = a.estimate() - b.estimate();
            scale = Math.max(scale, Math.max(Math.abs(a.estimate()), Math.abs(b.estimate())));
        }
        double last = Math.abs(d[d.length - 1]);
        double before = Math.abs(d[d.length - 2]);
        if (last <= 1e-9 * scale && before <= 1e-5 * scale) {
            return Tail.VANISHES;
        }
        boolean settled = Math.abs(d[2] - d[1]) <= 1e-9 * scale && Math.abs(d[1] - d[0]) <= 1e-6 * scale;
        return settled && last >= 1e-6 * scale ? Tail.STAYS : Tail.UNSETTLED;
    }
}
