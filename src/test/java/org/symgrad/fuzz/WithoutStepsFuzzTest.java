package org.symgrad.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.api.OutputFormat;
import org.symgrad.api.Results;
import org.symgrad.api.Symgrad;
import org.symgrad.error.SymgradException;

/**
 * A derivation computed without recording its steps ({@code run} without {@code --steps}) ends where
 * the step-by-step derivation ends, on the fuzzer's generated scripts: scalar and indexed
 * expressions, and chains of definitions through which the chain rule goes.
 */
class WithoutStepsFuzzTest {
    private static String printed(String script, boolean steps) {
        try {
            Results r = Symgrad.script(script, steps);
            return r.text(OutputFormat.ASCII, false) + r.text(OutputFormat.LATEX, false) + r.limits();
        } catch (SymgradException e) {
            return "error: " + e.getMessage();
        }
    }

    @Test
    void generatedScriptsPrintTheSameWithoutRecordingSteps() {
        CaseGenerator generator = new CaseGenerator(1_313L);
        int derived = 0;
        for (long id = 0; id < 300; id++) {
            FuzzCase c = generator.next(id);
            String stepped = printed(c.script(), true);
            assertEquals(stepped, printed(c.script(), false), c.toString());
            derived += stepped.startsWith("error") ? 0 : 1;
        }
        assertTrue(derived > 120, derived + " derived"); // the others are refused as the user would be told
    }
}
