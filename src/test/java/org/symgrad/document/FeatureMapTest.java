package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.Reading;

/**
 * {@code \mathbf{w}^T \boldsymbol{\phi}(\mathbf{x}_n)} (PRML §3.1, and every basis-function regression):
 * a lower-case name no one defined, called on one vector, is a feature map, and its value at x_n the
 * n-th feature vector with the components φ_{nk}; the inner product is Σ_k w_k φ_{nk}. Each shape with a
 * right step (proven) and a wrong one (false): the checker samples both sides, which is the oracle.
 */
class FeatureMapTest {
    private static final String SUM_OF_SQUARES = "$$E_D(\\mathbf{w}) = \\frac{1}{2} \\sum_{n=1}^{N} "
            + "\\{ t_n - \\mathbf{w}^T \\boldsymbol{\\phi}(\\mathbf{x}_n) \\}^2$$\n\n";

    @Test
    void theGradientOfTheSumOfSquaresOverFeatureVectors() {
        assertMarks("✓", SUM_OF_SQUARES + "$$\\frac{\\partial E_D}{\\partial w_j} = -\\sum_{n=1}^{N} "
                + "\\{ t_n - \\mathbf{w}^T \\boldsymbol{\\phi}(\\mathbf{x}_n) \\} \\phi_j(\\mathbf{x}_n)$$\n");
        assertMarks("✓", SUM_OF_SQUARES + "$$\\frac{\\partial E_D}{\\partial w_j} = -\\sum_{n=1}^{N} "
                + "\\{ t_n - \\mathbf{w}^T \\boldsymbol{\\phi}(\\mathbf{x}_n) \\} \\phi_{nj}$$\n");
        // the sign of the difference, and the feature index put on the wrong slot
        assertMarks("✗", SUM_OF_SQUARES + "$$\\frac{\\partial E_D}{\\partial w_j} = \\sum_{n=1}^{N} "
                + "\\{ t_n - \\mathbf{w}^T \\boldsymbol{\\phi}(\\mathbf{x}_n) \\} \\phi_{nj}$$\n");
    }

    @Test
    void anotherMapAndOneVectorWithoutASampleIndex() {
        // (ψ alone is the digamma function, a known one: not a feature map)
        String score = "$$s = \\mathbf{v}^\\top \\boldsymbol{\\varphi}(\\mathbf{u}) + c$$\n\n";
        assertMarks("✓", score + "$$\\frac{\\partial s}{\\partial v_k} = \\varphi_k(\\mathbf{u})$$\n");
        assertMarks("✗", score + "$$\\frac{\\partial s}{\\partial v_k} = \\varphi_k(\\mathbf{u}) + c$$\n");
    }

    @Test
    void theReadingIsNotedAndKnownOrDefinedFunctionsAreNotFeatureMaps() {
        Reading r = LatexReader.read("\\mathbf{w}^T \\phi(\\mathbf{x}_n)");
        assertTrue(r.readable(), () -> r.problem().orElseThrow().getMessage());
        assertEquals("sum(k, w_k*phi_{nk})", r.expr().orElseThrow().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.text().contains("the feature vector phi_n")), r.notes()::toString);
        // σ is the sigmoid, applied to a vector it is matrix notation as before
        assertTrue(!LatexReader.read("\\mathbf{w}^\\top \\sigma(\\mathbf{z})").readable());
        // a function the document defines is applied, not read as a feature map
        String defined = "$$f(\\mathbf{x}) = \\sum_k x_k^2$$\n\n$$g = a f(\\mathbf{x}_n)$$\n\n";
        assertMarks("✓", defined + "$$\\frac{\\partial g}{\\partial x_{nk}} = 2 a x_{nk}$$\n");
    }
}
