package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.functions.FactorOrder;
import org.symgrad.rewrite.PositiveRoots;
import org.symgrad.rewrite.Trace;

/**
 * A root written over the base the input wrote, with the whole powers of its base beside it
 * merged in: the input's {@code √(1 + (z/δ)²)} normalises to {@code √((δ² + z²)/δ²)}, and a result
 * {@code δ²/(√((δ² + z²)/δ²)·(δ² + z²))} is printed {@code (1 + (z/δ)²)^{−3/2}}, as the source of
 * the pseudo-Huber Hessian writes it. In each term of a result, a root over a variable base is
 * written over the base the input raised to a non-integer power with the same normal form where
 * that reads shorter (else over its own), together with the largest whole power {@code v^m} of
 * its base whose every factor the term holds on the same side of the fraction bar — so the term
 * divides by nothing it did not divide by. Numerically an identity (the bases have one normal
 * form); kept only where it reads shorter ({@link TextbookCost}), so a result is a fixed point.
 * Roots of constants are left to {@link PositiveRootsMerged}. A power with a symbolic exponent is an
 * atom of the normal form as a root is and is written back the same way, its exponent as the input
 * wrote it plus the whole power merged ({@code x/c²·((x/c)²/|a − 2| + 1)^{a/2 − 1}}, Barron's
 * robust-loss derivative, not {@code x|a − 2|((c²|a − 2| + x²)/(c²|a − 2|))^{a/2}/(c²|a − 2| + x²)});
 * a power the input wrote exactly (the power rule's {@code u^{a/2 − 1}}) stands even where the
 * normal form reads shorter.
 */
final class WrittenRoots {
    /** The name a step cites for writing a root over the input's base. */
    static final String ROOT_OF_WRITTEN_BASE = "root-of-written-base";

    private final Normalizer normalizer;
    /** The bases the input wrote, by their normal form. */
    private final Map<Factored, Expr> bases;
    /** The symbolic exponents the input wrote over each base, by the base's normal form. */
    private final Map<Factored, List<Expr>> exponents;

    private WrittenRoots(Normalizer normalizer, Map<Factored, Expr> bases, Map<Factored, List<Expr>> exponents) {
        this.normalizer = normalizer;
        this.bases = bases;
        this.exponents = exponents;
    }

    /**
     * These write-backs with the symbolic exponents {@code input} writes: a merged exponent that
     * differs from one of them by a whole number is written as it plus that number, as the input
     * wrote it — {@code u^{a/2 − 1}}, not {@code u^{(a − 2)/2}}.
     */
    WrittenRoots withExponentsOf(Expr input) {
        Map<Factored, List<Expr>> byBase = new HashMap<>();
        collectExponents(input, byBase);
        return new WrittenRoots(normalizer, bases, byBase);
    }

    private void collectExponents(Expr e, Map<Factored, List<Expr>> out) {
        if (e instanceof Pow p && symbolic(p.exponent()) && hasVariable(p.base())) {
            List<Expr> list = out.computeIfAbsent(normalizer.normalize(p.base()), b -> new ArrayList<>());
            if (!list.contains(p.exponent())) {
                list.add(p.exponent());
            }
        }
        Exprs.children(e).forEach(c -> collectExponents(c, out));
    }

    /**
     * {@code exponent} (normalised) as a symbolic exponent written over {@code base}: one the input
     * wrote, else one of them plus a whole number, where it is one.
     */
    private Expr asWritten(Factored base, Expr exponent) {
        Expr plusWhole = null;
        for (Expr written : exponents.getOrDefault(base, List.of())) {
            Expr difference = normalizer.canonical(Exprs.add(exponent, Exprs.neg(written)));
            if (difference instanceof Num d && d.value().isZero()) {
                return written;
            }
            if (plusWhole == null && difference instanceof Num d && d.value().isInteger()) {
                plusWhole = Exprs.plusNumber(written, d.value());
            }
        }
        return plusWhole != null ? plusWhole : exponent;
    }

    /** Whether the input wrote a power of {@code base} (normal form) to {@code exponent}, up to the normal form of both. */
    private boolean wrotePower(Factored base, Expr exponent) {
        Factored e = normalizer.normalize(exponent);
        return exponents.getOrDefault(base, List.of()).stream().anyMatch(w -> normalizer.normalize(w).equals(e));
    }

    /** The bases of the roots {@code input} writes that have a variable: what {@link #written} may write back. */
    static List<Expr> basesIn(Expr input) {
        List<Expr> written = new ArrayList<>();
        collect(input, written);
        // a root of a function's value is the normal form's own business (√exp(u) is exp(u/2))
        written.removeIf(b -> !hasVariable(b) || b instanceof org.symgrad.expr.Fn);
        return written;
    }

    /** The write-back of {@code bases} (from {@link #basesIn}), comparing normal forms by {@code normalizer} (without definitions). */
    static WrittenRoots of(List<Expr> bases, Normalizer normalizer) {
        Map<Factored, Expr> byForm = new LinkedHashMap<>();
        for (Expr b : bases) {
            // of bases with one normal form, the shortest (then the first): the choice does not depend on their order
            byForm.merge(normalizer.normalize(b), b, (x, y) -> TextbookCost.of(y) < TextbookCost.of(x) ? y : x);
        }
        return new WrittenRoots(normalizer, byForm, Map.of());
    }

