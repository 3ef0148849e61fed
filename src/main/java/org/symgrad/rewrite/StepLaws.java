package org.symgrad.rewrite;

import static org.symgrad.expr.Exprs.ZERO;
import static org.symgrad.expr.Exprs.fn;
import static org.symgrad.expr.Exprs.mul;
import static org.symgrad.expr.Exprs.neg;
import static org.symgrad.expr.Exprs.num;
import static org.symgrad.expr.Exprs.pow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;

/**
 * The laws of products of step functions ({@code heaviside}, {@code sign}) with their own argument,
 * with a power of themselves, or with a ramp that vanishes where the step does — what the
 * derivatives of {@code relu}, {@code max}, {@code min}, {@code abs} and {@code clip} bring in beside
 * the function they came from ({@code (max(0, u)²)′ = 2 max(0, u) heaviside(u)}). Each law states
 * where it is proven: "everywhere" is at the jump too, with the registry's values there
 * ({@code heaviside(0) = 1/2}, {@code sign(0) = 0}); the others hold wherever the step's argument is
 * not 0, which is where the derivative that brought the step in holds.
 */
public final class StepLaws {
    private static final Sym U = new Sym("u");
    private static final Sym V = new Sym("v");
    private static final Sym K = new Sym("k");
    private static final Sym R = new Sym("r");

    public static final String HEAVISIDE = "heaviside";
    public static final String SIGN = "sign";

    /** {@code heaviside(u)^k = heaviside(u)} for a whole k ≥ 2, where u ≠ 0 (at 0: 2^−k ≠ 1/2). */
    public static final Rule HEAVISIDE_POWER = Rule.of("heaviside-power",
            pow(fn(HEAVISIDE, U), K), fn(HEAVISIDE, U), m -> wholeAtLeast(m, 2));
    /**
     * {@code sign(u)^k = sign(u)^(k−2)} for a whole k ≥ 2: {@code sign(u)² = 1} where u ≠ 0 (an odd
     * power is {@code sign(u)} everywhere).
     */
    public static final Rule SIGN_POWER = Rule.computed("sign-power", pow(fn(SIGN, U), K),
            m -> wholeAtLeast(m, 2)
                    ? Optional.of(pow(fn(SIGN, m.expr(U)), num(((Num) m.expr(K)).value().subtract(Rational.of(2)))))
                    : Optional.empty());
    /**
     * {@code u^k·heaviside(u) = relu(u)^k} for a whole k ≥ 1: everywhere (both sides are 0 at u = 0).
     * {@code x + x heaviside(x)} is {@code x + relu(x)}. The simplifier takes a step of the negated argument by this law too:
     * {@code u^k·heaviside(−u) = (−1)^k (−u)^k·heaviside(−u) = (−1)^k relu(−u)^k}.
     */
    public static final Rule ARGUMENT_TIMES_STEP = Rule.computed("argument-times-step", mul(R, fn(HEAVISIDE, V)),
            m -> withFactor(m.expr(R), p -> p.base().equals(m.expr(V)), p -> pow(fn("relu", p.base()), p.exponent())));
    /**
     * {@code r^k·heaviside(v) = r^k} for a ramp r that is 0 wherever v ≤ 0 ({@link #zeroBelow}:
     * {@code relu(v)}, {@code max(0, v)}, {@code min(0, −v)}) and a whole k ≥ 1: everywhere (at
     * v = 0 both sides are 0). {@code (max(0, m − d)²)′ = −2 max(0, m − d)}.
     */
    public static final Rule RAMP_TIMES_STEP = Rule.computed("ramp-times-step", mul(R, fn(HEAVISIDE, V)),
            m -> withFactor(m.expr(R), p -> zeroBelow(p.base()).filter(m.expr(V)::equals).isPresent(), p -> Power.of(p.base(), p.exponent())));
    /**
     * {@code r^k·heaviside(−v) = 0} for a ramp r that is 0 wherever v ≤ 0 and a whole k ≥ 1:
     * everywhere (one factor is 0 on each side of the jump, and r is 0 at it).
     */
    public static final Rule RAMP_TIMES_OPPOSITE_STEP = Rule.computed("ramp-times-opposite-step",
            mul(R, fn(HEAVISIDE, V)),
            m -> withFactor(m.expr(R), p -> zeroBelow(p.base()).map(v -> neg(v).equals(m.expr(V))).orElse(false), p -> ZERO));

