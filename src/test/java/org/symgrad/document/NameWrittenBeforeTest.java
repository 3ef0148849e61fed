package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * An inline formula right before the display that differentiates its name announces it only where no formula wrote the name
 * before (DifferentiatedInlineNames); a number set ({@code X \in \mathbb{R}^{n \times d}}) or a word of the prose ("a" of "a
 * vector") writes no name: "For the ridge loss $R(w) = …$," below the declaration is read (was: ? "R is defined only in
 * inline math").
 */
class NameWrittenBeforeTest {
    private static final String RIDGE = "Let $X \\in \\mathbb{R}^{n \\times d}$ and $y \\in \\mathbb{R}^n$.\n\n"
            + "For the ridge loss $R(w) = \\|Xw - y\\|_2^2 + \\lambda \\|w\\|_2^2$,\n$$\\nabla_w R = 2X^T(Xw - y) + %s$$\n";

    @Test
    void aNumberSetWritesNoName() {
        PublicInputsTest.check(RIDGE.formatted("2\\lambda w"), "✓");
        PublicInputsTest.check(RIDGE.formatted("\\lambda w"), "✗");
    }

    @Test
    void aWordOfTheProseWritesNoName() {
        String doc = "Take a number $x$ and a weight.\n\nFor $a(x) = x^3 + x$, we have\n$$a'(x) = %s$$\n";
        PublicInputsTest.check(doc.formatted("3x^2 + 1"), "✓");
        PublicInputsTest.check(doc.formatted("3x^2"), "✗");
    }

    @Test
    void aNameTheMathWroteBeforeIsNotAnnounced() {
        // R written in a formula before: the inline formula may be another statement about it; read only to prove a step
        String doc = "The loss $R$ is convex.\n\nFor $R(w) = w^2 + \\lambda w^2$,\n$$\\frac{dR}{dw} = %s$$\n";
        PublicInputsTest.check(doc.formatted("2w + 2\\lambda w"), "✓");
        PublicInputsTest.check(doc.formatted("2w + \\lambda w"), "?");
    }
}
