package org.symgrad.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Deriver;
import org.symgrad.error.SymgradException;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;

/**
 * Property: an assumed fact never changes a result at the points that satisfy it. Over seeded
 * random expressions in x, y, z — each with a part the fact's identities rewrite ({@code y^k},
 * {@code y(1 − y)}, {@code |y|}, {@code √(y²)}, {@code log(y·u)}) — the textbook form under the fact
 * has the value of the input, and the derivative by z under the fact has the value of the central
 * finite difference, at points the checker's sampler draws under the fact.
 */
class AssumptionSoundnessPropertyTest {
    private static final int EXPRESSIONS = 25;
    private static final int POINTS = 5;
    private static final Sym Y = new Sym("y");
    private static final Sym Z = new Sym("z");

    static Stream<Sampling.Constraint> facts() {
        return Stream.of(new Sampling.TwoValued("y", 0, 1), new Sampling.TwoValued("y", -1, 1),
                new Sampling.Positive("y"), new Sampling.NonNegative("y"), new Sampling.UnitInterval("y"));
    }

    @ParameterizedTest
    @MethodSource("facts")
    void aFactNeverChangesAValueWhereItHolds(Sampling.Constraint fact) {
        Sampling sampling = Sampling.NONE.with(fact);
        Deriver deriver = new Deriver(Definitions.none(), List.of(), sampling);
        RandomExprs random = new RandomExprs(fact.hashCode());
        Random pick = new Random(17);
        int compared = 0;
        int changed = 0;
        for (int n = 0; n < EXPRESSIONS; n++) {
            Expr e = Exprs.add(random.next(2), Exprs.mul(assumedPart(pick, random), random.next(1)));
            Expr simplified;
            Expr derivative;
            try {
                simplified = deriver.simplified(e);
                derivative = deriver.derivative(e, Z);
            } catch (SymgradException tooBig) {
                continue;
            }
            if (!simplified.equals(Deriver.plain().simplified(e))) {
                changed++;
            }
            for (long seed = 1; seed <= POINTS; seed++) {
                Environment env = sampling.apply(Environment.random(seed * 31 + n, 3));
                double value = Evaluator.evaluate(e, env);
                double written = Evaluator.evaluate(simplified, env);
                double slope = AssumedDerivationsTest.centralDifference(e, Z, env);
                double derived = Evaluator.evaluate(derivative, env);
                if (!Double.isFinite(value) || !Double.isFinite(slope) || Math.abs(value) > 1e6 || Math.abs(slope) > 1e6) {
                    continue;
                }
                compared++;
                String what = Printer.ascii(e) + " under " + Sampling.statement(fact) + " at seed " + seed;
                assertEquals(value, written, 1e-9 * Math.max(1, Math.abs(value)), "simplify " + what);
                assertEquals(slope, derived, 1e-5 * Math.max(1, Math.abs(slope)), "derive " + what);
            }
        }
        assertTrue(compared > EXPRESSIONS, "compared at " + compared + " points only");
        assertTrue(changed > 0, "the fact changed no result: the property was not exercised");
    }

    /** A part the identities of a fact about y rewrite. */
    private static Expr assumedPart(Random pick, RandomExprs random) {
        return switch (pick.nextInt(6)) {
            case 0 -> Exprs.pow(Y, Exprs.num(2 + pick.nextInt(3)));
            case 1 -> Exprs.mul(Y, Exprs.sub(Exprs.ONE, Y), Z);
            case 2 -> Exprs.fn("abs", Y);
            case 3 -> Exprs.pow(Exprs.pow(Y, Exprs.num(2)), Exprs.num(org.symgrad.expr.Rational.of(1, 2)));
            case 4 -> Exprs.fn("log", Exprs.mul(Y, Exprs.add(Exprs.ONE, Exprs.pow(Z, Exprs.num(2)))));
            default -> Exprs.mul(Y, Exprs.pow(Exprs.sub(Y, random.next(1)), Exprs.num(2)));
        };
    }
}
