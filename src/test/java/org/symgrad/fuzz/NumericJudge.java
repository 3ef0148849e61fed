package org.symgrad.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.symgrad.diff.Differentiator;
import org.symgrad.eval.Ball;
import org.symgrad.eval.BallEvaluator;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.oracle.Oracle;
import org.symgrad.print.Printer;

/**
 * The fuzzer's numeric oracle: the true {@code ∂of/∂wrt} at a point is a central finite
 * difference of {@code of} (definitions expanded) with one Richardson step, at two step sizes
 * whose disagreement estimates its error and rejects points where {@code of} is not smooth
 * (a kink of relu or abs, a domain edge). A candidate (the result, a step) is evaluated by the
 * project's {@link Evaluator}; where it misses the truth by more than {@value #TOLERANCE}
 * relative plus four times the error estimate (truncation, and rounding of the values over the step), both are recomputed in ball arithmetic with smaller steps
 * (whose error also counts how far rounding the stencil's points moves the point: near zero the only, absolute,
 * tolerance, {@link #unresolved})
 * before the point counts as a wrong answer — so rounding in double never makes one — and a
 * disagreement that stands is a wrong answer only where the point can judge it ({@link PointDoubts}:
 * not where the input is undefined, next to a kink, out of the double range or ill-conditioned;
 * such points are {@link Undecidable}, and counted). A candidate that leaves derivatives unevaluated
 * (a step) is judged with them worked out by the plain {@link Differentiator} where it can
 * ({@link #derived}): the evaluator's finite difference of such a node is no truth next to a pole.
 *
 * <p>Points: two random, and three boundary points where the variable is 0, ±1 or ±{@value #LARGE}
 * (each value in turn over the cases; every third one sets all variables), every vector entry
 * alike for an indexed variable.
 */
final class NumericJudge {
    static final double TOLERANCE = 1e-6;
    /** The index in {@link #points} of the first boundary point (after the random ones). */
    static final int FIRST_BOUNDARY_POINT = 2;
    static final double LARGE = 30;
    private static final double[] BOUNDARY = {0, 1, -1, LARGE, -LARGE};
    private static final int N = 3;
    /** Bindings of the free indices tried at each point: the diagonal, distinct values, and a sample. */
    private static final int BINDINGS = 4;
    /**
     * A step with unevaluated derivatives the {@link Differentiator} cannot work out is judged only where
     * the variable is at most this large (beyond, the evaluator's difference step is too coarse).
     */
    private static final double DERIVATIVE_NODE_RANGE = 2;

    /**
     * How far, in ulps of its value, a defined variable is moved each way to see what its rounding
     * can do to a candidate ({@link #withinRoundingOfDefinition}): a definition of a few operations
     * rounds by a few ulps.
     */
    private static final int DEFINITION_ULPS = 16;

    private final Oracle oracle;
    private final org.symgrad.derive.Definitions definitions;

    NumericJudge(FuzzCase c) {
        this.oracle = new Oracle(c.definitions(), Set.of(), N);
        this.definitions = c.definitions();
    }

    /** The base points of case {@code c}: random and boundary values of {@code c.wrt()}'s variable. */
    List<Environment> points(FuzzCase c) {
        List<Environment> out = new ArrayList<>();
        Random random = new Random(c.id() * 31 + 7);
        for (int p = 0; p < 2; p++) {
            out.add(oracle.environment(Environment.random(c.id() * 8 + p, N), c.id() * 8 + p));
        }
        for (int p = 0; p < 3; p++) {
            double b = BOUNDARY[(int) ((c.id() + p) % BOUNDARY.length)];
            long s = c.id() * 8 + 2 + p;
            Environment base = Environment.random(s, N);
            base = at(base, c.wrt(), b);
            if (p == 2) {
                for (String v : List.of("x", "y", "z")) {
                    base = base.withScalar(v, b);
                }
                for (int k = 1; k <= N; k++) {
                    base = base.withIndexed("x", b, k).withIndexed("y", b, k);
                }
            }
            out.add(oracle.environment(base, s + random.nextInt(1000)));
        }
        return out;
    }

    private static Environment at(Environment env, Expr wrt, double value) {
        if (wrt instanceof Indexed x) {
            for (int k = 1; k <= N; k++) {
                env = env.withIndexed(x.name(), value, k);
            }
            return env;
        }
        return env.withScalar(((Sym) wrt).name(), value);
    }

