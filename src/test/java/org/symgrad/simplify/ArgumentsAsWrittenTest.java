package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;
import static org.symgrad.testing.CheckedDerivatives.assertSimplifies;

import org.junit.jupiter.api.Test;

/**
 * A function's argument the input wrote as a sum whose terms share a name the rest of the sum is free of is printed as
 * written, not as the normal form's product ({@link WrittenTermOrder}): Stan's beta-proportion partial by μ is
 * {@code k(digamma(k − pk) − …)}, not {@code k(digamma(k(1 − p)) − …)}. A polynomial written term by term stays so
 * ({@code tanh(x + x³)}, was {@code tanh(x(1 + x²))}: {@link WrittenPolynomialArgumentsTest}), and a written form that
 * reads longer is not taken.
 */
class ArgumentsAsWrittenTest {
    @Test
    void aSumSharingANameStaysAsWrittenInAnArgument() {
        assertDerivativeBothPaths("x*atan(k - p*k) + x^2", "x", "atan(k - p*k) + 2*x");
        assertSimplifies("atan(k - p*k)", "atan(k - k*p)");
        assertSimplifies("tanh(x + x^3)", "tanh(x + x^3)");
        assertSimplifies("atan(a*b + a*c)", "atan(a*(b + c))");
    }
}
