package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Rational;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * The piecewise normal form ({@link PiecewiseCases}): steps and case splits of one quantity as one
 * where chain along the real line, each branch decided for its interval and simplified.
 */
class PiecewiseCasesTest {
    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    private static String derived(String input, String wrt) {
        return Printer.ascii(Symgrad.derive(Parser.parseExpression(input), Parser.parseExpression(wrt)).result());
    }

    @Test
    void productsAndSumsOfStepsOfOneQuantityAreOneCaseSplit() {
        assertEquals("where(x > -3, where(x < 3, 1/6, 0), 0)", simplified("heaviside(3 + x)*heaviside(3 - x)/6"));
        // one jump: the case above it first
        assertEquals("where(s - y > 0, 1 - alpha, -alpha)",
                simplified("heaviside(s - y) - alpha*(heaviside(s - y) + heaviside(y - s))"));
        // intervals of one value are one
        assertEquals("1", simplified("heaviside(x) + heaviside(-x)"));
        assertEquals("where(x > 1, 1, 0)", simplified("heaviside(x)*heaviside(x - 1)"));
        // each branch decided under its condition: |x| = x, max(x, 0) = x, sign(x) = 1 where x > 0
        assertEquals("where(x < 0, x - y, where(x < 2, x + y, 2*x))",
                simplified("sign(x)*(abs(x)*heaviside(2 - x) + y*heaviside(2 - x)) + heaviside(x - 2)*(max(x, 0) + x)"));
        assertEquals("where(x < 1, 0, where(x < 2, 1, where(x < 3, 2, 3)))",
                simplified("heaviside(x - 1) + heaviside(x - 2) + heaviside(x - 3)"));
        // a case split written by the input joins in; one interval apart from the value around it reads first
        assertEquals("where(x > -1, where(x < 1, 1, a), a)", simplified("where(x > -1, where(x < 1, 1, a), a)"));
        assertEquals("where(x > -1, where(x < 1, 1, a), a)", simplified("where(x < -1, a, where(x < 1, 1, a))"));
        assertEquals("where(x > -2, where(x < 4, b*y, 0), 0)", simplified("b*y*heaviside(2 + x)*heaviside(4 - x)"));
        // the quantity as an argument that grows with it writes it: x, not −x from 4 − x written first
        assertEquals("where(x < -2, 0, where(x < 4, 1 + b*y, 1))",
                simplified("b*y*heaviside(4 - x)*heaviside(2 + x) + heaviside(x + 2)"));
        // the outer values differ: the chain along the line
        assertEquals("where(x < -1, a, where(x < 1, 1, b))", simplified("where(x < -1, a, where(x < 1, 1, b))"));
    }

    @Test
    void oneStepOrStepsOfUnrelatedQuantitiesStayAsTheyAre() {
        assertEquals("heaviside(x)", simplified("heaviside(x)"));
        assertEquals("y*heaviside(x - 1)", simplified("y*heaviside(x - 1)"));
        assertEquals("where(x > 0, 1, a)", simplified("where(x > 0, 1, a)"));
        assertEquals("heaviside(x)*heaviside(y)", simplified("heaviside(x)*heaviside(y)"));
        assertEquals("clip(x, 0, 1)", simplified("clip(x, 0, 1)"));
        // a jump that is not at a number (|x − y| < δ: at x − y = ±δ, with δ of unknown sign)
        assertEquals("where(abs(x - y) < delta, x - y, delta*sign(x - y))",
                simplified("where(abs(x - y) < delta, x - y, delta*sign(x - y))"));
        assertEquals("heaviside(x - a)*heaviside(x - b)", simplified("heaviside(x - a)*heaviside(x - b)"));
        String indexed = simplified("heaviside(x_i)*heaviside(-x_i)");
        assertTrue(indexed.contains("heaviside"), indexed);
    }

    @Test
    void derivativesOfClippedAndMaxedFunctionsReadAsOneCaseSplit() {
        // PyTorch hardswish_backward / hardsigmoid_backward
        assertEquals("where(x < -3, 0, where(x < 3, (3 + 2*x)/6, 1))", derived("x*clip(x + 3, 0, 6)/6", "x"));
        assertEquals("where(x > -3, where(x < 3, 1/6, 0), 0)", derived("clip(x + 3, 0, 6)/6", "x"));
        // LightGBM's quantile gradient
        assertEquals("where(s - y > 0, 1 - alpha, -alpha)", derived("max(alpha*(y - s), (alpha - 1)*(y - s))", "s"));
        // hardtanh
        assertEquals("where(x > -1, where(x < 1, 1, 0), 0)", derived("clip(x, -1, 1)", "x"));
        // one jump: the textbook's heaviside stays
        assertEquals("heaviside(x)", derived("relu(x)", "x"));
        assertEquals("where(x > 0, 1, a)", derived("leaky_relu(x, a)", "x"));
    }

