package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.print.Printer;

/**
 * Weight decay as homework writes it, {@code \frac{\partial}{\partial w}\frac{\lambda}{2}\|w\|^2 = \lambda w}: the norm
 * makes w a vector, so the derivative is the gradient and the w on the right the vector. It was read as a
 * derivative by a scalar w of a sum over w_k, 0, and the right step was false. Each such pair is read component
 * by component (∂/∂w_j, w_j) and says so; a wrong gradient stays false, and a derivative by a scalar of a sum
 * over its data (∂/∂x Σ_i (x − x_i)²) is read as before.
 */
class NormGradientTest {
    @Test
    void weightDecayAndTheHalfSquaredNormAreTheirGradients() {
        CheckedDocument d = PublicInputsTest.check("$$\\frac{\\partial}{\\partial w} \\frac{\\lambda}{2}\\|w\\|^2 = \\lambda w$$\n\n"
                + "$$\\nabla_x \\frac{1}{2}\\|x\\|^2 = x$$\n\n$$\\frac{\\partial}{\\partial w} \\|w\\|_2^2 = 2 w$$\n\n"
                + "$$\\nabla_x \\|x\\| = \\frac{x}{\\|x\\|}$$\n", "✓✓✓✓");
        assertTrue(d.verdicts().get(0).notes().stream().anyMatch(n -> n.text().startsWith("∂/∂w read as the component ∂/∂w_j")),
                () -> d.verdicts().get(0).notes().toString());
    }

    @Test
    void throughADefinitionAndForAMatrix() {
        CheckedDocument d = PublicInputsTest.check("$$R = \\frac{\\lambda}{2}\\|\\theta\\|^2$$\n\n$$\\frac{\\partial R}{\\partial \\theta} = \\lambda \\theta$$\n\n"
                + "$$\\frac{\\partial R}{\\partial \\theta} = \\lambda$$\n\n"
                + "$$\\frac{\\partial}{\\partial W}\\frac{1}{2}\\|W\\|_F^2 = W$$\n", "✓✗✓");
        assertEquals("lambda*theta_j", Printer.ascii(d.verdicts().get(1).expected().orElseThrow()));
        assertTrue(d.verdicts().get(2).notes().stream().anyMatch(n -> n.text().contains("W being a matrix")),
                () -> d.verdicts().get(2).notes().toString());
    }

    @Test
    void aScalarBesideItsDataIsReadAsBefore() {
        CheckedDocument d = PublicInputsTest.check("$$\\frac{\\partial}{\\partial x} \\sum_i (x - x_i)^2 = 2\\sum_i (x - x_i)$$\n\n"
                + "$$\\frac{\\partial}{\\partial w}\\left(\\sum_i (y_i - w x_i)^2\\right) = -2\\sum_i x_i (y_i - w x_i)$$\n", "✓✓");
        assertTrue(d.verdicts().stream().allMatch(v -> v.notes().stream().noneMatch(n -> n.text().contains("gradient"))));
    }
}
