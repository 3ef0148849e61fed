package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symgrad.eval.Ball;

/** The tail of a step's difference at growing lengths of its partial sums ({@link SeriesLimits}). */
class SeriesLimitsTest {
    /** The partial sum of γ^k for k = 0..n. */
    private static Ball geometric(double gamma, int n) {
        double s = 0;
        for (int k = 0; k <= n; k++) {
            s += Math.pow(gamma, k);
        }
        return Ball.of(s);
    }

    @Test
    void aGeometricSeriesMeetsItsClosedFormWhereItConverges() {
        assertEquals(SeriesLimits.Tail.VANISHES, SeriesLimits.of(n -> geometric(0.5, n), n -> Ball.of(2)));
        assertEquals(SeriesLimits.Tail.VANISHES, SeriesLimits.of(n -> geometric(-0.7, n), n -> Ball.of(1 / 1.7)));
        // a wrong closed form settles elsewhere
        assertEquals(SeriesLimits.Tail.STAYS, SeriesLimits.of(n -> geometric(0.5, n), n -> Ball.of(2.5)));
        // beyond its radius the series diverges: nothing is decided there
        assertEquals(SeriesLimits.Tail.UNSETTLED, SeriesLimits.of(n -> geometric(1.2, n), n -> Ball.of(-5)));
        assertEquals(SeriesLimits.Tail.UNSETTLED, SeriesLimits.of(n -> geometric(-1.2, n), n -> Ball.of(1 / 2.2)));
    }

    @Test
    void aSlowlyConvergingSeriesIsNotSettled() {
        // Σ 1/k² misses π²/6 by about 1/n at these lengths: neither vanished nor settled
        assertEquals(SeriesLimits.Tail.UNSETTLED, SeriesLimits.of(n -> {
            double s = 0;
            for (int k = 1; k <= n; k++) {
                s += 1.0 / ((double) k * k);
            }
            return Ball.of(s);
        }, n -> Ball.of(Math.PI * Math.PI / 6)));
        // a side without a value decides nothing
        assertEquals(SeriesLimits.Tail.UNSETTLED, SeriesLimits.of(n -> Ball.UNDEFINED, n -> Ball.of(1)));
    }
}
