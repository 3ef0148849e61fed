package org.symgrad.simplify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;

/**
 * Turns an expression into its {@link Factored} normal form: a rational function of atoms with
 * exact coefficients. Arithmetic is collected; exp/log laws keep the set of exp atoms minimal
 * ({@code exp(a+b) = exp(a)·exp(b)}, {@code exp(−x) = exp(x)^{-1}}, {@code log(exp(u)) = u});
 * odd/even symmetries normalise signs ({@code σ(−u) = 1 − σ(u)}, {@code tanh(−u) = −tanh(u)});
 * sums over an index go through {@link SumRules}; every new atom passes the atom rules
 * (assumptions, resubstituted definitions). With {@code expandNamedFunctions} σ, tanh, softplus,
 * sinh and cosh are written in exp/log and logarithms of products are split — the form used to
 * prove identities.
 */
final class Normalizer {
    private static final int MAX_DEPTH = 2_000;

    private final Budget budget;
    private final List<AtomRule> assumptions;
    private final List<AtomRule> definitions;
    private final boolean expandNamedFunctions;
    /** Whether definitions are written back inside the bodies of sums too. */
    private final boolean insideSums;
    private Normalizer insideNormalizer;
    private Normalizer plain;
    private final Map<Expr, Factored> memo = new HashMap<>();
    private final SumRules sums = new SumRules(this);
    private final Presenter presenter = new Presenter(this);
    private int depth;
    private int sumDepth;

    Normalizer(Budget budget, List<AtomRule> assumptions, List<AtomRule> definitions, boolean expandNamedFunctions) {
        this(budget, assumptions, definitions, expandNamedFunctions, false);
    }

    private Normalizer(Budget budget, List<AtomRule> assumptions, List<AtomRule> definitions,
                       boolean expandNamedFunctions, boolean insideSums) {
        this.budget = budget;
        this.assumptions = List.copyOf(assumptions);
        this.definitions = List.copyOf(definitions);
        this.expandNamedFunctions = expandNamedFunctions;
        this.insideSums = insideSums;
    }

    Budget budget() {
        return budget;
    }

    Presenter presenter() {
        return presenter;
    }

    /** The canonical expression of {@code e}: normal form, then presented. */
    Expr canonical(Expr e) {
        return presenter.present(normalize(e));
    }

    Factored normalize(Expr e) {
        boolean memoise = definitions.isEmpty();
        Factored cached = memoise ? memo.get(e) : null;
        if (cached != null) {
            return cached;
        }
        if (++depth > MAX_DEPTH) {
            throw new LimitException("nesting-depth", "expression nested deeper than " + MAX_DEPTH + " levels");
        }
        try {
            budget.tick();
            Factored f = rootsResolved(compute(e));
            if (memoise) {
                memo.put(e, f);
            }
            return f;
        } finally {
            depth--;
        }
    }

    private Factored compute(Expr e) {
        return switch (e) {
            case Num n -> Factored.constant(n.value());
            case Sym s -> atom(s);
            case Indexed x -> atom(x);
            case Delta d -> delta(d);
            case Add a -> add(a.terms().stream().map(this::normalize).toList());
            case Mul m -> {
                Factored out = Factored.ONE;
                for (Expr f : m.factors()) {
                    out = out.multiply(normalize(f));
                    if (out.isZero()) {
                        break;
                    }
                }
                yield out.cancelled(budget);
            }
            case Pow p -> power(p);
            case Fn f -> function(f);
            case IndexSum s -> {
                sumDepth++;
                try {
                    yield sums.normalize(s);
                } finally {
                    sumDepth--;
                }
            }
            case Derivative d -> atom(new Derivative(canonical(d.of()), d.wrt()));
        };
    }

    /** A sum of normal forms, merging Σ terms over the same range first. */
    Factored add(List<Factored> terms) {
        return Factored.add(sums.mergeSums(terms), budget);
    }

    /** A new atom, after the first atom rule that applies to it. */
    Factored atom(Expr a) {
        for (AtomRule r : assumptions) {
            Optional<Expr> out = r.apply(a);
            if (out.isPresent()) {
                return normalize(out.get());
            }
        }
        if (sumDepth == 0 || insideSums) {
            for (AtomRule r : definitions) {
                Optional<Expr> out = r.apply(a);
                if (out.isPresent()) {
                    return withoutDefinitions().normalize(out.get());
                }
            }
        }
        // a sum's own atom is made while its body is being normalised: one level deep
        if (a instanceof IndexSum sum && sumDepth == 1 && !insideSums && !definitions.isEmpty()) {
            return writtenBackInside(sum);
        }
        return Factored.atom(a);
    }

