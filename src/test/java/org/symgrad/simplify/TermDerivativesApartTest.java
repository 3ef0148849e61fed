package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertFormBothPaths;

import org.junit.jupiter.api.Test;

/**
 * A derivative the normal form joined over one bar is written as its input terms' derivatives where a book writes them
 * apart ({@link TermDerivativesApart}): where joining multiplied their bars, as in the negative binomial's
 * {@code y/mu - (y + phi)/(mu + phi)}, not {@code phi*(y - mu)/(mu*(mu + phi))}. A term over the whole bar stays joined
 * with the others: the gamma deviance's {@code (m - y)/m^2}, the Poisson's {@code (y - l)/l}.
 */
class TermDerivativesApartTest {
    @Test
    void termsWhoseBarsMultiplyToTheJoinedOneStayApart() {
        assertFormBothPaths("log(x) + log(1 + x)", "x", "1/x + 1/(1 + x)");
        assertFormBothPaths("phi*log(phi) + y*log(mu) - (y + phi)*log(mu + phi)", "mu", "y/mu - (y + phi)/(mu + phi)");
    }

    @Test
    void aTermOverTheWholeBarStaysJoinedWithTheOthers() {
        assertFormBothPaths("y*log(l) - l", "l", "(y - l)/l");
        assertFormBothPaths("x + x/(1 + x^2)", "x", "(x^4 + x^2 + 2)/(1 + x^2)^2");
        assertFormBothPaths("log(m/y) + y/m - 1", "m", "(m - y)/m^2");
        assertFormBothPaths("m*m^(1 - rho)/(2 - rho) - y*m^(1 - rho)/(1 - rho)", "m", "(m - y)/m^rho");
    }
}
