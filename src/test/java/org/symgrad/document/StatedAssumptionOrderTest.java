package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A proof under several stated assumptions names them in the order the text states them, the same in every run
 * (they were kept in a {@code Set.copyOf}, whose order changes from JVM to JVM: "K > 0, h > 0, D > 0" one run,
 * "h > 0, K > 0, D > 0" the next).
 */
class StatedAssumptionOrderTest {
    @Test
    void theAssumptionsAProofUsedAreNamedInTheOrderStated() {
        String doc = "A shop sells $D > 0$ units a year. Each order costs a fixed $K > 0$, and holding one unit costs $h > 0$.\n\n"
                + "$$C(Q) = \\frac{K D}{Q} + \\frac{h Q}{2}$$\n\n"
                + "$$C\\left( \\sqrt{\\frac{2 K D}{h}} \\right) = \\sqrt{2 K D h}$$\n";
        CheckedDocument d = PublicInputsTest.check(doc);
        PairVerdict v = d.verdicts().get(d.verdicts().size() - 1);
        assertEquals("proven under D > 0, K > 0, h > 0 (assumed)", v.detail(), PublicInputsTest.describe(d));
    }
}