    /**
     * A sum with the definitions written back in its body too ({@code Σ_k z_k exp(z_k/T)} becomes
     * {@code S·Σ_k z_k y_k} for softmax y), unless that brings the sum itself back — as for the
     * softmax normaliser {@code S = Σ_k exp(z_k/T)} — which would only go round in circles.
     */
    private Factored writtenBackInside(IndexSum sum) {
        if (insideNormalizer == null) {
            insideNormalizer = new Normalizer(budget, assumptions, definitions, expandNamedFunctions, true);
        }
        Factored inside = insideNormalizer.normalize(sum);
        return Exprs.contains(presenter.present(inside), sum) ? Factored.atom(sum) : inside;
    }

    Normalizer withoutDefinitions() {
        if (definitions.isEmpty()) {
            return this;
        }
        if (plain == null) {
            plain = new Normalizer(budget, assumptions, List.of(), expandNamedFunctions);
        }
        return plain;
    }

    private Factored delta(Delta d) {
        if (d.i().equals(d.j())) {
            return Factored.ONE;
        }
        if (Index.isConcrete(d.i()) && Index.isConcrete(d.j())) {
            return Factored.ZERO;
        }
        // δ is symmetric: order the indices
        return atom(d.i().compareTo(d.j()) <= 0 ? d : new Delta(d.j(), d.i()));
    }