    /** Bindings of the free indices of {@code ∂of/∂wrt} at a point. */
    List<Map<String, Integer>> bindings(Expr of, Expr wrt, long seed) {
        return oracle.bindings(Oracle.freeIndices(of, wrt), BINDINGS, seed);
    }

    /** The true derivative at a point, and an estimate of its error; empty where it cannot be trusted. */
    record Truth(double value, double error) {
    }

    /**
     * {@code ∂of/∂wrt} ready to judge: {@code of} and candidates with the definitions expanded,
     * except {@code wrt}'s own name (a partial derivative with respect to a defined name holds it).
     */
    record Differentiation(Expr of, Expr wrt, Expr expandedOf, Set<String> held) {
    }

    Differentiation prepare(Expr of, Expr wrt) {
        Set<String> held = Set.of(Oracle.nameOf(wrt));
        return new Differentiation(of, wrt, oracle.forEval(of, held), held);
    }

    /** {@code candidate} with the definitions expanded as {@code d}'s variable requires. */
    Expr expanded(Differentiation d, Expr candidate) {
        return oracle.forEval(candidate, d.held());
    }

    Optional<Truth> truth(Differentiation d, Environment env) {
        Expr expanded = d.expandedOf();
        Expr wrt = d.wrt();
        double f = safeEvaluate(expanded, env);
        if (!Double.isFinite(f)) {
            return Optional.empty();
        }
        double h = 1e-3 * Math.max(1, Math.abs(read(wrt, env)));
        double coarse = richardson(expanded, wrt, env, h);
        double fine = richardson(expanded, wrt, env, h / 8);
        // truncation, estimated by the two steps, and the rounding of f's values over the finest step
        double error = Math.abs(coarse - fine) + 8 * Math.ulp(Math.abs(f)) / (h / 16);
        if (!Double.isFinite(coarse) || !Double.isFinite(fine) || error > 1e-3 * Math.max(1, Math.abs(fine))) {
            return Optional.empty(); // not smooth here, or outside the domain nearby
        }
        return Optional.of(new Truth(fine, error));
    }

    /**
     * What a point says of a candidate: it agrees with the truth (or the point cannot judge it: an
     * unevaluated derivative far out), it is wrong ({@link #detail}), or the disagreement cannot be
     * decided here ({@link #why}) — counted, never a wrong answer.
     */
    record Judgement(Kind kind, String detail, Undecidable why) {
        enum Kind { AGREES, WRONG, UNDECIDED }

        static final Judgement AGREES = new Judgement(Kind.AGREES, "", null);

        static Judgement wrong(String detail) {
            return new Judgement(Kind.WRONG, detail, null);
        }

        static Judgement undecided(Undecidable why) {
            return new Judgement(Kind.UNDECIDED, why.description(), why);
        }

        boolean isWrong() {
            return kind == Kind.WRONG;
        }
    }

    /**
     * Whether {@code expanded} (a result or a step of {@code d}, with the definitions expanded:
     * {@link #expanded}) agrees with the truth at {@code env}. A disagreement that stands in ball
     * arithmetic is a wrong answer unless {@link PointDoubts} finds the point unable to judge it.
     */
    Judgement judge(Differentiation d, Expr expanded, Environment env, Truth truth) {
        if (!containsDerivative(expanded)) {
            return judgeAsEvaluated(d, expanded, expanded, env, truth);
        }
        Expr derived = derived(expanded);
        if (containsDerivative(derived) && Math.abs(read(d.wrt(), env)) > DERIVATIVE_NODE_RANGE) {
            return Judgement.AGREES; // the evaluator's own finite difference is too coarse out here
        }
        return judgeAsEvaluated(d, expanded, derived, env, truth);
    }

    /**
     * {@code expanded} with the derivatives it leaves unevaluated worked out by the plain
     * {@link Differentiator} (the one-level rules, no simplifier, no write-back), where it can; else
     * {@code expanded} itself. The evaluator's finite difference of such a node has a relative error
     * of {@code (h·ω)⁴} for a part that turns at rate ω — 10⁻⁵ next to csc's pole — which a step that
     * writes the node unevaluated does not deserve to be blamed for.
     */
    private Expr derived(Expr expanded) {
        return derivedForms.computeIfAbsent(expanded, e -> {
            try {
                return new Differentiator().evaluateDerivatives(e);
            } catch (RuntimeException | StackOverflowError notDerived) {
                return e;
            }
        });
    }

