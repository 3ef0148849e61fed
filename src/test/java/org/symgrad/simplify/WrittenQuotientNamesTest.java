package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;
import static org.symgrad.testing.CheckedDerivatives.assertSimplifies;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * coth and cot, which the normal form reads as cosh/sinh and cos/sin, are printed by their names where the input
 * wrote them ({@link WrittenQuotientNames}): {@code (x coth x)′} ends on {@code coth(x) − x/sinh(x)²}, the line its
 * derivation passed (was: {@code (cosh(x) sinh(x) − x)/sinh(x)²}, costlier), and {@code cot(x)} simplifies to itself
 * (was: {@code cos(x)/sin(x)}).
 */
class WrittenQuotientNamesTest {
    @Test
    void aWrittenQuotientNameStays() {
        assertSimplifies("cot(x)", "cot(x)");
        assertSimplifies("x*coth(x)", "x*coth(x)");
        // the normal form still reads the quotient: coth·sinh is cosh, cot·sin² is cos·sin; one no one wrote by the name stays one
        assertSimplifies("coth(x)*sinh(x)", "cosh(x)");
        assertSimplifies("cot(x)*sin(x)^2", "cos(x)*sin(x)");
        assertSimplifies("cos(x)/sin(x)", "cos(x)/sin(x)");
    }

    @Test
    void theDerivativesEndOnTheLineTheyPassed() {
        assertDerivativeBothPaths("x*coth(x)", "x", "coth(x) - x/sinh(x)^2");
        assertDerivativeBothPaths("x*cot(x)", "x", "cot(x) - x/sin(x)^2");
        HonestEnds.assertHonest(List.of("x*coth(x)", "x*cot(x)", "coth(x)", "cot(2*x)*x^2", "log(x)*coth(x)"));
    }
}
