package org.symgrad.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.expr.Exprs.fn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;

/**
 * The functions of SPEC §9 beyond the canon ({@code Phi}, {@code gelu}, {@code silu}/{@code swish},
 * {@code elu}, {@code leaky_relu}, {@code max}, {@code min}, {@code clip}, {@code where}): every
 * partial derivative of every entry against central differences of its own value, derivatives of
 * random compositions through the whole pipeline (differentiate, simplify) against finite
 * differences, the forms the sources print, and the spellings read back.
 */
class ReachFunctionsTest {
    private static final List<String> NEW = List.of("Phi", "gelu", "silu", "elu", "leaky_relu", "max", "min", "clip",
            "where");

    /** A point is next to a kink when two step sizes disagree; such points are skipped, and counted. */
    private static double difference(java.util.function.DoubleUnaryOperator f, double x) {
        double coarse = (f.applyAsDouble(x + 1e-3) - f.applyAsDouble(x - 1e-3)) / 2e-3;
        double fine = (f.applyAsDouble(x + 1e-6) - f.applyAsDouble(x - 1e-6)) / 2e-6;
        return Math.abs(coarse - fine) <= 1e-4 * Math.max(1, Math.abs(fine)) ? fine : Double.NaN;
    }

    private static boolean agrees(double symbolic, double numeric) {
        return Math.abs(symbolic - numeric) <= 1e-5 * Math.max(1, Math.abs(numeric));
    }

    /**
     * Random arguments of an entry in [−2, 2], drawn again (a few times) until f is defined there
     * (asin needs [−1, 1], B and log B are undefined at their poles); a where's condition 0 or 1,
     * polygamma's order a whole number.
     */
    private static double[] arguments(KnownFunction f, Random random) {
        double[] v = new double[f.arity()];
        for (int attempt = 0; attempt < 8; attempt++) {
            for (int i = 0; i < v.length; i++) {
                v[i] = 4 * random.nextDouble() - 2;
            }
            if (f.name().equals(FunctionRegistry.POLYGAMMA)) {
                v[0] = random.nextInt(4); // a whole order
            }
            if (f.arity() > 1 && !f.name().equals(FunctionRegistry.BETA) && !f.name().equals(FunctionRegistry.LBETA)
                    || Double.isFinite(f.value().applyAsDouble(v))) {
                break;
            }
        }
        if (f.name().equals(FunctionRegistry.WHERE)) {
            v[0] = random.nextBoolean() ? 1 : 0; // a condition's value
        }
        return v;
    }

    @Test
    void everyPartialDerivativeEqualsACentralDifferenceAwayFromKinks() {
        Random random = new Random(9_2);
        for (KnownFunction f : FunctionRegistry.ALL) {
            List<Sym> slots = new ArrayList<>();
            for (int i = 0; i < f.arity(); i++) {
                slots.add(new Sym("a" + i));
            }
            int compared = 0;
            for (int trial = 0; trial < 60; trial++) {
                double[] v = arguments(f, random);
                Environment env = Environment.random(1, 3);
                for (int i = 0; i < v.length; i++) {
                    env = env.withScalar("a" + i, v[i]);
                }
                for (int i = 0; i < f.arity(); i++) {
                    int slot = i;
                    double numeric = difference(x -> {
                        double[] w = v.clone();
                        w[slot] = x;
                        return f.value().applyAsDouble(w);
                    }, v[i]);
                    double symbolic = Evaluator.evaluate(f.partials().get(i).apply(new ArrayList<>(slots)), env);
                    if (Double.isNaN(numeric) || !Double.isFinite(f.value().applyAsDouble(v))) {
                        continue;
                    }
                    assertTrue(agrees(symbolic, numeric), f.name() + " ∂" + i + " at " + Arrays.toString(v) + ": "
                            + symbolic + " vs " + numeric);
                    compared++;
                }
            }
            // polygamma's order is a whole number: only its second argument varies continuously
            int continuous = f.name().equals(FunctionRegistry.POLYGAMMA) ? 1 : f.arity();
            assertTrue(compared >= 30 * continuous || f.name().equals("sqrt") || f.name().equals("log"),
                    f.name() + ": only " + compared + " points away from kinks");
        }
    }

