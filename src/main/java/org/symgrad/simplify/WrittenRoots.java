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
 * Roots of constants are left to {@link PositiveRootsMerged}.
 */
final class WrittenRoots {
    /** The name a step cites for writing a root over the input's base. */
    static final String ROOT_OF_WRITTEN_BASE = "root-of-written-base";

    private final Normalizer normalizer;
    /** The bases the input wrote, by their normal form. */
    private final Map<Factored, Expr> bases;

    private WrittenRoots(Normalizer normalizer, Map<Factored, Expr> bases) {
        this.normalizer = normalizer;
        this.bases = bases;
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
        return new WrittenRoots(normalizer, byForm);
    }

    /** The value of an exponent written with numbers only ({@code 1/2} parses as {@code 1·2^{−1}}), if it is one. */
    private static java.util.Optional<Rational> number(Expr e) {
        switch (e) {
            case Num n -> {
                return java.util.Optional.of(n.value());
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

    private static boolean hasVariable(Expr e) {
        if (e instanceof org.symgrad.expr.Variable v) {
            return !org.symgrad.functions.Constants.isConstant(v);
        }
        return Exprs.children(e).stream().anyMatch(WrittenRoots::hasVariable);
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Pow p && number(p.exponent()).filter(k -> !k.isInteger()).isPresent()) {
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
        if (TextbookCost.of(candidate) >= TextbookCost.of(result)) {
            return result;
        }
        trace.fired(ROOT_OF_WRITTEN_BASE);
        return candidate;
    }

    /**
     * One term with its roots over written bases, or the term itself — itself too where the
     * rewritten term, normalised and written back again, would not come out the same (a root of an
     * exp normalises to an exp of half the argument): simplifying a result again gives it back.
     */
    private Expr term(Expr t) {
        Expr out = rewritten(t);
        return out == t || rewritten(normalizer.canonical(out)).equals(out) ? out : t;
    }

    private Expr rewritten(Expr t) {
        Factored f = normalizer.normalize(t);
        List<Expr> powers = new ArrayList<>();
        Factored remaining = f;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            if (!(e.getKey().asAtom().orElse(null) instanceof Pow root) || !(root.exponent() instanceof Num k)
                    || k.value().isInteger() || PositiveRoots.isPositiveConstant(root.base())
                    || root.base() instanceof org.symgrad.expr.Fn) {
                continue;
            }
            Factored base = normalizer.normalize(root.base());
            Expr writtenBase = bases.get(base);
            // the input's base where it reads shorter than the normal form's ((1 + (z/δ)²), not (δ² + z²)/δ²);
            // else the normal form's, in its order of terms (ε + v)
            Expr shown = writtenBase != null && TextbookCost.of(writtenBase) < TextbookCost.of(root.base())
                    ? writtenBase : root.base();
            int m = wholePower(remaining, base);
            if (shown == root.base() && m == 0) {
                continue;
            }
            remaining = remaining.multiply(Factored.atom(root).pow(-e.getValue(), normalizer.budget()))
                    .multiply(base.pow(-m, normalizer.budget()));
            Rational exponent = k.value().multiply(Rational.of(e.getValue())).add(Rational.of(m));
            powers.add(Exprs.pow(shown, new Num(exponent)));
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
    private static Expr inOrder(Expr rest, List<Expr> powers) {
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
     * new to divide by. 0 when {@code base} is a constant or {@code f} holds none of it.
     */
    private static int wholePower(Factored f, Factored base) {
        if (base.factors().isEmpty() || base.coefficient().isZero()) {
            return 0;
        }
        int best = Integer.MAX_VALUE;
        int sign = 0;
        for (Map.Entry<Poly, Integer> e : base.factors().entrySet()) {
            int held = f.factors().getOrDefault(e.getKey(), 0);
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
        return sign * best;
    }
}
