package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * An entry at a number of a recurrence written at a letter ({@code h_2} of {@code h_t = \tanh(w h_{t-1} + x_t)}): a
 * restatement of it in other entries ({@code h_2 = \tanh(h_1 + x_2)}) is a claim the recurrence decides, not the name
 * read as a new layer (was: a wrong one read silently as a redefinition); a case the prose states of an input's entry,
 * "If $x_1 = 0$ then", where the document writes the input only at a letter ({@code x_t}), holds for the display after it
 * ({@link SpecialCases}; was: not applied, and the right {@code h_1 = 0} given {@code h_0 = 0} was ✗).
 */
class RecurrenceEntriesTest {
    private static final String RNN = "The hidden state follows\n$$h_t = \\tanh(w h_{t-1} + x_t), \\qquad h_0 = 0 .$$\n";

    @Test
    void anEntryRestatedInOtherEntriesIsAClaim() {
        check(RNN + "Then\n$$h_2 = \\tanh(w h_1 + x_2) .$$\nThen\n$$h_2 = \\tanh(h_1 + x_2) .$$\n", "✓✗");
        check("The hidden state follows\n$$h_t = \\tanh(w h_{t-1} + x_t)$$\nwith $h_0 = 0$. Then\n$$h_2 = \\tanh(h_1 + x_2) .$$\n", "✗");
    }

    @Test
    void aCaseOfAnInputsEntryHoldsForTheDisplayAfterIt() {
        check(RNN + "If $x_1 = 0$ then\n$$h_1 = 0 .$$\n"
                + "If $x_1 = 1$ then\n$$h_1 = \\tanh(1) .$$\n"
                + "If $x_1 = 1$ then\n$$h_1 = \\tanh(w) .$$\n"
                + "If $x_2 = 0$ then\n$$h_2 = \\tanh(w h_1) .$$\n"
                + "If $x_2 = 0$ then\n$$h_2 = \\tanh(h_1) .$$\n", "✓✓✗✓✗");
    }

    @Test
    void anEntryOfANameNeverWrittenIsNoCase() {
        // "If $u_1 = 0$": no u before it, the case introduces u; h_1 still depends on x_1
        check(RNN + "If $u_1 = 0$ then\n$$h_1 = 0 .$$\n", "✗");
    }
}