    /**
     * {@code heaviside(k − max(a, b)) = heaviside(k − b)} for numbers k and a with {@code a < k}
     * ({@code max(a, b) < k} just where {@code b < k}), and {@code heaviside(min(a, b) + k) = heaviside(b + k)}
     * for {@code a + k > 0}: everywhere (where b reaches the bound both sides are {@code heaviside(0)}).
     * ReLU6's {@code (min(max(0, v), 6))′ = heaviside(v)·heaviside(6 − v)}, not {@code heaviside(6 − max(0, v))}.
     */
    public static final Rule STEP_OF_BOUNDED_EXTREMUM = Rule.computed("step-of-bounded-extremum", fn(HEAVISIDE, V),
            m -> boundedExtremum(m.expr(V)));

    /** The name of a constant factor taken into the cases of a case split ({@code λ·where(x > 0, 1, α eˣ) = where(x > 0, λ, αλ eˣ)}). */
    public static final String CONSTANT_INTO_CASES = "constant-into-cases";

    /** The name of the piecewise normal form's rewrite, which the simplifier computes rather than matches. */
    public static final String STEPS_AS_CASES = "steps-as-cases";

    /** The name of two outer cases of one value read as the interval between them ({@code where(x > l, 1, where(x < -l, 1, 0))}). */
    public static final String ONE_INTERVAL_FIRST = "one-interval-first";

    /** The name of a case split's condition read as the comparison the input wrote ({@code where(2x² > x, 4x, 1)}). */
    public static final String CONDITION_AS_WRITTEN = "condition-as-written";

    /**
     * The case-split rewrites that are computed rather than matched, with the identity each stands
     * for and where it is proven: the piecewise normal form of the simplifier.
     */
    public static final Map<String, String> CASE_SPLITS = Map.of(STEPS_AS_CASES,
            "steps and case splits of one quantity q = where(q < t₁, v₀, where(q < t₂, v₁, v₂)), each branch decided"
                    + " for q in its interval; one jump: where(q > t, v₁, v₀); where q is at no jump t",
            CONSTANT_INTO_CASES, "c·where(p, u, v) = where(p, c·u, c·v), for a factor c that holds no variable of p and no defined name",
            ONE_INTERVAL_FIRST, "where(q > a, u, where(q < b, u, v)) = where(q >= b, where(q <= a, v, u), u), everywhere",
            CONDITION_AS_WRITTEN, "where(l ρ r, u, v) = where(a ρ b, u, v) for a comparison a, b the input wrote with l − r = a − b,"
                    + " everywhere");

    /** The laws, in the order the simplifier tries them. */
    public static final List<Rule> LAWS = List.of(HEAVISIDE_POWER, SIGN_POWER, ARGUMENT_TIMES_STEP, RAMP_TIMES_STEP,
            RAMP_TIMES_OPPOSITE_STEP, STEP_OF_BOUNDED_EXTREMUM);

    private StepLaws() {
    }

