package org.symgrad.gradcheck;

import org.symgrad.error.InputException;

/**
 * How a gradient check samples: the dimension {@code n} of every index range, the number of random
 * points, the seed they derive from, and the largest relative error that passes.
 *
 * @param n         the length of every vector and matrix side (an index runs over 1..n)
 * @param points    random points per statement, each at every assignment of the free indices
 * @param seed      the seed of the random points: equal settings give equal reports
 * @param tolerance the largest relative error {@code |g − fd| / max(1, |fd|)} that passes
 */
public record CheckSettings(int n, int points, long seed, double tolerance) {
    /** The largest {@code n}: every index assignment is checked, and their number grows as n^rank. */
    public static final int MAX_N = 12;
    /** The largest number of points. */
    public static final int MAX_POINTS = 1000;
    /** What {@code symgrad gradcheck} uses without options: n = 3, 5 points, seed 0, 1e-6. */
    public static final CheckSettings DEFAULT = new CheckSettings(3, 5, 0, 1e-6);

    /** @throws InputException an {@code n} or a number of points out of range, a tolerance that is not positive */
    public CheckSettings {
        if (n < 1 || n > MAX_N) {
            throw new InputException("--n must be between 1 and " + MAX_N + ", not " + n);
        }
        if (points < 1 || points > MAX_POINTS) {
            throw new InputException("--points must be between 1 and " + MAX_POINTS + ", not " + points);
        }
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new InputException("the tolerance must be a positive number, not " + tolerance);
        }
    }
}
