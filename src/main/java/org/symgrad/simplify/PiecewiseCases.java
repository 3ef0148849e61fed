package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Rational;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.Relation;
import org.symgrad.rewrite.Negation;
import org.symgrad.rewrite.StepLaws;
import org.symgrad.rewrite.Switches;
import org.symgrad.rewrite.Trace;

/**
 * The piecewise normal form: an expression whose case splits all switch on one quantity q — steps
 * ({@code heaviside}, {@code sign}, {@code where} over a comparison) and the functions that bend
 * where q crosses a point ({@code abs}, {@code relu}, {@code max}, {@code min}, {@code clip},
 * {@code leaky_relu}) of arguments affine in q with numeric offsets — written as one {@code where}
 * chain over the intervals between the jumps, ordered along the real line:
 * {@code where(q < t₁, v₀, where(q < t₂, v₁, v₂))}; one jump reads {@code where(q > t, v₁, v₀)}, the
 * case above it first, as the registry's own splits do ({@code leaky_relu′ = where(x > 0, 1, a)}); one
 * interval whose neighbours on both sides share a value reads as that interval's case first,
 * {@code where(q > t₁, where(q < t₂, v₁, v₀), v₀)} ("v₁ if t₁ < q < t₂, else v₀"). Each branch is the expression with every case
 * split decided for q inside the interval ({@code abs(u) = u}, {@code heaviside(u) = 1},
 * {@code max(u, 0) = u} where u > 0), simplified; neighbouring intervals with the same value are one.
 *
 * <p>When: only where the expression holds two or more different steps (a product or sum of
 * heavisides, signs and case splits: {@code heaviside(3 + x)·heaviside(3 − x)},
 * {@code heaviside(s − y) − α(heaviside(s − y) + heaviside(y − s))}). A single step times a factor
 * stays as it is ({@code relu′ = heaviside(x)}, {@code where(x > 0, 1, α)}): that is how books print
 * one jump. A step over an indexed or summed quantity, two steps over unrelated quantities, or a
 * case split whose argument is not affine in q ({@code |x − y| < δ}) leave the expression as it is; so does one
 * that has no value on an interval ({@code heaviside(x)·heaviside(1 − x)/clip(x, 0, 1)}, which divides by 0 where x < 0).
 *
 * <p>Proven where q is at no jump ({@link #STEPS_AS_CASES}): at a jump t the chain takes the value
 * of the interval above t (one jump, or the ends of one interval apart, the value outside), the steps the registry's values there ({@code heaviside(0) = 1/2}), as a
 * derivative that brought the steps in holds only away from them.
 */
final class PiecewiseCases {
    /** The rule name the simplifier reports. */
    static final String STEPS_AS_CASES = StepLaws.STEPS_AS_CASES;

    private static final Set<String> STEPS = Set.of("heaviside", "sign", FunctionRegistry.WHERE);
    private static final Set<String> BENDS = Set.of("abs", "relu", "max", "min", "clip", "leaky_relu");

    /** A switch argument {@code r·q + d}. */
    private record Affine(Rational r, Rational d) {
        int signAt(Rational q) {
            return r.multiply(q).add(d).signum();
        }
    }

    private final Normalizer normalizer;
    private final Map<Expr, Affine> affine = new HashMap<>();
    private Poly quantity;
    private Expr quantityExpr;

