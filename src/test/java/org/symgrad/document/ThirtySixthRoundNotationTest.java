package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round thirty-five left unread by session 39 ({@code fresh-homework}), read generally: a name
 * that stands only under a logarithm (Lee and Carter's {@code y = ln m}) drawn where the logarithm has a value; an
 * explicit expression in the parameters of the document's laws differentiated by a variable it does not hold (the Rankine
 * vortex's {@code d/dr (Γ/2π) = 0}); an article's noun phrase after "so that" announcing an inline definition.
 */
class ThirtySixthRoundNotationTest {
    private static final String LEE_CARTER = "Let $y_{x,t} = \\ln m_{x,t}$ be the log death rate, fitted by least squares:\n\n"
            + "$$S = \\sum_{x=1}^{A} \\sum_{t=1}^{T} \\left( y_{x,t} - a_x - b_x k_t \\right)^2$$\n\n";

    @Test
    void aNameUnderALogarithmOnlyIsDrawnWhereTheLogarithmHasAValue() {
        // almost every drawn point had some m negative, so the dropped k_t could not be evaluated: undecided
        assertMarks("✗", LEE_CARTER + "$$\\frac{\\partial S}{\\partial b_u} = -2 \\sum_{t=1}^{T} \\left( y_{u,t} - a_u - b_u k_t \\right)$$\n");
        assertMarks("✓", LEE_CARTER
                + "$$\\frac{\\partial S}{\\partial b_u} = -2 \\sum_{t=1}^{T} k_t \\left( y_{u,t} - a_u - b_u k_t \\right)$$\n");
    }

    @Test
    void aNameOutsideTheLogarithmKeepsItsSign() {
        // m stands outside the logarithm too: no domain to draw it in; the wrong step is found as before
        assertMarks("✗", "$$f = m \\ln m$$\n\n$$\\frac{d f}{d m} = \\ln m$$\n");
    }

    private static final String VORTEX = "A vortex of circulation $\\Gamma$ outside its core:\n\n$$v(r) = \\frac{\\Gamma}{2 \\pi r}$$\n\n";

    @Test
    void anExpressionInTheParametersOfALawIsAConstant() {
        // Γ is never defined and is a leaf of v's law: d/dr(Γ/2π) = 0 was "is a definition missing?"
        assertMarks("✓", VORTEX + "$$\\frac{1}{r} \\frac{d}{d r} \\left( \\frac{\\Gamma}{2 \\pi} \\right) = 0$$\n");
        assertMarks("✗", VORTEX + "$$\\frac{1}{r} \\frac{d}{d r} \\left( \\frac{\\Gamma}{2 \\pi} \\right) = \\frac{\\Gamma}{2 \\pi r}$$\n");
    }

    @Test
    void aNameNoLawUsesStaysADependenceToState() {
        // L appears in no definition: the author relies on a dependence the document does not state
        assertMarks("?", "$$p = \\sigma(w x)$$\n\n$$\\frac{\\partial}{\\partial w} \\left( \\frac{L}{2} \\right) = 0$$\n");
    }

    private static final String CAUCHY = "For glass in air the index follows Cauchy's formula\n\n$$n(\\lambda) = A + \\frac{B}{\\lambda^2}$$\n\n"
            + "so that the angle $\\phi(\\lambda) = \\arctan n(\\lambda)$ changes with the wavelength as\n\n";

    @Test
    void anArticlesNounPhraseAfterSoThatAnnouncesADefinition() {
        // φ was undefined: the step undecided, its dropped factor 2 not found
        assertMarks("✓", CAUCHY + "$$\\frac{d \\phi}{d \\lambda} = -\\frac{2B}{\\lambda^3 \\left( 1 + n(\\lambda)^2 \\right)}$$\n");
        assertMarks("✗", CAUCHY + "$$\\frac{d \\phi}{d \\lambda} = -\\frac{B}{\\lambda^3 \\left( 1 + n(\\lambda)^2 \\right)}$$\n");
        assertMarks("✗", "We pick the gain so that the output $y = 3 x$ is reached:\n\n$$\\frac{d}{d x} \\left( x y \\right) = y$$\n");
    }

    @Test
    void aNounPhraseNamingAnEquationAnnouncesNone() {
        // the equation and the identity are statements: y and u stay free, and the products' slopes are proven
        assertMarks("✓✓", "We pick the gain so that the equation $y = 3 x$ holds, and so the identity $u = 2 x$:\n\n"
                + "$$\\frac{d}{d x} \\left( x y \\right) = y$$\n\n$$\\frac{d}{d x} \\left( x u \\right) = u$$\n");
        assertMarks("✓", "We choose $a$ such that the condition $y = 3 x$ holds:\n\n$$\\frac{d}{d x} \\left( x y \\right) = y$$\n");
        // "and the model $x_t = …$" beside a series: a model of the data, as before
        assertMarks("✓", "For a series $x_1, \\dots, x_n$ and the model $x_t = \\phi x_{t-1} + \\varepsilon_t$, the sum of squares is\n\n"
                + "$$S(\\phi) = \\sum_{t=2}^{n} \\left( x_t - \\phi x_{t-1} \\right)^2$$\n\n"
                + "$$\\frac{d^2 S}{d \\phi^2} = 2 \\sum_{t=2}^{n} x_{t-1}^2$$\n");
    }

    private static final String ARPS = "The hyperbolic decline from the initial rate $q_i$ is\n\n"
            + "$$q(t) = \\frac{q_i}{(1 + b D_i t)^{1/b}}$$\n\n";

    @Test
    void aNameDefinedWholeWritesItsInitialValueWithALetter() {
        // q_i read as q's entry i made q(t)'s definition recursive, q → q: every step was skipped
        assertMarks("✓", ARPS + "$$\\frac{d q}{d t} = -\\frac{D_i q_i}{(1 + b D_i t)^{1/b + 1}}$$\n");
        assertMarks("✗", ARPS + "$$\\frac{d q}{d t} = -\\frac{q_i}{(1 + b D_i t)^{1/b + 1}}$$\n");
    }

    @Test
    void aNameWrittenAloneHasNoEntriesItsLetteredNameIsAnother() {
        // T_d, the dew point, was T's entry d beside the temperature T: γ's inline definition went unread and ∂γ/∂T was ✗
        String magnus = "At relative humidity $H$ the dew point follows. Let $\\gamma = \\ln H + \\frac{a T}{b + T}$; then\n\n"
                + "$$T_d = \\frac{b \\gamma}{a - \\gamma}$$\n\n";
        assertMarks("✓", magnus + "$$\\frac{\\partial \\gamma}{\\partial T} = \\frac{a b}{(b + T)^2}$$\n");
        assertMarks("✗", magnus + "$$\\frac{\\partial T_d}{\\partial T} = \\frac{a b}{(a - \\gamma)^2}$$\n");
        // a letter a sum binds keeps its family: x_t beside x is still x's entry
        assertMarks("✓", "$$S = \\sum_{t=1}^{n} (x_t - x)^2$$\n\n$$\\frac{\\partial S}{\\partial x} = -2 \\sum_{t=1}^{n} (x_t - x)$$\n");
    }

    @Test
    void aSumOfQuantitiesUnderARootIsPositiveWhereTheyAre() {
        // the Hohmann transfer time: the sides differ only where r_1 + r_2 and μ are negative; it was ✗ there
        String hohmann = "$$t_H = \\pi \\sqrt{\\frac{(r_1 + r_2)^3}{8 \\mu}}$$\n\n";
        assertMarks("✓", hohmann + "$$\\frac{\\partial t_H}{\\partial r_2} = \\frac{3 \\pi}{2} \\sqrt{\\frac{r_1 + r_2}{8 \\mu}}$$\n");
        assertMarks("✗", hohmann + "$$\\frac{\\partial t_H}{\\partial \\mu} = -\\frac{\\pi}{2} \\sqrt{\\frac{(r_1 + r_2)^3}{8 \\mu}}$$\n");
        // a difference under the root is no quantity: the sign stays the step's point
        assertMarks("✗", "$$t = \\sqrt{(a - b)^3}$$\n\n$$\\frac{\\partial t}{\\partial a} = \\frac{3}{2} \\sqrt{a - b} \\cdot (-1)$$\n");
    }

    private static final String PYTHAGORAS = "A team scoring $R$ runs and allowing $A$ wins the fraction\n\n"
            + "$$W = \\frac{R^\\gamma}{R^\\gamma + A^\\gamma}$$\n\n";

    @Test
    void aNounPhraseAndACommaAfterForStateACase() {
        // "For an average team, $R = A$," was not read: the right γ/(4R) was ✗
        assertMarks("✓", PYTHAGORAS + "For an average team, $R = A$, and a run is worth\n\n$$\\frac{\\partial W}{\\partial R} = \\frac{\\gamma}{4 R}$$\n");
        assertMarks("✗", PYTHAGORAS + "For an average team, $R = A$, and a run is worth\n\n$$\\frac{\\partial W}{\\partial R} = \\frac{\\gamma}{2 R}$$\n");
        // a compound value after "for" is no case
        assertMarks("✗", PYTHAGORAS + "For an average team, $R = A + 1$, and a run is worth\n\n$$\\frac{\\partial W}{\\partial R} = \\frac{\\gamma}{4 R}$$\n");
    }
}
