package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;

/**
 * "Proven" only where the proof holds for every real value at which both sides are defined (SPEC §8,
 * issue 10.3): a proof that splits {@code log(x·y)} into {@code log x + log y} holds only where
 * x, y &gt; 0, so it is proven under those conditions and the verdict names them and a point beyond
 * them; the assumption {@code x > 0} discharges the condition; and where beyond the conditions both
 * sides are defined and differ, the verdict is false with that point.
 */
class CheckerSoundnessTest {
    private static Verdict check(Sampling sampling, String left, String right) {
        return new Checker(Definitions.none(), List.of(), sampling)
                .check(Parser.parseExpression(left), Parser.parseExpression(right));
    }

    private static List<Expr> names(String... names) {
        return java.util.Arrays.stream(names).map(Parser::parseExpression).toList();
    }

    @Test
    void theLogarithmOfAProductIsProvenOnlyForPositiveFactors() {
        Verdict v = check(Sampling.NONE, "log(x*y)", "log(x) + log(y)");
        assertEquals(Verdict.Kind.PROVEN, v.kind());
        assertFalse(v.unconditional());
        assertEquals(names("x", "y"), v.conditions());
        // the point shows the conditions matter: the left side has a value there, the right side none
        assertTrue(v.point().get("x") < 0 && v.point().get("y") < 0, v.point().toString());
        assertTrue(v.leftValue().isDefined());
        assertFalse(v.rightValue().isDefined());

        Verdict quotient = check(Sampling.NONE, "log(x/y)", "log(x) - log(y)");
        assertEquals(names("x", "y"), quotient.conditions());
        Verdict square = check(Sampling.NONE, "log(x^2)", "2*log(x)");
        assertEquals(names("x"), square.conditions());
    }

    @Test
    void assumptionsDischargeTheConditions() {
        Sampling positive = Sampling.NONE.with(new Sampling.Positive("x")).with(new Sampling.Positive("y"));
        assertTrue(check(positive, "log(x*y)", "log(x) + log(y)").unconditional());
        Sampling onlyX = Sampling.NONE.with(new Sampling.Positive("x"));
        assertEquals(names("y"), check(onlyX, "log(x*y)", "log(x) + log(y)").conditions());
        Sampling unit = Sampling.NONE.with(new Sampling.UnitInterval("p")).with(new Sampling.NonNegative("q"));
        assertTrue(check(unit, "log(p_i*q_i)", "log(p_i) + log(q_i)").unconditional());
    }

    @Test
    void whatTheLogarithmItselfRequiresNeedsNoCondition() {
        // log(y·e^x) is defined only for y > 0; e^x, 1 + e^(−x) and x² + 1 are positive anyway
        assertTrue(check(Sampling.NONE, "log(y*exp(x))", "x + log(y)").unconditional());
        assertTrue(check(Sampling.NONE, "log(sigma(x))", "-log(1 + exp(-x))").unconditional());
        assertTrue(check(Sampling.NONE, "log((x^2 + 1)*exp(x))", "log(x^2 + 1) + x").unconditional());
        assertTrue(check(Sampling.NONE, "log(1/x)", "-log(x)").unconditional());
    }

    @Test
    void beyondTheConditionsADifferenceIsFalse() {
        Verdict v = check(Sampling.NONE, "exp(log(x^2)/2)", "x");
        assertEquals(Verdict.Kind.FALSE, v.kind());
        assertTrue(v.point().get("x") < 0, v.point().toString());
        assertEquals(Verdict.Kind.PROVEN, check(Sampling.NONE.with(new Sampling.Positive("x")), "exp(log(x^2)/2)", "x").kind());
    }

    /**
     * Over random products of symbols and signs, a proof of {@code log(∏ f) = Σ log f} is never
     * unconditional when two factors can be negative, and the sides agree wherever both are defined.
     */
    @Test
    void randomProductsOfLogarithms() {
        Random random = new Random(10);
        String[] atoms = {"a", "b", "c", "exp(a)", "(b^2 + 1)", "sigma(c)"};
        for (int round = 0; round < 40; round++) {
            int n = 2 + random.nextInt(3);
            StringBuilder product = new StringBuilder();
            StringBuilder sum = new StringBuilder();
            int signed = 0;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int k = 0; k < n; k++) {
                String a = atoms[random.nextInt(atoms.length)];
                product.append(k == 0 ? "" : "*").append(a);
                sum.append(k == 0 ? "" : " + ").append("log(").append(a).append(")");
                if (a.length() == 1 && seen.add(a)) {
                    signed++;
                }
            }
            Verdict v = check(Sampling.NONE, "log(" + product + ")", sum.toString());
            assertTrue(v.holds(), product + ": " + v.kind());
            if (signed >= 2) {
                assertFalse(v.unconditional(), product + " needs its factors positive");
            }
        }
    }
}
