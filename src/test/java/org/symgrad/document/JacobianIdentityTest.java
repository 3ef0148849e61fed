package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * The identity matrix as homework writes it, {@code I}, {@code \mathbf{I}}, {@code I_n}, {@code \mathbb{I}}: in a derivative
 * whose entries form a matrix (a Jacobian of a vector by a vector, a gradient of a number by a matrix) a plain I the
 * document gives no meaning of its own is the identity, read entry by entry as δ_ij; and an equation in names the document
 * declares vectors or matrices ({@code u = Ax + b}) is never a curve of numbers to differentiate implicitly.
 */
class JacobianIdentityTest {
    private static final String AFFINE = "Let $u = Ax + b$ with $A \\in \\mathbb{R}^{n \\times n}$ and $x, b \\in \\mathbb{R}^n$.\n\n";

    private static String steps(String... rights) {
        StringBuilder out = new StringBuilder(AFFINE);
        for (String r : rights) {
            out.append("$$\\frac{\\partial u}{\\partial b} = ").append(r).append("$$\n\n");
        }
        return out.toString();
    }

    @Test
    void theJacobianOfAnAffineMapByItsOffsetIsTheIdentity() {
        // was: a wrong ✗, 'read as the derivative of the curve u = Ax + b ... implicit differentiation', I one number
        PublicInputsTest.check(steps("I", "I_n", "\\mathbb{I}", "\\mathbf{I}"), "✓✓✓✓");
    }

    @Test
    void aWrongJacobianBesideTheIdentityIsFalse() {
        PublicInputsTest.check(steps("2I", "A", "I_n - A"), "✗✗✗");
    }

    @Test
    void theJacobianByTheVectorTheMatrixMultipliesIsTheMatrix() {
        PublicInputsTest.check(AFFINE + "$$\\frac{\\partial u}{\\partial x} = A$$\n\n$$\\frac{\\partial u}{\\partial x} = I$$\n", "✓✗");
    }

    @Test
    void theGradientOfANumberByAMatrixHoldsTheIdentity() {
        PublicInputsTest.check(""
                + "Let $A \\in \\mathbb{R}^{n \\times n}$.\n\n"
                + "$$r = \\sqrt{\\operatorname{tr}(A)}$$\n\n"
                + "$$\\frac{\\partial r}{\\partial A} = \\frac{I}{2\\sqrt{\\operatorname{tr}(A)}}$$\n\n"
                + "$$\\frac{\\partial r}{\\partial A} = \\frac{1}{2 r} I$$\n\n"
                + "$$\\frac{\\partial r}{\\partial A} = \\frac{I}{\\sqrt{\\operatorname{tr}(A)}}$$\n", "✓✓✗");
    }

    @Test
    void anIThatTheDocumentDefinesIsNoIdentity() {
        // I = 2 by the prose: not the identity, and no curve either
        PublicInputsTest.check(AFFINE.replace(".\n", ", and let $I = 2$.\n") + "$$\\frac{\\partial u}{\\partial b} = I$$\n", "?");
    }

    @Test
    void aCurveInNumbersIsStillDifferentiatedImplicitly() {
        PublicInputsTest.check(""
                + "The curve $x^2 + y^2 = 25$.\n\n"
                + "$$2x + 2y\\frac{dy}{dx} = 0$$\n\n"
                + "$$\\frac{dy}{dx} = -\\frac{x}{y}$$\n\n"
                + "$$\\frac{dy}{dx} = \\frac{x}{y}$$\n", "✓✓✗");
    }
}
