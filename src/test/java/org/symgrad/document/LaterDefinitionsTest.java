package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A step that uses a name the document defines only below it ("GELU'(x) = Φ(x) + x φ(x)", then "φ(x) = …") was
 * undecided for good. It is checked again at the end of the document with the definitions made since: a step
 * that then holds is proven and says which definition below it it needed; one that does not stays undecided
 * (a later definition may not be what the author meant at the step), never false.
 */
class LaterDefinitionsTest {
    @Test
    void aDensityDefinedBelowTheDerivativeThatUsesIt() {
        CheckedDocument d = PublicInputsTest.check("$$\\mathrm{GELU}(x) = x\\,\\Phi(x), \\qquad \\mathrm{GELU}'(x) = \\Phi(x) + x\\,\\phi(x)$$\n\n"
                + "where\n\n$$\\phi(x) = \\frac{1}{\\sqrt{2\\pi}}e^{-x^2/2}$$\n", "✓");
        assertTrue(d.verdicts().get(0).detail().startsWith("with the definition of phi (line 5) below it"),
                d.verdicts().get(0).detail());
    }

    @Test
    void aNameDefinedBelowTheStep() {
        // the variant with a value, not a function: r defined after the gradient that uses it
        PublicInputsTest.check("$$E = \\frac{1}{2}(w x - t)^2$$\n\n$$\\frac{\\partial E}{\\partial w} = r x$$\n\nwith the residual\n\n"
                + "$$r = w x - t$$\n", "✓");
    }

    @Test
    void aWrongStepIsFalseWithTheDisplayItsWhereClauseOpens() {
        // "where" alone closing the step's display, then the definition as a display: the author's own, for the step (policy
        // since checks47; was ?): GELU' = Φ + xφ, so Φ + φ is false
        PublicInputsTest.check("$$\\mathrm{GELU}(x) = x\\,\\Phi(x), \\qquad \\mathrm{GELU}'(x) = \\Phi(x) + \\phi(x)$$\n\n"
                + "where\n\n$$\\phi(x) = \\frac{1}{\\sqrt{2\\pi}}e^{-x^2/2}$$\n", "✗");
    }

    @Test
    void aWrongStepStaysUndecidedNeverFalse() {
        // a definition in a sentence of its own below the step may mean something else than the author had in mind at the step
        PublicInputsTest.check("$$\\mathrm{GELU}(x) = x\\,\\Phi(x), \\qquad \\mathrm{GELU}'(x) = \\Phi(x) + \\phi(x)$$\n\n"
                + "The density is\n\n$$\\phi(x) = \\frac{1}{\\sqrt{2\\pi}}e^{-x^2/2}$$\n", "?");
    }

    @Test
    void theAnnotatedRowsShowTheVerdictGivenAgain() {
        // check --annotate marks rows: a row printed ? beside a step the summary called ✓ contradicted the report
        CheckedDocument d = PublicInputsTest.check("$$E = \\frac{1}{2}(w x - t)^2$$\n\n$$\\frac{\\partial E}{\\partial w} = r x$$\n\n"
                + "with the residual\n\n$$r = w x - t$$\n", "✓");
        String rowMarks = d.rows().stream().flatMap(r -> r.verdicts().stream()).map(v -> v.outcome().mark())
                .collect(java.util.stream.Collectors.joining());
        assertEquals("✓", rowMarks);
    }
}
