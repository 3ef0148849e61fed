package org.symgrad.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.symgrad.eval.Ball;
import org.symgrad.eval.BallEvaluator;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Add;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Pow;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.Relation;

/**
 * Why a point cannot judge a candidate that disagrees with the finite difference there — asked only
 * after the disagreement stood in ball arithmetic, so it costs nothing where candidates agree. Each
 * test looks at the input and the point, never at which case it is:
 * <ul>
 *   <li>the input has a hole at the point (a part of it has no finite value: {@code (x/x)^x} at 0,
 *       although {@code Math.pow(NaN, 0)} is 1): the difference quotient straddles the hole and its
 *       "truth" means nothing;</li>
 *   <li>the argument of a non-smooth function of the input (or of an unevaluated derivative in the
 *       candidate) changes sign, or is 0, over the finite-difference stencil: a symmetric difference
 *       quotient centred on a kink is the mean of the two slopes at every step, so the two-step
 *       test cannot see it;</li>
 *   <li>an intermediate value of the candidate overflows (or a product underflows to 0) in double
 *       although its operands are finite: the ball evaluator computes functions in double too, so
 *       nothing here represents such a value — the point is counted as not representable;</li>
 *   <li>the candidate's ball is wider than the tolerance: its value there depends on more digits than
 *       double arithmetic keeps ({@code sin} of {@code 10¹³}), so neither side can be decided.</li>
 * </ul>
 */
final class PointDoubts {
    /** The evaluator's and the judge's difference step, relative to {@code max(1, |x|)}. */
    private static final double STEP = 1e-3;
    /** Offsets of the stencil points, in steps: every point either difference quotient evaluates. */
    private static final double[] STENCIL = {-1, -0.5, -0.125, -0.0625, 0, 0.0625, 0.125, 0.5, 1};
    private static final int N = 3;

    private PointDoubts() {
    }

    /** Why the point {@code env} cannot judge a candidate ({@code expanded}: definitions expanded), if it cannot. */
    static Optional<Undecidable> of(NumericJudge.Differentiation d, Expr expanded, Environment env) {
        return of(d, expanded, expanded, env);
    }

    /**
     * As {@link #of(NumericJudge.Differentiation, Expr, Environment)}, for a candidate {@code written}
     * judged by the value of {@code evaluated} (the same with its unevaluated derivatives worked out):
     * the non-smooth functions of both count.
     */
    static Optional<Undecidable> of(NumericJudge.Differentiation d, Expr written, Expr evaluated, Environment env) {
        Expr expanded = evaluated;
        if (undefinedInput(d, env)) {
            // a value that overflowed and then met another (∞ − ∞) is not a hole of the input
            return Optional.of(outOfRange(d.expandedOf(), env) ? Undecidable.NOT_REPRESENTABLE : Undecidable.INPUT_UNDEFINED);
        }
        if (kinkInStencil(d, written, written == evaluated ? null : evaluated, env)) {
            return Optional.of(Undecidable.KINK_IN_STENCIL);
        }
        if (outOfRange(expanded, env) || outOfRange(d.expandedOf(), env)) {
            return Optional.of(Undecidable.NOT_REPRESENTABLE);
        }
        Ball value = ballValue(expanded, env);
        if (value.isDefined() && value.radius() > NumericJudge.TOLERANCE * Math.abs(value.estimate())) {
            return Optional.of(Undecidable.ILL_CONDITIONED);
        }
        if (oscillatesWithinStencil(d, written, env)) {
            return Optional.of(Undecidable.STEPS_DISAGREE);
        }
        return Optional.empty();
    }

    /**
     * {@code of} (its definitions expanded) has a hole at the point: some part of it has no finite
     * value in double there ({@code x/x} at 0), although the whole may ({@code (x/x)^x} is
     * {@code Math.pow(NaN, 0) = 1}). A candidate written in a defined name that has a hole where
     * {@code of} has none is not excused: that is a write-back introducing a hole (issue 14.2).
     */
    private static boolean undefinedInput(NumericJudge.Differentiation d, Environment env) {
        return hasHole(d.expandedOf(), env);
    }