    /**
     * The value of an exponent written with numbers only ({@code 1/2} parses as {@code 1·2^{−1}}, the power rule
     * writes {@code 1/2 − 1}), if it is one.
     */
    private static java.util.Optional<Rational> number(Expr e) {
        switch (e) {
            case Num n -> {
                return java.util.Optional.of(n.value());
            }
            case Add a -> {
                Rational out = Rational.ZERO;
                for (Expr t : a.terms()) {
                    java.util.Optional<Rational> v = number(t);
                    if (v.isEmpty()) {
                        return v;
                    }
                    out = out.add(v.get());
                }
                return java.util.Optional.of(out);
            }
            case org.symgrad.expr.Mul m -> {
                Rational out = Rational.ONE;
                for (Expr f : m.factors()) {
                    java.util.Optional<Rational> v = number(f);
                    if (v.isEmpty()) {
                        return v;
                    }
                    out = out.multiply(v.get());
                }
                return java.util.Optional.of(out);
            }
            case Pow p when p.exponent() instanceof Num k && k.value().isInteger()
                    && k.value().abs().compareTo(Rational.of(64)) <= 0 -> {
                return number(p.base()).filter(b -> !b.isZero() || k.value().signum() > 0)
                        .map(b -> b.pow(k.value().toBigInteger().intValueExact()));
            }
            default -> {
                return java.util.Optional.empty();
            }
        }
    }

    /**
     * Whether an exponent is symbolic: it names a variable ({@code a/2}, {@code gamma - 1}), so the
     * power is an atom of the normal form as a root is, and merges with whole powers of its base
     * the same way ({@code u^{a/2}·u^{−1} = u^{a/2 − 1}}).
     */
    private static boolean symbolic(Expr exponent) {
        return number(exponent).isEmpty() && hasVariable(exponent);
    }

    private static boolean hasVariable(Expr e) {
        if (e instanceof org.symgrad.expr.Variable v) {
            return !org.symgrad.functions.Constants.isConstant(v);
        }
        return Exprs.children(e).stream().anyMatch(WrittenRoots::hasVariable);
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Pow p && (number(p.exponent()).filter(k -> !k.isInteger()).isPresent() || symbolic(p.exponent()))) {
            out.add(p.base());
        }
        if (e instanceof org.symgrad.expr.Fn f && f.name().equals("sqrt") && f.args().size() == 1) {
            out.add(f.args().get(0));
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /** {@code result} with each term's roots written over the input's bases, where that reads no longer. */
    Expr written(Expr result, Trace trace) {
        List<Expr> terms = result instanceof Add a ? a.terms() : List.of(result);
        List<Expr> out = new ArrayList<>(terms.size());
        boolean changed = false;
        for (Expr t : terms) {
            Expr w = term(t);
            changed |= w != t;
            out.add(w);
        }
        if (!changed) {
            return result;
        }
        Expr candidate = result instanceof Add ? Exprs.add(out) : out.get(0);
        if (TextbookCost.asPrinted(candidate) >= TextbookCost.asPrinted(result) && !writesPowersAsWritten(candidate, result)) {
            return result;
        }
        trace.fired(ROOT_OF_WRITTEN_BASE);
        return candidate;
    }

    /**
     * Whether {@code candidate} writes a power with a symbolic exponent exactly as the input wrote
     * it (base and exponent) that {@code result} does not: then it stands even where it costs more
     * ({@code x/c²·u^{a/2 − 1}} against {@code x·u^{a/2}/(c² + x²)}) — a simplify prints nothing
     * less like the input than the input's own power.
     */
    private boolean writesPowersAsWritten(Expr candidate, Expr result) {
        List<Expr> mine = new ArrayList<>();
        symbolicPowers(candidate, mine);
        List<Expr> theirs = new ArrayList<>();
        symbolicPowers(result, theirs);
        boolean any = false;
        for (Expr p : mine) {
            Pow power = (Pow) p;
            Factored base = normalizer.normalize(power.base());
            if (!bases.containsKey(base) || !bases.get(base).equals(power.base()) || !wrotePower(base, power.exponent())) {
                return false;
            }
            any |= !theirs.contains(p);
        }
        return any;
    }

    private static void symbolicPowers(Expr e, List<Expr> out) {
        if (e instanceof Pow p && symbolic(p.exponent())) {
            out.add(p);
            return;
        }
        Exprs.children(e).forEach(c -> symbolicPowers(c, out));
    }

    /**
     * One term with its roots over written bases, or the term itself — itself too where the
     * rewritten term, normalised and written back again, would not come out the same within a few
     * rounds (a root of an exp normalises to an exp of half the argument): simplifying a result
     * again gives it back.
     */
    private Expr term(Expr t) {
        Expr out = rewritten(t);
        // a merge can free another (u^{1/2}·a²/(a² + x²)² → 1/(u^{1/2}(a² + x²)) → 1/(a² u^{3/2})): a few rounds to the fixed point
        for (int round = 0; round < 3 && out != t; round++) {
            Expr again = rewritten(normalizer.canonical(out));
            if (again.equals(out)) {
                return out;
            }
            out = again;
        }
        return t;
    }

    private Expr rewritten(Expr t) {
        Factored f = normalizer.normalize(t);
        List<Expr> powers = new ArrayList<>();
        Factored remaining = f;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            if (!(e.getKey().asAtom().orElse(null) instanceof Pow root)
                    || !(root.exponent() instanceof Num k && !k.value().isInteger() || symbolic(root.exponent()))
                    || PositiveRoots.isPositiveConstant(root.base()) || root.base() instanceof org.symgrad.expr.Fn) {
                continue;
            }
            Factored base = normalizer.normalize(root.base());
            Expr writtenBase = bases.get(base);
            // the input's base where it reads shorter than the normal form's ((1 + (z/δ)²), not (δ² + z²)/δ²), each
            // costed as it prints (the parse of 1 + s/a² holds (a²)⁻¹, the normal form a⁻²); else the normal form's,
            // in its order of terms (ε + v)
            int m = wholePower(remaining, base);
            Expr exponent = root.exponent() instanceof Num k
                    ? new Num(k.value().multiply(Rational.of(e.getValue())).add(Rational.of(m)))
                    : asWritten(base, Presenter.mergedExponent(normalizer.canonical(
                            Exprs.mul(Exprs.num(Rational.of(e.getValue())), root.exponent())), m));
            // a power with a symbolic exponent the input wrote over this base, as it wrote it: the power rule's
            // u^{a/2 − 1} of the input's u, whatever the normal form of u costs
            Expr shown = writtenBase != null && (TextbookCost.asPrinted(writtenBase) < TextbookCost.asPrinted(root.base())
                    || !(exponent instanceof Num) && wrotePower(base, exponent)) ? writtenBase : root.base();
            if (shown == root.base() && m == 0) {
                continue;
            }
            remaining = remaining.multiply(Factored.atom(root).pow(-e.getValue(), normalizer.budget()))
                    .multiply(base.pow(-m, normalizer.budget()));
            powers.add(Exprs.pow(shown, exponent));
        }
        if (powers.isEmpty()) {
            return t;
        }
        return inOrder(normalizer.presenter().present(remaining), powers);
    }

