package org.symgrad.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.api.Language;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.Reading;
import org.symgrad.print.Printer;
import org.symgrad.testing.Python;

/**
 * atan2 and acosh in the registry (the angle of a point, as Ceres' ArctanLoss and JAX's lax write it; the
 * inverse of cosh, as Poincaré embeddings measure distance): values (quadrants, the cut, digits next to 1 and
 * far out), every derivative against a central difference, derivatives of compositions through the whole
 * pipeline against finite differences, the printed derivatives, the spellings (ASCII, Unicode, LaTeX, and the
 * LaTeX input {@code \operatorname{atan2}}, {@code \operatorname{arcosh}}, {@code \cosh^{-1}}), and the emitted
 * NumPy and PyTorch code, whose NumPy module passes its own gradient check.
 */
class Atan2AcoshTest {
    private static double atan2(double y, double x) {
        return FunctionRegistry.get("atan2").value().applyAsDouble(new double[] {y, x});
    }

    private static double acosh(double x) {
        return FunctionRegistry.get("acosh").value(x);
    }

    @Test
    void atan2IsTheAngleOfThePointInEachQuadrant() {
        assertEquals(3 * Math.PI / 4, atan2(1, -1), 1e-15);
        assertEquals(-3 * Math.PI / 4, atan2(-1, -1), 1e-15);
        assertEquals(Math.PI / 2, atan2(2, 0), 1e-15);
        assertEquals(Math.PI, atan2(0, -3), 1e-15);
        Random random = new Random(14);
        for (int k = 0; k < 200; k++) {
            double y = 10 * random.nextDouble() - 5;
            double x = 0.01 + 5 * random.nextDouble();
            assertEquals(Math.atan(y / x), atan2(y, x), 1e-14, "right half plane: atan(y/x)");
            double r = 0.1 + 3 * random.nextDouble();
            double t = -3.1 + 6.2 * random.nextDouble();
            assertEquals(t, atan2(r * Math.sin(t), r * Math.cos(t)), 1e-13, "the angle of r(cos t, sin t)");
        }
    }

    @Test
    void acoshInvertsCoshAndKeepsItsDigits() {
        Random random = new Random(14);
        for (int k = 0; k < 200; k++) {
            double t = 30 * random.nextDouble();
            assertEquals(t, acosh(Math.cosh(t)), 1e-12 * Math.max(1, t) + (t < 1e-4 ? 1e-8 : 0), "acosh(cosh " + t + ")");
        }
        // next to 1, acosh(1 + e) = √(2e)(1 − e/12 + …): the digits of e survive
        double e = 1e-10;
        assertEquals(Math.sqrt(2 * e) * (1 - e / 12), acosh(1 + e), 1e-6 * Math.sqrt(2 * e));
        assertEquals(0, acosh(1), 0);
        // far out acosh x = log 2x − 1/(4x²) − …
        assertEquals(Math.log(2e12), acosh(1e12), 1e-15 * Math.log(2e12));
        assertEquals(Math.log(2) + Math.log(1e300), acosh(1e300), 1e-13);
        assertTrue(Double.isNaN(acosh(0.999)));
        assertTrue(Double.isNaN(acosh(-2)));
        assertTrue(Double.isNaN(acosh(Double.NaN)));
    }