    @Test
    void aChainOfCasesTheInputWroteKeepsItsConditions() {
        // scikit-learn's squared hinge (_sgd_fast.pyx.tp): the derivative of each case, in the written order
        assertEquals("where(p*y >= 1, 0, where(p*y >= -1, -2*y*(1 - p*y), -4*y))",
                derived("where(p*y >= 1, 0, where(p*y >= -1, (1 - p*y)*(1 - p*y), -4*p*y))", "p"));
        assertEquals("where(x >= 1, 0, where(x >= -1, 2*(x - 1), -4))", derived("where(x >= 1, 0, where(x >= -1, (1 - x)^2, -4*x))", "x"));
        // two neighbouring cases of one value are still one
        assertEquals("where(x > 1, 0, 2*x)", derived("where(x >= 2, 1, where(x >= 1, 1, x^2))", "x"));
        // steps the input did not write as cases are still sorted along the line
        assertEquals("where(x < -3, 0, where(x < 3, (3 + 2*x)/6, 1))", derived("x*clip(x + 3, 0, 6)/6", "x"));
    }

    @Test
    void aChainPrintsAsOneCasesBlock() {
        String latex = Printer.latex(Simplifier.simplifyPlain(Parser.parseExpression("heaviside(x - 1) + heaviside(x - 2)")));
        assertEquals("\\begin{cases} 0 & \\text{if } x < 1 \\\\ 1 & \\text{if } x < 2 \\\\ 2 & \\text{otherwise} \\end{cases}",
                latex);
        // a split in the then-case is a block of its own
        String nested = Printer.latex(Parser.parseExpression("where(x > 0, where(y > 0, 1, 2), 3)"));
        assertEquals(2, nested.split("begin\\{cases\\}", -1).length - 1, nested);
        // a product of two splits in the otherwise-case is not one block
        String product = Printer.latex(Parser.parseExpression("where(x > 0, 1, where(y > 0, 1, 2)*where(z > 0, 1, 2))"));
        assertEquals(3, product.split("begin\\{cases\\}", -1).length - 1, product);
    }

    /**
     * Generated sums of products of steps and bends of one affine quantity with smooth factors: the
     * normal form has the value of its input wherever the quantity is at no jump.
     */
    @Test
    void theNormalFormKeepsTheValueAwayFromTheJumps() {
        Random random = new Random(20_261_130L);
        String[] steps = {"heaviside", "sign", "abs", "relu"};
        int compared = 0;
        int collected = 0;
        for (int t = 0; t < 150; t++) {
            List<Rational> jumps = new ArrayList<>();
            List<Expr> terms = new ArrayList<>();
            for (int term = 0; term < 1 + random.nextInt(3); term++) {
                List<Expr> factors = new ArrayList<>();
                factors.add(switch (random.nextInt(3)) {
                    case 0 -> Exprs.sym("y");
                    case 1 -> Exprs.num(1 + random.nextInt(3));
                    default -> Parser.parseExpression("x^2 + y");
                });
                for (int f = 0; f < 1 + random.nextInt(2); f++) {
                    Rational jump = Rational.of(random.nextInt(7) - 3, 1 + random.nextInt(2));
                    int slope = random.nextBoolean() ? 1 : -2;
                    jumps.add(jump);
                    // slope·(x − jump)
                    Expr u = Exprs.mul(Exprs.num(slope), Exprs.sub(Exprs.sym("x"), Exprs.num(jump)));
                    int kind = random.nextInt(steps.length + 2);
                    factors.add(kind < steps.length ? Exprs.fn(steps[kind], u)
                            : kind == steps.length ? Exprs.fn("max", u, Exprs.num(random.nextInt(3) - 1))
                            : Parser.parseExpression("where(" + Printer.ascii(u) + " > 0, x, 2*y)"));
                }
                terms.add(Exprs.mul(factors));
            }
            Expr e = Exprs.add(terms);
            Expr s = Simplifier.simplifyPlain(e);
            if (!Printer.ascii(s).contains("heaviside") && !Printer.ascii(s).contains("sign")
                    && Printer.ascii(e).matches(".*(heaviside|sign|where).*(heaviside|sign|where).*")) {
                collected++;
            }
            assertEquals(s, Simplifier.simplifyPlain(s), "not a fixed point: " + Printer.ascii(s));
            for (int p = 0; p < 6; p++) {
                double x = -4.5 + 9 * random.nextDouble();
                double clearance = jumps.stream().mapToDouble(j -> Math.abs(x - j.doubleValue())).min().orElse(1);
                if (clearance < 1e-6) {
                    continue;
                }
                Environment env = Environment.random(t, 3).withScalar("x", x).withScalar("y", 0.25 + random.nextDouble());
                double before = Evaluator.evaluate(e, env);
                assertEquals(before, Evaluator.evaluate(s, env), 1e-9 * Math.max(1, Math.abs(before)),
                        Printer.ascii(e) + " became " + Printer.ascii(s) + " at x = " + x);
                compared++;
            }
        }
        assertTrue(compared > 600, "compared " + compared);
        assertTrue(collected > 40, "collected into one case split: " + collected);
        assertFalse(collected == 150, "every input collected: the generator makes no single step");
    }
}