    /**
     * The quantity v of a ramp {@code r} that is 0 wherever v ≤ 0 and v where v > 0, if {@code r}
     * is one: {@code relu(v)}, {@code max(0, v)}, {@code max(v, 0)}; and {@code −v} of
     * {@code min(0, v)} and {@code min(v, 0)}, which are 0 wherever v ≥ 0.
     */
    public static Optional<Expr> zeroBelow(Expr r) {
        if (!(r instanceof Fn f)) {
            return Optional.empty();
        }
        List<Expr> a = f.args();
        return switch (f.name()) {
            case "relu" -> a.size() == 1 ? Optional.of(a.get(0)) : Optional.empty();
            case "max" -> a.size() != 2 ? Optional.empty() : isZero(a.get(0)) ? Optional.of(a.get(1))
                    : isZero(a.get(1)) ? Optional.of(a.get(0)) : Optional.empty();
            case "min" -> a.size() != 2 ? Optional.empty() : isZero(a.get(0)) ? Optional.of(neg(a.get(1)))
                    : isZero(a.get(1)) ? Optional.of(neg(a.get(0))) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The step's argument {@code k − max(a, b)} or {@code min(a, b) + k} with the numeric a on the step's safe side dropped. */
    private static Optional<Expr> boundedExtremum(Expr v) {
        if (!(v instanceof org.symgrad.expr.Add s) || s.terms().size() != 2) {
            return Optional.empty();
        }
        Rational k = null;
        Fn extremum = null;
        boolean negated = false;
        for (Expr t : s.terms()) {
            if (t instanceof Num n) {
                k = n.value();
            } else if (extremumOf(t) instanceof Fn f) {
                extremum = f;
            } else if (t instanceof org.symgrad.expr.Mul p && p.factors().size() == 2 && p.factors().get(0) instanceof Num c
                    && c.value().equals(Rational.ONE.negate()) && extremumOf(p.factors().get(1)) instanceof Fn f) {
                extremum = f;
                negated = true;
            }
        }
        if (k == null || extremum == null) {
            return Optional.empty();
        }
        boolean max = extremum.name().equals("max");
        if (max != negated) {
            return Optional.empty();
        }
        for (int i = 0; i < 2; i++) {
            if (extremum.args().get(i) instanceof Num a) {
                Rational margin = max ? k.subtract(a.value()) : a.value().add(k);
                if (margin.signum() > 0) {
                    Expr b = extremum.args().get(1 - i);
                    return Optional.of(fn(HEAVISIDE, max ? org.symgrad.expr.Exprs.sub(num(k), b)
                            : org.symgrad.expr.Exprs.add(b, num(k))));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code e} if it is a two-argument {@code max} or {@code min}, else null. */
    private static Fn extremumOf(Expr e) {
        return e instanceof Fn f && (f.name().equals("max") || f.name().equals("min")) && f.args().size() == 2 ? f : null;
    }

    /** A power {@code b^k} with a whole k ≥ 1, as base and exponent ({@code b} itself is {@code b^1}). */
    private record Power(Expr base, Expr exponent) {
        /** {@code b^k}, or {@code b} itself for k = 1. */
        static Expr of(Expr base, Expr exponent) {
            return exponent instanceof Num n && n.value().isOne() ? base : pow(base, exponent);
        }
    }

    /**
     * {@code r} with its first factor that is a whole power {@code b^k} meeting {@code law} replaced by what
     * {@code law} makes of it, if it has one: the slot r of a product pattern takes all the other factors
     * ({@code 2·Y·max(0, u)·heaviside(u)} binds r to {@code 2·Y·max(0, u)}), so a law applies within a longer product.
     */
    private static Optional<Expr> withFactor(Expr r, java.util.function.Predicate<Power> law,
                                             java.util.function.Function<Power, Expr> made) {
        List<Expr> factors = r instanceof org.symgrad.expr.Mul p ? p.factors() : List.of(r);
        for (int i = 0; i < factors.size(); i++) {
            Optional<Power> power = wholePower(factors.get(i)).filter(law);
            if (power.isPresent()) {
                List<Expr> out = new java.util.ArrayList<>(factors);
                out.set(i, made.apply(power.get()));
                return Optional.of(mul(out));
            }
        }
        return Optional.empty();
    }

    private static Optional<Power> wholePower(Expr e) {
        if (e instanceof Pow p) {
            return p.exponent() instanceof Num n && n.value().isInteger() && n.value().signum() > 0
                    && n.value().num().bitLength() < 31 ? Optional.of(new Power(p.base(), p.exponent())) : Optional.empty();
        }
        return Optional.of(new Power(e, num(Rational.ONE)));
    }

    private static boolean isZero(Expr e) {
        return e instanceof Num n && n.value().isZero();
    }

    private static boolean wholeAtLeast(Match m, int least) {
        return m.expr(K) instanceof Num n && n.value().isInteger()
                && n.value().compareTo(Rational.of(least)) >= 0 && n.value().num().bitLength() < 31;
    }
}
