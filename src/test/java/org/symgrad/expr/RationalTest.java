package org.symgrad.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rational arithmetic, including the integer fast paths, against cross-multiplication. */
class RationalTest {
    private static final BigInteger ONE = BigInteger.ONE;

    @Test
    void constructorStillRejectsFractionsNotInLowestTerms() {
        assertThrows(IllegalArgumentException.class, () -> new Rational(BigInteger.TWO, BigInteger.valueOf(4)));
        assertThrows(IllegalArgumentException.class, () -> new Rational(BigInteger.ZERO, BigInteger.TWO));
        assertThrows(IllegalArgumentException.class, () -> new Rational(ONE, BigInteger.ZERO));
        assertEquals("-7", new Rational(BigInteger.valueOf(-7), ONE).toString());
    }

    @Test
    void ofReducesAndNormalisesTheSign() {
        assertEquals(Rational.of(-3, 2), Rational.of(6, -4));
        assertEquals(Rational.of(5), Rational.of(10, 2));
        assertEquals(Rational.ZERO, Rational.of(0, -9));
        assertTrue(Rational.of(5).isInteger());
    }

    @Test
    void arithmeticAndOrderAgreeWithCrossMultiplication() {
        Random random = new Random(20240611);
        for (int t = 0; t < 20_000; t++) {
            Rational a = random(random);
            Rational b = random(random);
            assertValue(a.add(b), a.num().multiply(b.den()).add(b.num().multiply(a.den())), a.den().multiply(b.den()));
            assertValue(a.multiply(b), a.num().multiply(b.num()), a.den().multiply(b.den()));
            assertValue(a.subtract(b), a.num().multiply(b.den()).subtract(b.num().multiply(a.den())),
                    a.den().multiply(b.den()));
            int expected = a.num().multiply(b.den()).compareTo(b.num().multiply(a.den()));
            assertEquals(Integer.signum(expected), Integer.signum(a.compareTo(b)), a + " vs " + b);
        }
    }

    /** Half the values integers, so both the fast and the general paths run. */
    private static Rational random(Random random) {
        long num = random.nextInt(41) - 20;
        long den = random.nextBoolean() ? 1 : 1 + random.nextInt(12);
        return Rational.of(num, den);
    }

    private static void assertValue(Rational r, BigInteger num, BigInteger den) {
        assertTrue(r.den().signum() > 0);
        assertEquals(ONE, r.num().gcd(r.den()), r + " is not in lowest terms");
        assertEquals(num.multiply(r.den()), r.num().multiply(den), r + " is not " + num + "/" + den);
    }
}
