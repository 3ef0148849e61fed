package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round nineteen ({@code fresh-homework}, from {@code cobb-douglas-marginal-product.md} on
 * in the README's table). A trigonometric function without parentheses takes the juxtaposed atoms after it, as
 * trigonometry is written: {@code \cos m\theta} is cos(mθ) and {@code \sin 2x} is sin(2x) (they were cos(m)·θ and
 * sin(2)·x, and correct derivatives, d/dx sin 2x = 2 cos 2x and RoFormer's rotary score, were called false); a
 * function whose one factor is a number takes what is written against it, {@code \log 2\pi} is log(2π);
 * {@code \log x y} stays log(x)·y (LATEX-INPUT M9). A subscript that is a fraction of whole numbers,
 * {@code k_{3/2}} (the Matérn kernel of ν = 3/2), labels the name: it was refused as index arithmetic. A
 * variance named by its square at a letter beside entries at whole numbers, Markowitz's
 * {@code \sigma_p^2 = w^2 \sigma_1^2 + …}, defines σ_p: it was read as a fact about σ, undecided, and the
 * slopes below it too.
 */
class NineteenthRoundNotationTest {
    @Test
    void aTrigonometricFunctionTakesTheJuxtaposedAtomsAfterIt() {
        assertMarks("✓", "$$f(x) = \\sin 2x$$\n\n$$\\frac{d f}{d x} = 2 \\cos 2x$$\n");
        assertMarks("✗", "$$f(x) = \\sin 2x$$\n\n$$\\frac{d f}{d x} = \\cos 2x$$\n");
        assertMarks("✓", "$$g(\\theta) = \\cos n\\theta$$\n\n$$g'(\\theta) = -n \\sin n\\theta$$\n");
        assertMarks("✗", "$$g(\\theta) = \\cos n\\theta$$\n\n$$g'(\\theta) = n \\sin n\\theta$$\n");
        // a space after a control word is not a separation: \sin \omega t is sin(ωt)
        assertMarks("✓", "$$y = A \\sin \\omega t$$\n\n$$\\frac{d y}{d t} = A \\omega \\cos \\omega t$$\n");
        assertMarks("✓", "$$\\frac{d}{dx} \\sin^2 3x = 6 \\sin 3x \\cos 3x$$\n");
        // the run ends at another function, at parentheses that hold a sum (they multiply the value), at \cdot
        assertMarks("✓", "$$\\frac{d}{dx} \\sin x \\cos x = \\cos^2 x - \\sin^2 x$$\n");
        assertMarks("✓", "$$s = \\cos m\\theta \\left( a + b \\right)$$\n\n$$\\frac{\\partial s}{\\partial a} = \\cos m\\theta$$\n");
        assertMarks("✗", "$$s = \\cos m\\theta \\left( a + b \\right)$$\n\n$$\\frac{\\partial s}{\\partial a} = \\cos m$$\n");
        assertMarks("✓", "$$\\frac{d}{dx} \\sin x \\cdot y = y \\cos x$$\n");
        // and at the exponential: \sin x e^{x} is sin(x)·e^x
        assertMarks("✓", "$$\\frac{d}{dx} \\sin x e^{x} = e^{x} \\sin x + e^{x} \\cos x$$\n");
        // RoFormer's rotary score in two dimensions (Su et al. 2021)
        String s = "$$s = \\left( q_1 \\cos m\\theta - q_2 \\sin m\\theta \\right) k_1 + \\left( q_1 \\sin m\\theta + q_2 \\cos m\\theta \\right) k_2$$\n\n";
        assertMarks("✓", s + "$$\\frac{\\partial s}{\\partial q_1} = k_1 \\cos m\\theta + k_2 \\sin m\\theta$$\n");
        assertMarks("✗", s + "$$\\frac{\\partial s}{\\partial q_1} = k_1 \\cos m\\theta - k_2 \\sin m\\theta$$\n");
    }

    @Test
    void aFunctionOfANumberTakesWhatIsWrittenAgainstIt() {
        assertMarks("✓", "$$\\frac{d}{dx} \\exp 2x = 2 \\exp 2x$$\n");
        assertMarks("✓", "$$f(\\sigma) = \\frac{1}{2} \\log 2\\pi\\sigma^2$$\n\n$$f'(\\sigma) = \\frac{1}{\\sigma}$$\n");
        assertMarks("✗", "$$f(\\sigma) = \\frac{1}{2} \\log 2\\pi\\sigma^2$$\n\n$$f'(\\sigma) = \\frac{1}{2 \\sigma}$$\n");
        // a space after the number, or no number, keeps the one factor: \log x y is log(x)·y
        assertMarks("✓", "$$h(x) = \\log x y$$\n\n$$h'(x) = \\frac{y}{x}$$\n");
        assertMarks("✓", "$$h(y) = \\log 2 y$$\n\n$$h'(y) = \\log 2$$\n");
    }

    @Test
    void aFractionSubscriptLabelsTheName() {
        String k = "$$k_{3/2} = \\left( 1 + \\frac{\\sqrt{3} r}{\\ell} \\right) \\exp \\left( -\\frac{\\sqrt{3} r}{\\ell} \\right)$$\n\n";
        assertMarks("✓", k + "$$\\frac{\\partial k_{3/2}}{\\partial \\ell} = \\frac{3 r^2}{\\ell^3} \\exp \\left( -\\frac{\\sqrt{3} r}{\\ell} \\right)$$\n");
        assertMarks("✗", k + "$$\\frac{\\partial k_{3/2}}{\\partial \\ell} = \\frac{3 r^2}{\\ell^2} \\exp \\left( -\\frac{\\sqrt{3} r}{\\ell} \\right)$$\n");
        // \frac in the subscript, and two labels that differ are two names
        String two = "$$k_{\\frac{1}{2}} = e^{-r/\\ell}$$\n\n$$k_{3/2} = r \\ell$$\n\n";
        assertMarks("✓", two + "$$\\frac{\\partial k_{\\frac{1}{2}}}{\\partial \\ell} = \\frac{r}{\\ell^2} e^{-r/\\ell}$$\n");
        assertMarks("✓", two + "$$\\frac{\\partial k_{3/2}}{\\partial \\ell} = r$$\n");
    }

    @Test
    void aSquareAtALetterBesideEntriesAtNumbersDefinesItsRoot() {
        String v = "$$\\sigma_p^2 = w^2 \\sigma_1^2 + (1 - w)^2 \\sigma_2^2 + 2 w (1 - w) \\rho \\sigma_1 \\sigma_2$$\n\n";
        assertMarks("✓", v + "$$\\frac{d \\sigma_p^2}{d w} = 2 w \\sigma_1^2 - 2 (1 - w) \\sigma_2^2 + 2 (1 - 2 w) \\rho \\sigma_1 \\sigma_2$$\n");
        assertMarks("✗", v + "$$\\frac{d \\sigma_p^2}{d w} = 2 w \\sigma_1^2 - 2 (1 - w) \\sigma_2^2 + (1 - 2 w) \\rho \\sigma_1 \\sigma_2$$\n");
        assertMarks("✓", v + "$$\\frac{d^2 \\sigma_p^2}{d w^2} = 2 \\sigma_1^2 + 2 \\sigma_2^2 - 4 \\rho \\sigma_1 \\sigma_2$$\n");
        // the root itself, by the chain rule through the square root
        assertMarks("✓", "$$\\sigma_p^2 = w^2 \\sigma_1^2 + \\sigma_2^2$$\n\n$$\\frac{d \\sigma_p}{d w} = \\frac{w \\sigma_1^2}{\\sigma_p}$$\n");
        // an entry at a number beside another stays a fact to check, as σ_k² beside σ_k does
        assertMarks("??", "$$\\sigma_1^2 = w^2 \\sigma_2^2$$\n\n$$\\frac{d \\sigma_1}{d w} = \\sigma_2$$\n");
    }
}