    /** A central difference with one Richardson step. */
    private static double difference(DoubleUnaryOperator f, double x) {
        double h = 1e-3 * Math.max(1, Math.abs(x));
        double coarse = (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
        double fine = (f.applyAsDouble(x + h / 2) - f.applyAsDouble(x - h / 2)) / h;
        return (4 * fine - coarse) / 3;
    }

    @Test
    void everyPartialEqualsACentralDifference() {
        Random random = new Random(92);
        KnownFunction atan2 = FunctionRegistry.get("atan2");
        KnownFunction acosh = FunctionRegistry.get("acosh");
        List<Expr> slots = List.of(new Sym("a0"), new Sym("a1"));
        int compared = 0;
        for (int trial = 0; trial < 100; trial++) {
            double y = 6 * random.nextDouble() - 3;
            double x = 6 * random.nextDouble() - 3;
            if (x < 0 && Math.abs(y) < 0.05 || Math.hypot(x, y) < 0.05) {
                continue; // the cut along the negative x axis, and the origin
            }
            Environment env = Environment.random(1, 3).withScalar("a0", y).withScalar("a1", x);
            double dy = difference(t -> atan2.value().applyAsDouble(new double[] {t, x}), y);
            double dx = difference(t -> atan2.value().applyAsDouble(new double[] {y, t}), x);
            assertEquals(dy, Evaluator.evaluate(atan2.partials().get(0).apply(slots), env), 1e-7 * Math.max(1, Math.abs(dy)));
            assertEquals(dx, Evaluator.evaluate(atan2.partials().get(1).apply(slots), env), 1e-7 * Math.max(1, Math.abs(dx)));
            double u = 1.05 + 20 * random.nextDouble();
            double du = difference(acosh::value, u);
            double symbolic = Evaluator.evaluate(acosh.derivative(new Sym("u")), env.withScalar("u", u));
            assertEquals(du, symbolic, 1e-7 * Math.max(1, Math.abs(du)), "acosh' at " + u);
            compared += 3;
        }
        assertTrue(compared > 250, "compared " + compared);
    }

    private static String diff(String expression, String variable) {
        return Printer.ascii(Symgrad.simplify(Symgrad.differentiate(Parser.parseExpression(expression),
                Parser.parseExpression(variable))));
    }

    @Test
    void theDerivativesAreTheOnesLibrariesWrite() {
        // the sum of squares in the order of the arguments, as PyTorch writes self*self + other*other
        assertEquals("x/(y^2 + x^2)", diff("atan2(y, x)", "y"));
        assertEquals("-y/(y^2 + x^2)", diff("atan2(y, x)", "x"));
        assertEquals("1/(x^2 - 1)^(1/2)", diff("acosh(x)", "x"));
        // the angle of (cos t, sin t) is t: its derivative is 1
        assertEquals("1", diff("atan2(sin(t), cos(t))", "t"));
    }

    @Test
    void derivativesOfCompositionsEqualFiniteDifferences() {
        List<String> expressions = List.of("atan2(y*x^2, 1 + x)", "atan2(sin(3*x), y - x)", "x*atan2(x, y)^2",
                "acosh(2 + x^2*y^2)", "acosh(cosh(x) + 1)*exp(-x)", "acosh(1 + 2*(x - y)^2/((2 - x^2)*(3 - y^2)))");
        Random random = new Random(7);
        int compared = 0;
        for (String s : expressions) {
            Expr e = Parser.parseExpression(s);
            Expr derivative = Symgrad.simplify(Symgrad.differentiate(e, new Sym("x")));
            for (int p = 0; p < 12; p++) {
                double x = 2.6 * random.nextDouble() - 1.3;
                double y = 2.6 * random.nextDouble() - 1.3;
                Environment env = Environment.random(p, 3).withScalar("y", y);
                double numeric = difference(t -> Evaluator.evaluate(e, env.withScalar("x", t)), x);
                double symbolic = Evaluator.evaluate(derivative, env.withScalar("x", x));
                if (!Double.isFinite(numeric) || Math.abs(y) < 0.05 || Math.abs(x) < 0.05) {
                    continue; // next to a cut of atan2 or the kink of acosh(1 + u²) at u = 0
                }
                assertEquals(numeric, symbolic, 1e-6 * Math.max(1, Math.abs(numeric)),
                        "d/dx " + s + " = " + Printer.ascii(derivative) + " at x = " + x + ", y = " + y);
                compared++;
            }
        }
        assertTrue(compared > 50, "compared " + compared);
    }

    private static Expr read(String latex) {
        Reading r = LatexReader.read(latex);
        if (!r.readable()) {
            throw r.problem().orElseThrow();
        }
        return r.expr().orElseThrow();
    }

    @Test
    void everySpellingReadsBack() {
        Expr angle = Parser.parseExpression("atan2(y, x)");
        Expr arcosh = Parser.parseExpression("acosh(x)");
        assertEquals(angle, Parser.parseExpression("arctan2(y, x)"));
        assertEquals(arcosh, Parser.parseExpression("arcosh(x)"));
        assertEquals(arcosh, Parser.parseExpression("arccosh(x)"));
        assertEquals("\\operatorname{atan2}(y, x)", Printer.latex(angle));
        assertEquals("\\operatorname{arcosh}(x)", Printer.latex(arcosh));
        for (Expr e : List.of(angle, arcosh)) {
            assertEquals(e, Parser.parseExpression(Printer.unicode(e)), Printer.unicode(e));
            assertEquals(e, read(Printer.latex(e)), Printer.latex(e));
        }
        assertEquals(angle, read("\\operatorname{arctan2}(y, x)"));
        assertEquals(arcosh, read("\\operatorname{arccosh}(x)"));
        assertEquals(arcosh, read("\\cosh^{-1}(x)"));
        assertEquals(Parser.parseExpression("acosh(1 + 2*u/(a*b))"), read("\\operatorname{arcosh}\\left(1 + \\frac{2u}{ab}\\right)"));
    }

    @Test
    void theEmittedCodeCallsTheLibrariesAndPassesItsOwnGradientCheck(@TempDir Path dir) throws Exception {
        String script = """
                derive atan2(y, x) wrt y
                derive atan2(y, x) wrt x
                derive acosh(2 + x^2) + atan2(sin(x), cos(y)) wrt x
                """;
        String torch = Symgrad.code(script, Language.TORCH);
        assertTrue(torch.contains("torch.atan2(y, x)") && torch.contains("torch.acosh("), torch);
        Python.requireNumpy();
        String module = Symgrad.code(script, Language.NUMPY);
        assertTrue(module.contains("np.arctan2(y, x)") && module.contains("np.arccosh("), module);
        assertFalse(module.contains("NotImplementedError"), module);
        Files.writeString(dir.resolve("angles.py"), module);
        Files.writeString(dir.resolve("run_angles.py"), """
                import sys
                import math
                import angles as g

                print(repr(float(g.np.arctan2(1.0, -1.0))), repr(float(g.np.arccosh(2.0))))
                report = g.gradcheck(n=3, points=4, seed=7, verbose=False)
                sys.exit(0 if len(report) == 3 and all(v is not None and v <= 1e-6 for v in report.values()) else 1)
                """);
        Python.Run run = Python.run(dir, "run_angles.py");
        assertEquals(0, run.exit(), run.out() + run.err() + "\n" + module);
        String[] values = run.out().strip().split(" ");
        assertEquals(atan2(1, -1), Double.parseDouble(values[0]), 1e-15);
        assertEquals(acosh(2), Double.parseDouble(values[1]), 1e-15);
    }
}
