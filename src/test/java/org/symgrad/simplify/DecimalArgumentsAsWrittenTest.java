package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertFormBothPaths;

import org.junit.jupiter.api.Test;

/**
 * An argument the input wrote with a decimal keeps its orientation and its decimals: the orientations are read with
 * the decimals the normal form prints ({@link WrittenArguments}), and a function the registry names as the quotient of
 * two the input wrote with decimals prints them too ({@link WrittenDecimals}). statsmodels' cauchy link
 * {@code tan(pi*(p - 0.5))}: its derivative was {@code pi/cos(-pi*(0.5 - p))^2} (a minus the exact {@code 1/2} never
 * shows), its second {@code 2*pi^2*tan(-pi*(1/2 - p))/cos(-pi*(0.5 - p))^2} (a half in both spellings).
 */
class DecimalArgumentsAsWrittenTest {
    @Test
    void aDecimalArgumentIsTurnedAsAnExactOneIs() {
        assertFormBothPaths("tan(pi*(p - 0.5))", "p", "pi/cos(pi*(0.5 - p))^2");
    }

    @Test
    void aQuotientOfFunctionsWrittenWithDecimalsKeepsThem() {
        assertFormBothPaths("diff(tan(pi*(p - 0.5)), p)", "p", "-2*pi^2*tan(pi*(0.5 - p))/cos(pi*(0.5 - p))^2");
    }
}
