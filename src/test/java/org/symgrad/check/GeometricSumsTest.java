package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.parse.Parser;

/**
 * A geometric sum against its closed form is proven ({@code geometric-sum}: Σ_{k=a}^{b} q^k = (q^a − q^{b+1})/(1 − q)),
 * where q ≠ 1, and the verdict says so: an annuity's Σ_{t=1}^{n} C/(1 + r)^t = (C/r)(1 − (1 + r)^{−n}), a discounted
 * return Σ_{t=0}^{n−1} γ^t r (the index's value counted from 0, {@code idxvalm1}), a sum of exps; a closed form with the
 * wrong last power is still false. The index's value in an exponent is written {@code idxval_t}, as the LaTeX reader
 * makes it.
 */
class GeometricSumsTest {
    private static Verdict check(String left, String right) {
        return new Checker(Definitions.none(), List.of(), Sampling.NONE)
                .check(Parser.parseExpression(left), Parser.parseExpression(right));
    }

    @Test
    void anAnnuityEqualsItsClosedFormAwayFromARatioOfOne() {
        Verdict v = check("sum_{t=1}^{n} C/(1 + r)^idxval_t", "C/r*(1 - (1 + r)^(-n))");
        assertEquals(Verdict.Kind.PROVEN, v.kind(), v.toString());
        assertEquals(List.of("1/(1 + r) ≠ 1"), v.awayFrom());
        assertEquals(Verdict.Kind.PROVEN, check("sum_{t=1}^{n} x^idxval_t", "x*(1 - x^n)/(1 - x)").kind());
    }

    @Test
    void aSumCountedFromZeroAndASumOfExpsAreProven() {
        assertEquals(Verdict.Kind.PROVEN, check("sum_{t=1}^{n} g^idxvalm1_t*r", "r*(1 - g^n)/(1 - g)").kind());
        assertEquals(Verdict.Kind.PROVEN,
                check("sum_{t=1}^{n} exp(-a*idxval_t)", "exp(-a)*(1 - exp(-a*n))/(1 - exp(-a))").kind());
        assertFalse(check("sum_{t=1}^{n} g^idxvalm1_t*r", "r*(1 - g^n)/(1 - g)").awayFrom().isEmpty());
    }

    @Test
    void aWrongClosedFormIsFalse() {
        assertEquals(Verdict.Kind.FALSE, check("sum_{t=1}^{n} x^idxval_t", "x*(1 - x^(n + 1))/(1 - x)").kind());
        assertEquals(Verdict.Kind.FALSE, check("sum_{t=1}^{n} C/(1 + r)^idxval_t", "C/r*(1 - (1 + r)^(-n - 1))").kind());
    }
}
