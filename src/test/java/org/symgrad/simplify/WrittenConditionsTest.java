package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertDerivative;
import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;

import org.junit.jupiter.api.Test;

/**
 * A case split's condition reads as the comparison the input wrote ({@link WrittenConditions}): the
 * arguments of a max or min, a clip's value and bounds, a where's sides, an abs's or relu's argument
 * against 0; where that reads shorter than
 * the normal form's difference against 0. Each result is checked against the derivative's value.
 */
class WrittenConditionsTest {
    @Test
    void aMaxOfTwoCurvesSwitchesWhereOneExceedsTheOther() {
        assertDerivativeBothPaths("max(x, 2*x^2)", "x", "where(2*x^2 > x, 4*x, 1)");
        // other names and shapes, min, the arguments in the other order
        assertDerivative("max(3*t^2, t)", "t", "where(3*t^2 > t, 6*t, 1)");
        assertDerivative("min(x, x^3)", "x", "where(x^3 > x, 1, 3*x^2)");
        assertDerivative("min(x^2, 3*x)", "x", "where(x^2 > 3*x, 3, 2*x)");
        // through a power of the max, and the input's own where
        assertDerivativeBothPaths("max(x^3, x)^2", "x", "where(x^3 > x, 6*x^5, 2*x)");
        assertDerivativeBothPaths("where(x^2 > 2*x, x^3, x)", "x", "where(x^2 > 2*x, 3*x^2, 1)");
    }

    @Test
    void aConditionAsShortAsTheWrittenComparisonStays() {
        // the quantile loss: s − y > 0 reads shorter than the arguments' comparison
        assertDerivative("max(alpha*(y - s), (alpha - 1)*(y - s))", "s", "where(s - y > 0, 1 - alpha, -alpha)");
        assertDerivative("max(x, 0)^2", "x", "2*max(x, 0)");
        // a bound at a jump other than 0 stays as a book writes it, not x + 3 > 0
        assertDerivative("clip(x + 3, 0, 6)/6", "x", "where(x > -3, where(x < 3, 1/6, 0), 0)");
    }
}
