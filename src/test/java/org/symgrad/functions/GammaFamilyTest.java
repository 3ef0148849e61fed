package org.symgrad.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.api.Language;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Ball;
import org.symgrad.eval.BallEvaluator;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.Reading;
import org.symgrad.print.Printer;
import org.symgrad.testing.Python;

/**
 * The Gamma family in the registry (issue 9, item 2): Γ, log Γ, ψ, ψ₁, ψ⁽ⁿ⁾ and B. Values against
 * known constants and 18-digit references (mpmath at 40 digits), to 1e-13; undefined at the poles;
 * every partial derivative against a central difference at random points, positive and negative;
 * the ball the checker uses holds the true value; the LaTeX and Unicode spellings read back; the
 * emitted NumPy code (helpers, no SciPy) computes the same values and passes its own gradient check.
 */
class GammaFamilyTest {
    private static final double EULER = 0.57721566490153286;
    private static final double ZETA3 = 1.20205690315959429;

    private static void close(double expected, double actual, String what) {
        assertTrue(Math.abs(actual - expected) <= 1e-13 * Math.max(1, Math.abs(expected)),
                what + ": " + actual + " vs " + expected);
    }

    private static double value(String function, double... args) {
        return FunctionRegistry.get(function).value().applyAsDouble(args);
    }

    @Test
    void valuesAtKnownConstants() {
        close(Math.sqrt(Math.PI), value("Gamma", 0.5), "Γ(1/2) = √π");
        close(24, value("Gamma", 5), "Γ(5) = 4!");
        close(-2 * Math.sqrt(Math.PI), value("Gamma", -0.5), "Γ(−1/2) = −2√π");
        close(4.17065178379660317, value("Gamma", 3.7), "Γ(3.7)");
        close(-2.01638550478836216e-7, value("Gamma", -10.7), "Γ(−10.7)");
        assertEquals(4.66107262709737792e261, value("Gamma", 150.5), 1e-13 * 4.66107262709737792e261, "Γ(150.5)");
        close(0.5 * Math.log(Math.PI), value("lgamma", 0.5), "log Γ(1/2)");
        close(359.134205369575399, value("lgamma", 100), "log Γ(100)");
        close(Math.log(4 * Math.sqrt(Math.PI) / 3), value("lgamma", -1.5), "log Γ(−3/2)");
        close(-EULER, value("digamma", 1), "ψ(1) = −γ");
        close(-EULER - 2 * Math.log(2), value("digamma", 0.5), "ψ(1/2) = −γ − 2 log 2");
        close(3.62035346059212315, value("digamma", -3.3), "ψ(−3.3)");
        close(3.21091138018253585, value("digamma", 25.3), "ψ(25.3)");
        close(Math.PI * Math.PI / 6, value("trigamma", 1), "ψ₁(1) = π²/6");
        close(Math.PI * Math.PI / 2, value("trigamma", 0.5), "ψ₁(1/2) = π²/2");
        close(14.9901871390694287, value("trigamma", -10.7), "ψ₁(−10.7)");
        close(-2 * ZETA3, value("polygamma", 2, 1), "ψ⁽²⁾(1) = −2ζ(3)");
        close(Math.pow(Math.PI, 4) / 15, value("polygamma", 3, 1), "ψ⁽³⁾(1) = π⁴/15");
        close(-0.313755999506731363, value("polygamma", 4, 2.5), "ψ⁽⁴⁾(2.5)");
        close(-75.2725365887260307, value("polygamma", 2, 0.3), "ψ⁽²⁾(0.3)");
        close(-EULER, value("polygamma", 0, 1), "ψ⁽⁰⁾ = ψ");
        close(Math.PI, value("Beta", 0.5, 0.5), "B(1/2, 1/2) = π");
        close(1.0 / 12, value("Beta", 2, 3), "B(2, 3) = 1/12");
        close(0.711873743278601935, value("Beta", 2.5, 0.7), "B(2.5, 0.7)");
        close(-4.29850499937328206, value("Beta", -0.5, 2.2), "B(−0.5, 2.2)");
        close(-48.3017490959161252, value("lbeta", 30, 40), "log B(30, 40)");
    }

