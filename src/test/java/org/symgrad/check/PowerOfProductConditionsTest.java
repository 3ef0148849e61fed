package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;

/**
 * A power of a product or quotient with a symbolic exponent is the product of the powers only where the factors are
 * positive ({@code power-of-product}): {@code (K/L)^{ρ−1} = K^{ρ−1} L^{1−ρ}} is proven under K, L &gt; 0 and the
 * verdict names them and a point beyond them; assumptions discharge them; a wrong split is still false.
 */
class PowerOfProductConditionsTest {
    private static Verdict check(Sampling sampling, String left, String right) {
        return new Checker(Definitions.none(), List.of(), sampling)
                .check(Parser.parseExpression(left), Parser.parseExpression(right));
    }

    private static List<Expr> names(String... names) {
        return java.util.Arrays.stream(names).map(Parser::parseExpression).toList();
    }

    @Test
    void aPowerOfAQuotientIsProvenOnlyForPositiveFactors() {
        Verdict v = check(Sampling.NONE, "(K/L)^(r - 1)", "K^(r - 1)*L^(1 - r)");
        assertEquals(Verdict.Kind.PROVEN, v.kind());
        assertFalse(v.unconditional());
        assertEquals(names("K", "L"), v.conditions());
        Verdict product = check(Sampling.NONE, "(2*x*y)^a", "2^a*x^a*y^a");
        assertEquals(Verdict.Kind.PROVEN, product.kind());
        assertEquals(names("x", "y"), product.conditions());
    }

    @Test
    void assumptionsDischargeTheConditions() {
        Sampling positive = Sampling.NONE.with(new Sampling.Positive("K")).with(new Sampling.Positive("L"));
        assertTrue(check(positive, "(K/L)^(r - 1)", "K^(r - 1)*L^(1 - r)").unconditional());
        Sampling onlyK = Sampling.NONE.with(new Sampling.Positive("K"));
        assertEquals(names("L"), check(onlyK, "(K/L)^(r - 1)", "K^(r - 1)*L^(1 - r)").conditions());
    }

    @Test
    void aWrongSplitIsFalse() {
        assertEquals(Verdict.Kind.FALSE, check(Sampling.NONE, "(K/L)^(r - 1)", "K^(r - 1)*L^(r - 1)").kind());
        assertEquals(Verdict.Kind.FALSE, check(Sampling.NONE, "(2*x)^a", "2*x^a").kind());
    }
}
