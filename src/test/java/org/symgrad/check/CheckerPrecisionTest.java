package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.expr.Exprs.add;
import static org.symgrad.expr.Exprs.fn;
import static org.symgrad.expr.Exprs.mul;
import static org.symgrad.expr.Exprs.num;
import static org.symgrad.expr.Exprs.pow;
import static org.symgrad.expr.Exprs.sub;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Rational;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.report.Report;
import org.symgrad.testing.RandomExprs;

/**
 * Issue 14, item 3: {@code check} cannot be fooled by rounding. Where the sides are exact their
 * equality is decided exactly; elsewhere a relative difference of {@code 10⁻¹²} is caught, true
 * identities the normal form cannot prove are never flagged, and a false verdict prints enough
 * digits to show the difference.
 */
class CheckerPrecisionTest {
    private static final Rational PICO = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(12));

    private final Checker checker = new Checker(Definitions.none(), List.of());

    private Verdict check(String left, String right) {
        return checker.check(Parser.parseExpression(left), Parser.parseExpression(right));
    }

    @Test
    void aRationalDifferenceOfOneBillionthIsFalseExactly() {
        Verdict v = check("1", "1 + 1/10^9");
        assertEquals(Verdict.Kind.FALSE, v.kind());
        assertEquals(Rational.of(-1, 1_000_000_000), v.exactDifference());
        assertEquals("false: the left side is 1 and the right side is 1.000000001", Report.describe(v));
    }

    @Test
    void integersBeyondDoublePrecisionAreCompared() {
        Verdict v = check("10^20 + 1", "10^20");
        assertEquals(Verdict.Kind.FALSE, v.kind());
        assertEquals(Rational.ONE, v.exactDifference());
        assertEquals("false: the left side is 100000000000000000001 and the right side is 100000000000000000000",
                Report.describe(v));
    }

    @Test
    void aVariableTimesOnePlusTenToTheMinusEightIsNotTheVariable() {
        Verdict v = check("x", "x*(1 + 1/10^8)");
        assertEquals(Verdict.Kind.FALSE, v.kind());
        assertTrue(v.exactDifference() != null && !v.exactDifference().isZero(), v.toString());
        String detail = Report.describe(v);
        String[] values = detail.replaceAll(".* the left side is (\\S+) and the right side is (\\S+)$", "$1 $2").split(" ");
        assertFalse(values[0].equals(values[1]), "the printed values must differ: " + detail);
    }

    @Test
    void aDifferenceBelowDoublePrecisionInATranscendentalSideIsDecidedByTheNormalForm() {
        // σ(x) cancels from the difference; what is left, −x/10^30, is a rational function
        Verdict v = check("sigma(x) + x", "sigma(x) + x*(1 + 1/10^30)");
        assertEquals(Verdict.Kind.FALSE, v.kind());
        assertTrue(Report.describe(v).contains("they differ by"), Report.describe(v));
    }

    @Test
    void aRelativeDifferenceOfOneTrillionthInTranscendentalSidesIsCaught() {
        assertEquals(Verdict.Kind.FALSE, check("sigma(x)", "sigma(x)*(1 + 1/10^12)").kind());
        assertEquals(Verdict.Kind.FALSE, check("sin(x)^2 + cos(x)^2", "1 + 1/10^12").kind());
        assertEquals(Verdict.Kind.FALSE, check("exp(x_i)/sum_k exp(x_k)", "(1 + 1/10^12)*exp(x_i)/sum_k exp(x_k)").kind());
    }

    @Test
    void aCaseSplitWhoseConditionIsDecidedIsComparedAsItsBranch() {
        // the long fuzz run (seed 14, case 92760): the ball of a decided condition was 0 ± a few
        // subnormals, the case split spanned both branches, and check called these equal
        assertEquals(Verdict.Kind.FALSE, check("where(-log(1 + x^2) > 0, 1, 1 + elu(-log(1 + x^2)))",
                "(1 + 1/10^12)*where(-log(1 + x^2) > 0, 1, 1 + elu(-log(1 + x^2)))").kind());
        assertEquals(Verdict.Kind.FALSE, check("where(x > 0, sin(x), cos(x))", "(1 + 1/10^12)*where(x > 0, sin(x), cos(x))").kind());
        assertEquals(Verdict.Kind.FALSE, check("leaky_relu(x, 1/10)*x", "(1 + 1/10^12)*leaky_relu(x, 1/10)*x").kind());
    }

    /** A true identity {@code left(u) = right(u)} the normal form does not prove (the steps of sign·|u| and relu aside). */
    private record Identity(UnaryOperator<Expr> left, UnaryOperator<Expr> right) {
    }

    private static final List<Identity> IDENTITIES = List.of(
            new Identity(u -> add(pow(fn("sin", u), 2), pow(fn("cos", u), 2)), u -> Exprs.ONE),
            // the double angle is proven (a multiple is a sum of angles, AngleSums); the half angle is not
            new Identity(u -> fn("sin", u), u -> mul(Exprs.TWO, fn("sin", Exprs.div(u, Exprs.TWO)), fn("cos", Exprs.div(u, Exprs.TWO)))),
            new Identity(u -> fn("cos", u), u -> sub(Exprs.ONE, mul(Exprs.TWO, pow(fn("sin", Exprs.div(u, Exprs.TWO)), 2)))),
            new Identity(u -> fn("tan", fn("sin", u)), u -> Exprs.div(fn("sin", fn("sin", u)), fn("cos", fn("sin", u)))),
            new Identity(u -> fn("sqrt", pow(u, 2)), u -> fn("abs", u)),
            new Identity(u -> mul(fn("sign", u), fn("abs", u)), u -> u),
            new Identity(u -> fn("relu", u), u -> Exprs.div(add(u, fn("abs", u)), Exprs.TWO)),
            // the two above are proven since their steps meet (StepForms); these two still reach the numeric test
            new Identity(u -> pow(fn("sin", Exprs.div(u, Exprs.TWO)), 2), u -> Exprs.div(sub(Exprs.ONE, fn("cos", u)), Exprs.TWO)),
            new Identity(u -> fn("sqrt", pow(u, 4)), u -> pow(u, 2)));

    @Test
    void trueIdentitiesAroundRandomExpressionsAreNeverFlagged() {
        RandomExprs gen = new RandomExprs(1_212L);
        int numeric = 0;
        for (int i = 0; i < 140; i++) {
            Expr u = gen.next(3);
            Expr scale = gen.next(2);
            Identity identity = IDENTITIES.get(i % IDENTITIES.size());
            Expr left = mul(scale, identity.left().apply(u));
            Expr right = mul(scale, identity.right().apply(u));
            Verdict v = checker.check(left, right);
            assertTrue(v.holds() || v.kind() == Verdict.Kind.UNDECIDED,
                    () -> Printer.ascii(left) + " = " + Printer.ascii(right) + ": " + Report.describe(v));
            if (v.kind() == Verdict.Kind.NUMERICALLY_EQUAL) {
                numeric++;
            }
        }
        assertTrue(numeric > 70, "only " + numeric + " identities reached the numeric test");
    }

    @Test
    void aRandomExpressionTimesOnePlusOneTrillionthIsNotItself() {
        RandomExprs gen = new RandomExprs(3_434L);
        Expr factor = add(Exprs.ONE, num(PICO));
        for (int i = 0; i < 150; i++) {
            Expr a = i % 3 == 2 ? gen.nextIndexed(Set.of("i"), 3) : gen.next(3);
            Verdict v = checker.check(a, mul(factor, a));
            if (v.kind() == Verdict.Kind.PROVEN) {
                continue; // a is identically 0
            }
            assertEquals(Verdict.Kind.FALSE, v.kind(), () -> Printer.ascii(a) + " = itself·(1 + 10^-12): " + v);
        }
    }
}
