package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * {@code f^{-1}} before an argument is the inverse function where the registry knows one, as calculus
 * books and Goodfellow et al. (§3.10, σ^{-1}(x) = log(x/(1 − x))) write it: {@code \tan^{-1} x} is arctan,
 * {@code \sigma^{-1}(p)} the logit. Before, each such line was skipped. A ^{-1} on a function without a
 * known inverse stays an error that says so. Each reading with a right (✓) and a wrong (✗) step.
 */
class InverseFunctionNotationTest {
    @Test
    void theTrigonometricAndHyperbolicInversesAreTheArcFunctions() {
        assertMarks("✓", "$$\\frac{d}{dx}\\tan^{-1} x = \\frac{1}{1 + x^2}$$\n");
        assertMarks("✗", "$$\\frac{d}{dx}\\tan^{-1} x = \\frac{1}{1 - x^2}$$\n");
        assertMarks("✓", "$$\\frac{d}{dt}\\sin^{-1}(t) = \\frac{1}{\\sqrt{1 - t^2}}$$\n");
        assertMarks("✓", "$$\\frac{d}{du}\\cos^{-1} u = -\\frac{1}{\\sqrt{1 - u^2}}$$\n");
        assertMarks("✓", "$$\\frac{d}{dz}\\tanh^{-1} z = \\frac{1}{1 - z^2}$$\n");
        assertMarks("✗", "$$\\frac{d}{dz}\\tanh^{-1} z = \\frac{1}{1 + z^2}$$\n");
        // cosh^{-1} is the principal branch arcosh, defined for x ≥ 1
        assertMarks("✓", "$$\\frac{d}{dx}\\cosh^{-1} x = \\frac{1}{\\sqrt{x^2 - 1}}$$\n");
        assertMarks("✗", "$$\\frac{d}{dx}\\cosh^{-1} x = \\frac{1}{\\sqrt{x^2 + 1}}$$\n");
        // the inverse of the inverse, and a power on the result is still a power
        assertMarks("✓", "$$\\frac{d}{dx}\\left(\\tan^{-1} x\\right)^2 = \\frac{2\\arctan x}{1 + x^2}$$\n");
    }

    @Test
    void theSigmoidsInverseIsTheLogit() {
        assertMarks("✓", "$$\\sigma^{-1}(x) = \\log\\left(\\frac{x}{1-x}\\right)$$\n");
        assertMarks("✗", "$$\\sigma^{-1}(x) = \\log\\left(\\frac{1-x}{x}\\right)$$\n");
        assertMarks("✓", "$$\\frac{d}{dp}\\sigma^{-1}(p) = \\frac{1}{p(1-p)}$$\n");
        assertMarks("✗", "$$\\frac{d}{dp}\\sigma^{-1}(p) = \\frac{1}{p(1+p)}$$\n");
    }

    @Test
    void everyInverseInTheRegistryUndoesItsFunction() {
        for (org.symgrad.functions.KnownFunction f : org.symgrad.functions.FunctionRegistry.ALL) {
            java.util.Optional<String> inverse = org.symgrad.functions.FunctionRegistry.inverseOf(f.name());
            if (inverse.isEmpty()) {
                continue;
            }
            org.symgrad.functions.KnownFunction g = org.symgrad.functions.FunctionRegistry.get(inverse.get());
            assertTrue(org.symgrad.functions.FunctionRegistry.inverseOf(g.name()).orElseThrow().equals(f.name()), f.name());
            for (double x = -0.9; x < 0.95; x += 0.1) {
                // g(f(g(x))) = g(x) in either direction, also where only one of them is a principal branch (acos(cos x))
                double y = g.value(x);
                double back = g.value(f.value(y));
                if (Double.isFinite(y) && Double.isFinite(back)) {
                    assertTrue(Math.abs(back - y) < 1e-9, g.name() + "(" + f.name() + "(" + g.name() + "(" + x + ")))");
                }
            }
        }
    }

    @Test
    void aFunctionWithoutAKnownInverseIsStillAnError() {
        String coth = marks("$$\\frac{d}{dx}\\coth^{-1} x = 1$$\n");
        assertTrue(coth.startsWith("–") && coth.contains("knows only where the inverse is a known function"), coth);
        String erf = marks("$$\\frac{d}{dx}\\operatorname{erf}^{-1}(x) = 1$$\n");
        assertTrue(erf.startsWith("–") && erf.contains("knows only where the inverse is a known function"), erf);
        // a document's own function has no inverse symgrad could compute
        String own = marks("$$\\zeta(x) = \\log(1 + \\exp(x))$$\n\n$$\\zeta^{-1}(x) = \\log(\\exp(x) - 1)$$\n");
        assertTrue(own.contains("reads as an inverse function, which is not supported"), own);
    }
}