    /**
     * {@code rest · Π powers} in the presenter's order: the number first, then the factors above
     * the fraction bar, then those below, each in {@link FactorOrder#TOTAL}.
     */
    static Expr inOrder(Expr rest, List<Expr> powers) {
        List<Expr> all = new ArrayList<>(rest instanceof org.symgrad.expr.Mul m ? m.factors() : List.of(rest));
        all.addAll(powers);
        List<Expr> numbers = new ArrayList<>();
        List<Expr> above = new ArrayList<>();
        List<Expr> below = new ArrayList<>();
        for (Expr f : all) {
            if (f instanceof Num) {
                numbers.add(f);
            } else if (f instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0) {
                below.add(k.value().equals(Rational.MINUS_ONE) ? p.base() : Exprs.pow(p.base(), new Num(k.value().negate())));
            } else {
                above.add(f);
            }
        }
        above.sort(FactorOrder.TOTAL);
        below.sort(FactorOrder.TOTAL);
        List<Expr> out = new ArrayList<>(numbers);
        out.addAll(above);
        below.forEach(d -> out.add(Presenter.reciprocal(d)));
        return Presenter.product(out);
    }

    /**
     * The whole power {@code m} of {@code base} largest in size whose every factor {@code f} holds
     * to at least that power on the same side of the fraction bar: dividing it out leaves nothing
     * new to divide by. A divisor of the base that {@code f} holds nowhere outside the power is no
     * bound: {@code x·u^{a/2}/(c² + x²)} for {@code u = (c² + x²)/c²} is {@code x/c²·u^{a/2 − 1}}.
     * 0 when {@code base} is a constant or {@code f} holds none of it.
     */
    private static int wholePower(Factored f, Factored base) {
        if (base.factors().isEmpty() || base.coefficient().isZero()) {
            return 0;
        }
        int best = Integer.MAX_VALUE;
        int sign = 0;
        for (Map.Entry<Poly, Integer> e : base.factors().entrySet()) {
            int held = f.factors().getOrDefault(e.getKey(), 0);
            if (e.getValue() < 0 && held == 0) {
                // a divisor of the base that the term holds nowhere else ((c² + x²)/c²: the c² of x·u^{a/2}/(c² + x²)):
                // the term divides by it already, inside the power, so merging moves it out and divides by nothing new
                continue;
            }
            int ratio = held / e.getValue();
            if (ratio == 0) {
                return 0;
            }
            if (sign == 0) {
                sign = Integer.signum(ratio);
            } else if (sign != Integer.signum(ratio)) {
                return 0;
            }
            best = Math.min(best, Math.abs(ratio));
        }
        return sign == 0 ? 0 : sign * best;
    }
}
