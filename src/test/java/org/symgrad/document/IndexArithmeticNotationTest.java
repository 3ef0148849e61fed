package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Index arithmetic in LaTeX subscripts ({@code H_{t-1}}, {@code x_{i+k}}, {@code x_{i,j+1}}),
 * recurrences that refer to their own earlier term, and the recurrent-network convention of
 * subscript letters that name variables ({@code W_{hh}}, {@code b_h}): each shown with a right step
 * (proven) and a wrong one (false). The checker samples every step numerically: that is the oracle.
 */
class IndexArithmeticNotationTest {
    @Test
    void aSubscriptThatIsASumOfIndexLettersAndNumbersIsOneAffineIndex() {
        String conv = "$$y_i = \\sum_{k} w_k x_{i+k}$$\n\n";
        FreshNotationTest.assertMarks("✓", conv + "$$\\frac{\\partial y_i}{\\partial w_k} = x_{i+k}$$\n");
        FreshNotationTest.assertMarks("✗", conv + "$$\\frac{\\partial y_i}{\\partial w_k} = x_{i-k}$$\n");
        String diff = "$$d_i = x_{i+1} - x_i$$\n\n$$S = \\sum_i d_i^2$$\n\n";
        FreshNotationTest.assertMarks("✓", diff + "$$\\frac{\\partial d_i}{\\partial x_{i+1}} = 1$$\n");
        FreshNotationTest.assertMarks("✗", diff + "$$\\frac{\\partial d_i}{\\partial x_{i+1}} = -1$$\n");
        // a comma separates positions, a coefficient multiplies one letter
        FreshNotationTest.assertMarks("✓", "$$\\frac{\\partial}{\\partial u_{i,j+1}} u_{i,j+1}^2 = 2 u_{i,j+1}$$\n");
        FreshNotationTest.assertMarks("✓", "$$\\frac{\\partial}{\\partial a_{2i-1}} \\left(a_{2i-1} a_{2i}\\right) = a_{2i}$$\n");
        FreshNotationTest.assertMarks("✗", "$$\\frac{\\partial}{\\partial a_{2i-1}} \\left(a_{2i-1} a_{2i}\\right) = a_{2i-1}$$\n");
        // juxtaposed letters stay two indices
        FreshNotationTest.assertMarks("✓", "$$\\frac{\\partial}{\\partial x_{ij}} x_{ij}^3 = 3 x_{ij}^2$$\n");
    }

    @Test
    void aStrideBeforeABracketMultipliesIt() {
        // a strided convolution as lecture notes write it: s(m-1)+k is the ASCII (m-1)*s+k
        String conv = "$$y_m = \\sum_{k=1}^{K} w_k x_{s(m-1)+k}$$\n\n";
        FreshNotationTest.assertMarks("✓", conv + "$$\\frac{\\partial y_m}{\\partial w_k} = x_{s(m-1)+k}$$\n");
        FreshNotationTest.assertMarks("✓", conv + "$$\\frac{\\partial y_m}{\\partial w_k} = x_{k + (m-1)s}$$\n");
        FreshNotationTest.assertMarks("✗", conv + "$$\\frac{\\partial y_m}{\\partial w_k} = x_{s(m-1)}$$\n");
        FreshNotationTest.assertMarks("✗", conv + "$$\\frac{\\partial y_m}{\\partial w_k} = x_{s(m+1)+k}$$\n");
        // a product sign, and a number before a bracket
        String dotted = "$$z_i = \\sum_{p} v_p u_{s \\cdot i + p}$$\n\n";
        FreshNotationTest.assertMarks("✓", dotted + "$$\\frac{\\partial z_i}{\\partial v_p} = u_{i \\cdot s + p}$$\n");
        FreshNotationTest.assertMarks("✗", dotted + "$$\\frac{\\partial z_i}{\\partial v_p} = u_{i + p}$$\n");
        FreshNotationTest.assertMarks("✓", "$$\\frac{\\partial}{\\partial b_{2(i-1)}} b_{2(i-1)}^2 = 2 b_{2i-2}$$\n");
        FreshNotationTest.assertMarks("✗", "$$\\frac{\\partial}{\\partial b_{2(i-1)}} b_{2(i-1)}^2 = 2 b_{2i-1}$$\n");
    }

