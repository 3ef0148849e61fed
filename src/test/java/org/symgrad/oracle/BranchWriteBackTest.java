package org.symgrad.oracle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A let whose body is a case split is written back as its name within the branch of a result that
 * splits on the same condition, where that branch of the body holds (issue 9.5): the ELU derivative
 * of {@code f = where(x > 0, x, α(eˣ − 1))} is {@code where(x > 0, 1, f + α)}, as Clevert et al.
 * print it. A branch that is the variable itself is not renamed, and a result that does not split on
 * the let's condition is left alone. Each result is checked right by {@link DerivedForm}.
 */
class BranchWriteBackTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            elu | let f = where(x > 0, x, alpha*(exp(x) - 1)); derive f wrt x | where(x > 0, 1, alpha + f)
            elu squared | let f = where(x > 0, x, alpha*(exp(x) - 1)); derive f^2/2 wrt x | f*where(x > 0, 1, alpha + f)
            a scaled exponential branch | let g = where(x < 1, 2*exp(3*x), x); derive g wrt x | where(x < 1, 3*g, 1)
            the variable branch stays | let h = where(x > 0, x, 3*x); derive h wrt x | where(x > 0, 1, 3)
            another condition | let f = where(x > 0, x, alpha*(exp(x) - 1)); derive where(x > 1, exp(x), 0) wrt x | where(x > 1, exp(x), 0)
            """)
    void writtenBackInTheBranch(String what, String script, String expected) {
        DerivedForm.assertDerivedAs(what, script, expected, java.util.Set.of());
    }
}