    private PiecewiseCases(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * {@code e} as one where chain ({@link PiecewiseCases}) with each branch made by
     * {@code simplify}, or {@code e} itself where the form does not apply; {@link #STEPS_AS_CASES}
     * is reported to {@code trace} when it does.
     */
    static Expr of(Expr e, Normalizer normalizer, UnaryOperator<Expr> simplify, Trace trace) {
        Set<Expr> steps = new LinkedHashSet<>();
        List<Fn> switches = new ArrayList<>();
        if (!collect(e, steps, switches) || steps.size() < 2 || writtenChain(e)) {
            return e;
        }
        PiecewiseCases cases = new PiecewiseCases(normalizer);
        Optional<List<Rational>> jumps = cases.jumps(switches);
        if (jumps.isEmpty() || jumps.get().isEmpty()) {
            return e;
        }
        List<Rational> at = jumps.get();
        List<Expr> values = new ArrayList<>();
        List<Rational> uppers = new ArrayList<>();
        for (int i = 0; i <= at.size(); i++) {
            Rational inside = i == 0 ? at.get(0).subtract(Rational.ONE)
                    : i == at.size() ? at.get(i - 1).add(Rational.ONE)
                    : at.get(i - 1).add(at.get(i)).divide(Rational.TWO);
            Expr value;
            try {
                value = simplify.apply(cases.decided(e, inside));
            } catch (InputException undefined) {
                return e; // no value on an interval (1/clip(x, 0, 1) where x < 0): the expression stays as it is
            }
            if (!values.isEmpty() && values.get(values.size() - 1).equals(value)) {
                uppers.set(uppers.size() - 1, i == at.size() ? null : at.get(i));
                continue;
            }
            values.add(value);
            uppers.add(i == at.size() ? null : at.get(i));
        }
        trace.fired(STEPS_AS_CASES);
        if (values.size() == 2) {
            // one jump: the case above it first, as the registry's own splits read (relu, leaky_relu, elu)
            return Exprs.fn(FunctionRegistry.WHERE, Exprs.fn(Relation.GT.function(), cases.quantityExpr,
                    Exprs.num(uppers.get(0))), values.get(1), values.get(0));
        }
        if (values.size() == 3 && values.get(0).equals(values.get(2))) {
            // one interval apart from a value outside it: that interval first, as its indicator reads
            // ("1/6 if −3 < x < 3, else 0", PyTorch's hardsigmoid_backward)
            Expr outside = values.get(0);
            return Exprs.fn(FunctionRegistry.WHERE, Exprs.fn(Relation.GT.function(), cases.quantityExpr,
                    Exprs.num(uppers.get(0))), Exprs.fn(FunctionRegistry.WHERE, Exprs.fn(Relation.LT.function(),
                    cases.quantityExpr, Exprs.num(uppers.get(1))), values.get(1), outside), outside);
        }
        Expr chain = values.get(values.size() - 1);
        for (int i = values.size() - 2; i >= 0; i--) {
            Expr condition = Exprs.fn(Relation.LT.function(), cases.quantityExpr, Exprs.num(uppers.get(i)));
            chain = Exprs.fn(FunctionRegistry.WHERE, condition, values.get(i), chain);
        }
        return chain;
    }

    /**
     * Whether {@code e} is a chain of case splits already, as the derivative of one the input wrote reads: a
     * {@code where} whose values hold no other switch or are such a chain again, no two neighbouring values the
     * same, and not one interval apart from a value around it (that interval reads first, as above). It keeps its conditions and their order (scikit-learn's squared hinge {@code where(p*y >= 1, 0,
     * where(p*y >= -1, -2*y*(1 - p*y), -4*y))}, not re-sorted to {@code where(p*y < -1, -4*y, where(p*y < 1, …, 0))}).
     */
    private static boolean writtenChain(Expr e) {
        List<Expr> values = new ArrayList<>();
        if (!chainValues(e, values)) {
            return false;
        }
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i).equals(values.get(i - 1))) {
                return false;
            }
        }
        // one interval apart from the value around it reads as that interval first, written either way
        return values.size() >= 3 && !(values.size() == 3 && values.get(0).equals(values.get(2)));
    }

    /** The values of the where chain {@code e}, in order, into {@code out}; false where {@code e} is no such chain. */
    private static boolean chainValues(Expr e, List<Expr> out) {
        if (e instanceof Fn f && f.name().equals(FunctionRegistry.WHERE) && f.args().size() == 3
                && switchArguments(f).isPresent()) {
            return chainValues(f.args().get(1), out) && chainValues(f.args().get(2), out);
        }
        if (Exprs.any(e, PiecewiseCases::isSwitch)) {
            return false;
        }
        out.add(e);
        return true;
    }

    /**
     * Collects the steps and every case split of {@code e}; false where one lies in a Σ or Π or
     * switches on an indexed quantity, which the form does not cover.
     */
    private static boolean collect(Expr e, Set<Expr> steps, List<Fn> switches) {
        if (e instanceof IndexSum || e instanceof IndexProduct) {
            return !Exprs.any(e, PiecewiseCases::isSwitch);
        }
        if (e instanceof Fn f && isSwitch(f)) {
            if (!Indices.free(f).isEmpty()) {
                return false;
            }
            switches.add(f);
            if (STEPS.contains(f.name())) {
                steps.add(f);
            }
        }
        for (Expr c : Exprs.children(e)) {
            if (!collect(c, steps, switches)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSwitch(Expr e) {
        return e instanceof Fn f && (STEPS.contains(f.name()) || BENDS.contains(f.name())) && switchArguments(f).isPresent();
    }

    /** The quantities whose sign decides the value of {@code f}, or empty where {@code f} is not a case split. */
    private static Optional<List<Expr>> switchArguments(Fn f) {
        return Switches.arguments(f);
    }

    /** The points where the switches of {@code switches} change sign, ascending, if all are affine in one quantity. */
    private Optional<List<Rational>> jumps(List<Fn> switches) {
        TreeSet<Rational> out = new TreeSet<>();
        // the quantity as the first argument that does not read negative writes it: x, not −x; s − y
        List<Expr> arguments = new ArrayList<>();
        switches.forEach(f -> arguments.addAll(switchArguments(f).orElseThrow()));
        // and one that grows with it first: x from 4 − x beside x + 2, not −x
        List<Expr> ordered = new ArrayList<>(arguments);
        ordered.sort(java.util.Comparator.comparing((Expr a) -> falls(a)).thenComparing(PiecewiseCases::readsNegative));
        for (Expr a : ordered) {
            Optional<Affine> f = affineIn(a);
            if (f.isEmpty()) {
                return Optional.empty();
            }
            affine.put(a, f.get());
            out.add(f.get().d().negate().divide(f.get().r()));
        }
        // clip(a, lo, hi) with lo above hi is hi everywhere: decided by both its switches, which need one slope
        for (Fn f : switches) {
            if (f.name().equals("clip")) {
                List<Expr> two = switchArguments(f).orElseThrow();
                if (!affine.get(two.get(0)).r().equals(affine.get(two.get(1)).r())) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new ArrayList<>(out));
    }

    /** Whether {@code a} is affine with a negative slope in what it holds besides its constant. */
    private boolean falls(Expr a) {
        if (!Indices.free(a).isEmpty()) {
            return false;
        }
        Factored f = normalizer.normalize(a);
        if (!f.isPolynomial()) {
            return false;
        }
        Poly p = f.expand(normalizer.budget());
        Poly rest = p.add(Poly.constant(p.constantTerm().negate()), normalizer.budget());
        return !rest.isZero() && rest.leadingCoefficient().signum() < 0;
    }

    private static boolean readsNegative(Expr a) {
        Expr lead = a instanceof org.symgrad.expr.Add s ? s.terms().get(0) : a;
        return Negation.PLAIN.positive(lead).isPresent();
    }

    /** {@code a} as {@code r·q + d} for the quantity q of the first argument seen, if it is one. */
    private Optional<Affine> affineIn(Expr a) {
        if (!Indices.free(a).isEmpty()) {
            return Optional.empty();
        }
        Factored f = normalizer.normalize(a);
        if (!f.isPolynomial()) {
            return Optional.empty();
        }
        Poly p = f.expand(normalizer.budget());
        Rational d = p.constantTerm();
        Poly rest = p.add(Poly.constant(d.negate()), normalizer.budget());
        if (rest.isZero()) {
            return Optional.empty();
        }
        if (quantity == null) {
            quantity = rest;
            quantityExpr = normalizer.canonical(Exprs.sub(a, Exprs.num(d)));
            return Optional.of(new Affine(Rational.ONE, d));
        }
        Rational r = rest.leadingCoefficient().divide(quantity.leadingCoefficient());
        if (!rest.equals(quantity.scale(r, Monomial.ONE))) {
            return Optional.empty();
        }
        return Optional.of(new Affine(r, d));
    }

    /** {@code e} with every case split decided for the quantity at {@code q}, a point at no jump. */
    private Expr decided(Expr e, Rational q) {
        Expr kids = Exprs.mapChildren(e, c -> decided(c, q));
        if (!(e instanceof Fn f) || !(kids instanceof Fn g) || !isSwitch(f)) {
            return kids;
        }
        List<Expr> s = switchArguments(f).orElseThrow();
        List<Expr> a = g.args();
        int sign = affine.get(s.get(0)).signAt(q);
        Optional<Expr> simple = Switches.decided(g, sign);
        if (simple.isPresent()) {
            return simple.get();
        }
        return switch (f.name()) {
            // min(max(a, lo), hi): hi above hi; below lo, lo — or hi where hi lies below lo
            case "clip" -> affine.get(s.get(1)).signAt(q) > 0 ? a.get(2)
                    : sign >= 0 ? a.get(0)
                    : affine.get(s.get(0)).d().compareTo(affine.get(s.get(1)).d()) < 0 ? a.get(2) : a.get(1);
            case FunctionRegistry.WHERE -> {
                yield Switches.holds(((Fn) f.args().get(0)).name(), sign) ? a.get(1) : a.get(2);
            }
            default -> kids;
        };
    }
}