    @Test
    void undefinedAtThePolesAndWhereTheLogWouldBeOfANegativeGamma() {
        for (double pole : new double[] {0, -1, -2, -7}) {
            assertTrue(Double.isNaN(value("Gamma", pole)), "Γ(" + pole + ")");
            assertTrue(Double.isNaN(value("lgamma", pole)), "log Γ(" + pole + ")");
            assertTrue(Double.isNaN(value("digamma", pole)), "ψ(" + pole + ")");
            assertTrue(Double.isNaN(value("trigamma", pole)), "ψ₁(" + pole + ")");
            assertTrue(Double.isNaN(value("Beta", pole, 1.5)), "B(" + pole + ", 1.5)");
        }
        assertTrue(Double.isNaN(value("lgamma", -0.5)), "Γ(−1/2) < 0");
        assertTrue(Double.isNaN(value("lgamma", -2.5)), "Γ(−5/2) < 0");
        assertTrue(Double.isNaN(value("polygamma", 1.5, 2)), "a fractional order");
        assertTrue(Double.isNaN(value("polygamma", -1, 2)), "a negative order");
        Environment env = Environment.random(1, 3).withScalar("x", -3);
        assertFalse(BallEvaluator.evaluate(Parser.parseExpression("Gamma(x)"), env).isDefined());
        assertFalse(BallEvaluator.evaluate(Parser.parseExpression("digamma(x + 1)"), env).isDefined());
    }

