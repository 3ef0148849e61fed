package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.ExprOrder;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FactorOrder;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;

/**
 * Writes a normal form back as an expression the way a textbook prints it: one coefficient,
 * factors in the order constant, symbols, functions, indexed symbols and δ, Σ and derivatives,
 * parenthesised sums, then denominators; each sum factor turned so it has the fewest minus signs
 * (ties: positive constant term, then whichever makes the overall sign positive);
 * {@code exp(u)^k} as {@code exp(k·u)}. The result is a deterministic function of the normal form.
 */
final class Presenter {
    private final Normalizer normalizer;
    private final Map<Expr, Expr> negatedBodies;
    /**
     * Presentations so far, of normal forms ({@link Factored}) and of sums ({@link Poly}), by the
     * normaliser's {@linkplain Normalizer#context() context} (the exp powers a presentation writes
     * are normalised there). Each sum to an odd power is presented both ways round, and its
     * factors again inside each: without the table the work doubles with every level of nesting.
     */
    private final Map<Key, Expr> memo;

    private record Key(Object form, int context) {
        /** A record's own equality, written out so that no bootstrap method is linked at run time ({@link Rational#equals}). */
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Key k && java.util.Objects.equals(form, k.form) && context == k.context;
        }

        /** A record's own hash code, {@code 31·hash(form) + context}. */
        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(form) + context;
        }
    }

    Presenter(Normalizer normalizer) {
        this.normalizer = normalizer;
        this.memo = new HashMap<>();
        this.negatedBodies = new HashMap<>();
    }

    /** A presenter for {@code normalizer} that shares {@code other}'s memo tables. */
    Presenter(Normalizer normalizer, Presenter other) {
        this.normalizer = normalizer;
        this.memo = other.memo;
        this.negatedBodies = other.negatedBodies;
    }

    Expr present(Factored f) {
        return remembered(f, () -> presented(f));
    }

    /**
     * The memo's form of {@code value} in the normaliser's context, made by {@code make} the first
     * time (not {@code computeIfAbsent}: making a form presents its parts, which adds to the memo).
     */
    private Expr remembered(Object value, java.util.function.Supplier<Expr> make) {
        Key key = new Key(value, normalizer.context());
        Expr known = memo.get(key);
        if (known == null) {
            known = make.get();
            memo.put(key, known);
        }
        return known;
    }

    private Expr presented(Factored f) {
        if (f.isZero()) {
            return Exprs.ZERO;
        }
        Optional<Expr> rootsInTerms = ConstantRootsInTerms.of(f, this, normalizer.budget());
        if (rootsInTerms.isPresent()) {
            return rootsInTerms.get();
        }
        // x exp(−u) + 3, not exp(−u)(x + 3 exp(u)), whose exp(u) only makes up for the exp taken out (with the
        // input's decimals the presentation below scales the sums to them, and the written forms read the exps back)
        Optional<Expr> expsInTerms = normalizer.decimals() ? Optional.empty() : ExpsInTerms.of(f, this);
        if (expsInTerms.isPresent()) {
            return expsInTerms.get();
        }
        f = decimalsWritten(powersMerged(quotientsNamed(f)));
        Rational c = f.coefficient();
        List<Map.Entry<Poly, Integer>> entries = multipliedWhereShorter(new ArrayList<>(f.factors().entrySet()));
        // each sum or Σ factor to an odd power may be written either way round, −(a − b) = (b − a):
        // pick the side with fewer minus signs (then fewer negative constants), each turn flipping c
        List<Expr[]> sides = new ArrayList<>();
        int[] chosen = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Expr[] two = orientations(entries.get(i).getKey(), entries.get(i).getValue());
            sides.add(two);
            if (two != null && score(two[1]) < score(two[0])) {
                chosen[i] = 1;
                c = c.negate();
            }
        }
        if (c.signum() < 0) {
            // absorb the overall minus into the factor that costs the fewest extra signs, if any
            int best = -1;
            int bestCost = Integer.MAX_VALUE;
            boolean aSumKeptItsSign = false;
            for (int i = 0; i < entries.size(); i++) {
                Expr[] two = sides.get(i);
                if (two == null) {
                    continue;
                }
                int cost = score(two[1 - chosen[i]]) - score(two[chosen[i]]);
                if (SignOutOfSums.keepsItsSign(entries.get(i).getKey(), cost)) {
                    aSumKeptItsSign = true;
                    continue;
                }
                if (cost < bestCost) {
                    best = i;
                    bestCost = cost;
                }
            }
            // a lone sum (over its denominator) absorbs it even at the price of a negative constant (σ − 1, not −(1 − σ));
            // a product keeps its leading minus rather than turn 1 − σ round (−σ(1 − σ), as printed),
            // but trades it for one minus more in a factor (γ(nG − x̂Σ − Σ), not −γ(x̂Σ − nG + Σ))
            long numeratorFactors = entries.stream().filter(e -> e.getValue() > 0).count();
            boolean absorbs = numeratorFactors == 1 ? bestCost <= TextbookCost.MINUS + TextbookCost.NEGATIVE_CONSTANT
                    : bestCost <= 0 || bestCost == TextbookCost.MINUS;
            // a complement of a lone name takes the product's minus (y(p − 1), as Lin et al. print ∂CE/∂x)
            int name = best >= 0 && absorbs ? -1 : KeptMinus.nameComplementTakingTheSign(entries);
            if (numeratorFactors > 1 && name >= 0 && sides.get(name) != null) {
                best = name;
                absorbs = true;
            }
            if (best >= 0 && absorbs) {
                chosen[best] = 1 - chosen[best];
                c = c.negate();
            } else if (aSumKeptItsSign) {
                // the minus stands in front of a Σ whose body would read worse with it: −Σ_i x_i y_i
                normalizer.trace().fired(SignOutOfSums.RULE);
            }
        }
        List<Expr> numerator = new ArrayList<>();
        List<Expr> denominator = new ArrayList<>();
        Map<Fn, Integer> exps = new java.util.LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Poly p = entries.get(i).getKey();
            int e = entries.get(i).getValue();
            Optional<Expr> atom = p.asAtom();
            if (atom.isPresent() && atom.get() instanceof Fn g && g.name().equals(FunctionRegistry.EXP)) {
                exps.put(g, e);
                continue;
            }
            Expr base = sides.get(i) != null ? sides.get(i)[chosen[i]]
                    : atom.isPresent() ? atom.get() : polynomial(p);
            if (e > 0) {
                numerator.add(e == 1 ? base : powerOf(base, e));
            } else {
                denominator.add(e == -1 ? base : powerOf(base, -e));
            }
        }
        numerator.addAll(expsMerged(exps));
        PositiveRootsMerged.merge(numerator, denominator, normalizer);
        numerator.sort(FactorOrder.TOTAL);
        denominator.sort(FactorOrder.TOTAL);
        List<Expr> factors = new ArrayList<>();
        if (!c.isOne() || numerator.isEmpty() && denominator.isEmpty()) {
            factors.add(number(c));
        }
        factors.addAll(numerator);
        denominator.forEach(d -> factors.add(reciprocal(d)));
        return product(factors);
    }

    /**
     * The product of {@code factors}; a lone {@code b^(−k)} whose k is not whole as the reciprocal
     * of {@code b^k}, which prints as the fraction {@code 1/b^k}, as it does beside other factors
     * ({@code 1/(1 + (z/δ)²)^(3/2)}, as {@code a/(1 + (z/δ)²)^(3/2)}; a whole k prints so already).
     */
    static Expr product(List<Expr> factors) {
        Expr out = Exprs.mul(factors);
        if (out instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0 && !k.value().isInteger()) {
            return Exprs.pow(new Pow(p.base(), new Num(k.value().negate())), -1);
        }
        return out;
    }

    /** {@code 1/d} as one power: {@code b^{−k}} for {@code d = b^k}, else {@code d^{−1}}. */
    static Expr reciprocal(Expr d) {
        return d instanceof Pow p && p.exponent() instanceof Num k
                ? Exprs.pow(p.base(), new Num(k.value().negate())) : Exprs.pow(d, -1);
    }

    /** {@code base^e}, a power of a rational power written as one power ({@code x^{2/3}}, not {@code (x^{1/3})^2}). */
    private static Expr powerOf(Expr base, int e) {
        if (base instanceof Pow p && p.exponent() instanceof Num k) {
            return Exprs.pow(p.base(), new Num(k.value().multiply(Rational.of(e))));
        }
        return Exprs.pow(base, e);
    }

    /** A coefficient as written: a decimal where it terminates if the input wrote decimals. */
    private Num number(Rational c) {
        return new Num(c, normalizer.decimals());
    }

    /**
     * With decimals in the input, each sum factor scaled so its coefficients are the decimals the
     * input wrote rather than the integers the normal form clears them to: {@code 1 + 0.134145x²},
     * not {@code (26829x² + 200000)/200000}. The scale makes one coefficient ±1 and every other a
     * terminating decimal, or takes the coefficient in front into the sum, and is taken only where it writes fewer digits
     * in all (the coefficient in front included): {@code x + 2} stays, not {@code 2(0.5x + 1)}.
     */
    private Factored decimalsWritten(Factored f) {
        if (!normalizer.decimals()) {
            return f;
        }
        Rational c = f.coefficient();
        Map<Poly, Integer> out = new java.util.LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            Poly p = e.getKey();
            Rational best = Rational.ONE;
            int bestDigits = digits(p) + written(c);
            List<Rational> scales = new ArrayList<>();
            if (p.size() > 1) {
                if (e.getValue() == 1) {
                    // the coefficient multiplied in (first: on a tie, the form without parentheses):
                    // 0.5x + 0.001, not 0.001(1 + 500x)
                    scales.add(c.abs());
                }
                p.terms().values().forEach(t -> scales.add(Rational.ONE.divide(t.abs())));
            }
            for (Rational s : scales) {
                Poly scaled = p.scale(s, Monomial.ONE);
                if (scaled.terms().values().stream().allMatch(k -> k.isInteger() || Num.terminates(k))
                        && scaled.terms().values().stream().anyMatch(k -> !k.isInteger())) {
                    int d = digits(scaled) + written(c.multiply(s.pow(-e.getValue())));
                    if (d < bestDigits) {
                        best = s;
                        bestDigits = d;
                    }
                }
            }
            if (best.isOne()) {
                out.put(p, e.getValue());
            } else {
                out.put(p.scale(best, Monomial.ONE), e.getValue());
                c = c.multiply(best.pow(-e.getValue()));
                changed = true;
            }
        }
        return changed ? Factored.of(c, out) : f;
    }

    /** The digits a coefficient is written with (a unit coefficient is not written). */
    private static int digits(Rational c) {
        Rational a = c.abs();
        return a.isOne() ? 0 : Num.terminates(a) ? a.decimalString().length() : a.toString().length();
    }

    /** The digits of a coefficient in front of a product, one more for the product it makes. */
    private static int written(Rational c) {
        return c.abs().isOne() ? 0 : digits(c) + 1;
    }

    private static int digits(Poly p) {
        int n = 0;
        for (Rational c : p.terms().values()) {
            n += digits(c);
        }
        return n;
    }

    /**
     * Two sum factors whose product is shorter than they are written out as
     * ({@code (1 + t)(1 − t) = 1 − t²}) are shown multiplied; others stay factored.
     */
    private List<Map.Entry<Poly, Integer>> multipliedWhereShorter(List<Map.Entry<Poly, Integer>> entries) {
        List<Set<Expr>> atoms = new ArrayList<>();
        for (Map.Entry<Poly, Integer> e : entries) {
            atoms.add(e.getKey().size() < 2 || e.getValue() != 1 ? Set.of() : atomsOf(e.getKey()));
        }
        for (int i = 0; i < entries.size(); i++) {
            Poly a = entries.get(i).getKey();
            if (a.size() < 2 || entries.get(i).getValue() != 1) {
                continue;
            }
            for (int j = i + 1; j < entries.size(); j++) {
                Poly b = entries.get(j).getKey();
                if (b.size() < 2 || entries.get(j).getValue() != 1 || Collections.disjoint(atoms.get(i), atoms.get(j))) {
                    // sums without a common atom multiply to |a|·|b| distinct terms, never fewer
                    // than |a| + |b| − 1: only those that share one are worth multiplying out
                    continue;
                }
                Poly product = a.multiply(b, normalizer.budget());
                if (product.size() < a.size() + b.size() - 1) {
                    normalizer.trace().fired("expand-products");
                    List<Map.Entry<Poly, Integer>> out = new ArrayList<>(entries);
                    out.remove(j);
                    out.set(i, Map.entry(product, 1));
                    return multipliedWhereShorter(out);
                }
            }
        }
        return entries;
    }

    /**
     * Each power with a symbolic exponent, and each root beside a whole power of its base
     * ({@code √(v + ε)·(v + ε) = (v + ε)^{3/2}}), written together with its base's other power as one
     * power, undoing the normal form's split ({@code (p^a)^2·p^{−1} = p^{2a−1}},
     * {@code (1 − p)·(1 − p)^{−x} = (1 − p)^{1−x}}, {@code (p^a)^2 = p^{2a}}): in the numerator
     * unless both exponents are negative ({@code 1/p^{a+1}}). The base may stand in the form
     * negated ({@code p − 1} for a base {@code 1 − p}): an odd power of it turns the coefficient.
     */
    private Factored powersMerged(Factored f) {
        Map<Poly, Integer> out = new java.util.LinkedHashMap<>(f.factors());
        Rational c = f.coefficient();
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            if (!(e.getKey().asAtom().orElse(null) instanceof Pow p) || !out.containsKey(e.getKey())
                    || p.exponent() instanceof Num q && q.value().isInteger()) {
                continue;
            }
            int k = e.getValue();
            Factored base = normalizer.withoutDefinitions().normalize(p.base());
            Optional<Poly> factor = base.coefficient().abs().isOne() && base.factors().size() == 1
                    && base.factors().values().iterator().next() == 1
                    ? Optional.of(base.factors().keySet().iterator().next()) : Optional.empty();
            int m = factor.map(q -> out.getOrDefault(q, 0)).orElse(0);
            if (m == 0 && (Math.abs(k) == 1 || p.exponent() instanceof Num)) {
                continue;
            }
            if (p.exponent() instanceof Num root) {
                // a root and a whole power of its base are one power: √(v + ε)(v + ε) = (v + ε)^{3/2},
                // over the fraction bar as well as above it (1/(v + ε)^{3/2}, √s/s = 1/√s)
                Rational r = root.value().multiply(Rational.of(k)).add(Rational.of(m));
                normalizer.trace().fired("multiply-powers");
                out.remove(e.getKey());
                out.remove(factor.get());
                out.put(Poly.atom(new Pow(p.base(), new Num(r.abs()))), r.signum());
                if (base.coefficient().signum() < 0 && m % 2 != 0) {
                    c = c.negate(); // q^m = (−b)^m
                }
                continue;
            }
            int sign = k < 0 && m <= 0 ? -1 : 1;
            Expr exponent = mergedExponent(normalizer.withoutDefinitions().canonical(
                    Exprs.mul(Exprs.num(sign * k), p.exponent())), sign * m);
            out.remove(e.getKey());
            out.put(Poly.atom(new Pow(p.base(), exponent)), sign);
            if (m != 0) {
                normalizer.trace().fired("multiply-powers");
                out.remove(factor.get());
                if (base.coefficient().signum() < 0 && m % 2 != 0) {
                    c = c.negate(); // q^m = (−b)^m
                }
            }
        }
        return out.size() == f.factors().size() && c.equals(f.coefficient()) && out.keySet().equals(f.factors().keySet())
                ? f : Factored.of(c, out);
    }

    /**
     * {@code u + m} as an exponent is printed: the constant last ({@code 2a − 1}, {@code a + 1}, as
     * {@code n x^{n−1}}), first when {@code u} reads negative ({@code 1 − x}).
     */
    static Expr mergedExponent(Expr u, int m) {
        if (m == 0) {
            return u;
        }
        boolean negative = u instanceof Mul product && product.factors().get(0) instanceof Num c
                && c.value().signum() < 0;
        return negative ? Exprs.add(Exprs.num(m), u) : Exprs.add(u, Exprs.num(m));
    }

    /** The factor of a normal form that {@code base} is, when it is one factor to the first power. */
    private Optional<Poly> baseFactor(Expr base) {
        Factored f = normalizer.withoutDefinitions().normalize(base);
        if (f.coefficient().isOne() && f.factors().size() == 1 && f.factors().values().iterator().next() == 1) {
            return Optional.of(f.factors().keySet().iterator().next());
        }
        return Optional.empty();
    }

    private static Set<Expr> atomsOf(Poly p) {
        Set<Expr> out = new HashSet<>();
        p.terms().keySet().forEach(m -> m.forEachPower((a, e) -> out.add(a)));
        return out;
    }

    /**
     * The two ways to write a factor to an odd power that can absorb a sign: a sum as itself and
     * negated, a Σ as itself and as the Σ of the negated body; {@code null} for other factors.
     */
    private Expr[] orientations(Poly p, int exponent) {
        if (exponent % 2 == 0) {
            return null;
        }
        if (p.size() >= 2) {
            return new Expr[] {polynomial(p), polynomial(p.negate())};
        }
        Optional<Expr> atom = p.asAtom();
        if (atom.isPresent() && atom.get() instanceof IndexSum s) {
            // bodies of sums are never written back in definitions: the plain normaliser, memoised
            Expr negated = negatedBodies.get(s.body());
            if (negated == null) {
                negated = normalizer.withoutDefinitions().canonical(Exprs.neg(s.body()));
                negatedBodies.put(s.body(), negated);
            }
            return new Expr[] {s, new IndexSum(s.index(), s.lower(), s.upper(), negated)};
        }
        return null;
    }

    /**
     * {@code sinh(u)^e / cosh(u)^e} as {@code tanh(u)^e} and {@code sin(u)^e / cos(u)^e} as
     * {@code tan(u)^e}: the derivative of {@code log cosh} is printed {@code tanh(x)}; also {@code cosh(u)/sinh(u)} as
     * {@code coth(u)} and {@code cos(u)/sin(u)} as {@code cot(u)} where the input wrote them ({@link WrittenQuotientNames}).
     */
    private Factored quotientsNamed(Factored f) {
        return NamedQuotients.named(f, normalizer.budget(), normalizer.trace(), normalizer.quotientNames());
    }

    /** The reading cost of one way round of a factor: {@link TextbookCost}, the one cost. */
    private static int score(Expr e) {
        return TextbookCost.of(e);
    }

    /**
     * The exp factors of one product as one exp of the sum of their arguments where that sum has a
     * common factor, undoing the normal form's split ({@code exp(p)·exp(−ρp) = exp((1 − ρ)p)},
     * {@code exp(−x²/2)·exp(μx)·exp(−μ²/2) = exp((2μx − μ² − x²)/2)}) and that exp
     * normalises to the same factors again, or where they are a double exponential beside the chain
     * rule's factor from its argument ({@code exp(z)·exp(−exp(z)) = exp(z − exp(z))},
     * {@link #chainOfDoubleExponential}); else each on its own ({@code exp(u)^k} as
     * {@code exp(k·u)}), as {@code exp(x_i)·exp(x_j)} is printed.
     */
    private List<Expr> expsMerged(Map<Fn, Integer> exps) {
        List<Expr> each = new ArrayList<>();
        exps.forEach((g, e) -> each.add(expPower(g, e)));
        if (exps.size() < 2) {
            return each;
        }
        List<Expr> arguments = new ArrayList<>();
        List<Factored> powers = new ArrayList<>();
        exps.forEach((g, e) -> {
            arguments.add(Exprs.mul(Exprs.num(e), g.arg()));
            powers.add(Factored.atom(g).pow(e, normalizer.budget()));
        });
        Expr argument = normalizer.canonical(Exprs.add(arguments));
        boolean chain = chainOfDoubleExponential(exps);
        if (argument instanceof org.symgrad.expr.Add && !chain) {
            return each; // nothing in common: exp(x_i)·exp(x_j) as the softmax derivation prints it
        }
        if (!chain && !normalizer.normalize(argument).isPolynomial()) {
            return each; // a common factor over a bar: exp(−2z)·exp(−exp(−z)), not exp(−exp(−z)(1 + 2z·exp(z)))
        }
        if (chain && !(argument instanceof org.symgrad.expr.Add) && each.stream().allMatch(x -> x instanceof Fn)) {
            // the chain's arguments stay apart as terms: exp(−exp(−z) − z), not the exp(−exp(−z)(1 + z·exp(z)))
            // the normal form's common factor makes of them
            argument = Exprs.add(each.stream().map(x -> ((Fn) x).arg()).toList());
        }
        Expr merged = Exprs.exp(argument);
        if (!normalizer.normalize(merged).equals(Factored.product(powers, org.symgrad.rewrite.Trace.NONE))) {
            return each;
        }
        normalizer.trace().fired("exp-law");
        return List.of(merged);
    }

    /**
     * Whether the exps of one product are a double exponential and the chain rule's factor from its
     * argument: {@code exp(u)·exp(−exp(u))}, the derivative of {@code exp(−exp(u))} (complementary
     * log-log and log-log links, Gumbel and Gompertz densities), which sources write as the one exp
     * {@code exp(u − exp(u))}. Only where one exp is a reciprocal ({@code exp(−v)}): the chain rule's
     * {@code exp(x)·exp(exp(x))} of a growing double exponential stays as the books print it.
     */
    private boolean chainOfDoubleExponential(Map<Fn, Integer> exps) {
        if (exps.values().stream().allMatch(e -> e > 0)) {
            return false;
        }
        // every exp of the product in the chain: exp(−exp(w)) beside exp(z)·exp(−exp(z)) is a factor of its own
        for (Map.Entry<Fn, Integer> one : exps.entrySet()) {
            boolean chained = false;
            for (Map.Entry<Fn, Integer> other : exps.entrySet()) {
                chained |= other != one && (holds(one.getKey(), other) || holds(other.getKey(), one));
            }
            if (!chained) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the argument of {@code outer} holds the exp {@code inner} as the product has it: exp(2t) for exp(t)²,
     * exp(−z) for exp(z)^{−1} (the log-log link's exp(−exp(−z)), whose chain factor is exp(−z)).
     */
    private boolean holds(Fn outer, Map.Entry<Fn, Integer> inner) {
        return Exprs.contains(outer.arg(), inner.getKey())
                || Exprs.contains(outer.arg(), expPower(inner.getKey(), Math.abs(inner.getValue())))
                || Exprs.contains(outer.arg(), expPower(inner.getKey(), inner.getValue()));
    }

    private Expr expPower(Fn exp, int e) {
        if (e == 1) {
            return exp;
        }
        return Exprs.exp(normalizer.canonical(Exprs.mul(Exprs.num(e), exp.arg())));
    }

    /**
     * A polynomial as a sum of monomial terms in canonical order; a constant term goes first in a
     * binomial ({@code 1 − σ(x)}, {@code 1 + exp(x)}) and last otherwise ({@code x² − 2x − 1}).
     */
    Expr polynomial(Poly p) {
        return remembered(p, () -> written(p));
    }

    private Expr written(Poly p) {
        Optional<Expr> grouped = grouped(p);
        return grouped.isPresent() ? grouped.get() : flat(p);
    }

    /** {@code p} as the sum of its monomial terms, none grouped. */
    private Expr flat(Poly p) {
        List<Expr> terms = new ArrayList<>();
        Rational constant = p.constantTerm();
        boolean constantFirst = p.size() == 2;
        if (!constant.isZero() && constantFirst) {
            terms.add(number(constant));
        }
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            if (t.getKey().isOne()) {
                continue;
            }
            List<Expr> factors = new ArrayList<>();
            Map<Poly, Integer> powers = new java.util.TreeMap<>();
            t.getKey().forEachPower((atom, e) -> powers.put(Poly.atom(atom), e));
            Factored merged = powersMerged(Factored.of(Rational.ONE, powers));
            // a base that normalises negated ((−x)^a·x) would turn the term's sign: left apart
            Map<Poly, Integer> written = merged.coefficient().isOne() ? merged.factors() : powers;
            Map<Fn, Integer> exps = new java.util.LinkedHashMap<>();
            Rational coefficient = t.getValue();
            for (Map.Entry<Poly, Integer> a : written.entrySet()) {
                Expr atom = a.getKey().asAtom().orElseThrow();
                int e = a.getValue();
                if (atom instanceof Fn g && g.name().equals(FunctionRegistry.EXP)) {
                    exps.put(g, e);
                    continue;
                }
                // a Σ term whose body reads better negated is subtracted: a − Σ_i x_i (1 − σ_i), not a + Σ_i −x_i (1 − σ_i)
                Expr[] two = atom instanceof IndexSum ? orientations(a.getKey(), e) : null;
                if (two != null && score(two[1]) < score(two[0])) {
                    normalizer.trace().fired(SignOutOfSums.RULE);
                    atom = two[1];
                    coefficient = coefficient.negate();
                }
                factors.add(e == 1 ? atom : Exprs.pow(atom, e));
            }
            factors.addAll(expsMerged(exps));
            factors.sort(FactorOrder.TOTAL);
            if (!coefficient.isOne()) {
                factors.add(0, number(coefficient));
            }
            terms.add(Exprs.mul(factors));
        }
        if (!constant.isZero() && !constantFirst) {
            terms.add(number(constant));
        }
        // a sum the normal form keeps as one atom ({@link FractionsApart}) stays one term, (1 + s) in y·(1 + s) + (1 + s)
        return terms.size() > 1 && terms.stream().anyMatch(t -> t instanceof Add) ? new Add(terms) : Exprs.add(terms);
    }

    /**
     * A sum of three or more terms with an atom common to some of them, written
     * {@code a·(q_1 + q_2) + rest} ({@code λW_ab + x_b(y_a − t_a)}): the atom that occurs to the
     * first power in the most terms, when what it multiplies is itself a sum without a constant.
     */
    private Optional<Expr> grouped(Poly p) {
        if (p.size() < 3) {
            return Optional.empty();
        }
        // counted by hash (ExprOrder agrees with equals), not in a sorted map: the atoms of a deep
        // form are costly to compare; the earliest atom in ExprOrder of the largest count is chosen
        Map<Expr, Integer> counts = new HashMap<>();
        for (Monomial m : p.terms().keySet()) {
            m.forEachPower((a, e) -> {
                if (e == 1) {
                    counts.merge(a, 1, Integer::sum);
                }
            });
        }
        Expr best = null;
        int bestCount = 1;
        for (Map.Entry<Expr, Integer> c : counts.entrySet()) {
            int n = c.getValue();
            if (n < p.size() && (n > bestCount || n == bestCount && best != null
                    && ExprOrder.INSTANCE.compare(c.getKey(), best) < 0)) {
                best = c.getKey();
                bestCount = n;
            }
        }
        Optional<Expr> byAtom = best == null ? Optional.empty() : groupedBy(p, best);
        return byAtom.isPresent() ? byAtom : collected(p);
    }

    /**
     * A sum of four or more terms collected by the power of a variable that multiplies a polynomial of three or more
     * terms in the other atoms, one of them a function's value, as a book collects a higher derivative by the powers of
     * x its Leibniz sum gives: the bracket of {@code (x²σ)'''} is {@code x²(6σ² − 6σ + 1) + 6}, not
     * {@code 6x²σ² − 6x²σ + x² + 6}, so the result reads {@code 6σ(1 − σ) + x²σ(1 − σ)(6σ² − 6σ + 1) + 6xσ(1 − 2σ)(1 − σ)}.
     * The variable and power that collect the most terms, the earliest in the structural order on a tie; only where
     * the collected form reads shorter. A polynomial in variables alone stays as the normal form writes it
     * ({@code 2x²y − 2xy + y + 6}).
     */
    private Optional<Expr> collected(Poly p) {
        if (p.size() < 4) {
            return Optional.empty();
        }
        Map<Monomial, Integer> counts = new HashMap<>();
        for (Monomial m : p.terms().keySet()) {
            m.forEachPower((a, e) -> {
                if (a instanceof org.symgrad.expr.Variable && e > 0) {
                    counts.merge(Monomial.of(a, e), 1, Integer::sum);
                }
            });
        }
        Monomial best = null;
        int bestCount = 1;
        for (Map.Entry<Monomial, Integer> c : counts.entrySet()) {
            int n = c.getValue();
            if (n < p.size() && (n > bestCount || n == bestCount && best != null && c.getKey().compareTo(best) < 0)) {
                best = c.getKey();
                bestCount = n;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Expr variable = best.powers().keySet().iterator().next();
        int k = best.powers().get(variable);
        List<Poly> withTerms = new ArrayList<>();
        List<Poly> restTerms = new ArrayList<>();
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            Poly term = Poly.monomial(t.getValue(), t.getKey());
            if (t.getKey().exponentOf(variable) == k) {
                withTerms.add(term.divideBy(Rational.ONE, best));
            } else {
                restTerms.add(term);
            }
        }
        Poly with = Poly.sum(withTerms, normalizer.budget());
        Poly rest = Poly.sum(restTerms, normalizer.budget());
        // a polynomial in a function's values (σ, ψ, …) the power multiplies; one in variables alone, or in the values
        // of Σ, Π and δ (index bookkeeping the normal form groups by its own atom), stays as it was
        Set<Expr> inWith = atomsOf(with);
        if (with.size() < 3 || inWith.contains(variable) || inWith.stream().noneMatch(a -> a instanceof Fn)) {
            return Optional.empty();
        }
        // the power first, as a polynomial in x is written: x²(6σ² − 6σ + 1) + 6
        Expr out = Exprs.add(present(Factored.fromPoly(with).multiply(Factored.fromPoly(Poly.monomial(Rational.ONE, best)))),
                present(Factored.fromPoly(rest)));
        return TextbookCost.of(out) < TextbookCost.of(flat(p)) ? Optional.of(out) : Optional.empty();
    }

    /**
     * {@code p} written {@code a·(q_1 + q_2) + rest} for the atom {@code best} (to the first power in
     * some of its terms), if what it multiplies may stand in a bracket.
     */
    Optional<Expr> groupedBy(Poly p, Expr best) {
        Monomial a = Monomial.of(best, 1);
        // the terms of each side gathered first and summed once: adding them one by one copies the sum each time
        List<Poly> withTerms = new ArrayList<>();
        List<Poly> restTerms = new ArrayList<>();
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            Poly term = Poly.monomial(t.getValue(), t.getKey());
            if (t.getKey().exponentOf(best) == 1) {
                withTerms.add(term.divideBy(Rational.ONE, a));
            } else {
                restTerms.add(term);
            }
        }
        Poly with = Poly.sum(withTerms, normalizer.budget());
        Poly rest = Poly.sum(restTerms, normalizer.budget());
        // what the atom multiplies may hold a constant when it is a complement 1 − u, the factor
        // derivative tables print (σ(1 − σ), 1 − tanh²): SiLU′ σ(x)(1 + x(1 − σ(x))), (x tanh x)′ =
        // tanh x + x(1 − tanh² x); another constant stays in the sum (γ p log p + p − 1)
        // — or a multiple of one, k(1 − u): (x σ(2x))′ = σ(2x) + 2x σ(2x)(1 − σ(2x)), as for b in place of 2
        Rational constant = with.constantTerm();
        boolean complement = with.size() == 2 && constant.signum() > 0
                && with.terms().values().stream().anyMatch(c -> c.signum() < 0)
                || KeptMinus.signedComplement(with);
        if (!with.constantTerm().isZero() && !complement) {
            return Optional.empty();
        }
        Expr factor = present(Factored.fromPoly(with).multiply(Factored.atom(best)));
        return Optional.of(!with.constantTerm().isZero() ? Exprs.add(present(Factored.fromPoly(rest)), factor)
                : Exprs.add(factor, present(Factored.fromPoly(rest))));
    }

}
