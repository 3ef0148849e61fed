package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.symgrad.expr.Exprs.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.derive.Step;
import org.symgrad.error.SymgradException;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.print.Printer;
import org.symgrad.rewrite.StopReason;
import org.symgrad.rewrite.TraceRecorder;
import org.symgrad.simplify.Simplifier;

/**
 * Issue 14, items 1 and 2: no rewrite loops, right at the edges. Every composition {@code f(g(u))}
 * of two of the registry's functions (or a negation) around a small argument simplifies within a
 * small budget of rule applications and never stops for want of budget (σ∘log once recursed to the
 * depth limit), and keeps its value — at random points and at the boundary points 0, ±1 and large
 * ones, where a wrong write-back shows as 0/0. Their derivatives, and derivatives through a
 * definition {@code let h = f(u)}, equal central finite differences at the same points.
 */
class NoRewriteLoopsPropertyTest {
    /** Rule applications one simplification of a composition of two functions may take. */
    private static final int RULE_BUDGET = 200;
    private static final Sym X = sym("x");
    private static final Sym H = sym("h");
    private static final double[] BOUNDARY = {0, 1, -1, 10, -10, 40};

    private static List<Expr> arguments() {
        return List.of(X, neg(X), mul(TWO, X), add(X, ONE), pow(X, 2), sub(ONE, X), ZERO, num(Rational.of(1, 2)));
    }

    private static List<java.util.function.UnaryOperator<Expr>> outers() {
        List<java.util.function.UnaryOperator<Expr>> out = new ArrayList<>();
        for (KnownFunction f : FunctionRegistry.ALL) {
            if (f.arity() == 1) {
                out.add(u -> new Fn(f.name(), List.of(u)));
            }
        }
        out.add(u -> neg(u));
        return out;
    }

    /** Every {@code f(g(u))}: the family, in a fixed order. */
    static List<Expr> family() {
        List<Expr> out = new ArrayList<>();
        for (var f : outers()) {
            for (var g : outers()) {
                for (Expr u : arguments()) {
                    out.add(f.apply(g.apply(u)));
                }
            }
        }
        return out;
    }

    private static double[] points(long seed) {
        Random r = new Random(seed);
        double[] out = new double[BOUNDARY.length + 3];
        System.arraycopy(BOUNDARY, 0, out, 0, BOUNDARY.length);
        for (int i = BOUNDARY.length; i < out.length; i++) {
            out[i] = -2 + 4 * r.nextDouble();
        }
        return out;
    }

    private static double at(Expr e, double x) {
        try {
            return Evaluator.evaluate(e, Environment.random(3, 3).withScalar("x", x));
        } catch (IllegalArgumentException notEvaluable) {
            return Double.NaN;
        }
    }

    /** Functions that are not smooth where their argument is 0 (a kink, a jump, the edge of the domain). */
    private static final java.util.Set<String> EDGES_AT_ZERO = java.util.Set.of("abs", "relu", "sign", "heaviside", "sqrt", "log");
    private static final java.util.Set<String> EDGES_AT_ONE = java.util.Set.of("asin", "acos", "atanh", "acosh");
    /** Periodic functions, whose value at a huge argument is rounding noise (sin(expm1(40)) against sin(e^40 − 1)). */
    private static final java.util.Set<String> PERIODIC = java.util.Set.of("sin", "cos", "tan", "sec", "csc", "cot");
    /** The Gamma family, with poles at 0, −1, −2, …, where a rounded argument (1 − σ(40) = 0) or a difference step lands. */
    private static final java.util.Set<String> POLES_AT_WHOLE_NONPOSITIVE = java.util.Set.of(FunctionRegistry.GAMMA,
            FunctionRegistry.LGAMMA, FunctionRegistry.DIGAMMA, FunctionRegistry.TRIGAMMA, FunctionRegistry.POLYGAMMA,
            FunctionRegistry.BETA, FunctionRegistry.LBETA);

