package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.print.Printer;
import org.symgrad.simplify.Simplifier;
import org.symgrad.testing.RandomExprs;

/** Over random expressions: the checker proves {@code a = simplify(a)} and rejects {@code a = a + 1}. */
class CheckerPropertyTest {
    private static final int EXPRESSIONS = 200;

    private final Checker checker = new Checker(Definitions.none(), List.of());

    @Test
    void provesAnExpressionEqualToItsSimplification() {
        RandomExprs gen = new RandomExprs(53L);
        for (int i = 0; i < EXPRESSIONS; i++) {
            Expr a = gen.next(3);
            Expr simplified = Simplifier.simplifyPlain(a);
            Verdict v = checker.check(a, simplified);
            assertEquals(Verdict.Kind.PROVEN, v.kind(), () -> Printer.ascii(a) + " = " + Printer.ascii(simplified)
                    + ": " + v);
        }
    }

    @Test
    void rejectsAnExpressionEqualToItselfPlusOne() {
        RandomExprs gen = new RandomExprs(59L);
        for (int i = 0; i < EXPRESSIONS; i++) {
            Expr a = gen.next(3);
            Verdict v = checker.check(a, Exprs.add(a, Exprs.ONE));
            assertEquals(Verdict.Kind.FALSE, v.kind(), () -> Printer.ascii(a) + " = itself + 1: " + v);
            double left = v.leftValue().estimate();
            double right = v.rightValue().estimate();
            assertTrue(Math.abs(right - left - 1) < 1e-6 * Math.max(1, Math.abs(left)),
                    () -> "the reported point does not show the difference 1: " + v);
        }
    }
}
