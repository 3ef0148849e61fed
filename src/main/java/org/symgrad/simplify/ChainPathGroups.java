package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.symgrad.expr.Expr;
import org.symgrad.expr.ExprOrder;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.functions.Template;
import org.symgrad.rewrite.Rule;

/**
 * A chain-rule result written path by path: the terms of a sum that hold a derivative pair — the
 * derivative table's {@code u(1 − u)} of a σ, {@code 1 − t²} of a tanh, of a function value the sum holds
 * or of a let's name for one — gathered behind that pair, each group's common factors pulled out,
 * and the rest of the sum in front. A GRU cell's {@code ∂h′/∂h} reads
 * {@code 1 − z + U z (1 − hc²)(r + Ur h r (1 − r)) + Uz z (1 − z)(hc − h)} as the books write it, not
 * the dozen monomials of its normal form; an LSTM's {@code ∂c′/∂h} keeps each gate's
 * {@code i(1 − i)} whole. A group's bracket is written by the same rule with the other pairs, so a
 * pair nests only inside another pair's path (no Horner nesting in one atom). The pairs come from
 * the atoms of the normal form and the definitions alone, and a group takes exactly the terms
 * {@code q·low} and {@code −q·high} of its pair, so the form is a function of the normal form: a fixed
 * point. Linear in the terms per pair; only a candidate, kept where it reads shorter ({@link Simplifier}).
 */
final class ChainPathGroups {
    /** The name a step cites for the groups: each path's common factors pulled out of its terms. */
    static final String FACTOR_OUT = "factor-out-common-factor";
    /** Most terms a sum may have to be grouped: a path-by-path result has a handful per path. */
    private static final int MAX_TERMS = 400;
    /** Most pairs tried: one per gate or activation of a cell. */
    private static final int MAX_PAIRS = 12;
    /** A stand-in for the function value while its derivative is read as a polynomial in it. */
    private static final Sym VALUE = Template.SLOTS.get(1);

    private final Normalizer plainForm;
    /**
     * {@link #grouped} so far, by its arguments: a path's bracket is written both ways round
     * ({@link #group}), and a polynomial and its negation leave the same bracket inside, so without
     * the table each pair nested in another doubled the work (2^k for k pairs, a chain of lets).
     */
    private final Map<GroupedKey, Optional<Expr>> groupedSoFar = new HashMap<>();

    private record GroupedKey(Poly p, List<Pair> pairs) {
        /** A record's own equality, written out so that no bootstrap method is linked at run time ({@link Rational#equals}). */
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof GroupedKey k && java.util.Objects.equals(p, k.p) && java.util.Objects.equals(pairs, k.pairs);
        }