    /**
     * Whether somewhere in {@code e} a function is evaluated at (or, after rounding, next to) the
     * point where it is not smooth: the symbolic derivative holds away from it ({@code sign′ = 0},
     * {@code (√u)′ = u′/(2√u)}), and in floating point {@code 1 − σ(40)} is 0 where {@code σ(−40)}
     * is not; likewise where an exponential overflows, and next to a pole of Γ or ψ.
     */
    private static boolean nearAnEdge(Expr e, double x) {
        Expr at = switch (e) {
            case Fn f when EDGES_AT_ZERO.contains(f.name()) -> f.arg();
            case org.symgrad.expr.Pow p when !(p.exponent() instanceof org.symgrad.expr.Num k && k.value().isInteger()
                    && k.value().signum() > 0) -> p.base();
            default -> null;
        };
        if (at != null && !(Math.abs(at(at, x)) > 1e-9)) {
            return true;
        }
        if (e instanceof Fn f && EDGES_AT_ONE.contains(f.name()) && !(Math.abs(1 - Math.abs(at(f.arg(), x))) > 1e-6)) {
            return true; // asin, acos, atanh (acosh) at ±1: a double argument a hair from 1 has lost its digits
        }
        if (e instanceof Fn f && f.name().equals("log1p") && !(Math.abs(1 + at(f.arg(), x)) > 1e-6)) {
            return true; // log1p next to its pole at −1: log1p(tanh(−10)), whose rounded argument has lost its digits
        }
        if (e instanceof Fn f && PERIODIC.contains(f.name()) && !(Math.abs(at(f.arg(), x)) < 1e8)) {
            return true; // sin(e^40 − 1): one unit in the last place of the argument is many periods
        }
        if (e instanceof Fn f && POLES_AT_WHOLE_NONPOSITIVE.contains(f.name())) {
            for (Expr a : f.args()) {
                double v = at(a, x);
                if (v < 0.5 && Math.abs(v - Math.rint(v)) < 0.05) {
                    return true; // Γ(u), ψ(u) within a difference step of a pole: neither side is smooth there
                }
            }
        }
        if (Double.isInfinite(at(e, x)) && !(e instanceof org.symgrad.expr.Pow p
                && p.exponent() instanceof org.symgrad.expr.Num k && k.value().signum() < 0)) {
            return true; // floating-point overflow (exp(40²), sinh(40²)), not a division by zero
        }
        for (Expr c : children(e)) {
            if (nearAnEdge(c, x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    @Test
    void everyCompositionOfTwoFunctionsSimplifiesWithinASmallBudgetAndKeepsItsValue() {
        int simplified = 0;
        for (Expr e : family()) {
            TraceRecorder trace = new TraceRecorder();
            Expr out;
            try {
                out = Simplifier.plain().simplify(e, trace);
            } catch (SymgradException | StackOverflowError limit) {
                fail("simplify " + Printer.ascii(e) + ": " + limit);
                return;
            }
            assertTrue(!trace.stops().contains(StopReason.BUDGET_EXHAUSTED),
                    () -> "simplify " + Printer.ascii(e) + " ran out of rewriting budget");
            assertTrue(trace.fired().size() <= RULE_BUDGET,
                    () -> "simplify " + Printer.ascii(e) + " applied " + trace.fired().size() + " rules");
            for (double x : points(e.hashCode())) {
                if (nearAnEdge(e, x) || nearAnEdge(out, x)) {
                    continue;
                }
                double before = at(e, x);
                double after = at(out, x);
                if (Double.isFinite(before) && !close(before, after)) {
                    fail("simplify " + Printer.ascii(e) + " = " + Printer.ascii(out) + " at x = " + x + ": " + before
                            + " became " + after);
                }
            }
            simplified++;
        }
        assertTrue(simplified > 2000, "compositions simplified: " + simplified);
    }

    /**
     * The derivative at x by central differences, or NaN where f is not smooth or not defined around
     * x: the slopes left and right of x must agree, so a kink (relu at 0) or a jump (sign) is skipped.
     */
    private static double difference(Expr e, double x) {
        double h = 1e-4 * Math.max(1, Math.abs(x));
        double left = (at(e, x) - at(e, x - h)) / h;
        double right = (at(e, x + h) - at(e, x)) / h;
        if (!(Math.abs(left - right) <= 1e-2 * Math.max(1, Math.abs(left)))) {
            return Double.NaN;
        }
        double coarse = (at(e, x + h) - at(e, x - h)) / (2 * h);
        double fine = (at(e, x + h / 2) - at(e, x - h / 2)) / h;
        return close(coarse, fine) ? (4 * fine - coarse) / 3 : Double.NaN;
    }

    @Test
    void derivativesOfTheFamilyAreRightAtRandomAndBoundaryPoints() {
        Random pick = new Random(1414);
        List<Expr> family = family();
        for (int t = 0; t < 500; t++) {
            Expr e = family.get(pick.nextInt(family.size()));
            Expr d;
            Derivation steps;
            try {
                d = Deriver.plain().derivative(e, X);
                steps = Deriver.plain().derive(e, X);
            } catch (SymgradException | StackOverflowError limit) {
                fail("diff " + Printer.ascii(e) + ": " + limit);
                return;
            }
            for (double x : points(t)) {
                if (nearAnEdge(e, x) || nearAnEdge(d, x)) {
                    continue;
                }
                double truth = difference(e, x);
                if (!Double.isFinite(truth) || Math.abs(truth) > 1e8) {
                    continue;
                }
                assertTrue(close(truth, at(d, x)), "d/dx " + Printer.ascii(e) + " = " + Printer.ascii(d) + " at x = "
                        + x + ": " + at(d, x) + ", finite difference " + truth);
                Step last = steps.steps().get(steps.steps().size() - 1);
                assertTrue(close(truth, at(last.expr(), x)), "derivation of " + Printer.ascii(e) + " ends in "
                        + Printer.ascii(last.expr()) + ", at x = " + x);
            }
        }
    }

    @Test
    void derivativesThroughADefinitionNeverLoopAndNeverDivideByZero() {
        Random pick = new Random(2718);
        List<Expr> family = family();
        var outers = outers();
        for (int t = 0; t < 300; t++) {
            Expr body = family.get(pick.nextInt(family.size()));
            Expr of = switch (t % 3) {
                case 0 -> outers.get(pick.nextInt(outers.size())).apply(H);
                case 1 -> mul(X, H);
                default -> add(H, outers.get(pick.nextInt(outers.size())).apply(X));
            };
            Definitions defs = Definitions.none().with(new Definition(H, body));
            Expr result;
            try {
                result = new Deriver(defs, List.of()).derive(of, X).result();
            } catch (SymgradException | StackOverflowError limit) {
                fail("let h = " + Printer.ascii(body) + ", derive " + Printer.ascii(of) + ": " + limit);
                return;
            }
            Expr expanded = defs.expand(of);
            Expr resultExpanded = defs.expand(result);
            for (double x : points(t)) {
                if (nearAnEdge(expanded, x) || nearAnEdge(resultExpanded, x)) {
                    continue;
                }
                double truth = difference(expanded, x);
                if (!Double.isFinite(truth) || Math.abs(truth) > 1e8) {
                    continue;
                }
                double value = at(resultExpanded, x);
                assertTrue(close(truth, value), "let h = " + Printer.ascii(body) + ", derive " + Printer.ascii(of)
                        + " = " + Printer.ascii(result) + " at x = " + x + ": " + value + ", finite difference " + truth);
            }
        }
    }

    /**
     * Normalised vectors {@code h_i = f(z_i)/Σ_k g(z_k)} for every pair of the registry's functions
     * (and z itself): the write-back {@code f(z_i) → h_i·Σ_k g(z_k)} holds its own atom inside the
     * Σ when f = g — the loop of {@code let h_i = z_i/sum(k, exp(z_k))} — so each derivation
     * {@code ∂h_i/∂z_j} and {@code ∂f(h_i)/∂z_j} must end without a limit or a stack overflow,
     * within the budget of rule applications, and equal the finite difference.
     */
    @Test
    void normalisedVectorDefinitionsDeriveWithoutLoopingAndRight() {
        java.util.function.Function<Expr, Expr> identity = u -> u;
        List<java.util.function.Function<Expr, Expr>> forms = new ArrayList<>();
        forms.add(identity);
        for (String name : List.of("exp", "sigma", "softplus", "tanh", "sinh", "cosh")) {
            forms.add(u -> new Fn(name, List.of(u)));
        }
        Expr zi = indexed("z", "i");
        Expr zj = indexed("z", "j");
        Expr hi = indexed("h", "i");
        int derived = 0;
        for (var f : forms) {
            for (var g : forms) {
                Expr body = div(f.apply(zi), sum("k", g.apply(indexed("z", "k"))));
                Definitions defs = Definitions.none().with(new Definition(hi, body));
                Oracle oracle = new Oracle(defs, java.util.Set.of(), 3);
                for (Expr of : List.of(hi, log(hi), mul(hi, hi))) {
                    Expr result;
                    try {
                        result = new Deriver(defs, List.of()).derive(of, zj).result();
                    } catch (SymgradException | StackOverflowError limit) {
                        fail("let h_i = " + Printer.ascii(body) + ", derive " + Printer.ascii(of) + " wrt z_j: " + limit);
                        return;
                    }
                    for (int seed = 0; seed < 2; seed++) {
                        for (var binding : oracle.bindings(java.util.Set.of("i", "j"), 9, seed)) {
                            Environment env = oracle.environment(seed * 101L + derived);
                            for (var b : binding.entrySet()) {
                                env = env.withBinding(b.getKey(), b.getValue());
                            }
                            double truth = oracle.derivative(of, zj, env);
                            double value = oracle.value(result, java.util.Set.of(), env);
                            if (Double.isFinite(truth) && oracle.smoothAt(of, zj, env)) {
                                assertTrue(close(truth, value), "let h_i = " + Printer.ascii(body) + ", derive "
                                        + Printer.ascii(of) + " wrt z_j = " + Printer.ascii(result) + " at " + binding
                                        + ": " + value + ", finite difference " + truth);
                            }
                        }
                    }
                    derived++;
                }
            }
        }
        assertTrue(derived == forms.size() * forms.size() * 3, "derivations: " + derived);
    }
}