    @Test
    void theRecurrencesAndTheReflectionHoldAtRandomPoints() {
        Random random = new Random(9_2);
        for (int trial = 0; trial < 300; trial++) {
            double x = -30 + 60 * random.nextDouble();
            // Γ(x + 1) = x Γ(x), ψ(x + 1) = ψ(x) + 1/x, ψ₁(x + 1) = ψ₁(x) − 1/x²
            close(x * value("Gamma", x), value("Gamma", x + 1), "Γ(" + (x + 1) + ")");
            close(value("digamma", x) + 1 / x, value("digamma", x + 1), "ψ(" + (x + 1) + ")");
            close(value("trigamma", x) - 1 / (x * x), value("trigamma", x + 1), "ψ₁(" + (x + 1) + ")");
            // ψ(1 − x) − ψ(x) = π cot(πx)
            close(Math.PI / Math.tan(Math.PI * (x - Math.rint(x))), value("digamma", 1 - x) - value("digamma", x),
                    "reflection at " + x);
            if (x > 0) {
                close(Math.log(value("Gamma", x)), value("lgamma", x), "log Γ(" + x + ")");
                double y = 0.1 + 5 * random.nextDouble();
                close(value("Gamma", x) * value("Gamma", y) / value("Gamma", x + y), value("Beta", x, y),
                        "B(" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void everyPartialDerivativeEqualsACentralDifference() {
        Random random = new Random(92);
        List<String> family = List.of("Gamma", "lgamma", "digamma", "trigamma", "polygamma", "Beta", "lbeta");
        int compared = 0;
        for (String name : family) {
            KnownFunction f = FunctionRegistry.get(name);
            for (int trial = 0; trial < 40; trial++) {
                double[] v = new double[f.arity()];
                for (int i = 0; i < v.length; i++) {
                    // arguments away from the poles, on both sides of 0; a whole order for polygamma
                    v[i] = trial % 3 == 0 ? -4.5 + random.nextInt(5) + 0.6 * (random.nextDouble() - 0.5)
                            : 0.2 + 12 * random.nextDouble();
                }
                if (name.equals("polygamma")) {
                    v[0] = random.nextInt(4);
                }
                double sum = v.length == 2 ? v[0] + v[1] : 1;
                if (!Double.isFinite(f.value().applyAsDouble(v)) || !name.equals("polygamma") && nearAPole(sum)) {
                    continue; // B(a, b) next to a pole of Γ(a + b): the difference quotient is not
                }
                Environment env = Environment.random(1, 3);
                List<Expr> slots = new ArrayList<>();
                for (int i = 0; i < v.length; i++) {
                    env = env.withScalar("a" + i, v[i]);
                    slots.add(new Sym("a" + i));
                }
                for (int i = name.equals("polygamma") ? 1 : 0; i < v.length; i++) {
                    int slot = i;
                    double numeric = richardson(x -> {
                        double[] w = v.clone();
                        w[slot] = x;
                        return f.value().applyAsDouble(w);
                    }, v[i]);
                    double symbolic = Evaluator.evaluate(f.partials().get(i).apply(slots), env);
                    assertTrue(Math.abs(symbolic - numeric) <= 1e-6 * Math.max(1, Math.abs(symbolic)),
                            name + " ∂" + i + " at " + java.util.Arrays.toString(v) + ": " + symbolic + " vs " + numeric);
                    compared++;
                }
            }
        }
        assertTrue(compared > 200, "compared " + compared);
    }

    private static boolean nearAPole(double x) {
        return x < 0.5 && Math.abs(x - Math.rint(x)) < 0.2;
    }

    /** A central difference with one Richardson step. */
    private static double richardson(DoubleUnaryOperator f, double x) {
        double h = 1e-3 * Math.max(1, Math.abs(x));
        double coarse = (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
        double fine = (f.applyAsDouble(x + h / 2) - f.applyAsDouble(x - h / 2)) / h;
        return (4 * fine - coarse) / 3;
    }

    @Test
    void theBallTheCheckerUsesHoldsTheTrueValue() {
        Environment env = Environment.random(1, 3).withScalar("x", 3.7).withScalar("y", -10.7);
        Ball gamma = BallEvaluator.evaluate(Parser.parseExpression("Gamma(x)"), env);
        assertTrue(Math.abs(gamma.estimate() - 4.17065178379660317) <= gamma.radius(), gamma.toString());
        assertTrue(gamma.radius() >= 1e-13 * 4.1, "the entry's accuracy joins the radius: " + gamma);
        Ball psi = BallEvaluator.evaluate(Parser.parseExpression("trigamma(y)"), env);
        assertTrue(Math.abs(psi.estimate() - 14.9901871390694287) <= psi.radius(), psi.toString());
        // exact where the registry knows the value: Γ(1/2)² = π, ψ₁(1) = π²/6
        assertEquals(Parser.parseExpression("pi"), Symgrad.simplify(Parser.parseExpression("Gamma(1/2)^2")));
        assertEquals("pi^2/6", Printer.ascii(Symgrad.simplify(Parser.parseExpression("trigamma(1)"))));
    }

    @Test
    void derivativesAreTheTextbookOnes() {
        assertEquals("digamma(x)", diff("lgamma(x)", "x"));
        assertEquals("digamma(a)", diff("log(Gamma(a))", "a"));
        assertEquals("Gamma(t)*digamma(t)", diff("Gamma(t)", "t"));
        assertEquals("trigamma(x)", diff("digamma(x)", "x"));
        assertEquals("polygamma(2, x)", diff("trigamma(x)", "x"));
        assertEquals("2*y*polygamma(4, y^2)", diff("polygamma(3, y^2)", "y"));
        assertEquals("Beta(a, b)*(digamma(b) - digamma(a + b))", diff("Beta(a, b)", "b"));
        assertEquals("digamma(a) - digamma(a + b)", diff("lbeta(a, b)", "a"));
    }

    private static String diff(String expression, String variable) {
        return Printer.ascii(Symgrad.differentiate(Symgrad.parse(expression), Symgrad.variable(variable)));
    }

    @Test
    void latexAndUnicodeSpellingsReadBack() {
        assertEquals(Parser.parseExpression("Gamma(alpha)"), read("\\Gamma(\\alpha)"));
        assertEquals(Parser.parseExpression("Gamma(y_i + r)"), read("\\Gamma(y_i + r)"));
        assertEquals(Parser.parseExpression("log(Gamma(x))"), read("\\log \\Gamma(x)"));
        assertEquals(Parser.parseExpression("digamma(alpha + 1)"), read("\\psi(\\alpha + 1)"));
        assertEquals(Parser.parseExpression("trigamma(x)"), read("\\psi_1(x)"));
        assertEquals(Parser.parseExpression("trigamma(x)"), read("\\psi'(x)"));
        assertEquals(Parser.parseExpression("polygamma(3, x)"), read("\\psi^{(3)}(x)"));
        assertEquals(Parser.parseExpression("polygamma(2, x)"), read("\\psi''(x)"));
        assertEquals(Parser.parseExpression("Gamma(x)*digamma(x)"), read("\\Gamma'(x)"));
        assertEquals(Parser.parseExpression("Beta(a, b)"), read("\\mathrm{B}(a, b)"));
        assertEquals(Parser.parseExpression("Beta(a, b)"), read("\\operatorname{Beta}(a, b)"));
        assertEquals(Parser.parseExpression("polygamma(2, x)"), read("\\operatorname{polygamma}(2, x)"));
        // an italic B is the document's own function, ψ_j a name with an index
        assertEquals(new Fn("B", List.of(new Sym("a"), new Sym("b"))), read("B(a, b)"));
        for (String ascii : List.of("Gamma(x)", "lgamma(x)", "digamma(x)", "trigamma(x)", "polygamma(2, x)",
                "Beta(a, b)", "lbeta(a, b)")) {
            Expr e = Parser.parseExpression(ascii);
            assertEquals(e, Parser.parseExpression(Printer.unicode(e)), Printer.unicode(e));
            Expr back = read(Printer.latex(e));
            Environment env = Environment.random(3, 3).withScalar("x", 2.3).withScalar("a", 1.7).withScalar("b", 0.6);
            close(Evaluator.evaluate(e, env), Evaluator.evaluate(back, env), Printer.latex(e));
        }
        assertEquals("Γ(x)", Printer.unicode(Parser.parseExpression("Gamma(x)")));
        assertEquals("ψ(x)", Printer.unicode(Parser.parseExpression("digamma(x)")));
        assertEquals(Parser.parseExpression("digamma(x)"), Parser.parseExpression("ψ(x)"));
        // ψ without a bracket is still the letter
        assertEquals(Parser.parseExpression("psi*x"), Parser.parseExpression("psi x"));
    }

    private static Expr read(String latex) {
        Reading r = LatexReader.read(latex);
        if (!r.readable()) {
            throw r.problem().orElseThrow();
        }
        return r.expr().orElseThrow();
    }

    @Test
    void theEmittedNumpyCodeComputesTheSameValuesWithoutScipy(@TempDir Path dir) throws Exception {
        Python.requireNumpy();
        String script = """
                derive lgamma(a) + b*digamma(a) wrt a
                derive Gamma(a)*trigamma(b) wrt b
                derive lbeta(a, b) + polygamma(2, a) wrt a
                derive log(Beta(a, b)) wrt b
                """;
        String module = Symgrad.code(script, Language.NUMPY);
        assertFalse(module.contains("scipy"), module);
        Files.writeString(dir.resolve("gammas.py"), module);
        Files.writeString(dir.resolve("run_gammas.py"), """
                import sys
                import gammas as g

                print(repr(float(g._gamma(3.7))), repr(float(g._lgamma(100.0))), repr(float(g._polygamma(0, -3.3))),
                      repr(float(g._polygamma(1, -10.7))), repr(float(g._polygamma(4, 2.5))), repr(float(g._beta(2.5, 0.7))))
                report = g.gradcheck(n=3, points=4, seed=7, verbose=False)
                sys.exit(0 if len(report) == 4 and all(v is not None and v <= 1e-6 for v in report.values()) else 1)
                """);
        Python.Run run = Python.run(dir, "run_gammas.py");
        assertEquals(0, run.exit(), run.out() + run.err());
        String[] values = run.out().strip().split(" ");
        double[] expected = {4.17065178379660317, 359.134205369575399, 3.62035346059212315, 14.9901871390694287,
            -0.313755999506731363, 0.711873743278601935};
        for (int i = 0; i < expected.length; i++) {
            double v = Double.parseDouble(values[i]);
            assertTrue(Math.abs(v - expected[i]) <= 1e-12 * Math.max(1, Math.abs(expected[i])), i + ": " + v);
        }
    }
}