    private final Map<Expr, Expr> derivedForms = new java.util.HashMap<>();

    /**
     * The judgement of {@code written} (a candidate, definitions expanded) by its value {@code evaluated}:
     * {@code written} itself, or the same with its unevaluated derivatives worked out ({@link #derived}).
     */
    private Judgement judgeAsEvaluated(Differentiation d, Expr written, Expr evaluated, Environment env, Truth truth) {
        double v = safeEvaluate(evaluated, env);
        if (Double.isFinite(v) && close(v, truth.value(), truth.error())) {
            return Judgement.AGREES;
        }
        Judgement precise = precisely(d, evaluated, env, v, truth);
        if (precise.kind() == Judgement.Kind.AGREES) {
            return precise;
        }
        if (precise.isWrong() && withinRoundingOfDefinition(d, evaluated, env, truth)) {
            return Judgement.undecided(Undecidable.ROUNDED_DEFINITION);
        }
        // wrong, or undecided for a reason the doubts may name more precisely
        return PointDoubts.of(d, written, evaluated, env).map(Judgement::undecided).orElse(precise);
    }

    /** The double comparison failed: decide in ball arithmetic with smaller steps. */
    private Judgement precisely(Differentiation d, Expr expanded, Environment env, double v, Truth truth) {
        Expr f = d.expandedOf();
        Expr wrt = d.wrt();
        double h = 1e-4 * Math.max(1, Math.abs(read(wrt, env)));
        Ball coarse = richardsonBall(f, wrt, env, h);
        Ball fine = richardsonBall(f, wrt, env, h / 8);
        Ball finest = richardsonBall(f, wrt, env, h / 64);
        if (!coarse.isDefined() || !fine.isDefined() || !finest.isDefined()) {
            // no ball of f near the point: a hole in the stencil (PointDoubts tells) or too wide a ball
            return Judgement.undecided(Undecidable.ILL_CONDITIONED);
        }
        double t = fine.estimate();
        double error = Math.max(Math.abs(coarse.estimate() - t), Math.abs(finest.estimate() - t))
                + 4 * (coarse.radius() + fine.radius() + finest.radius()) + unresolved(f, wrt, env, h);
        if (error > 1e-3 * Math.max(1, Math.abs(t))) {
            return Judgement.undecided(Undecidable.STEPS_DISAGREE); // f is not smooth at this scale (sin of 10^16)
        }
        Ball candidate = ballValue(expanded, env);
        if (!candidate.isDefined()) {
            if (Double.isFinite(v)) {
                // a ball too wide to divide by; the double value was close enough to try
                return Judgement.undecided(Undecidable.ILL_CONDITIONED);
            }
            return Judgement.wrong("undefined (" + v + ") where the derivative is " + t);
        }
        if (close(candidate.estimate(), t, error)) {
            return Judgement.AGREES;
        }
        if (close(candidate.estimate(), t, error + candidate.radius())) {
            // within its radius: agreement if that is narrower than the tolerance, else no decision
            return candidate.radius() <= TOLERANCE * Math.abs(t) ? Judgement.AGREES
                    : Judgement.undecided(Undecidable.ILL_CONDITIONED);
        }
        return Judgement.wrong("value " + candidate.estimate() + " where the derivative is " + t + " (double: " + v
                + " vs " + truth.value() + ")");
    }

    /**
     * How far the derivative may move between the point and where the stencil's points x ± h, rounded to double,
     * put it: x is known to them only to {@code ulp(|x| + h)}, over which the derivative changes by about
     * {@code |f''|} times that (its second difference). Near zero it is the tolerance that counts: at x = 10⁻³⁰ the
     * stencil is centred on 0, and the derivative a/2 of (a/2)² there is 5·10⁻³¹ against a quotient of exactly 0
     * (seed 37, case 5093); elsewhere it is far below the relative tolerance.
     */
    private double unresolved(Expr f, Expr wrt, Environment env, double h) {
        double x = read(wrt, env);
        double second = (safeEvaluate(f, write(wrt, env, x + h)) - 2 * safeEvaluate(f, env)
                + safeEvaluate(f, write(wrt, env, x - h))) / (h * h);
        return Double.isFinite(second) ? Math.abs(second) * Math.ulp(Math.abs(x) + h) : 0;
    }