        /** A record's own hash code, {@code 31·hash(p) + hash(pairs)}. */
        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(p) + java.util.Objects.hashCode(pairs);
        }
    }

    /** The form path by path, and how many pairs' paths it writes at the top (two or more: a multi-path result). */
    record Paths(Expr expr, int count) {
    }

    /** A derivative pair in one atom with two terms: {@code c0·a^e0 + c1·a^e1} ({@code a − a²}, {@code 1 − a²}), e0 below e1. */
    private record Pair(Expr atom, int lowExponent, Rational low, int highExponent, Rational high, Factored factored) {
        /** A record's own equality, written out so that no bootstrap method is linked at run time ({@link Rational#equals}). */
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Pair q && java.util.Objects.equals(atom, q.atom) && lowExponent == q.lowExponent
                    && java.util.Objects.equals(low, q.low) && highExponent == q.highExponent
                    && java.util.Objects.equals(high, q.high) && java.util.Objects.equals(factored, q.factored);
        }

        /** A record's own hash code: the components' hashes combined in order, {@code h = 31·h + hash(c)}. */
        @Override
        public int hashCode() {
            int h = java.util.Objects.hashCode(atom);
            h = 31 * h + lowExponent;
            h = 31 * h + java.util.Objects.hashCode(low);
            h = 31 * h + highExponent;
            h = 31 * h + java.util.Objects.hashCode(high);
            return 31 * h + java.util.Objects.hashCode(factored);
        }
    }

    private ChainPathGroups(Normalizer plainForm) {
        this.plainForm = plainForm;
    }

    /**
     * {@code f} written path by path, if it is a polynomial whose terms share
     * the derivative pair of an atom it holds; the atoms a definition names a function value by
     * ({@code z} for {@code z = σ(Wz x + Uz h)}) have that function's pair.
     */
    static Optional<Paths> of(Factored f, Normalizer plainForm, List<Rule> definitions) {
        if (f.isConstant() || !f.isPolynomial()) {
            return Optional.empty();
        }
        long terms = 1;
        for (Map.Entry<Poly, Integer> factor : f.factors().entrySet()) {
            // a power of a sum is multiplied out only as far as the cap: (x + 1)^100000 stays a power
            for (int k = 0; k < factor.getValue() && factor.getKey().size() > 1; k++) {
                terms *= factor.getKey().size();
                if (terms > MAX_TERMS) {
                    return Optional.empty();
                }
            }
        }
        if (terms < 2) {
            return Optional.empty();
        }
        Poly p = f.expand(plainForm.budget());
        if (p.size() < 2 || p.size() > MAX_TERMS) {
            return Optional.empty();
        }
        ChainPathGroups groups = new ChainPathGroups(plainForm);
        List<Pair> pairs = groups.pairs(p, definitions);
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        // what every term holds stands in front, but for a value whose pair may group terms: x(σ + …), a v u(1 − u) + b u(1 − v²)
        TreeMap<Expr, Integer> common = new TreeMap<>(p.monomialContent().powers());
        pairs.forEach(pair -> common.remove(pair.atom()));
        Monomial front = new Monomial(common);
        Poly rest = p.divideBy(Rational.ONE, front);
        Optional<Expr> grouped = groups.grouped(rest, pairs);
        if (grouped.isEmpty()) {
            return Optional.empty();
        }
        Map<Poly, Integer> outside = new TreeMap<>();
        front.powers().forEach((a, e) -> outside.put(Poly.atom(a), e));
        int paths = (int) pairs.stream().filter(pair -> !groups.quotient(rest, pair).isZero()).count();
        return Optional.of(new Paths(front.isOne() ? grouped.get()
                : Exprs.mul(plainForm.presenter().present(Factored.of(Rational.ONE, outside)), grouped.get()), paths));
    }

    /** The derivative pairs of the atoms of {@code p}, in the atoms' order. */
    private List<Pair> pairs(Poly p, List<Rule> definitions) {
        TreeSet<Expr> atoms = new TreeSet<>(ExprOrder.INSTANCE);
        p.terms().keySet().forEach(m -> atoms.addAll(m.powers().keySet()));
        Map<Expr, Fn> named = new HashMap<>();
        for (Rule d : definitions) {
            if (d.lhs() instanceof Fn fn && d.rhs().isPresent()) {
                // the let's name, as the rule writes it back (f/1)
                Factored name = plainForm.normalize(d.rhs().get());
                if (name.isPolynomial()) {
                    name.expand(plainForm.budget()).asAtom().filter(atoms::contains).ifPresent(a -> named.putIfAbsent(a, fn));
                }
            }
        }
        List<Pair> out = new ArrayList<>();
        Map<Expr, Fn> values = new HashMap<>();
        for (Expr a : atoms) {
            Fn value = a instanceof Fn fn ? fn : named.get(a);
            if (value == null) {
                continue;
            }
            pair(a, value).ifPresent(pair -> {
                out.add(pair);
                values.put(a, value);
            });
            if (out.size() > MAX_PAIRS) {
                return List.of();
            }
        }
        // the outer paths first: a value whose argument holds another's (hc = tanh(W x + U r h) holds r) takes
        // the terms of its path before the inner value's pair is read in them
        Map<Expr, Integer> depths = new HashMap<>();
        out.sort(java.util.Comparator.comparingInt((Pair pair) -> -depth(pair.atom(), values, depths, new java.util.HashSet<>())));
        return out;
    }

    /** How many values of {@code values} lie below {@code atom}'s argument, one inside another. */
    private static int depth(Expr atom, Map<Expr, Fn> values, Map<Expr, Integer> depths, java.util.Set<Expr> visiting) {
        Integer known = depths.get(atom);
        if (known != null) {
            return known;
        }
        int d = 0;
        if (visiting.add(atom)) {
            for (Expr other : values.keySet()) {
                if (!other.equals(atom) && Exprs.contains(values.get(atom).args().get(0), other)) {
                    d = Math.max(d, 1 + depth(other, values, depths, visiting));
                }
            }
        }
        depths.put(atom, d);
        return d;
    }

    /** The derivative of the one-argument function {@code value} as a two-term polynomial in {@code atom}, if it is one. */
    private Optional<Pair> pair(Expr atom, Fn value) {
        Optional<KnownFunction> known = FunctionRegistry.lookup(value.name());
        if (known.isEmpty() || known.get().arity() != 1 || value.args().size() != 1) {
            return Optional.empty();
        }
        Expr slot = Template.U;
        Expr derivative = Exprs.replace(known.get().derivative(slot), new Fn(value.name(), List.of(slot)), VALUE);
        if (Exprs.contains(derivative, slot)) {
            return Optional.empty();
        }
        Factored inValue = plainForm.normalize(derivative);
        if (!inValue.isPolynomial()) {
            return Optional.empty();
        }
        Poly d = inValue.expand(plainForm.budget());
        if (d.size() != 2) {
            return Optional.empty();
        }
        List<Map.Entry<Monomial, Rational>> terms = new ArrayList<>(d.terms().entrySet());
        int[] exponents = new int[2];
        for (int i = 0; i < 2; i++) {
            Monomial m = terms.get(i).getKey();
            if (m.powers().size() > 1 || !m.isOne() && !m.powers().containsKey(VALUE)) {
                return Optional.empty();
            }
            exponents[i] = m.powers().getOrDefault(VALUE, 0);
        }
        int lo = exponents[0] < exponents[1] ? 0 : 1;
        Factored factored = plainForm.normalize(Exprs.replace(derivative, VALUE, atom));
        return Optional.of(new Pair(atom, exponents[lo], terms.get(lo).getValue(), exponents[1 - lo],
                terms.get(1 - lo).getValue(), factored));
    }

    /** {@code p} as its rest plus one group per pair that takes terms of it; empty where none does. */
    private Optional<Expr> grouped(Poly p, List<Pair> pairs) {
        GroupedKey key = new GroupedKey(p, List.copyOf(pairs));
        Optional<Expr> known = groupedSoFar.get(key);
        if (known == null) {
            known = groupedNow(p, pairs);
            groupedSoFar.put(key, known);
        }
        return known;
    }

    private Optional<Expr> groupedNow(Poly p, List<Pair> pairs) {
        Poly rest = p;
        List<Pair> used = new ArrayList<>();
        List<Poly> quotients = new ArrayList<>();
        for (Pair pair : pairs) {
            Poly q = quotient(rest, pair);
            if (q.isZero()) {
                continue;
            }
            used.add(pair);
            quotients.add(q);
            rest = rest.add(expanded(pair).multiply(q, plainForm.budget()).negate(), plainForm.budget());
        }
        if (used.isEmpty()) {
            return Optional.empty();
        }
        List<Expr> terms = new ArrayList<>();
        if (!rest.isZero()) {
            terms.add(plainForm.presenter().present(Factored.fromPoly(rest)));
        }
        for (int g = 0; g < used.size(); g++) {
            List<Pair> others = new ArrayList<>(pairs);
            others.remove(used.get(g));
            terms.add(group(used.get(g), quotients.get(g), others));
        }
        return Optional.of(Exprs.add(terms));
    }

    /** One path: the pair, the common factors of what it multiplies, and the rest of that written by the other pairs. */
    private Expr group(Pair pair, Poly q, List<Pair> others) {
        Rational c = q.content();
        Monomial m = q.monomialContent();
        Poly inner = q.divideBy(c, m);
        // an atom whose own pair groups terms of the bracket stays in it, so that pair reads whole:
        // U z (1 − hc²)(r + Ur h r (1 − r)), not U r z (1 − hc²)(1 + Ur h (1 − r))
        for (Pair other : others) {
            Monomial low = other.lowExponent() == 0 ? Monomial.ONE : Monomial.of(other.atom(), other.lowExponent());
            if (!low.isOne() && m.divisibleBy(low)) {
                Poly back = inner.scale(Rational.ONE, low);
                if (!quotient(back, other).isZero()) {
                    m = m.divide(low);
                    inner = back;
                }
            }
        }
        Map<Poly, Integer> atoms = new TreeMap<>();
        m.powers().forEach((a, e) -> atoms.put(Poly.atom(a), e));
        Factored outside = Factored.of(c, atoms).multiply(pair.factored());
        if (inner.size() > 1) {
            Optional<Expr> nested = grouped(inner, others);
            if (nested.isPresent()) {
                // the bracket the way round that reads shorter: U z (1 − hc²)(r + Ur h r (1 − r)), either sign in front
                Expr asIs = Exprs.mul(plainForm.presenter().present(outside), nested.get());
                Factored turnedOutside = Factored.of(c.negate(), atoms).multiply(pair.factored());
                Expr turned = Exprs.mul(plainForm.presenter().present(turnedOutside), grouped(inner.negate(), others).orElseThrow());
                return TextbookCost.asPrinted(turned) < TextbookCost.asPrinted(asIs) ? turned : asIs;
            }
            outside = outside.multiply(Factored.fromPoly(inner));
        }
        return plainForm.presenter().present(outside);
    }

    /**
     * The q with {@code pair·q} taken out of {@code p}: each term {@code k·M} of p (M holding the atom to
     * at least the pair's low power) whose partner {@code M·a^(high − low)} has the coefficient the pair
     * gives it, lowest power of the atom first, each term taken once.
     */
    private Poly quotient(Poly p, Pair pair) {
        Map<Monomial, Rational> left = new HashMap<>(p.terms());
        List<Monomial> order = new ArrayList<>(p.terms().keySet());
        // by the atom's power, then the monomials' order reversed; written out, as the JDK's comparator
        // combinators are linked at run time on their first use
        order.sort((a, b) -> {
            int c = Integer.compare(a.exponentOf(pair.atom()), b.exponentOf(pair.atom()));
            return c != 0 ? c : b.compareTo(a);
        });
        Monomial low = pair.lowExponent() == 0 ? Monomial.ONE : Monomial.of(pair.atom(), pair.lowExponent());
        Monomial step = Monomial.of(pair.atom(), pair.highExponent() - pair.lowExponent());
        List<Poly> taken = new ArrayList<>();
        for (Monomial m : order) {
            Rational k = left.get(m);
            if (k == null || !m.divisibleBy(low)) {
                continue;
            }
            Monomial partner = m.multiply(step);
            Rational want = k.multiply(pair.high()).divide(pair.low());
            if (!want.equals(left.get(partner))) {
                continue;
            }
            left.remove(m);
            left.remove(partner);
            taken.add(Poly.monomial(k.divide(pair.low()), m.divide(low)));
        }
        return Poly.sum(taken, plainForm.budget());
    }

    private Poly expanded(Pair pair) {
        return pair.factored().expand(plainForm.budget());
    }
}
