package org.symgrad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A step citing an assumed fact is labelled with the fact in Unicode and, inside {@code \text{…}}, in LaTeX. */
class AssumptionNamesTest {

    @Test
    void eachKindOfFactInBothSpellings() {
        assertLabels("y in {0, 1}", "y ∈ {0, 1}", "$y \\in \\{0, 1\\}$");
        assertLabels("s in {-1, 1}", "s ∈ {−1, 1}", "$s \\in \\{-1, 1\\}$");
        assertLabels("beta > 0", "β > 0", "$\\beta > 0$");
        assertLabels("q >= 0", "q ≥ 0", "$q \\geq 0$");
        assertLabels("0 < q < 1", "0 < q < 1", "$0 < q < 1$");
        assertLabels("i != j", "i ≠ j", "$i \\neq j$");
        assertLabels("t one-hot", "t one-hot", "$t$ one-hot");
        assertLabels("C symmetric", "C symmetric", "$C$ symmetric");
    }

    @Test
    void aRuleThatCitesNoFactHasNoFactLabel() {
        assertTrue(AssumptionNames.text("chain-rule").isEmpty());
        assertTrue(AssumptionNames.latex("chain-rule").isEmpty());
    }

    private static void assertLabels(String fact, String unicode, String latex) {
        String rule = org.symgrad.assume.AssumedForms.RULE_PREFIX + fact;
        assertEquals(org.symgrad.assume.AssumedForms.RULE_PREFIX + unicode, AssumptionNames.text(rule).orElseThrow(), fact);
        assertEquals(org.symgrad.assume.AssumedForms.RULE_PREFIX + latex, AssumptionNames.latex(rule).orElseThrow(), fact);
    }
}
