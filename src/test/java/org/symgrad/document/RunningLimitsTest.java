package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Sums and products whose limit runs with another index ({@link org.symgrad.parse.latex.RunningLimits}): the return
 * {@code \sum_{k=t+1}^{T}}, the pairs {@code \sum_{j=i+1}^{n}}, the running total {@code \sum_{j=1}^{i}}. Each is read as the
 * whole range with the summand held to the written part, a right step proven or equal where the range holds (saying where),
 * a wrong one false. Before, a lower limit from another index stopped the reading, and an upper limit that is an index was
 * taken for the range size: ∂c_i/∂x_k = 1 of c_i = Σ_{j=1}^{i} x_j was proven for every k.
 */
class RunningLimitsTest {
    /** The mark of the document's one step, then where it holds: {@code ≈ k ≥ t+1 (the range of a sum or product)}. */
    private static String equalWhere(String markdown) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        return PublicInputsTest.marks(d) + " " + String.join("; ", d.verdicts().get(0).verdict().orElseThrow().assumed());
    }

    private static final String RETURN = "The return from step $t$ is\n$$G_t = \\sum_{k=t+1}^{T} \\gamma^{k-t-1} r_k .$$\n";

    @Test
    void aLowerLimitFromAnotherIndexHoldsTheSumToTheRestOfTheRange() {
        FreshNotationTest.assertMarks("✓", RETURN
                + "$$\\frac{\\partial G_t}{\\partial \\gamma} = \\sum_{k=t+1}^{T} (k-t-1)\\gamma^{k-t-2} r_k$$\n");
        FreshNotationTest.assertMarks("✗", RETURN
                + "$$\\frac{\\partial G_t}{\\partial \\gamma} = \\sum_{k=t+1}^{T} (k-t)\\gamma^{k-t-2} r_k$$\n");
        String pairs = "$$S_i = \\sum_{j=i+1}^{n} x_i x_j$$\n";
        FreshNotationTest.assertMarks("✓", pairs + "$$\\frac{\\partial S_i}{\\partial x_i} = \\sum_{j=i+1}^{n} x_j$$\n");
        // the term j = i is not in the sum
        FreshNotationTest.assertMarks("✗", pairs + "$$\\frac{\\partial S_i}{\\partial x_i} = \\sum_{j=i}^{n} x_j$$\n");
    }

    @Test
    void anEntryOutsideTheRangeIsEqualOnlyWhereTheRangeHoldsAndSaysWhere() {
        assertEquals("≈ k ≥ t+1 (the range of a sum or product)",
                equalWhere(RETURN + "$$\\frac{\\partial G_t}{\\partial r_k} = \\gamma^{k-t-1}$$\n"));
        FreshNotationTest.assertMarks("✗", RETURN + "$$\\frac{\\partial G_t}{\\partial r_k} = \\gamma^{k-t}$$\n");
    }

    @Test
    void pairsOverTheUpperTriangleDifferentiateToBothHalves() {
        String energy = "$$E = \\sum_{i=1}^{n} \\sum_{j=i+1}^{n} w_{ij} x_i x_j$$\n";
        FreshNotationTest.assertMarks("✓", energy
                + "$$\\frac{\\partial E}{\\partial x_k} = \\sum_{j=k+1}^{n} w_{kj} x_j + \\sum_{i=1}^{k-1} w_{ik} x_i$$\n");
        FreshNotationTest.assertMarks("✗", energy + "$$\\frac{\\partial E}{\\partial x_k} = \\sum_{j=1}^{n} w_{kj} x_j$$\n");
        FreshNotationTest.assertMarks("✗", energy + "$$\\frac{\\partial E}{\\partial w_{ij}} = 2 x_i x_j$$\n");
    }

    @Test
    void anUpperLimitThatIsAnIndexIsNoRangeSize() {
        String total = "The cumulative sum is\n$$c_i = \\sum_{j=1}^{i} x_j .$$\n";
        // was proven: i was read as the range size, so every x_k counted
        assertEquals("≈ i ≥ k (the range of a sum or product)", equalWhere(total + "$$\\frac{\\partial c_i}{\\partial x_k} = 1$$\n"));
        FreshNotationTest.assertMarks("✓", total + "$$\\frac{\\partial c_i}{\\partial x_1} = 1$$\n");
        FreshNotationTest.assertMarks("✗", total + "$$\\frac{\\partial c_i}{\\partial x_k} = 2$$\n");
        String history = "$$h_t = \\sum_{k=1}^{t} \\gamma^{t-k} x_k$$\n";
        FreshNotationTest.assertMarks("✓", history
                + "$$\\frac{\\partial h_t}{\\partial \\gamma} = \\sum_{k=1}^{t} (t-k)\\gamma^{t-k-1} x_k$$\n");
        FreshNotationTest.assertMarks("✗", history + "$$\\frac{\\partial h_t}{\\partial \\gamma} = \\sum_{k=1}^{t} (t-k)\\gamma^{t-k} x_k$$\n");
    }

    @Test
    void aProductUpToAnIndexLeavesTheFactorsBeyondIt() {
        String survival = "$$S_t = \\prod_{k=1}^{t} (1 - h_k)$$\n";
        assertEquals("≈ t ≥ j (the range of a sum or product)",
                equalWhere(survival + "$$\\frac{\\partial S_t}{\\partial h_j} = -\\frac{S_t}{1 - h_j}$$\n"));
        FreshNotationTest.assertMarks("✗", survival + "$$\\frac{\\partial S_t}{\\partial h_j} = -S_t$$\n");
    }

    @Test
    void anOrderedSubscriptBindsTheLettersNoOtherSideIndexesBy() {
        // \sum_{i<j} binds both letters (pairs); \sum_{j \le i} beside y_i binds j only; the chain 1 ≤ i < j ≤ n reads the same
        String pairs = "$$L = \\sum_{i<j} (s_i - s_j)^2$$\n";
        FreshNotationTest.assertMarks("≈", pairs + "$$\\frac{\\partial L}{\\partial s_k} = 2\\sum_{j} (s_k - s_j)$$\n");
        FreshNotationTest.assertMarks("✗", pairs + "$$\\frac{\\partial L}{\\partial s_k} = 4\\sum_{j} (s_k - s_j)$$\n");
        FreshNotationTest.assertMarks("✗", pairs + "$$\\frac{\\partial L}{\\partial s_k} = 2\\sum_{j > k} (s_k - s_j)$$\n");
        assertEquals("≈ i ≥ j (the range of a sum or product)",
                equalWhere("$$y_i = \\sum_{j \\le i} a_{ij} v_j$$\n$$\\frac{\\partial y_i}{\\partial a_{ij}} = v_j$$\n"));
        String energy = "$$E = \\sum_{1 \\le i < j \\le n} w_{ij} x_i x_j$$\n";
        FreshNotationTest.assertMarks("✓", energy
                + "$$\\frac{\\partial E}{\\partial x_k} = \\sum_{j > k} w_{kj} x_j + \\sum_{i<k} w_{ik} x_i$$\n");
        FreshNotationTest.assertMarks("✗", energy + "$$\\frac{\\partial E}{\\partial x_k} = \\sum_{j > k} w_{kj} x_j$$\n");
        // a product over the earlier steps, with the condition after a colon
        assertEquals("≈ t ≥ j+1 (the range of a sum or product)",
                equalWhere("$$P_t = \\prod_{k : k < t} (1 - q_k)$$\n$$\\frac{\\partial P_t}{\\partial q_j} = -\\frac{P_t}{1 - q_j}$$\n"));
    }

    @Test
    void aBoundaryOfOneIndexIsACaseToStateNotARange() {
        // u_k − u_{k−1} at k = 1 leaves the range: that is the document's case to state, the step stays false (no ≈)
        FreshNotationTest.assertMarks("✗", "$$E = \\sum_{k=2}^{n} (u_k - u_{k-1})^2$$\n"
                + "$$\\frac{\\partial E}{\\partial u_k} = 2(u_k - u_{k-1}) - 2(u_{k+1} - u_k)$$\n");
    }

    @Test
    void inlineMathBindsTheOrderedLetterItsFactorUses() {
        // NeRF's transmittance: T_i = Π_{j<i} (1 − α_j) in the prose binds j (i is T's index); was not read
        String nerf = "The opacity is\n$$\\alpha_i = 1 - \\exp(-\\sigma_i \\delta_i)$$\nwith the transmittance "
                + "$T_i = \\prod_{j < i} (1 - \\alpha_j)$.\n";
        FreshNotationTest.assertMarks("≈", nerf + "$$T_3 = \\exp\\left( -\\sigma_1 \\delta_1 - \\sigma_2 \\delta_2 \\right)$$\n");
        FreshNotationTest.assertMarks("✗", nerf + "$$T_3 = \\exp\\left( -\\sigma_1 \\delta_1 - \\sigma_2 \\delta_2 - \\sigma_3 \\delta_3 \\right)$$\n");
        // where the summand uses both letters, inline math does not say which runs: not read, never a guess
        FreshNotationTest.assertMarks("?", "With $y_i = \\sum_{j \\le i} a_{ij} v_j$ we get\n"
                + "$$\\frac{\\partial y_i}{\\partial v_j} = a_{ij}$$\n");
    }

    @Test
    void anUpperLimitOfTheSizeLessARunningLetterHoldsTheSumToTheSteps() {
        // Sutton and Barto's return, G_t = Σ_{k=0}^{T−t−1} γ^k r_{t+k+1}: was refused ("an upper limit that combines names")
        String ret = "$$G_t = \\sum_{k=0}^{T-t-1} \\gamma^k r_{t+k+1}$$\n";
        assertEquals("≈ n ≥ t+1 (the range of a sum or product)", equalWhere(ret + "$$\\frac{\\partial G_t}{\\partial r_{t+1}} = 1$$\n"));
        FreshNotationTest.assertMarks("≈", ret + "$$\\frac{\\partial G_t}{\\partial \\gamma} = \\sum_{k=1}^{T-t-1} k \\gamma^{k-1} r_{t+k+1}$$\n");
        FreshNotationTest.assertMarks("✗", ret + "$$\\frac{\\partial G_t}{\\partial \\gamma} = \\sum_{k=0}^{T-t-1} k \\gamma^{k} r_{t+k+1}$$\n");
    }

    @Test
    void aDerivativeBackThroughTheStepsBetweenTwoLettersIsTheProductOfTheSteps() {
        // BPTT's ∂h_T/∂h_t = Π_{k=t+1}^{T} ∂h_k/∂h_{k−1}: was a WRONG ✗ once the product read (h_T and h_t taken as unrelated
        // entries, derivative δ), then undecided; now read as that product (RecurrenceJacobians), and the product's own step
        // to the local factors is checked
        FreshNotationTest.assertMarks("✓✓", "For a scalar RNN $h_t = \\tanh(w h_{t-1} + u x_t)$ the gradient flows back through\n"
                + "$$\\frac{\\partial h_T}{\\partial h_t} = \\prod_{k=t+1}^{T} \\frac{\\partial h_k}{\\partial h_{k-1}} = "
                + "\\prod_{k=t+1}^{T} w \\left(1 - h_k^2\\right)$$\n");
    }
}
