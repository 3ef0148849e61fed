package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A defined one-parameter function's name before a bracket that holds an expression: {@code k \left( \frac{1}{T} + …
 * \right)} beside {@code k(T) = …} is a call of k or k's value times the bracket. Physics texts write the product
 * (dk/dT = k(1/T + ΔH/(RT²))); read only as a call, the right step was a wrong ✗. A step false as a call is read the
 * other way too and holds if that reading holds, with a note; a call that holds stays a call.
 */
class BracketAfterDefinedFunctionTest {
    private static final String RATE = "The rate constant is\n"
            + "$$k(T) = \\frac{k_B T}{h} \\exp\\left(-\\frac{E}{R T}\\right)$$\n"
            + "It changes with temperature as\n";

    @Test
    void theValueTimesTheBracketIsReadWhereTheCallIsFalse() {
        CheckedDocument d = PublicInputsTest.check(RATE
                + "$$\\frac{dk}{dT} = k \\left( \\frac{1}{T} + \\frac{E}{R T^2} \\right)$$\n", "✓");
        assertTrue(d.verdicts().get(0).notes().stream().anyMatch(n -> n.text().contains("read as k times the bracket")),
                () -> d.verdicts().get(0).notes().toString());
    }

    @Test
    void aWrongProductIsStillFalse() {
        // the sign of E/(RT²) turned: false read either way
        PublicInputsTest.check(RATE + "$$\\frac{dk}{dT} = k \\left( \\frac{1}{T} - \\frac{E}{R T^2} \\right)$$\n", "✗");
    }

    @Test
    void aCallThatHoldsStaysACall() {
        // k(2T) is k at 2T: proven as a call; a false value at 2T is false, its product reading being false too
        PublicInputsTest.check(RATE + "$$k(2T) = \\frac{2 k_B T}{h} \\exp\\left(-\\frac{E}{2 R T}\\right)$$\n"
                + "and a slip:\n$$k(2T) = \\frac{k_B T}{h} \\exp\\left(-\\frac{E}{2 R T}\\right)$$\n", "✓✗");
    }

    @Test
    void theProductReadingIsOfferedForEitherSide() {
        // the bracket on the left of the equation
        PublicInputsTest.check(RATE + "$$k \\left( \\frac{1}{T} + \\frac{E}{R T^2} \\right) = \\frac{dk}{dT}$$\n", "✓");
    }
}