    /**
     * Whether {@code d}'s variable is a defined name (its value at {@code env} is its definition
     * rounded to double) and the candidate, in ball arithmetic with the variable moved by
     * {@value #DEFINITION_ULPS} ulps each way, spans the truth: the disagreement is then no more than
     * what the rounding of the point can cause.
     */
    private boolean withinRoundingOfDefinition(Differentiation d, Expr candidate, Environment env, Truth truth) {
        if (definitions.of(Oracle.nameOf(d.wrt())).isEmpty()) {
            return false;
        }
        double x = read(d.wrt(), env);
        double delta = DEFINITION_ULPS * Math.ulp(x);
        Ball below = ballValue(candidate, write(d.wrt(), env, x - delta));
        Ball above = ballValue(candidate, write(d.wrt(), env, x + delta));
        if (!below.isDefined() || !above.isDefined()) {
            return false;
        }
        double low = Math.min(below.estimate() - below.radius(), above.estimate() - above.radius());
        double high = Math.max(below.estimate() + below.radius(), above.estimate() + above.radius());
        double slack = TOLERANCE * Math.abs(truth.value()) + 4 * truth.error();
        return low - slack <= truth.value() && truth.value() <= high + slack;
    }

    /** Within {@value #TOLERANCE} relative of the truth, beyond its estimated error. */
    private static boolean close(double value, double truth, double error) {
        return Math.abs(value - truth) <= TOLERANCE * Math.abs(truth) + 4 * error;
    }

    private double richardson(Expr f, Expr wrt, Environment env, double h) {
        return (4 * central(f, wrt, env, h / 2) - central(f, wrt, env, h)) / 3;
    }

    private double central(Expr f, Expr wrt, Environment env, double h) {
        double x = read(wrt, env);
        double up = safeEvaluate(f, write(wrt, env, x + h));
        double down = safeEvaluate(f, write(wrt, env, x - h));
        return (up - down) / ((x + h) - (x - h));
    }

    private Ball richardsonBall(Expr f, Expr wrt, Environment env, double h) {
        Ball four = Ball.exact(org.symgrad.expr.Rational.of(4));
        return four.multiply(centralBall(f, wrt, env, h / 2)).subtract(centralBall(f, wrt, env, h))
                .divide(Ball.exact(org.symgrad.expr.Rational.of(3)));
    }

    private Ball centralBall(Expr f, Expr wrt, Environment env, double h) {
        double x = read(wrt, env);
        double up = x + h;
        double down = x - h;
        Ball difference = ballValue(f, write(wrt, env, up)).subtract(ballValue(f, write(wrt, env, down)));
        return difference.divide(Ball.of(up).subtract(Ball.of(down)));
    }

    private static double safeEvaluate(Expr e, Environment env) {
        return PointDoubts.safeEvaluate(e, env);
    }

    private static Ball ballValue(Expr e, Environment env) {
        return PointDoubts.ballValue(e, env);
    }

    static boolean containsDerivative(Expr e) {
        return e instanceof Derivative || Exprs.children(e).stream().anyMatch(NumericJudge::containsDerivative);
    }

    static double read(Expr wrt, Environment env) {
        return switch (wrt) {
            case Sym s -> env.scalar(s.name());
            case Indexed x -> env.indexed(x.name(), concrete(x, env));
            default -> throw new IllegalArgumentException("not a variable: " + Printer.ascii(wrt));
        };
    }

    static Environment write(Expr wrt, Environment env, double value) {
        return switch (wrt) {
            case Sym s -> env.withScalar(s.name(), value);
            case Indexed x -> env.withIndexed(x.name(), value, concrete(x, env));
            default -> throw new IllegalArgumentException("not a variable: " + Printer.ascii(wrt));
        };
    }

    private static int[] concrete(Indexed x, Environment env) {
        int[] out = new int[x.indices().size()];
        for (int p = 0; p < out.length; p++) {
            String i = x.indices().get(p);
            out[p] = Index.isConcrete(i) ? Integer.parseInt(i)
                    : env.binding(i).orElseThrow(() -> new IllegalArgumentException("unbound index " + i));
        }
        return out;
    }
}
