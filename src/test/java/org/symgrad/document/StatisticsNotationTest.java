package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Notation of statistics and of softmax with a temperature as homework writes it: the normal density
 * {@code \mathcal{N}(x \mid \mu, \sigma^2)} ({@code NormalDensities}), softmax of an expression displayed apart from
 * the components that show which name is the vector ({@code VectorEvidence.ofVectorFunction}), and {@code e^-x}, whose
 * TeX puts only the sign in the exponent.
 */
class StatisticsNotationTest {
    @Test
    void theNormalDensityWithABarOrASemicolon() {
        String bar = "$$\\frac{\\partial}{\\partial \\mu} \\log \\mathcal{N}(x \\mid \\mu, \\sigma^2) = ";
        assertMarks("✓", bar + "\\frac{x - \\mu}{\\sigma^2}$$\n");
        assertMarks("✗", bar + "\\frac{x - \\mu}{\\sigma}$$\n");
        String semi = "$$\\frac{\\partial}{\\partial v} \\log \\mathcal{N}(x; m, v) = ";
        assertMarks("✓", semi + "\\frac{(x - m)^2}{2v^2} - \\frac{1}{2v}$$\n");
        assertMarks("✗", semi + "\\frac{(x - m)^2}{2v^2}$$\n");
        // the density itself, not only its logarithm
        assertMarks("✓", "$$\\frac{d}{dx} \\mathcal{N}(x \\mid 0, 1) = -x \\, \\mathcal{N}(x \\mid 0, 1)$$\n");
    }

    @Test
    void aMixtureOfNormalDensities() {
        String gmm = "$$\\ell = \\log \\sum_{j=1}^K \\pi_j \\mathcal{N}(x \\mid \\mu_j, \\sigma_j^2)$$\n\n"
                + "$$\\gamma_k = \\frac{\\pi_k \\mathcal{N}(x \\mid \\mu_k, \\sigma_k^2)}{\\sum_{j=1}^K \\pi_j \\mathcal{N}(x \\mid \\mu_j, \\sigma_j^2)}$$\n\n";
        assertMarks("✓", gmm + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = \\gamma_k \\frac{x - \\mu_k}{\\sigma_k^2}$$\n");
        assertMarks("✗", gmm + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = \\gamma_k (x - \\mu_k)$$\n");
        assertMarks("✓", gmm + "$$\\frac{\\partial \\ell}{\\partial \\sigma_k^2} = \\frac{\\gamma_k}{2}\\left(\\frac{(x-\\mu_k)^2}{\\sigma_k^4} - \\frac{1}{\\sigma_k^2}\\right)$$\n");
    }

    @Test
    void aDocumentsOwnNormalDensityIsApplied() {
        // the document's 𝒩 (here deliberately not the Gaussian) wins over the convention
        String own = "$$\\mathcal{N}(x \\mid a, b) = a x + b$$\n\n";
        assertMarks("✓", own + "$$\\frac{\\partial}{\\partial a} \\mathcal{N}(y \\mid a, b) = y$$\n");
    }

    @Test
    void aPlainSigmaInThePlaceOfTheVarianceIsAskedAbout() {
        // 𝒩(x | μ, σ): some authors mean the standard deviation; read as the variance, their right step would be false
        String got = marks("$$\\frac{\\partial}{\\partial \\mu} \\log \\mathcal{N}(x \\mid \\mu, \\sigma) = \\frac{x - \\mu}{\\sigma^2}$$\n");
        assertTrue(got.startsWith("–") && got.contains("the standard deviation or the variance"), got);
    }

    @Test
    void theNormalDistributionWithoutAPointIsNoValue() {
        // 𝒩(μ, σ²) names a distribution: nothing to evaluate, so the step is not read (never read as a density)
        String got = marks("$$\\frac{\\partial}{\\partial \\mu} \\mathcal{N}(\\mu, \\sigma^2) = 1$$\n");
        assertTrue(got.startsWith("–"), got);
    }

    @Test
    void softmaxOfAnExpressionDisplayedApartFromItsComponents() {
        String t = "$$p = \\operatorname{softmax}(z / T)$$\n\n";
        assertMarks("✓", t + "$$\\frac{\\partial p_i}{\\partial z_j} = \\frac{1}{T} p_i (\\delta_{ij} - p_j)$$\n");
        assertMarks("✗", t + "$$\\frac{\\partial p_i}{\\partial z_j} = p_i (\\delta_{ij} - p_j)$$\n");
        String shift = "$$p = \\operatorname{softmax}(z - m)$$\n\n";
        assertMarks("✓", shift + "$$\\frac{\\partial p_i}{\\partial z_j} = p_i (\\delta_{ij} - p_j)$$\n");
        // two names written with components somewhere: which one is broadcast is a guess, so it is not read
        String both = "$$p = \\operatorname{softmax}(z - m)$$\n\n$$m_k = 1$$\n\n";
        assertTrue(marks(both + "$$\\frac{\\partial p_i}{\\partial z_j} = p_i (\\delta_{ij} - p_j)$$\n").startsWith("–"));
    }

    @Test
    void anUnbracedSignBeforeALetterIsRefusedNotReadAsAName() {
        // e^-x: TeX sets only the minus above e; read as a marked name e⁻ it made the right step false
        String got = marks("$$\\frac{d}{dx} e^-x = -e^-x$$\n");
        assertTrue(got.startsWith("–") && got.contains("write e^{-x} for a power"), got);
        // a sign mark followed by a space or an operator is still a mark: the negative sample y^-
        assertMarks("✓", "$$\\frac{\\partial}{\\partial s} (s - y^- )^2 = 2(s - y^-)$$\n");
    }

    @Test
    void anUndefinedFunctionAtANumberIsACallNotAProduct() {
        // f(1), f(0): read as f·1 and f·0 the f(0) term vanished, and the step that dropped it was proven
        String j = "$$J(\\theta) = \\sigma(\\theta) f(1) + (1 - \\sigma(\\theta)) f(0)$$\n\n";
        assertMarks("✓", j + "$$\\frac{dJ}{d\\theta} = \\sigma(\\theta)(1-\\sigma(\\theta)) (f(1) - f(0))$$\n");
        assertMarks("✗", j + "$$\\frac{dJ}{d\\theta} = \\sigma(\\theta)(1-\\sigma(\\theta)) f(1)$$\n");
    }
}
