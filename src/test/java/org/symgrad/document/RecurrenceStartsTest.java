package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * The number prose gives a recurrence's initial term ("Let $h_t = \tanh(w h_{t-1} + x_t)$ with $h_0 = 0$", "with $m_0 =
 * v_0 = 0$") is that term's value wherever a step expands the recurrence down to it ({@link RecurrenceStarts}). Was: the
 * initial term stayed a free input, so the right steps that use its value — the two-step BPTT gradient without the h_0
 * term, momentum's v_2 = −μηg_1 − ηg_2 — were ✗.
 */
class RecurrenceStartsTest {
    private static final String RNN = "Let $h_t = \\tanh(w h_{t-1} + x_t)$ with $h_0 = 0$, and the loss $L = \\frac{1}{2}(h_2 - y)^2$.\n\n";

    @Test
    void theInitialValueDropsTheTermsThatCarryIt() {
        check(RNN + """
                $$\\frac{\\partial L}{\\partial w} = (h_2 - y)(1 - h_2^2) h_1$$

                $$\\frac{\\partial L}{\\partial w} = (h_2 - y) h_1$$
                """, "✓✗");
    }

    @Test
    void aDerivativeByTheInitialTermIsTakenBeforeItsValue() {
        check(RNN + """
                $$\\frac{\\partial L}{\\partial h_0} = (h_2 - y)(1 - h_2^2) w (1 - h_1^2) w$$

                $$\\frac{\\partial L}{\\partial h_0} = (h_2 - y)(1 - h_2^2) (1 - h_1^2) w$$
                """, "✓✗");
    }

    @Test
    void aDisplayedRecurrenceStartsWhereTheProseSays() {
        check("""
                The velocity follows
                $$v_t = \\mu v_{t-1} - \\eta g_t$$
                starting from $v_0 = 0$. After two steps
                $$v_2 = -\\mu\\eta g_1 - \\eta g_2$$
                and wrongly
                $$v_2 = -\\eta g_1 - \\eta g_2$$
                """, "✓✗");
    }

    @Test
    void aChainStartsEachOfItsNames() {
        check("""
                Let $m_t = \\beta_1 m_{t-1} + (1 - \\beta_1) g_t$ and $v_t = \\beta_2 v_{t-1} + (1 - \\beta_2) g_t^2$, with $m_0 = v_0 = 0$.

                $$m_2 = \\beta_1 (1 - \\beta_1) g_1 + (1 - \\beta_1) g_2$$

                $$v_1 = (1 - \\beta_2) g_1^2$$

                $$v_1 = g_1^2$$
                """, "✓✓✗");
    }

    @Test
    void aDisplayOfTheInitialTermBelowTheRecurrenceStartsIt() {
        String rnn = """
                The recurrence is
                $$h_t = \\tanh(w h_{t-1} + x_t)$$
                $$h_0 = 0$$
                and the loss is $L = \\frac{1}{2}(h_2 - y)^2$.

                """;
        check(rnn + """
                $$\\frac{\\partial L}{\\partial w} = (h_2 - y)(1 - h_2^2) h_1$$

                $$\\frac{\\partial L}{\\partial w} = (h_2 - y) h_1$$
                """, "✓✗");
        // a later entry is no start: a claim, false where h_0 is 0
        check(rnn.replace("$$h_0 = 0$$", "$$h_0 = 0$$\n$$h_1 = 0$$"), "✗");
    }

    @Test
    void aDisplayOfTheInitialTermAboveTheRecurrenceStartsIt() {
        check("""
                Initialise
                $$h_0 = 0$$
                and for $t = 1, \\dots, T$
                $$h_t = \\tanh(w h_{t-1} + x_t)$$
                With $L = \\frac{1}{2}(h_2 - y)^2$:
                $$\\frac{\\partial L}{\\partial w} = (h_2 - y)(1 - h_2^2) h_1$$
                $$\\frac{\\partial L}{\\partial w} = (h_2 - y) h_1$$
                """, "✓✗");
    }

    @Test
    void aHypothesisIsNoStart() {
        // "If $h_0 = 0$": a case; in general ∂h_1/∂w = (1 − h_1²) h_0, not 0
        check("""
                Let $h_t = \\tanh(w h_{t-1} + x_t)$. If $h_0 = 0$, the state starts at rest.

                In general,
                $$\\frac{\\partial h_1}{\\partial w} = 0$$
                """, "✗");
    }

    @Test
    void aStartHoldsInItsSectionOnly() {
        check("""
                ## Part (a)

                Let $v_t = \\mu v_{t-1} - \\eta g_t$ with $v_0 = 0$.

                $$v_2 = -\\mu\\eta g_1 - \\eta g_2$$

                ## Part (b)

                The velocity follows $$v_t = \\mu v_{t-1} - \\eta g_t$$

                $$v_1 = - \\eta g_1$$
                """, "✓✗");
    }
}
