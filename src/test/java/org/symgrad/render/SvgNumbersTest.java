package org.symgrad.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SvgNumbersTest {
    @Test
    void hundredthsAreWrittenWithoutZerosThatCarryNothing() {
        assertEquals("0", SvgNumbers.format(0.0));
        assertEquals("0", SvgNumbers.format(-0.001));
        assertEquals("12.5", SvgNumbers.format(12.5));
        assertEquals("12.05", SvgNumbers.format(12.05));
        assertEquals(".5", SvgNumbers.format(0.5));
        assertEquals("-.05", SvgNumbers.format(-0.05));
        assertEquals("-3", SvgNumbers.format(-3.0));
        assertEquals("100", SvgNumbers.format(99.999));
        assertEquals("1.24", SvgNumbers.format(1.2355));
    }

    @Test
    void writtenNumbersReadBackAsTheRoundedValue() {
        Random random = new Random(12);
        for (int i = 0; i < 10_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(7));
            String text = SvgNumbers.format(v);
            assertEquals(Math.round(v * 100), Math.round(Double.parseDouble(text) * 100), text + " for " + v);
        }
    }

    @Test
    void aCoordinateMustBeFinite() {
        assertThrows(IllegalArgumentException.class, () -> SvgNumbers.format(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SvgNumbers.format(Double.POSITIVE_INFINITY));
    }
}
