package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertFormBothPaths;

import org.junit.jupiter.api.Test;

/**
 * A derivative the normal form joined over one bar is written as its input terms' derivatives where a book writes them
 * apart ({@link TermDerivativesApart}): where joining multiplied their bars, as in the negative binomial's
 * {@code y/mu - (y + phi)/(mu + phi)}, not {@code phi*(y - mu)/(mu*(mu + phi))}. A term over the whole bar stays joined
 * with the others, the gamma deviance's {@code (m - y)/m^2}, but not with a term with no bar: the Poisson's {@code y/l - 1}.
 */
class TermDerivativesApartTest {
    @Test
    void termsWhoseBarsMultiplyToTheJoinedOneStayApart() {
        assertFormBothPaths("log(x) + log(1 + x)", "x", "1/x + 1/(1 + x)");
        assertFormBothPaths("phi*log(phi) + y*log(mu) - (y + phi)*log(mu + phi)", "mu", "y/mu - (y + phi)/(mu + phi)");
    }

    @Test
    void aTermOverTheWholeBarStaysJoinedWithTheOthers() {
        assertFormBothPaths("x + x/(1 + x^2)", "x", "(x^4 + x^2 + 2)/(1 + x^2)^2");
        assertFormBothPaths("log(m/y) + y/m - 1", "m", "(m - y)/m^2");
        // m^(1 - rho) is m/m^rho: a symbolic power is no term without a bar
        assertFormBothPaths("m*m^(1 - rho)/(2 - rho) - y*m^(1 - rho)/(1 - rho)", "m", "(m - y)/m^rho");
    }

    /**
     * A term with no bar beside one over the whole bar, a product of atoms, stays apart (session 35: was
     * {@code (y - l)/l}, asserted here before): Stan's Poisson partial {@code y/l - 1}, the chi-square's
     * {@code (nu - 2)/(2*y) - 1/2}.
     */
    @Test
    void aTermWithNoBarStaysApartFromOneOverTheWholeBar() {
        assertFormBothPaths("y*log(l) - l", "l", "y/l - 1");
        assertFormBothPaths("(nu/2 - 1)*log(y) - 1/2*y", "y", "(nu - 2)/(2*y) - 1/2");
    }
}
