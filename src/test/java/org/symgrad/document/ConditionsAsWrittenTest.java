package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.symgrad.print.Printer;

/**
 * A step proven with log(a/b) = log a − log b is proven where the factors are positive; the
 * condition is stated the way the document writes the factors (1 − p > 0, not p − 1 > 0) where that
 * is sound: factors turned together keep every split logarithm's sign (their powers add up to an
 * even number), and the sides agree where the turned conditions hold (issue 9 item 2, fresh homework
 * kl-bernoulli line 13, which works with p, q in (0, 1)).
 */
class ConditionsAsWrittenTest {
    private static final Path FRESH = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/fresh-homework");

    /** The conditions of the proof of verdict {@code index}, as the report prints them, before their "> 0". */
    private static String conditions(String markdown, int index) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals("✓", d.verdicts().get(index).outcome().mark(), () -> PublicInputsTest.describe(d));
        return conditions(d.verdicts().get(index));
    }

    private static String conditions(PairVerdict v) {
        return v.verdict().orElseThrow().conditions().stream().map(Printer::ascii).collect(Collectors.joining(", "));
    }

    @Test
    void klBernoulliNeedsNoConditionWhereTheSidesAgreeBeyondThem() throws IOException {
        // the proof splits log(p/q) and log((1 − p)/(1 − q)), but the step writes the quotients whole: at
        // p, q < 0 (or p, q > 1) both sides are defined and agree, so no condition is the step's (homework8 item 1)
        CheckedDocument d = PublicInputsTest.check(Files.readString(FRESH.resolve("kl-bernoulli.md")));
        PairVerdict v = d.verdicts().stream().filter(x -> x.line() == 13).findFirst().orElseThrow();
        assertEquals("", conditions(v), PublicInputsTest.describe(d));
        assertEquals("proven", v.detail());
    }

    @Test
    void aVariantWithOtherNamesAndConstants() {
        String f = "$$F = s \\log \\frac{s}{t} + (1 - s) \\log \\frac{1 - s}{1 - t}$$\n\n";
        // the split logarithms need their factors positive, and say so as the document writes them
        assertEquals("s, t, 1 - s, 1 - t", conditions(f + "$$\\frac{\\partial F}{\\partial s} = \\log s - \\log t "
                + "- \\log (1 - s) + \\log (1 - t)$$\n", 0));
        // the quotients written whole agree with the derivative wherever both are defined
        assertEquals("", conditions(f + "$$\\frac{\\partial F}{\\partial s} = \\log \\frac{s}{t} - \\log \\frac{1 - s}{1 - t}$$\n", 0));
    }

    @Test
    void factorsWrittenTheProofsWayStaySo() {
        String d = conditions("$$G = \\log \\frac{u - 1}{v - 1}$$\n\n$$G = \\log (u - 1) - \\log (v - 1)$$\n", 0);
        assertEquals("u - 1, v - 1", d);
    }
}
