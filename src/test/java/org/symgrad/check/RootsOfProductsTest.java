package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.parse.Parser;

/**
 * A root of a product or quotient is the product of the roots where the factors are positive ({@code power-of-product},
 * as for a symbolic exponent): the derivative of √(2GM/r) is −√(GM/(2r³)), of 2π√(l/g) by l is π/√(lg), of √(2gh) by h
 * is √(g/(2h)) — proven, under the factors' signs where no assumption gives them; a wrong root is still false, and a factor
 * whose root is whole stays under the root (√(x²y) is not x√y).
 */
class RootsOfProductsTest {
    private static Verdict check(Sampling sampling, String left, String right) {
        return new Checker(Definitions.none(), List.of(), sampling)
                .check(Parser.parseExpression(left), Parser.parseExpression(right));
    }

    private static final Sampling POSITIVE = Sampling.NONE.with(new Sampling.Positive("G")).with(new Sampling.Positive("M"))
            .with(new Sampling.Positive("r")).with(new Sampling.Positive("l")).with(new Sampling.Positive("g"))
            .with(new Sampling.Positive("h"));

    @Test
    void rootsOfQuotientsMeetUnderPositiveFactors() {
        assertTrue(check(POSITIVE, "diff(sqrt(2*G*M/r), r)", "-sqrt(G*M/(2*r^3))").unconditional());
        assertTrue(check(POSITIVE, "diff(2*pi*sqrt(l/g), l)", "pi/sqrt(l*g)").unconditional());
        assertTrue(check(POSITIVE, "diff(sqrt(2*g*h), h)", "sqrt(g/(2*h))").unconditional());
        Verdict v = check(Sampling.NONE, "diff(sqrt(2*g*h), h)", "sqrt(g/(2*h))");
        assertEquals(Verdict.Kind.PROVEN, v.kind(), v.toString());
    }

    @Test
    void aWrongRootIsFalseAndASquaresRootStaysAnAbsoluteValue() {
        assertEquals(Verdict.Kind.FALSE, check(POSITIVE, "diff(sqrt(2*g*h), h)", "sqrt(g/h)").kind());
        assertEquals(Verdict.Kind.FALSE, check(POSITIVE, "diff(2*pi*sqrt(l/g), l)", "2*pi/sqrt(l*g)").kind());
        assertEquals(Verdict.Kind.FALSE, check(Sampling.NONE, "sqrt(x^2*y)", "x*sqrt(y)").kind());
        assertEquals(Verdict.Kind.FALSE, check(Sampling.NONE, "sqrt(x^2)", "x").kind());
    }
}