    /** {@code (u^{1/q})^{m·q + r} = u^m·(u^{1/q})^r}: whole powers of a root leave the root. */
    private Factored rootsResolved(Factored f) {
        Factored out = null;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            Optional<Expr> atom = e.getKey().asAtom();
            if (atom.isPresent() && atom.get() instanceof Pow root && root.exponent() instanceof Num k
                    && k.value().num().equals(BigInteger.ONE) && !k.value().isInteger()
                    && k.value().den().bitLength() < 31) {
                int q = k.value().den().intValueExact();
                int whole = e.getValue() / q;
                if (whole != 0) {
                    Factored base = Factored.of(Rational.ONE, Map.of(e.getKey(), -whole * q));
                    out = (out == null ? f : out).multiply(base).multiply(normalize(root.base()).pow(whole, budget));
                }
            }
        }
        return out == null ? f : out;
    }

    private Factored power(Pow p) {
        Factored base = normalize(p.base());
        Factored exponent = normalize(p.exponent());
        if (exponent.isConstant()) {
            Rational q = exponent.coefficient();
            if (q.isInteger()) {
                if (q.toBigInteger().bitLength() > 31) {
                    throw new LimitException("exponent", "exponent " + q + " is too large");
                }
                return base.pow(q.toBigInteger().intValueExact(), budget);
            }
            if (base.isZero()) {
                return Factored.ZERO;
            }
            // u^(p/q) = (u^(1/q))^p
            Rational root = Rational.of(BigInteger.ONE, q.den());
            if (q.num().bitLength() > 31) {
                throw new LimitException("exponent", "exponent " + q + " is too large");
            }
            return atom(new Pow(stable(base), new Num(root)))
                    .pow(q.num().intValueExact(), budget);
        }
        if (base.isConstant() && base.coefficient().isOne()) {
            return Factored.ONE;
        }
        return atom(new Pow(stable(base), stable(exponent)));
    }

    /**
     * {@code u} presented as the argument of an atom, normalised again until the presentation no
     * longer changes: presenting may merge distinct monomials ({@code exp(1/3)^3} reads
     * {@code exp(1)}), and an atom's argument must be the same expression however it was reached.
     */
    private Expr stable(Factored u) {
        Expr out = presenter.present(u);
        for (int round = 0; round < 3; round++) {
            Expr again = canonical(out);
            if (again.equals(out)) {
                break;
            }
            out = again;
        }
        return out;
    }

    private Factored function(Fn f) {
        Optional<KnownFunction> known = FunctionRegistry.lookup(f.name());
        if (known.isEmpty() || known.get().arity() != 1) {
            List<Expr> args = new ArrayList<>();
            for (Expr a : f.args()) {
                args.add(canonical(a));
            }
            return atom(new Fn(f.name(), args));
        }
        KnownFunction entry = known.get();
        Factored u = normalize(f.arg());
        Expr arg = stable(u);
        if (entry.canonicalForm().isPresent()) {
            return normalize(entry.canonicalForm().get().apply(arg));
        }
        if (expandNamedFunctions && entry.definition().isPresent()) {
            return normalize(entry.definition().get().apply(arg));
        }
        if (entry.name().equals(FunctionRegistry.EXP)) {
            return exp(u);
        }
        if (entry.name().equals(FunctionRegistry.LOG)) {
            return log(u, arg);
        }
        if (u.isConstant()) {
            Expr special = entry.specialValues().get(u.coefficient());
            if (special != null) {
                return normalize(special);
            }
            if (entry.exactAtNumbers().isPresent()) {
                return Factored.constant(entry.exactAtNumbers().get().apply(u.coefficient()));
            }
        }
        if (u.coefficient().signum() < 0) {
            Factored positive = atom(new Fn(entry.name(), List.of(negated(u))));
            switch (entry.parity()) {
                case ODD -> {
                    return positive.multiply(Factored.constant(Rational.MINUS_ONE));
                }
                case EVEN -> {
                    return positive;
                }
                case COMPLEMENTARY -> {
                    return add(List.of(Factored.ONE, positive.multiply(Factored.constant(Rational.MINUS_ONE))));
                }
                case NONE -> {
                }
            }
        }
        return atom(new Fn(entry.name(), List.of(arg)));
    }

    private Expr negated(Factored u) {
        return presenter.present(u.multiply(Factored.constant(Rational.MINUS_ONE)));
    }

    /** exp of a sum is the product of exps; integer multiples become powers; exp(log u) = u. */
    private Factored exp(Factored u) {
        if (u.isZero()) {
            return Factored.ONE;
        }
        if (!u.isPolynomial()) {
            return multipleOfExp(u.coefficient(), Factored.of(Rational.ONE, u.factors()));
        }
        Factored out = Factored.ONE;
        for (Map.Entry<Monomial, Rational> t : u.expand(budget).terms().entrySet()) {
            Rational c = t.getValue();
            Monomial m = t.getKey();
            if (m.isOne()) {
                out = out.multiply(constantExp(c));
                continue;
            }
            Factored unit = Factored.ONE;
            for (Map.Entry<Expr, Integer> a : m.powers().entrySet()) {
                unit = unit.multiply(Factored.atom(a.getKey()).pow(a.getValue(), budget));
            }
            Expr term = presenter.present(unit);
            if (m.powers().size() == 1 && m.powers().firstEntry().getValue() == 1
                    && term instanceof Fn g && g.name().equals(FunctionRegistry.LOG) && c.isInteger()
                    && c.toBigInteger().bitLength() < 31) {
                out = out.multiply(normalize(g.arg()).pow(c.toBigInteger().intValueExact(), budget));
            } else {
                out = out.multiply(multipleOfExp(c, unit));
            }
        }
        return out;
    }

    /**
     * {@code exp(p/q) = exp(1/q)^p}: one atom per denominator, so that {@code exp(2)},
     * {@code exp(1)·exp(1)} and {@code exp(−1)^{-2}} are the same monomial.
     */
    private Factored constantExp(Rational c) {
        if (c.num().bitLength() < 31) {
            return atom(Exprs.exp(new Num(Rational.of(BigInteger.ONE, c.den()))))
                    .pow(c.num().intValueExact(), budget);
        }
        return atom(Exprs.exp(new Num(c.abs()))).pow(c.signum(), budget);
    }

    /**
     * {@code exp(c·unit)} as a power of one atom, so that {@code exp(u)}, {@code exp(−u)} and
     * {@code exp(2u)} share it: {@code exp(unit)^c} for an integer {@code c}, else
     * {@code exp(|c|·unit)^{±1}}.
     */
    private Factored multipleOfExp(Rational c, Factored unit) {
        if (c.isInteger() && c.toBigInteger().bitLength() < 31) {
            return atom(Exprs.exp(presenter.present(unit))).pow(c.toBigInteger().intValueExact(), budget);
        }
        Expr positive = presenter.present(Factored.constant(c.abs()).multiply(unit));
        return atom(Exprs.exp(positive)).pow(c.signum(), budget);
    }

    /** log(exp(u)^k) = k·u; with expansion, the log of a product is the sum of logs. */
    private Factored log(Factored u, Expr arg) {
        if (u.isConstant() && u.coefficient().isOne()) {
            return Factored.ZERO;
        }
        if (u.factors().size() == 1 && u.coefficient().isOne()) {
            Map.Entry<Poly, Integer> only = u.factors().entrySet().iterator().next();
            Optional<Expr> a = only.getKey().asAtom();
            if (a.isPresent() && a.get() instanceof Fn g && g.name().equals(FunctionRegistry.EXP)) {
                return normalize(g.arg()).multiply(Factored.constant(Rational.of(only.getValue())));
            }
        }
        boolean single = u.coefficient().isOne() && u.factors().size() == 1
                && u.factors().values().iterator().next() == 1;
        if (expandNamedFunctions && u.coefficient().signum() > 0 && !u.isConstant() && !single) {
            List<Factored> parts = new ArrayList<>();
            if (!u.coefficient().isOne()) {
                parts.add(atom(Exprs.log(new Num(u.coefficient()))));
            }
            for (Map.Entry<Poly, Integer> f : u.factors().entrySet()) {
                Factored factor = Factored.of(Rational.ONE, Map.of(f.getKey(), 1));
                parts.add(log(factor, presenter.present(factor)).multiply(Factored.constant(Rational.of(f.getValue()))));
            }
            return add(parts);
        }
        return atom(Exprs.log(arg));
    }
}
