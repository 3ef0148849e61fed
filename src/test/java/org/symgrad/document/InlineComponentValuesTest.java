package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * Components given numbers in inline math, micrograd style ("Let $x_1 = 2$, $w_1 = -3$ and $b = 6.88$", then "$n = x_1 w_1 +
 * b$"), are their own names in every inline definition read after them, as in the step: a derivative by w_1 is taken with
 * w_1 the variable, then the numbers are its point. Was: the step's w_1 was the component's own name and n's body still
 * wrote the entry w_1, so ∂n/∂w_1 = x_1 was ✗ (wrong: "expected 0") and ∂o/∂w_1 = (1 − o²)x_1 ? ("o does not depend on w1").
 */
class InlineComponentValuesTest {
    private static final String NEURON = """
            Let $x_1 = 2$, $w_1 = -3$, $x_2 = 0$, $w_2 = 1$ and $b = 6.88$.

            The neuron computes $n = x_1 w_1 + x_2 w_2 + b$ and $o = \\tanh(n)$.

            """;

    @Test
    void aDerivativeByANumberedComponentIsTakenBeforeItsValue() {
        check(NEURON + """
                $$\\frac{\\partial n}{\\partial w_1} = x_1$$

                $$\\frac{\\partial o}{\\partial w_1} = (1 - o^2) x_1$$

                $$\\frac{\\partial o}{\\partial x_1} = (1 - o^2) w_1$$
                """, "✓✓✓");
    }

    @Test
    void aSlipAtTheComponentsValuesStaysFalse() {
        check(NEURON + """
                $$\\frac{\\partial o}{\\partial w_2} = (1 - o^2) x_1$$

                $$\\frac{\\partial n}{\\partial w_1} = w_1$$
                """, "✗✗");
    }
}