    @Test
    void derivativesOfRandomCompositionsEqualFiniteDifferences() {
        RandomExprs inner = new RandomExprs(92);
        Random random = new Random(92);
        Sym x = new Sym("x");
        int compared = 0;
        for (int trial = 0; trial < 150; trial++) {
            String name = NEW.get(trial % NEW.size());
            Expr e = composite(name, inner, random);
            Expr derivative = Symgrad.simplify(Symgrad.differentiate(e, x));
            for (int p = 0; p < 4; p++) {
                double[] point = inner.point();
                Environment env = Environment.random(trial, 3).withScalar("y", point[1]).withScalar("z", point[2]);
                Environment at = env;
                double numeric = difference(t -> Evaluator.evaluate(e, at.withScalar("x", t)), point[0]);
                double symbolic = Evaluator.evaluate(derivative, env.withScalar("x", point[0]));
                if (Double.isNaN(numeric) || !Double.isFinite(symbolic)) {
                    continue;
                }
                assertTrue(agrees(symbolic, numeric), "d/dx " + e + " = " + derivative + " at " + Arrays.toString(point)
                        + ": " + symbolic + " vs " + numeric);
                compared++;
            }
        }
        assertTrue(compared > 400, "only " + compared + " points compared");
    }

    /** {@code name} applied to random smooth arguments; a {@code where} with a random comparison. */
    private static Expr composite(String name, RandomExprs inner, Random random) {
        KnownFunction f = FunctionRegistry.get(name);
        List<Expr> args = new ArrayList<>();
        if (f.piecewise()) {
            Relation r = Relation.values()[random.nextInt(Relation.values().length)];
            args.add(fn(r.function(), inner.next(2), inner.next(2)));
            args.add(inner.next(3));
            args.add(inner.next(3));
        } else {
            for (int i = 0; i < f.arity(); i++) {
                args.add(inner.next(2));
            }
        }
        return fn(name, args.toArray(Expr[]::new));
    }

    @Test
    void derivativesComeOutInTheFormsTheSourcesPrint() {
        assertEquals("where(x > 0, 1, a)", derivative("leaky_relu(x, a)", "x"));
        assertEquals("where(x > 0, 0, x)", derivative("leaky_relu(x, a)", "a"));
        assertEquals("where(x > 0, 1, 1 + elu(x))", derivative("elu(x)", "x"));
        assertEquals("2*x*heaviside(x^2 - 1)", derivative("max(0, x^2 - 1)", "x"));
        assertEquals("heaviside(2 - x)", derivative("min(x, 2)", "x"));
        assertEquals("where(x > 0, 2*x, -1)", derivative("where(x > 0, x^2, -x)", "x"));
        assertEquals("0", derivative("where(x >= 0, 3, 4)", "x"));
        assertEquals("where(abs(x - y) < delta, x - y, delta*sign(x - y))",
                derivative("where(abs(x - y) < delta, 0.5*(x - y)^2, delta*(abs(x - y) - 0.5*delta))", "x"));
        assertEquals("sigma(x)*(1 + x*(1 - sigma(x)))", derivative("silu(x)", "x"));
        assertEquals("sigma(x) + x*sigma(x)*(1 - sigma(x))", derivative("x*sigma(x)", "x"));
        assertEquals(derivative("silu(x)", "x"), derivative("swish(x)", "x"));
        assertEquals(derivative("x*Phi(x)", "x"), derivative("gelu(x)", "x"));
        assertEquals("exp(-x^2/2)/(2*pi)^(1/2)", derivative("Phi(x)", "x"));
    }

    private static String derivative(String e, String wrt) {
        return Printer.ascii(Symgrad.simplify(Symgrad.differentiate(Parser.parseExpression(e), Parser.parseExpression(wrt))));
    }

    @Test
    void caseSplitsReadBackInEverySpelling() {
        for (String e : List.of("where(x < 0, 1, y)", "where(x <= y, x^2, 0)", "where(x - y > delta, delta, x - y)",
                "where(x >= 1, leaky_relu(x, a), clip(x, 0, 1))", "max(x, y) - min(x, y)")) {
            Expr parsed = Parser.parseExpression(e);
            assertEquals(e, Printer.ascii(parsed));
            assertEquals(parsed, Parser.parseExpression(Printer.unicode(parsed)), Printer.unicode(parsed));
        }
        assertEquals("where(x ≤ y, x², 0)", Printer.unicode(Parser.parseExpression("where(x <= y, x^2, 0)")));
        assertEquals("\\begin{cases} x^2 & \\text{if } x \\le y \\\\ 0 & \\text{otherwise} \\end{cases}",
                Printer.latex(Parser.parseExpression("where(x <= y, x^2, 0)")));
        assertEquals("\\Phi(x)", Printer.latex(Parser.parseExpression("Phi(x)")));
        assertEquals("Φ(x)", Printer.unicode(Parser.parseExpression("Phi(x)")));
    }
}
