package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round eighteen ({@code fresh-homework}, from {@code baird-residual-sarsa.md} on in the
 * README's table). A bare {@code \pi} that the document differentiates by or lists as a parameter
 * ({@code \ell_0(\pi, \lambda) = \log(\pi + (1 - \pi) e^{-\lambda})}, Lambert's zero-inflated Poisson) is a
 * probability, not 3.14159…: it was the number, and a correct score ∂ℓ_0/∂π was called false (the derivative by
 * a constant is 0). A function defined in inline math, "let $S(\beta) = …$ be the sum of squares", gives its
 * bare name S its value as a display definition does: ∂S/∂β was undecided ("S is not defined"). And
 * {@code f_i(w)}, {@code f_i'(w)} of a finite sum {@code \frac{1}{n}\sum_i f_i(w)} whose components the document
 * leaves undefined are the members of a family of abstract functions, f(ι_i, w): they were refused as
 * ambiguous ("f_i times w?") and a prime on a subscripted name was not understood.
 */
class EighteenthRoundNotationTest {
    @Test
    void aBarePiTheDocumentDifferentiatesByIsAVariable() {
        String zip = "$$\\ell_0(\\pi, \\lambda) = \\log \\left( \\pi + (1 - \\pi) e^{-\\lambda} \\right)$$\n\n";
        assertMarks("✓", zip + "$$\\frac{\\partial \\ell_0}{\\partial \\pi} = \\frac{1 - e^{-\\lambda}}{\\pi + (1 - \\pi) e^{-\\lambda}}$$\n");
        assertMarks("✗", zip + "$$\\frac{\\partial \\ell_0}{\\partial \\pi} = \\frac{1 + e^{-\\lambda}}{\\pi + (1 - \\pi) e^{-\\lambda}}$$\n");
        assertMarks("✓", zip + "$$\\frac{\\partial \\ell_0}{\\partial \\lambda} = -\\frac{(1 - \\pi) e^{-\\lambda}}{\\pi + (1 - \\pi) e^{-\\lambda}}$$\n");
        // a mixing weight differentiated with d, no parameter list
        String mix = "$$L = \\log \\left( \\pi a + (1 - \\pi) b \\right)$$\n\n";
        assertMarks("✓", mix + "$$\\frac{d L}{d \\pi} = \\frac{a - b}{\\pi a + (1 - \\pi) b}$$\n");
        assertMarks("✗", mix + "$$\\frac{d L}{d \\pi} = \\frac{a + b}{\\pi a + (1 - \\pi) b}$$\n");
        // a parameter on the left of a definition is enough
        String bern = "$$f(\\pi) = \\pi^2 (1 - \\pi)$$\n\n";
        assertMarks("✓", bern + "$$f'(\\pi) = 2 \\pi - 3 \\pi^2$$\n");
        assertMarks("✗", bern + "$$f'(\\pi) = 2 \\pi - \\pi^2$$\n");
        // the number stays the number where the document never differentiates by it (2π r is twice the number)
        assertMarks("✓", "$$A = \\pi r^2$$\n\n$$\\frac{d A}{d r} = 2 \\pi r$$\n");
        assertMarks("✗", "$$A = \\pi r^2$$\n\n$$\\frac{d A}{d r} = 2 r$$\n");
        assertMarks("✓", "$$p(x) = \\frac{1}{\\sqrt{2 \\pi}} e^{-x^2/2}$$\n\n$$p'(x) = -\\frac{x}{\\sqrt{2 \\pi}} e^{-x^2/2}$$\n");
        // π_k, a subscripted mixing weight, was a variable already and stays one
        assertMarks("✓", "$$L = \\log \\left( \\pi_1 a + \\pi_2 b \\right)$$\n\n$$\\frac{\\partial L}{\\partial \\pi_1} = \\frac{a}{\\pi_1 a + \\pi_2 b}$$\n");
    }

    @Test
    void aLetterTheDocumentUsesAsAValueNamesAMemberBesideANumberedOneItDefines() {
        // Lambert (1992): the likelihood of a zero, \ell_0, and of a count y, \ell_y, which also uses y as a value
        String zip = "$$\\ell_0(\\pi, \\lambda) = \\log \\left( \\pi + (1 - \\pi) e^{-\\lambda} \\right)$$\n\n"
                + "$$\\ell_y(\\pi, \\lambda) = \\log (1 - \\pi) + y \\log \\lambda - \\lambda$$\n\n";
        assertMarks("✓", zip + "$$\\frac{\\partial \\ell_y}{\\partial \\lambda} = \\frac{y}{\\lambda} - 1$$\n");
        assertMarks("✗", zip + "$$\\frac{\\partial \\ell_y}{\\partial \\lambda} = \\frac{y}{\\lambda}$$\n");
        assertMarks("✓", zip + "$$\\frac{\\partial \\ell_y}{\\partial \\pi} = -\\frac{1}{1 - \\pi}$$\n");
        assertMarks("✓", zip + "$$\\frac{\\partial \\ell_0}{\\partial \\pi} = \\frac{1 - e^{-\\lambda}}{\\pi + (1 - \\pi) e^{-\\lambda}}$$\n");
        // a plain name defined at 0 and at a value k: the member k
        String h = "$$h_0 = a^2$$\n\n$$h_k = k a$$\n\n";
        assertMarks("✓", h + "$$\\frac{\\partial h_k}{\\partial a} = k$$\n");
        assertMarks("✗", h + "$$\\frac{\\partial h_k}{\\partial a} = a$$\n");
        // components defined one by one beside a symbolic index that is no value stay refused (MML Example 5.8)
        assertMarks("–", "$$x_1 = \\sin t$$\n\n$$x_2 = \\cos t$$\n\n$$\\frac{d x_i}{d t} = 0$$\n");
    }

    @Test
    void aFunctionDefinedInInlineMathGivesItsBareNameItsValue() {
        String s = "Let $S(\\beta) = \\sum_{i=1}^{n} \\left( y_i - A e^{-\\beta t_i} \\right)^2$ be the sum of squares.\n\n";
        assertMarks("✓", s + "$$\\frac{d S}{d \\beta} = 2 A \\sum_{i=1}^{n} t_i e^{-\\beta t_i} \\left( y_i - A e^{-\\beta t_i} \\right)$$\n");
        assertMarks("✗", s + "$$\\frac{d S}{d \\beta} = 2 A \\sum_{i=1}^{n} e^{-\\beta t_i} \\left( y_i - A e^{-\\beta t_i} \\right)$$\n");
        assertMarks("✓", "Let $S(\\beta) = \\beta^2$.\n\n$$\\frac{d S}{d \\beta} = 2 \\beta$$\n");
        assertMarks("✓", "where $g(x) = \\log(1 + e^x)$ is the softplus,\n\n$$\\frac{d g}{d x} = \\sigma(x)$$\n");
        // followed by iterates of its argument (Michaelis–Menten, session 21): the step above them is still read
        assertMarks("✓", "Let $L(\\beta) = (y - \\beta x)^2$.\n\n$$\\frac{d L}{d \\beta} = -2 x (y - \\beta x)$$\n\n"
                + "$$\\beta^{(t+1)} = \\beta^{(t)} - \\eta \\frac{d L}{d \\beta}$$\n");
        // a display definition of the name stands
        assertMarks("✓", "Let $S(\\beta) = \\beta^2$.\n\n$$S = \\beta^3$$\n\n$$\\frac{d S}{d \\beta} = 3 \\beta^2$$\n");
    }

    @Test
    void anUndefinedIndexedFunctionIsAMemberOfAFamily() {
        String p = "$$P(w) = \\frac{1}{n} \\sum_{i=1}^{n} f_i(w) + \\frac{\\lambda}{2} w^2$$\n\n";
        assertMarks("✓", p + "$$P'(w) = \\frac{1}{n} \\sum_{i=1}^{n} f_i'(w) + \\lambda w$$\n");
        assertMarks("✗", p + "$$P'(w) = \\frac{1}{n} \\sum_{i=1}^{n} f_i'(w) + \\frac{\\lambda}{2} w$$\n");
        assertMarks("✗", p + "$$P'(w) = \\sum_{i=1}^{n} f_i'(w) + \\lambda w$$\n");
        // the chain rule through a member
        String g = "$$g_i(u) = f_i(s u)$$\n\n";
        assertMarks("✓", g + "$$g_i'(u) = s \\, f_i'(s u)$$\n");
        assertMarks("✗", g + "$$g_i'(u) = f_i'(s u)$$\n");
        assertMarks("✓", "$$h(w) = f_i(w^2)$$\n\n$$h'(w) = 2 w f_i'(w^2)$$\n");
        assertMarks("✓", "$$h(w) = f_i(w)^2$$\n\n$$h'(w) = 2 f_i(w) f_i'(w)$$\n");
        // members differ: f_1 is not f_2
        assertMarks("✗", "$$h(w) = f_1(w) + f_2(w)$$\n\n$$h'(w) = 2 f_1'(w)$$\n");
        assertMarks("✓", "$$h(w) = f_1(w) + f_2(w)$$\n\n$$h'(w) = f_1'(w) + f_2'(w)$$\n");
        // without a primed member anywhere, f_i(w) is still ambiguous and refused
        assertMarks("–", "$$P(w) = \\sum_{i=1}^{n} f_i(w)$$\n");
    }
}