    @Test
    void aStrideWrittenAsJuxtaposedLettersOrAQuotientIsRefused() {
        String got = FreshNotationTest.marks("$$q = x_{s i + p}$$\n");
        assertTrue(got.startsWith("–\n") && got.contains("ambiguous"), got);
        got = FreshNotationTest.marks("$$q = x_{s(m-1)/2 + k}$$\n");
        assertTrue(got.startsWith("–\n") && got.contains("index letters and whole numbers"), got);
        got = FreshNotationTest.marks("$$q = x_{s(m, 1) + k}$$\n");
        assertTrue(got.startsWith("–\n") && got.contains("index letters and whole numbers"), got);
    }

    @Test
    void arithmeticOnJuxtaposedLettersIsRefusedWithWhereAndHow() {
        String got = FreshNotationTest.marks("$$x_{ij+1} = 1$$\n");
        assertTrue(got.startsWith("–\n"), got);
        assertTrue(got.contains("ambiguous") && got.contains("x_{i,j+1}") && got.contains("column"), got);
        got = FreshNotationTest.marks("$$x_{i+\\alpha} = 1$$\n");
        assertTrue(got.contains("index letters and whole numbers"), got);
    }

    @Test
    void aRecurrenceReadsItsEarlierTermAsAnInput() {
        String rnn = "$$h_t = \\tanh(w h_{t-1} + u x_t)$$\n\n";
        FreshNotationTest.assertMarks("✓", rnn + "$$\\frac{\\partial h_t}{\\partial h_{t-1}} = w (1 - h_t^2)$$\n");
        FreshNotationTest.assertMarks("✗", rnn + "$$\\frac{\\partial h_t}{\\partial h_{t-1}} = 1 - h_t^2$$\n");
        FreshNotationTest.assertMarks("✓", rnn + "$$\\frac{\\partial h_t}{\\partial u} = x_t (1 - h_t^2)$$\n");
        // written forward, h_{t+1} from h_t, it is the same recurrence
        String forward = "$$h_{t+1} = \\tanh(w h_t + u x_{t+1})$$\n\n";
        FreshNotationTest.assertMarks("✓", forward + "$$\\frac{\\partial h_{t+1}}{\\partial h_t} = w (1 - h_{t+1}^2)$$\n");
        FreshNotationTest.assertMarks("✗", forward + "$$\\frac{\\partial h_{t+1}}{\\partial h_t} = w (1 - h_t^2)$$\n");
        // an update step defines the next iterate: nothing to call false
        FreshNotationTest.assertMarks("", "$$v_{t+1} = \\beta v_t + (1 - \\beta) g_t$$\n\n$$w_{t+1} = w_t - \\alpha v_{t+1}$$\n");
        // through another definition that uses the earlier term
        String gated = "$$z_t = \\sigma(a h_{t-1} + b)$$\n\n$$h_t = z_t h_{t-1} + (1 - z_t) x_t$$\n\n";
        FreshNotationTest.assertMarks("✓", gated + "$$\\frac{\\partial h_t}{\\partial b} = (h_{t-1} - x_t) z_t (1 - z_t)$$\n");
        FreshNotationTest.assertMarks("✗", gated + "$$\\frac{\\partial h_t}{\\partial b} = (h_{t-1} - x_t) z_t$$\n");
    }

    @Test
    void subscriptLettersThatNameTheDocumentsVariablesArePartsOfNames() {
        // Karpathy's and d2l's W_{hh}, W_{xh}, b_h beside h_t and x_t: b_h and b_y are two parameters
        String rnn = "$$h_t = \\tanh(W_{hh} h_{t-1} + W_{xh} x_t + b_h)$$\n\n$$y_t = W_{hy} h_t + b_y$$\n\n";
        FreshNotationTest.assertMarks("✓", rnn + "$$\\frac{\\partial y_t}{\\partial b_h} = W_{hy} (1 - h_t^2)$$\n");
        FreshNotationTest.assertMarks("✗", rnn + "$$\\frac{\\partial y_t}{\\partial b_h} = W_{hy} (1 - h_t^2) + 1$$\n");
        FreshNotationTest.assertMarks("✓", rnn + "$$\\frac{\\partial y_t}{\\partial W_{xh}} = W_{hy} (1 - h_t^2) x_t$$\n");
        // a letter that a sum binds stays an index although a name of that letter is indexed
        String softmax = "$$p_k = \\frac{e^{z_k}}{\\sum_{j} e^{z_j}}$$\n\n$$L = -\\sum_k y_k \\log p_k$$\n\n";
        FreshNotationTest.assertMarks("✓", softmax + "$$\\frac{\\partial L}{\\partial z_i} = \\sum_k y_k p_i - y_i$$\n");
        FreshNotationTest.assertMarks("✗", softmax + "$$\\frac{\\partial L}{\\partial z_i} = p_i - y_i - 1$$\n");
    }
}
