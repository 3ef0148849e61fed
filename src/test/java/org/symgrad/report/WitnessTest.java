package org.symgrad.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.symgrad.eval.Ball;

/** The values of a false equality's witness read as numbers a person writes. */
class WitnessTest {

    @Test
    void anInexactZeroReadsZeroNotSixtyZeros() {
        // e^{-1000}·(…) underflows to 0 ± 1e-300: it was printed as 0.0000…0 with one zero per digit of the radius
        Ball underflow = Ball.around(new BigDecimal("0E-60"), 1e-300);
        assertArrayEquals(new String[] {"0", "-1.37024"},
                Witness.distinguishable(underflow, Ball.around(new BigDecimal("-1.370240000"), 1e-12)));
    }

    @Test
    void otherValuesKeepTheirDigits() {
        assertArrayEquals(new String[] {"0.500000", "0.500001"}, Witness.distinguishable(
                Ball.around(new BigDecimal("0.5"), 1e-15), Ball.around(new BigDecimal("0.500001"), 1e-15)));
        assertArrayEquals(new String[] {"1.00000e-07", "2.00000e-07"}, Witness.distinguishable(
                Ball.around(new BigDecimal("1e-7"), 1e-22), Ball.around(new BigDecimal("2e-7"), 1e-22)));
    }
}