    /**
     * Whether {@code e} or a part of it is not finite at {@code env} (at every value of an index free
     * in it and unbound): the branch a case split does not take, and the inside of an unevaluated
     * derivative, do not count.
     */
    private static boolean hasHole(Expr e, Environment env) {
        for (Environment at : everyBinding(e, env)) {
            if (!Double.isFinite(safeEvaluate(e, at))) {
                return true;
            }
            if (e instanceof Derivative) {
                continue;
            }
            List<Expr> parts = Exprs.children(e);
            if (e instanceof Fn f && f.name().equals(FunctionRegistry.WHERE)) {
                boolean holds = safeEvaluate(f.args().get(0), at) != 0;
                parts = List.of(f.args().get(0), f.args().get(holds ? 1 : 2));
            }
            for (Expr part : parts) {
                if (hasHole(part, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Some non-smooth function in {@code of}, or in an unevaluated derivative of the candidate (which
     * the evaluator differences with the same step), or in the candidate with those derivatives worked
     * out ({@code derived}, where it was judged so), has an argument that is 0 or changes sign at the
     * stencil's points.
     */
    private static boolean kinkInStencil(NumericJudge.Differentiation d, Expr expanded, Expr derived, Environment env) {
        List<Expr> switches = new ArrayList<>();
        collectSwitches(d.expandedOf(), switches);
        collectDifferenced(expanded, switches);
        if (derived != null) {
            collectSwitches(derived, switches); // where the derivatives worked out have a kink or a pole of their own
        }
        if (switches.isEmpty()) {
            return false;
        }
        double x = NumericJudge.read(d.wrt(), env);
        double h = STEP * Math.max(1, Math.abs(x));
        for (Expr g : switches) {
            for (Environment at : everyBinding(g, env)) {
                int sign = 0;
                for (double offset : STENCIL) {
                    double v = safeEvaluate(g, NumericJudge.write(d.wrt(), at, x + offset * h));
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    int s = (int) Math.signum(v);
                    if (s == 0 || sign != 0 && s != sign) {
                        return true;
                    }
                    sign = s;
                }
            }
        }
        return false;
    }

    /** The largest phase change a difference step may straddle and still resolve a periodic function. */
    private static final double RESOLVED_PHASE = Math.PI / 8;
    private static final Set<String> PERIODIC = Set.of("sin", "cos", "tan", "sec", "csc", "cot");

    /**
     * A periodic function of {@code of} (or of an unevaluated derivative in the candidate) turns by more than
     * π/8 radians across the stencil: sin(x⁶) at x = 30, sin(tan x) beside tan's pole,
     * sin of trigamma beside its pole. A difference quotient there averages the oscillation away (its three
     * step sizes can still agree when a smooth part dominates the value), so it cannot judge the candidate.
     */
    private static boolean oscillatesWithinStencil(NumericJudge.Differentiation d, Expr expanded, Environment env) {
        List<Expr> phases = new ArrayList<>();
        collectPhases(d.expandedOf(), phases);
        collectDifferencedPhases(expanded, phases);
        double x = NumericJudge.read(d.wrt(), env);
        double h = STEP * Math.max(1, Math.abs(x));
        for (Expr u : phases) {
            for (Environment at : everyBinding(u, env)) {
                double up = safeEvaluate(u, NumericJudge.write(d.wrt(), at, x + h));
                double down = safeEvaluate(u, NumericJudge.write(d.wrt(), at, x - h));
                if (!Double.isFinite(up) || !Double.isFinite(down) || Math.abs(up - down) > RESOLVED_PHASE) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void collectPhases(Expr e, List<Expr> out) {
        if (e instanceof Fn f && PERIODIC.contains(f.name())) {
            out.add(f.args().get(0));
        }
        Exprs.children(e).forEach(c -> collectPhases(c, out));
    }

    private static void collectDifferencedPhases(Expr e, List<Expr> out) {
        if (e instanceof Derivative d) {
            collectPhases(d.of(), out);
        }
        Exprs.children(e).forEach(c -> collectDifferencedPhases(c, out));
    }

    private static void collectDifferenced(Expr e, List<Expr> out) {
        if (e instanceof Derivative d) {
            collectSwitches(d.of(), out);
        }
        Exprs.children(e).forEach(c -> collectDifferenced(c, out));
    }

    /**
     * The quantities whose sign switches a non-smooth function of {@code e}: the argument of a
     * function with a kink, jump or infinite slope at 0 (√u, and u^p for a fraction p < 1), 1 ∓ u
     * for a function that ends at u = ±1 (asin, acos, atanh; acosh at 1), y for atan2(y, x) (its cut), the
     * difference of the arguments of max, min, clip and a comparison, a case split's condition.
     */
    static void collectSwitches(Expr e, List<Expr> out) {
        if (e instanceof Fn f) {
            List<Expr> a = f.args();
            switch (f.name()) {
                // √u has an infinite slope at u = 0 (√(x²) = |x| has a kink there)
                case "abs", "sign", "relu", "heaviside", "elu", "leaky_relu", "sqrt", "rsqrt", "softsign" -> out.add(a.get(0));
                case "max", "min" -> out.add(Exprs.sub(a.get(0), a.get(1)));
                // PyTorch's clamping activations: kinks where the clip they name reaches its bounds
                case "hardtanh" -> {
                    out.add(Exprs.add(a.get(0), Exprs.ONE));
                    out.add(Exprs.sub(a.get(0), Exprs.ONE));
                }
                case "relu6" -> {
                    out.add(a.get(0));
                    out.add(Exprs.sub(a.get(0), Exprs.num(6)));
                }
                case "hardsigmoid", "hardswish" -> {
                    out.add(Exprs.add(a.get(0), Exprs.num(3)));
                    out.add(Exprs.sub(a.get(0), Exprs.num(3)));
                }
                // atan2(y, x) jumps by 2π where y changes sign on the negative x axis
                case "atan2" -> out.add(a.get(0));
                // asin, acos and atanh end at u = ±1 with an infinite slope, acosh at u = 1
                case "asin", "acos", "atanh", "acosh" -> {
                    out.add(Exprs.sub(Exprs.ONE, a.get(0)));
                    out.add(Exprs.add(Exprs.ONE, a.get(0)));
                }
                case "clip" -> {
                    out.add(Exprs.sub(a.get(0), a.get(1)));
                    out.add(Exprs.sub(a.get(0), a.get(2)));
                    out.add(Exprs.sub(a.get(1), a.get(2)));
                }
                case FunctionRegistry.WHERE -> {
                    if (!(a.get(0) instanceof Fn c && Relation.ofFunction(c.name()).isPresent())) {
                        out.add(a.get(0));
                    }
                }
                default -> {
                    if (Relation.ofFunction(f.name()).isPresent()) {
                        out.add(Exprs.sub(a.get(0), a.get(1)));
                    }
                }
            }
        }
        if (e instanceof Pow p && p.exponent() instanceof org.symgrad.expr.Num k && !k.value().isInteger()
                && k.value().compareTo(org.symgrad.expr.Rational.ONE) < 0) {
            out.add(p.base()); // u^(1/2), u^(−1/3): an infinite slope (or a pole) at u = 0
        }
        Exprs.children(e).forEach(c -> collectSwitches(c, out));
    }

    /** The names of the functions {@link #collectSwitches} knows to be non-smooth. */
    static final Set<String> NON_SMOOTH = Set.of("abs", "sign", "relu", "heaviside", "elu", "leaky_relu", "sqrt", "rsqrt", "softsign", "max",
            "min", "clip", "hardtanh", "relu6", "hardsigmoid", "hardswish", "atan2", FunctionRegistry.WHERE, "lt", "le", "gt", "ge");

    /**
     * Smooth functions that are truly 0 at an argument of magnitude at least 1: log(1), log Γ(1) and
     * log Γ(2). (sin(π) is not 0 in double, and exp, σ, Φ, softplus, cosh never are.)
     */
    private static final Set<String> ZERO_AT_LARGE = Set.of(FunctionRegistry.LOG, FunctionRegistry.LGAMMA);

    /** {@code env} with the indices free in {@code e} and unbound in {@code env} bound to every value 1…n. */
    private static List<Environment> everyBinding(Expr e, Environment env) {
        List<String> unbound = new ArrayList<>();
        for (String i : new TreeSet<>(Indices.free(e))) {
            if (env.binding(i).isEmpty()) {
                unbound.add(i);
            }
        }
        List<Environment> out = new ArrayList<>(List.of(env));
        for (String i : unbound) {
            List<Environment> next = new ArrayList<>();
            for (Environment at : out) {
                for (int k = 1; k <= N; k++) {
                    next.add(at.withBinding(i, k));
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * Whether some node of {@code e} leaves the double range although its operands are finite: a
     * sum or product that is infinite, a product of non-zero factors that is 0, a function or power
     * that is infinite at arguments none smaller than 1 (too large a value, not a pole such as
     * {@code 1/0} or {@code log(0)}), a power of a non-zero base that is 0, a smooth function that
     * is 0 at arguments none smaller than 1 ({@code exp(−800)}).
     */
    static boolean outOfRange(Expr e, Environment env) {
        for (Environment at : everyBinding(e, env)) {
            if (outOfRangeAt(e, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean outOfRangeAt(Expr e, Environment env) {
        switch (e) {
            case IndexSum s -> {
                return overRange(s.index(), s.lower(), s.upper(), s.body(), env, e);
            }
            case IndexProduct p -> {
                return overRange(p.index(), p.lower(), p.upper(), p.body(), env, e);
            }
            default -> {
            }
        }
        List<Expr> children = Exprs.children(e);
        double[] values = children.stream().mapToDouble(c -> safeEvaluate(c, env)).toArray();
        boolean finite = java.util.Arrays.stream(values).allMatch(Double::isFinite);
        if (finite && !children.isEmpty()) {
            double value = safeEvaluate(e, env);
            boolean large = java.util.Arrays.stream(values).allMatch(v -> Math.abs(v) >= 1);
            boolean nonZero = java.util.Arrays.stream(values).allMatch(v -> v != 0);
            boolean out = switch (e) {
                case Add a -> Double.isInfinite(value);
                case Mul m -> Double.isInfinite(value) || value == 0 && nonZero;
                // a power of a number that is not 0 has a value: infinite only by overflow (a tiny sum of exps to
                // the power −2, seed 37 case 2074), where a pole's base is 0
                case Pow p -> Double.isInfinite(value) && (large || values[0] != 0) || value == 0 && values[0] != 0;
                // exp(−800), σ(−800): 0 only by underflow (relu, heaviside, … are 0 for real)
                case Fn f -> Double.isInfinite(value) && large || value == 0 && large && !NON_SMOOTH.contains(f.name())
                        && FunctionRegistry.isKnown(f.name()) && !ZERO_AT_LARGE.contains(f.name());
                default -> false;
            };
            if (out) {
                return true;
            }
        }
        for (Expr c : children) {
            if (outOfRangeAt(c, env)) {
                return true;
            }
        }
        return false;
    }

    /** A term of the Σ or Π {@code whole} is out of range, or every term is finite and {@code whole} is not. */
    private static boolean overRange(String index, Expr lower, Expr upper, Expr body, Environment env, Expr whole) {
        double from = safeEvaluate(lower, env);
        double to = safeEvaluate(upper, env);
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            return false;
        }
        boolean finiteTerms = true;
        for (int k = (int) from; k <= (int) to; k++) {
            Environment at = env.withBinding(index, k);
            if (outOfRangeAt(body, at)) {
                return true;
            }
            finiteTerms &= Double.isFinite(safeEvaluate(body, at));
        }
        return finiteTerms && Double.isInfinite(safeEvaluate(whole, env));
    }

    static double safeEvaluate(Expr e, Environment env) {
        try {
            return Evaluator.evaluate(e, env);
        } catch (IllegalArgumentException notEvaluable) {
            return Double.NaN;
        }
    }

    static Ball ballValue(Expr e, Environment env) {
        try {
            return BallEvaluator.evaluate(e, env);
        } catch (IllegalArgumentException notEvaluable) {
            return Ball.UNDEFINED;
        }
    }
}
