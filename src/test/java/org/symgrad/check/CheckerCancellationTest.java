package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.expr.Exprs.add;
import static org.symgrad.expr.Exprs.exp;
import static org.symgrad.expr.Exprs.fn;
import static org.symgrad.expr.Exprs.log;
import static org.symgrad.expr.Exprs.mul;
import static org.symgrad.expr.Exprs.neg;
import static org.symgrad.expr.Exprs.num;
import static org.symgrad.expr.Exprs.pow;
import static org.symgrad.expr.Exprs.sigma;
import static org.symgrad.expr.Exprs.sub;
import static org.symgrad.expr.Exprs.sym;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
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
 * Issue 9, checker15 item 1: "numerically equal" is sound where a side cancels or underflows in
 * double. {@code 1 − σ(27)} is {@code 1.9·10⁻¹²}, but its double-width ball is {@code 10⁻³} of
 * itself wide, and a relative difference of {@code 10⁻⁹} hid inside it (the long fuzz run, seed 18,
 * case 27760). Where the balls are too wide to tell the sides apart, the checker computes them again
 * at 64 digits before calling them equal. (A value below the range of double, {@code e^{−800}},
 * still has a radius of at least the smallest double and is not separated.)
 */
class CheckerCancellationTest {
    private static final Rational BILLIONTH = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(9));

    private final Checker checker = new Checker(Definitions.none(), List.of());

    /** The answer of {@code derive tanh(sigma((-3)^3))/(1 + (cosh(tanh(log(1 + y^2))) + 2/3)^2) wrt y}. */
    private static final String FUZZ_27760 = "-432*y*sinh(y^2*(2 + y^2)/(y^4 + 2*y^2 + 2))*(1 + y^2)"
            + "*(2 + 3*cosh(y^2*(2 + y^2)/(y^4 + 2*y^2 + 2)))*tanh(1 - sigma(27))"
            + "/((y^4 + 2*y^2 + 2)^2*(9*cosh(y^2*(2 + y^2)/(y^4 + 2*y^2 + 2))^2"
            + " + 12*cosh(y^2*(2 + y^2)/(y^4 + 2*y^2 + 2)) + 13)^2)";

    private static Expr perturbed(Expr a) {
        return mul(a, add(Exprs.ONE, num(BILLIONTH)));
    }

    @Test
    void theFuzzAnswerTimesOnePlusOneBillionthIsNotItself() {
        Expr answer = Parser.parseExpression(FUZZ_27760);
        Verdict off = checker.check(answer, perturbed(answer));
        assertEquals(Verdict.Kind.FALSE, off.kind(), () -> Report.describe(off));
        assertEquals(Verdict.Kind.PROVEN, checker.check(answer, answer).kind());
    }

    @Test
    void aCancellingOrUnderflowingFactorIsComparedBeyondDouble() {
        for (String part : List.of("1 - sigma(27)", "tanh(1 - sigma(30))", "exp(-(40 + x^2)) - exp(-(40 + x^2) - 1/10^9)", "log(1 + (1 + x^2)/10^12)",
                "sigma(-40 - x^2)", "softplus(-60 + sin(x))", "1 - cos(1/10^7 + x^2/10^8)")) {
            Expr a = mul(Parser.parseExpression(part), fn("sin", sym("x")));
            Verdict v = checker.check(a, perturbed(a));
            assertEquals(Verdict.Kind.FALSE, v.kind(), () -> part + ": " + Report.describe(v));
        }
    }

    /** A part whose double value cancels or underflows, in a random variable. */
    private static Expr cancelling(Random random, Expr u) {
        Expr large = add(num(20 + random.nextInt(30)), pow(u, 2));
        return switch (random.nextInt(6)) {
            case 0 -> sub(Exprs.ONE, sigma(large));
            case 1 -> sub(exp(neg(large)), exp(sub(neg(large), num(BILLIONTH))));
            case 2 -> log(add(Exprs.ONE, mul(num(Rational.of(BigInteger.ONE, BigInteger.TEN.pow(10 + random.nextInt(8)))),
                    add(Exprs.ONE, pow(u, 2)))));
            case 3 -> fn("tanh", sub(Exprs.ONE, sigma(large)));
            case 4 -> fn("softplus", neg(large));
            default -> sub(fn("cosh", mul(num(Rational.of(BigInteger.ONE, BigInteger.TEN.pow(6))), u)), Exprs.ONE);
        };
    }

    @Test
    void randomExpressionsWithCancellingPartsAreNeverEqualToThemselvesTimesOnePlusOneBillionth() {
        RandomExprs gen = new RandomExprs(9_018L);
        Random random = new Random(9_019L);
        int checked = 0;
        for (int i = 0; i < 60; i++) {
            Expr g = gen.next(2);
            Expr a = mul(add(Exprs.TWO, pow(g, 2)), cancelling(random, gen.leaf()));
            Verdict off = checker.check(a, perturbed(a));
            if (off.kind() == Verdict.Kind.UNDECIDED) {
                continue; // undefined at every sampled point
            }
            checked++;
            assertEquals(Verdict.Kind.FALSE, off.kind(), () -> Printer.ascii(a) + " = itself·(1 + 10^-9): " + Report.describe(off));
            Verdict same = checker.check(a, a);
            assertEquals(Verdict.Kind.PROVEN, same.kind(), () -> Printer.ascii(a) + " = itself: " + Report.describe(same));
        }
        assertTrue(checked > 50, "only " + checked + " expressions were compared");
    }

    @Test
    void trueIdentitiesTimesACancellingPartStayEqual() {
        RandomExprs gen = new RandomExprs(9_020L);
        Random random = new Random(9_021L);
        for (int i = 0; i < 40; i++) {
            Expr u = gen.next(2);
            Expr c = cancelling(random, gen.leaf());
            Expr left = mul(c, add(pow(fn("sin", u), 2), pow(fn("cos", u), 2)));
            Verdict v = checker.check(left, c);
            assertTrue(v.holds() || v.kind() == Verdict.Kind.UNDECIDED,
                    () -> Printer.ascii(left) + " = " + Printer.ascii(c) + ": " + Report.describe(v));
            Expr twice = mul(c, fn("sin", mul(Exprs.TWO, u)));
            Expr expanded = mul(c, Exprs.TWO, fn("sin", u), fn("cos", u));
            Verdict w = checker.check(twice, expanded);
            assertTrue(w.holds() || w.kind() == Verdict.Kind.UNDECIDED,
                    () -> Printer.ascii(twice) + " = " + Printer.ascii(expanded) + ": " + Report.describe(w));
        }
    }
}
