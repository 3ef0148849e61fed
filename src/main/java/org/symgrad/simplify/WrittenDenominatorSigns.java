package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.rewrite.Trace;

/**
 * A denominator turned to the difference the input wrote: {@code a/(b − c) = −a/(c − b)}, and the normal form writes
 * one of them by its term order, so Stan's Pareto type II partial {@code −a/(y − μ + l)} of {@code −a·log1p((y − μ)/l)}
 * printed {@code a/(μ − l − y)}. A sum raised to an odd negative power is turned when its negation holds every term of a
 * sum the input wrote, with the same signs, and the sum itself holds those of none; the sign moves into the product's
 * coefficient, and the turned sum writes the input's terms first, in the input's order. Numerically an identity, and a
 * fixed point: read again, the result writes the sum it was turned to.
 */
final class WrittenDenominatorSigns {
    /** The name a step cites for turning a denominator to the difference the input wrote. */
    static final String DENOMINATOR_AS_WRITTEN = "denominator-as-written";

    /** The sums the input wrote (two terms or more), each as its terms' signed shapes in the input's order. */
    private final List<List<Signed>> written;

    /** A term's sign and the shape of its magnitude ({@link WrittenOrientations#shape}). */
    private record Signed(boolean negative, Expr shape) {
        Signed negated() {
            return new Signed(!negative, shape);
        }

        /**
         * The record's own equality, written out so that no bootstrap method is linked at run time (a short
         * call spent longer linking the first record's equals and hashCode than comparing), as {@link org.symgrad.expr.Rational}'s.
         */
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Signed s && negative == s.negative && java.util.Objects.equals(shape, s.shape);
        }

        /** The record's own hash code ({@code 31·hash(negative) + hash(shape)}), written out as {@link #equals} is. */
        @Override
        public int hashCode() {
            return 31 * Boolean.hashCode(negative) + java.util.Objects.hashCode(shape);
        }
    }

    private WrittenDenominatorSigns(List<List<Signed>> written) {
        this.written = written;
    }

    /** The sums {@code input} writes. */
    static WrittenDenominatorSigns in(Expr input) {
        List<List<Signed>> out = new ArrayList<>();
        Set<List<Signed>> seen = new HashSet<>();
        collect(input, out, seen);
        return new WrittenDenominatorSigns(out);
    }

    private static void collect(Expr e, List<List<Signed>> out, Set<List<Signed>> seen) {
        if (e instanceof Add a && a.terms().size() >= 2) {
            List<Signed> terms = a.terms().stream().map(WrittenDenominatorSigns::signed).toList();
            if (seen.add(terms)) {
                out.add(terms);
            }
        }
        Exprs.children(e).forEach(c -> collect(c, out, seen));
    }

    /** {@code e} with each denominator the input wrote the other way round turned; {@code e} itself where none is. */
    Expr written(Expr e, Trace trace) {
        if (written.isEmpty()) {
            return e;
        }
        List<Expr> kids = Exprs.children(e);
        List<Expr> mapped = new ArrayList<>(kids.size());
        kids.forEach(k -> mapped.add(written(k, trace)));
        Expr out = mapped.equals(kids) ? e : Exprs.withChildren(e, mapped);
        if (!(out instanceof Mul m)) {
            return out;
        }
        List<Expr> factors = new ArrayList<>(m.factors());
        boolean negate = false;
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i) instanceof Pow p && p.base() instanceof Add sum && oddNegative(p.exponent())) {
                Expr turned = turned(sum);
                if (turned != null) {
                    factors.set(i, new Pow(turned, p.exponent()));
                    negate = !negate;
                }
            }
        }
        if (factors.equals(m.factors())) {
            return out;
        }
        trace.fired(DENOMINATOR_AS_WRITTEN);
        if (negate) {
            if (factors.get(0) instanceof Num c) {
                factors.set(0, new Num(c.value().negate(), c.decimal()));
            } else {
                factors.add(0, Exprs.MINUS_ONE);
            }
        }
        return Exprs.mul(factors);
    }

    /**
     * {@code −sum} with the terms of the sum the input wrote first, in its order, then the others, where {@code −sum}
     * holds every term of a written sum with its sign and {@code sum} holds those of none; null otherwise.
     */
    private Expr turned(Add sum) {
        List<Signed> mine = sum.terms().stream().map(WrittenDenominatorSigns::signed).toList();
        List<Signed> negation = mine.stream().map(Signed::negated).toList();
        List<Signed> match = null;
        for (List<Signed> w : written) {
            if (mine.containsAll(w)) {
                return null;
            }
            if (match == null && negation.containsAll(w)) {
                match = w;
            }
        }
        if (match == null) {
            return null;
        }
        List<Expr> first = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        List<Expr> negatedTerms = new ArrayList<>();
        for (Expr t : sum.terms()) {
            negatedTerms.add(negatedTerm(t));
        }
        for (Signed s : match) {
            first.add(negatedTerms.get(negation.indexOf(s)));
        }
        for (int i = 0; i < negatedTerms.size(); i++) {
            if (!match.contains(negation.get(i))) {
                rest.add(negatedTerms.get(i));
            }
        }
        first.addAll(rest);
        return Exprs.add(first);
    }

    private static boolean oddNegative(Expr exponent) {
        return exponent instanceof Num k && k.value().isInteger() && k.value().signum() < 0
                && k.value().toBigInteger().testBit(0);
    }

    private static Expr negatedTerm(Expr t) {
        if (t instanceof Num n) {
            return new Num(n.value().negate(), n.decimal());
        }
        if (t instanceof Mul m && m.factors().get(0) instanceof Num c) {
            List<Expr> rest = new ArrayList<>(m.factors());
            if (c.value().negate().isOne()) {
                rest.remove(0);
            } else {
                rest.set(0, new Num(c.value().negate(), c.decimal()));
            }
            return Exprs.mul(rest);
        }
        return Exprs.neg(t);
    }

    private static Signed signed(Expr t) {
        if (t instanceof Num n) {
            return new Signed(n.value().signum() < 0, WrittenOrientations.shape(new Num(n.value().abs())));
        }
        if (t instanceof Mul m && m.factors().get(0) instanceof Num c && c.value().signum() < 0) {
            List<Expr> rest = new ArrayList<>(m.factors());
            rest.set(0, new Num(c.value().negate()));
            return new Signed(true, WrittenOrientations.shape(Exprs.mul(rest)));
        }
        return new Signed(false, WrittenOrientations.shape(t));
    }
}
