package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fraction written term by term ({@link TermwiseFractions}) takes the factors it would leave outside its terms into
 * them where the terms then read shorter, a quotient the input wrote named with them ({@link WrittenQuotientNames}): the
 * derivative of {@code x coth(x)²} ends on {@code coth(x)² − 2x coth(x)/sinh(x)²}, the line its derivation passed (was:
 * {@code coth(x)(cosh(x) sinh(x) − 2x)/sinh(x)²}, costlier), and likewise for cot.
 */
class FactorsIntoSplitTermsTest {
    @Test
    void theFactorsOutsideGoIntoTheTermsWhereAWrittenQuotientIsNamedWithThem() {
        assertDerivativeBothPaths("x*coth(x)^2", "x", "coth(x)^2 - 2*x*coth(x)/sinh(x)^2");
        assertDerivativeBothPaths("x*cot(x)^2", "x", "cot(x)^2 - 2*x*cot(x)/sin(x)^2");
        // where taking them in reads no shorter, they stay outside
        assertDerivativeBothPaths("x^2*coth(x)", "x", "x*(2*coth(x) - x/sinh(x)^2)");
    }

    @Test
    void theseDerivationsEndOnNoFormCostlierThanALineTheyPassed() {
        HonestEnds.assertHonest(List.of("x*coth(x)^2", "x*cot(x)^2", "x*coth(x)", "x^2*coth(x)", "coth(x)^2*log(x)"));
    }
}
