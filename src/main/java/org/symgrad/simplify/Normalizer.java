package org.symgrad.simplify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Indices;
import org.symgrad.expr.IndexProduct;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.rewrite.Bounds;
import org.symgrad.rewrite.Negation;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.RuleBook;
import org.symgrad.rewrite.StopReason;
import org.symgrad.rewrite.Trace;

/**
 * Turns an expression into its {@link Factored} normal form: a rational function of atoms with
 * exact coefficients. Arithmetic is collected; exp laws keep the set of exp atoms minimal
 * ({@code exp(a+b) = exp(a)·exp(b)}, {@code exp(−x) = exp(x)^{-1}}); sums over an index go
 * through {@link SumRules}. Every new atom passes {@link #atom}, the one place where rules apply:
 * the {@link RuleBook} ({@code σ(−u) = 1 − σ(u)}, {@code log(exp(u)) = u}, {@code δ_kk = 1}, …),
 * then the assumptions, then the write-back of definitions. What fired is reported to the
 * {@link Trace}; rule applications nest at most {@link #MAX_REWRITE_NESTING} deep, so no rule set
 * can rewrite without end. With {@code expandNamedFunctions} σ, tanh, softplus, sinh and cosh are
 * written in exp/log by their definitions and logarithms of products are split — the form used to
 * prove identities.
 */
final class Normalizer {
    private static final int MAX_DEPTH = 2_000;
    /**
     * Most rule applications nested inside the normalisation of one rule's result. Textbook
     * rewrites nest a few deep; a rule set that feeds itself ({@code x → σ(log x)/(1 − σ(log x))})
     * stops here, with its atom left as it is and {@link StopReason#BUDGET_EXHAUSTED} in the trace.
     */
    static final int MAX_REWRITE_NESTING = 24;
    /** The limit a normalisation nested deeper than {@link #MAX_DEPTH} names. */
    static final String NESTING_DEPTH = "nesting-depth";
    /**
     * The recursion depth beyond which no rule applies: however rules and the normal form feed each
     * other (a write-back inside a Σ whose result holds the Σ again), rewriting ends here, with
     * {@link StopReason#BUDGET_EXHAUSTED} in the trace, long before {@link #MAX_DEPTH}.
     */
    static final int MAX_REWRITE_DEPTH = 400;

    private final Budget budget;
    private final List<Rule> assumptions;
    /** {@link #assumedIndices}, once computed. */
    private Set<String> assumedIndices;
    private final List<Rule> definitions;
    private final boolean expandNamedFunctions;
    /** Whether definitions are written back inside the bodies of sums too. */
    private final boolean insideSums;
    private final Rewrites rewrites;
    private Normalizer insideNormalizer;
    private Normalizer plain;
    /**
     * Normal forms so far, one table per {@link #context()}: a derivative of nested functions
     * meets the same subexpressions again and again (each argument is normalised, presented and
     * normalised again), and without the tables the work doubles with every level.
     */
    private final List<Map<Expr, Factored>> memo;
    private final SumRules sums = new SumRules(this);
    private final Presenter presenter;
    private int sumDepth;
    /** How many function arguments deep the normalisation is: definitions are written back outside them. */
    private int argumentDepth;

    /** The rule applications of one simplification, shared by the normalisers it uses. */
    private static final class Rewrites {
        final Trace trace;
        /** Whether the input wrote decimals: the presenter then writes numbers as decimals where they terminate. */
        final boolean decimals;
        int nesting;
        /** The recursion depth of normalising, over all the normalisers of one simplification. */
        int depth;
        /** How often a rule application was refused at {@link #MAX_REWRITE_NESTING} or {@link #MAX_REWRITE_DEPTH}. */
        int cutShort;
        /** The orientations the input wrote for the arguments of functions with a parity. */
        final WrittenArguments arguments;
        /** The functions the input wrote whose quotient the presenter names back ({@link WrittenQuotientNames}). */
        final Set<String> quotientNames;

        Rewrites(Trace trace, boolean decimals, WrittenArguments arguments, Set<String> quotientNames) {
            this.trace = trace;
            this.decimals = decimals;
            this.arguments = arguments;
            this.quotientNames = quotientNames;
        }
    }

    Normalizer(Budget budget, List<Rule> assumptions, List<Rule> definitions, boolean expandNamedFunctions) {
        this(budget, assumptions, definitions, expandNamedFunctions, Trace.NONE);
    }

    Normalizer(Budget budget, List<Rule> assumptions, List<Rule> definitions, boolean expandNamedFunctions,
               Trace trace) {
        this(budget, assumptions, definitions, expandNamedFunctions, trace, false);
    }

    /** A normaliser whose presentations write numbers as decimals where they terminate, when {@code decimals}. */
    Normalizer(Budget budget, List<Rule> assumptions, List<Rule> definitions, boolean expandNamedFunctions,
               Trace trace, boolean decimals) {
        this(budget, assumptions, definitions, expandNamedFunctions, trace, decimals, WrittenArguments.NONE);
    }

    /** Such a normaliser that also keeps the arguments of functions with a parity as {@code arguments} says the input wrote them. */
    Normalizer(Budget budget, List<Rule> assumptions, List<Rule> definitions, boolean expandNamedFunctions,
               Trace trace, boolean decimals, WrittenArguments arguments) {
        this(budget, assumptions, definitions, expandNamedFunctions, trace, decimals, arguments, Set.of());
    }

    /**
     * Such a normaliser whose presentations also write the quotients of the functions {@code quotientNames} by their
     * names ({@link WrittenQuotientNames}).
     */
    Normalizer(Budget budget, List<Rule> assumptions, List<Rule> definitions, boolean expandNamedFunctions,
               Trace trace, boolean decimals, WrittenArguments arguments, Set<String> quotientNames) {
        this(budget, assumptions, definitions, expandNamedFunctions, false,
                new Rewrites(trace, decimals, arguments, quotientNames));
    }

    private Normalizer(Budget budget, List<Rule> assumptions, List<Rule> definitions,
                       boolean expandNamedFunctions, boolean insideSums, Rewrites rewrites) {
        this(budget, assumptions, definitions, expandNamedFunctions, insideSums, rewrites, null);
    }

    /** With {@code shared}'s memo tables (of normal forms and of presentations), when it is not null. */
    private Normalizer(Budget budget, List<Rule> assumptions, List<Rule> definitions,
                       boolean expandNamedFunctions, boolean insideSums, Rewrites rewrites, Normalizer shared) {
        this.memo = shared != null ? shared.memo : List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new HashMap<>(), new HashMap<>(), new HashMap<>());
        this.presenter = shared != null ? new Presenter(this, shared.presenter) : new Presenter(this);
        this.budget = budget;
        this.assumptions = List.copyOf(assumptions);
        this.definitions = List.copyOf(definitions);
        this.expandNamedFunctions = expandNamedFunctions;
        this.insideSums = insideSums;
        this.rewrites = rewrites;
    }

    Trace trace() {
        return rewrites.trace;
    }

    /** The functions the input wrote whose quotient the presenter names back ({@link WrittenQuotientNames}). */
    Set<String> quotientNames() {
        return rewrites.quotientNames;
    }

    /**
     * A normaliser computing what this one computes, reporting to no trace, that starts from this
     * one's memo tables (and adds to them): for normalising again, without reporting it, what this
     * one produced, whose parts' normal forms it mostly holds. Only for a normaliser without
     * definitions, once this one is done reporting (a form the other adds is found here later
     * without its firings). When a rewrite was cut short here, the tables hold forms that depend
     * on how deep they were reached: then the normaliser starts from tables of its own.
     */
    Normalizer untraced() {
        if (!definitions.isEmpty() || insideSums) {
            throw new IllegalStateException("only a normaliser without definitions shares its memo");
        }
        return new Normalizer(budget, assumptions, definitions, expandNamedFunctions, false,
                new Rewrites(Trace.NONE, rewrites.decimals, rewrites.arguments, rewrites.quotientNames),
                rewrites.cutShort == 0 ? this : null);
    }

    /** Whether numbers are presented as decimals where they terminate (the input wrote decimals). */
    boolean decimals() {
        return rewrites.decimals;
    }

    /** Whether an assumption rewrites {@code e} ({@code Σ_k t_k} for {@code assume sum_k t_k = 1}). */
    boolean assumed(Expr e) {
        for (Rule a : assumptions) {
            if (a.matches(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The indices the assumptions name as themselves ({@link Rule#fixedIndices}: k and l of {@code k ≠ l}): a Σ does
     * not bind such a name, or the assumption about the free k would rewrite its bound k ({@code Σ_k δ_kl} is
     * {@code [1 ≤ l ≤ n]}, not 0).
     */
    Set<String> assumedIndices() {
        if (assumedIndices == null) {
            Set<String> out = new java.util.TreeSet<>();
            assumptions.forEach(a -> out.addAll(a.fixedIndices()));
            assumedIndices = Set.copyOf(out);
        }
        return assumedIndices;
    }

    /** Whether this is the form identities are proven in ({@code expandNamedFunctions}). */
    boolean proving() {
        return expandNamedFunctions;
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
        Map<Expr, Factored> known = memo.get(context());
        Factored cached = known.get(e);
        if (cached != null) {
            return cached;
        }
        if (++rewrites.depth > MAX_DEPTH) {
            throw new LimitException(NESTING_DEPTH, "expression nested deeper than " + MAX_DEPTH + " levels");
        }
        int cutShort = rewrites.cutShort;
        try {
            budget.tick();
            Factored f = rootsResolved(compute(e));
            if (expandNamedFunctions) {
                f = sinesSquaredResolved(f, 0);
            }
            // with definitions, a form reached while a rewrite was cut short depends on how deep
            // the rewriting was when it was reached: it is not kept for other places
            if (definitions.isEmpty() || rewrites.cutShort == cutShort) {
                known.put(e, f);
            }
            return f;
        } finally {
            rewrites.depth--;
        }
    }

    /**
     * What besides the expression its normal form depends on: with definitions, where they are
     * written back ({@link #atom}) — the depth in sums (0, 1, more) and whether inside a function's
     * argument, the state from which every nested normalisation's follows; without, nothing (0).
     */
    int context() {
        return definitions.isEmpty() ? 0 : Math.min(sumDepth, 2) * 2 + (argumentDepth > 0 ? 1 : 0);
    }

    private Factored compute(Expr e) {
        return switch (e) {
            case Num n -> Factored.constant(n.value());
            case Sym s -> atom(s);
            // an index used as a number at a whole-number label is that number (ι_0 = 0, after a δ took t to 0)
            case Indexed x when org.symgrad.expr.IndexValue.is(x) && org.symgrad.expr.Index.isConcrete(x.indices().get(0))
                    && x.indices().get(0).length() < 9 ->
                    Factored.constant(Rational.of(org.symgrad.expr.IndexValue.valueAt(x.name(),
                            Integer.parseInt(x.indices().get(0))).orElseThrow()));
            case Indexed x -> atom(x);
            case Delta d -> delta(d);
            // the book's laws over terms first (log σ(u) − log(1 − σ(u)) = u), then the arithmetic
            case Add a -> rewritten(RuleBook.sumLaws(), a, this::positive, this)
                    .orElseGet(() -> add(a.terms().stream().map(this::normalize).toList()));
            case Mul m -> {
                List<Factored> parts = new ArrayList<>();
                boolean zero = false;
                for (Expr f : m.factors()) {
                    if (zero) {
                        // 0·(1/0) and 0·0^0 are no number either: only such a power still needs looking at
                        if (f instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() <= 0) {
                            normalize(f);
                        }
                        continue;
                    }
                    Factored next = normalize(f);
                    zero = next.isZero();
                    parts.add(next);
                }
                Factored product = Factored.product(parts, trace()).cancelled(budget, trace()).deltaCancelled(trace());
                // sinh(u)/cosh(u) as tanh(u) before the product meets other terms: tanh(x) + sinh(x)/cosh(x) = 2 tanh(x)
                product = expandNamedFunctions ? product : NamedQuotients.named(product, budget, trace(), this::atom);
                yield StepsAbsorbed.in(SignsAbsorbed.in(DiagonalDeltas.in(product, this), this), this);
            }
            case Pow p -> StepsAbsorbed.in(SignsAbsorbed.in(power(p), this), this);
            case Fn f -> function(f);
            case IndexSum s -> {
                sumDepth++;
                try {
                    yield sums.normalize(s);
                } finally {
                    sumDepth--;
                }
            }
            case IndexProduct p -> atom(Indices.canonicalBound(new IndexProduct(p.index(), canonical(p.lower()),
                    canonical(p.upper()), canonical(p.body()))));
            case Derivative d -> atom(new Derivative(canonical(d.of()), d.wrt()));
        };
    }

    /** A sum of normal forms, merging Σ terms over the same range first. */
    Factored add(List<Factored> terms) {
        List<Factored> merged = sums.mergeSums(terms);
        // fractions whose common denominator would multiply out a nested sum's powers stay apart
        // (not in the prover's form, which must decide zero)
        if (!expandNamedFunctions) {
            return FractionsApart.sum(FractionsApart.flattened(merged, this), this, this::combined);
        }
        return combined(merged);
    }

    /** The sum of {@code terms} over their common denominator. */
    Factored combined(List<Factored> terms) {
        return SignsAbsorbed.inSums(lawsInFactors(sumsMergedInFactors(Factored.add(terms, budget, trace()))), this, budget);
    }

    /**
     * {@code f} with the book's laws over terms applied to its sum factors too: the terms of
     * {@code log σ(u) − log(1 − σ(u))} may meet only once a common factor is pulled out
     * ({@code p(1 − p)(log σ(b) − log(1 − σ(b))) = b p(1 − p)}). Only sums with a logarithm in
     * them are looked at: the laws are about logarithms.
     */
    private Factored lawsInFactors(Factored f) {
        Factored out = f;
        for (Map.Entry<Poly, Integer> factor : f.factors().entrySet()) {
            Poly p = factor.getKey();
            if (p.size() < 2 || !holdsLog(p)) {
                continue;
            }
            Optional<Factored> law = rewritten(RuleBook.sumLaws(), presenter.polynomial(p), this::positive, this);
            if (law.isPresent()) {
                out = out.multiply(Factored.of(Rational.ONE, Map.of(p, -factor.getValue())))
                        .multiply(law.get().pow(factor.getValue(), budget));
            }
        }
        return out;
    }

    /**
     * {@code f} with Σs merged inside its sum factors too: multiplying out and pulling a common
     * factor out of the terms may put {@code R·Σ_k a_k} and {@code R·Σ_k b_k} side by side in a
     * factor ({@code z Σ_k a_k − z Σ_k b_k − Σ_k b_k}), and normalising the normal form again
     * would merge them there: merging them now makes the normal form a fixed point.
     */
    private Factored sumsMergedInFactors(Factored f) {
        Factored out = f;
        for (Map.Entry<Poly, Integer> factor : f.factors().entrySet()) {
            Poly p = factor.getKey();
            if (p.size() < 2 || !SumRules.mayMerge(p)) {
                continue;
            }
            List<Factored> terms = new ArrayList<>();
            for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
                Map<Poly, Integer> powers = new java.util.TreeMap<>();
                t.getKey().powers().forEach((a, e) -> powers.put(Poly.atom(a), e));
                terms.add(Factored.of(t.getValue(), powers));
            }
            List<Factored> merged = sums.mergeSums(terms);
            if (merged.size() < terms.size()) {
                Factored whole = Factored.add(merged, budget, trace());
                out = out.multiply(Factored.of(Rational.ONE, Map.of(p, -factor.getValue())))
                        .multiply(sumsMergedInFactors(whole).pow(factor.getValue(), budget));
            }
        }
        return out;
    }

    /** A new atom, after the first rule that applies to it: the book's, an assumption, a definition. */
    Factored atom(Expr a) {
        return atom(a, this::positive);
    }

    private Factored atom(Expr a, Negation signs) {
        Optional<Factored> byBook = rewritten(RuleBook.rulesFor(a), a, signs, this);
        if (byBook.isPresent()) {
            return byBook.get();
        }
        Optional<Factored> assumed = rewritten(assumptions, a, signs, this);
        if (assumed.isPresent()) {
            return assumed.get();
        }
        if ((sumDepth == 0 || insideSums) && argumentDepth == 0) {
            Optional<Factored> defined = rewritten(definitions, a, signs, withoutDefinitions());
            if (defined.isPresent()) {
                return defined.get();
            }
        }
        // a sum's own atom is made while its body is being normalised: one level deep
        if (a instanceof IndexSum sum && sumDepth == 1 && !insideSums && !definitions.isEmpty()) {
            return writtenBackInside(sum);
        }
        return Factored.atom(a);
    }

    /**
     * The normal form, by {@code into}, of what the first of {@code rules} that matches makes of
     * {@code a}; empty when none matches or when rule applications already nest
     * {@link #MAX_REWRITE_NESTING} deep.
     */
    private Optional<Factored> rewritten(List<Rule> rules, Expr a, Negation signs, Normalizer into) {
        for (Rule r : rules) {
            Optional<Expr> out = r.apply(a, signs);
            if (out.isEmpty()) {
                continue;
            }
            if (rewrites.nesting >= MAX_REWRITE_NESTING || rewrites.depth >= MAX_REWRITE_DEPTH) {
                rewrites.cutShort++;
                rewrites.trace.stopped(StopReason.BUDGET_EXHAUSTED);
                return Optional.empty();
            }
            rewrites.trace.fired(r.name());
            rewrites.nesting++;
            try {
                return Optional.of(into.normalize(out.get()));
            } finally {
                rewrites.nesting--;
            }
        }
        return Optional.empty();
    }

    /** The normaliser's sign convention: {@code t} reads as {@code −u} when its normal form's coefficient is negative. */
    private Optional<Expr> positive(Expr t) {
        return positive(normalize(t));
    }

    private Optional<Expr> positive(Factored f) {
        return f.coefficient().signum() < 0 ? Optional.of(negated(f)) : Optional.empty();
    }

    /**
     * Whether a function's argument {@code u} (normal form {@code arg}) reads negative: as the input
     * wrote it where it wrote it one way ({@link WrittenArguments}), else by its leading sign.
     */
    private Optional<Expr> positiveArgument(Factored u, Expr arg) {
        WrittenArguments written = rewrites.arguments;
        if (!written.isEmpty()) {
            Optional<Boolean> asWritten = written.orientation(arg, stable(u.multiply(Factored.constant(Rational.MINUS_ONE))));
            if (asWritten.isPresent()) {
                return asWritten.get() ? Optional.empty() : Optional.of(negated(u));
            }
        }
        return positive(u);
    }

    /**
     * A sum with the definitions written back in its body too ({@code Σ_k z_k exp(z_k/T)} becomes
     * {@code S·Σ_k z_k y_k} for softmax y), unless that brings the sum itself back — as for the
     * softmax normaliser {@code S = Σ_k exp(z_k/T)} — which would only go round in circles.
     */
    private Factored writtenBackInside(IndexSum sum) {
        if (insideNormalizer == null) {
            insideNormalizer = new Normalizer(budget, assumptions, definitions, expandNamedFunctions, true, rewrites);
        }
        Factored inside = insideNormalizer.normalize(sum);
        return Exprs.contains(presenter.present(inside), sum) ? Factored.atom(sum) : inside;
    }

    Normalizer withoutDefinitions() {
        if (definitions.isEmpty()) {
            return this;
        }
        if (plain == null) {
            plain = new Normalizer(budget, assumptions, List.of(), expandNamedFunctions, false, rewrites);
        }
        return plain;
    }

    private Factored delta(Delta d) {
        // δ is symmetric: order the indices (δ_kk and δ_12 are the book's)
        return atom(d.i().compareTo(d.j()) <= 0 ? d : new Delta(d.j(), d.i()));
    }

    /**
     * {@code (u^{1/q})^{m·q + r} = u^m·(u^{1/q})^r}: whole powers of a root leave the root — as a
     * factor, and inside the terms of a sum factor, where pulling a common root out of the terms
     * leaves its square behind ({@code d√s − x/√s = (d(√s)² − x)/√s = (d·s − x)/√s}).
     */
    private Factored rootsResolved(Factored f) {
        Factored out = null;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            Optional<Expr> atom = e.getKey().asAtom();
            int q = atom.map(Normalizer::rootDegree).orElse(0);
            if (q > 0) {
                int whole = e.getValue() / q;
                if (whole != 0) {
                    Factored base = Factored.of(Rational.ONE, Map.of(e.getKey(), -whole * q));
                    out = (out == null ? f : out).multiply(base)
                            .multiply(normalize(((Pow) atom.get()).base()).pow(whole, budget));
                }
            } else if (e.getKey().size() > 1 && e.getKey().hasWholeRootPower()) {
                Factored resolved = rootsResolvedInTerms(e.getKey());
                out = (out == null ? f : out).multiply(Factored.of(Rational.ONE, Map.of(e.getKey(), -e.getValue())))
                        .multiply(resolved.pow(e.getValue(), budget));
            }
        }
        return out == null ? f : out;
    }

    /** The name the Pythagorean identity is reported under. */
    private static final String PYTHAGOREAN = "sin-squared-as-cos";

    /**
     * {@code sin²u = 1 − cos²u} in the prover's form: every power {@code sin(u)^k} with k ≥ 2, as a
     * factor or in the terms of a sum factor, written {@code sin(u)^{k mod 2}·(1 − cos²u)^{⌊k/2⌋}}, so
     * that a polynomial in sin u and cos u is at most linear in sin u — one form per value, as
     * the ideal (sin² + cos² − 1) is prime: {@code sin²x + cos²x − 1}, {@code 1 + tan²x − sec²x} and
     * {@code (sin x/cos x)′ − 1/cos²x} are 0. Sound for every real u.
     */
    private Factored sinesSquaredResolved(Factored f, int round) {
        if (round > 2) {
            return f;
        }
        Factored out = null;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            Poly p = e.getKey();
            Optional<Expr> atom = p.asAtom();
            Factored resolved = null;
            if (atom.isPresent() && isSine(atom.get()) && e.getValue() >= 2) {
                int k = e.getValue();
                resolved = Factored.atom(atom.get()).pow(k % 2, budget)
                        .multiply(oneMinusCosineSquared((Fn) atom.get()).pow(k / 2, budget));
                trace().fired(PYTHAGOREAN);
                out = (out == null ? f : out).multiply(Factored.of(Rational.ONE, Map.of(p, -k))).multiply(resolved);
            } else if (p.size() > 1 && hasSineSquared(p)) {
                List<Factored> terms = new ArrayList<>();
                for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
                    Factored term = Factored.constant(t.getValue());
                    Monomial m = t.getKey();
                    for (int i = 0; i < m.atomCount(); i++) {
                        int k = m.exponent(i);
                        Expr a = m.atom(i);
                        if (isSine(a) && k >= 2) {
                            term = term.multiply(Factored.atom(a).pow(k % 2, budget))
                                    .multiply(oneMinusCosineSquared((Fn) a).pow(k / 2, budget));
                        } else {
                            term = term.multiply(Factored.atom(a).pow(k, budget));
                        }
                    }
                    terms.add(term);
                }
                trace().fired(PYTHAGOREAN);
                Factored sum = sinesSquaredResolved(add(terms), round + 1);
                out = (out == null ? f : out).multiply(Factored.of(Rational.ONE, Map.of(p, -e.getValue())))
                        .multiply(sum.pow(e.getValue(), budget));
            }
        }
        return out == null ? f : out;
    }

    private static boolean isSine(Expr a) {
        return a instanceof Fn g && g.name().equals("sin") && g.args().size() == 1;
    }

    private static boolean hasSineSquared(Poly p) {
        for (Monomial m : p.terms().keySet()) {
            for (int i = 0; i < m.atomCount(); i++) {
                if (m.exponent(i) >= 2 && isSine(m.atom(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code 1 − cos²u} for {@code sine = sin(u)}, in normal form. */
    private Factored oneMinusCosineSquared(Fn sine) {
        Factored cos = atom(Exprs.fn("cos", sine.arg()));
        return add(List.of(Factored.ONE, cos.pow(2, budget).multiply(Factored.constant(Rational.MINUS_ONE))));
    }

    /** {@code q} when {@code a} is a root {@code u^{1/q}}, else 0. */
    static int rootDegree(Expr a) {
        return a instanceof Pow root && root.exponent() instanceof Num k && k.value().num().equals(BigInteger.ONE)
                && !k.value().isInteger() && k.value().den().bitLength() < 31 ? k.value().den().intValueExact() : 0;
    }

    /** Whether a term of {@code p} holds a logarithm (the atoms walked in place, no map of powers built). */
    private static boolean holdsLog(Poly p) {
        for (Monomial m : p.terms().keySet()) {
            for (int i = 0; i < m.atomCount(); i++) {
                if (m.atom(i) instanceof Fn g && g.name().equals(FunctionRegistry.LOG)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sum {@code p} with each term's whole powers of a root written as powers of its base. */
    private Factored rootsResolvedInTerms(Poly p) {
        List<Factored> terms = new ArrayList<>();
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            Factored term = Factored.constant(t.getValue());
            for (Map.Entry<Expr, Integer> a : t.getKey().powers().entrySet()) {
                int q = rootDegree(a.getKey());
                int whole = q > 0 ? a.getValue() / q : 0;
                term = term.multiply(Factored.atom(a.getKey()).pow(a.getValue() - whole * q, budget));
                if (whole != 0) {
                    term = term.multiply(normalize(((Pow) a.getKey()).base()).pow(whole, budget));
                }
            }
            terms.add(term);
        }
        return rootsResolved(add(terms));
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
                if (base.isZero() && q.isZero()) {
                    throw new InputException("0^0 is undefined");
                }
                return base.pow(q.toBigInteger().intValueExact(), budget);
            }
            if (base.isZero()) {
                if (q.signum() < 0) {
                    throw new InputException("division by zero");
                }
                return Factored.ZERO;
            }
            // in proofs, (a·b)^(p/q) = a^(p/q)·b^(p/q) where a, b > 0: √(2gh) meets √(g/(2h))
            Optional<Factored> roots = rootOfProduct(base, q);
            if (roots.isPresent()) {
                return roots.get();
            }
            // u^(p/q) = (u^(1/q))^p
            Rational root = Rational.of(BigInteger.ONE, q.den());
            if (q.num().bitLength() > 31) {
                throw new LimitException("exponent", "exponent " + q + " is too large");
            }
            return atom(new Pow(stable(base), new Num(root)))
                    .pow(q.num().intValueExact(), budget);
        }
        // (e^v)^u = e^{uv} for every real u and v, as e^v > 0: the power of an exp is the exp the
        // exp laws keep minimal ((e^η)^{1−p} = e^η·(e^{pη})^{−1}, as e^{(1−p)η} is)
        Optional<Expr> expPower = exponentOfExps(base);
        if (expPower.isPresent()) {
            trace().fired(EXP_LAW);
            return normalize(Exprs.exp(Exprs.mul(stable(exponent), expPower.get())));
        }
        Optional<Factored> product = powerOfProduct(base, exponent);
        if (product.isPresent()) {
            return product.get();
        }
        // 1^u and 0^u (u > 0) are the book's
        if (!base.isZero() && !base.equals(Factored.ONE)) {
            Optional<Factored> split = exponentSplit(base, exponent);
            if (split.isPresent()) {
                return split.get();
            }
        }
        return atom(new Pow(stable(base), stable(exponent)));
    }

    /**
     * In proofs, {@code (a^i·b^j)^u = (a^u)^i·(b^u)^j} for a symbolic exponent u, where a, b > 0 (a factor
     * never negative needs nothing): {@code (K/L)^{ρ−1}} is {@code K^{ρ−1} L^{1−ρ}}, as a quotient of
     * powers is. A positive number in front is a power of its own ({@code (2x)^u = 2^u x^u}); a base of
     * one factor to the first power, or with a negative number in front, is left as it is.
     */
    private Optional<Factored> powerOfProduct(Factored base, Factored exponent) {
        if (!expandNamedFunctions || base.isConstant() || base.coefficient().signum() <= 0
                || base.coefficient().isOne() && base.factors().size() == 1 && base.factors().values().iterator().next() == 1) {
            return Optional.empty();
        }
        trace().fired(RuleBook.POWER_OF_PRODUCT);
        Expr u = stable(exponent);
        List<Expr> unsigned = new ArrayList<>();
        List<Integer> powers = new ArrayList<>();
        Factored out = base.coefficient().isOne() ? Factored.ONE : normalize(Exprs.pow(new Num(base.coefficient()), u));
        for (Map.Entry<Poly, Integer> f : base.factors().entrySet()) {
            Expr factor = presenter.present(Factored.of(Rational.ONE, Map.of(f.getKey(), 1)));
            if (!Bounds.of(factor).isNonnegative()) {
                unsigned.add(factor);
                powers.add(f.getValue());
            }
            out = out.multiply(normalize(Exprs.pow(factor, Exprs.mul(new Num(Rational.of(f.getValue())), u))), trace());
        }
        if (!unsigned.isEmpty()) {
            trace().requiresPositive(unsigned, powers);
        }
        return Optional.of(out);
    }

    /**
     * In proofs, {@code (a^i·b^j)^q = a^{iq}·b^{jq}} for a fractional number q, where a, b &gt; 0 (a factor never
     * negative needs nothing): {@code √(2GM/r)} is {@code √2·√G·√M/√r}, so that its derivative meets {@code −√(GM/(2r³))}
     * and {@code 2π√(l/g)}'s meets {@code π/√(lg)} ({@code power-of-product}, as for a symbolic exponent). A positive
     * number in front is a root of its own; a base of one factor to the first power, or with a negative number in front,
     * is left as it is, and so is a base with a factor whose root is whole ({@code √(x²y)}).
     */
    private Optional<Factored> rootOfProduct(Factored base, Rational q) {
        if (!expandNamedFunctions || base.isConstant() || base.coefficient().signum() <= 0
                || base.factors().size() + (base.coefficient().isOne() ? 0 : 1) < 2
                || base.factors().values().stream().anyMatch(e -> q.multiply(Rational.of(e)).isInteger())) {
            return Optional.empty(); // √(x²) is |x|, not x: a factor whose root is whole stays under the root
        }
        trace().fired(RuleBook.POWER_OF_PRODUCT);
        List<Expr> unsigned = new ArrayList<>();
        List<Integer> powers = new ArrayList<>();
        Factored out = base.coefficient().isOne() ? Factored.ONE : normalize(Exprs.pow(new Num(base.coefficient()), new Num(q)));
        for (Map.Entry<Poly, Integer> f : base.factors().entrySet()) {
            Expr factor = presenter.present(Factored.of(Rational.ONE, Map.of(f.getKey(), 1)));
            if (!Bounds.of(factor).isNonnegative()) {
                unsigned.add(factor);
                powers.add(f.getValue());
            }
            out = out.multiply(normalize(Exprs.pow(factor, new Num(q.multiply(Rational.of(f.getValue()))))), trace());
        }
        if (!unsigned.isEmpty()) {
            trace().requiresPositive(unsigned, powers);
        }
        return Optional.of(out);
    }

    /** {@code v} when {@code base} is a product of powers of exps {@code Π exp(v_i)^{k_i}}, {@code v = Σ k_i v_i}. */
    private static Optional<Expr> exponentOfExps(Factored base) {
        if (!base.coefficient().isOne() || base.isConstant()) {
            return Optional.empty();
        }
        List<Expr> terms = new ArrayList<>();
        for (Map.Entry<Poly, Integer> f : base.factors().entrySet()) {
            Optional<Expr> a = f.getKey().asAtom();
            if (a.isEmpty() || !isExp(a.get())) {
                return Optional.empty();
            }
            terms.add(Exprs.mul(new Num(Rational.of(f.getValue())), ((Fn) a.get()).arg()));
        }
        return Optional.of(Exprs.add(terms));
    }

    /**
     * A power with a symbolic exponent as a power of one atom per base and exponent direction, as
     * the exp laws keep exp atoms minimal: {@code b^{k·u + m} = (b^u)^k · b^m} for integers k and m
     * (the integer part of the exponent's constant term, its integer content signed like its leading
     * term), so that {@code p^a·p^{a−1}}, {@code λ^{k−1}/λ^k} and {@code (1 − p)(1 − p)^{γ−1}}
     * multiply out in the normal form. Equal wherever both sides are defined; the presenter writes
     * the merged power back ({@code p^{2a−1}}). Empty when the exponent is already a unit.
     */
    private Optional<Factored> exponentSplit(Factored base, Factored exponent) {
        Rational whole = Rational.ZERO;
        Factored rest = exponent;
        if (exponent.isPolynomial()) {
            Poly terms = exponent.expand(budget);
            Rational constant = terms.constantTerm();
            if (constant.isInteger() && !constant.isZero() && constant.toBigInteger().bitLength() < 31
                    && terms.size() > 1) {
                whole = constant;
                rest = Factored.fromPoly(terms.add(Poly.constant(constant.negate()), budget));
            }
        } else {
            Optional<Rational> constant = wholeTermOverMonomial(exponent);
            if (constant.isPresent()) {
                whole = constant.get();
                rest = add(List.of(exponent, Factored.constant(whole.negate())));
            }
        }
        Rational k = rest.coefficient();
        Rational unitFactor = k.isInteger() && k.toBigInteger().bitLength() < 31 ? k
                : k.signum() < 0 ? Rational.MINUS_ONE : Rational.ONE;
        if (whole.isZero() && unitFactor.isOne()) {
            return Optional.empty();
        }
        Factored unit = rest.multiply(Factored.constant(Rational.ONE.divide(unitFactor)));
        Factored power = atom(new Pow(stable(base), stable(unit))).pow(unitFactor.toBigInteger().intValueExact(), budget);
        return Optional.of(whole.isZero() ? power
                : power.multiply(base.pow(whole.toBigInteger().intValueExact(), budget), trace()));
    }

    /**
     * The whole-number term of an exponent that is a sum over a monomial, when it has one beside
     * other terms: {@code (1 − n)/n = 1/n − 1} gives −1, {@code 2(n − 1)/n} gives 2, so that
     * {@code x^{1/n − 1}·x^{1/n − 2}} meet as powers of the one atom {@code x^{1/n}} as polynomial
     * exponents do. Empty for a sum in the denominator ({@code (a + 1)/(a + 2)}) or a fraction of a
     * whole ({@code (n − 1)/(2n)}).
     */
    private Optional<Rational> wholeTermOverMonomial(Factored exponent) {
        Factored denominator = exponent.denominator();
        for (Poly d : denominator.factors().keySet()) {
            if (d.size() != 1) {
                return Optional.empty();
            }
        }
        Factored numerator = exponent.multiply(denominator);
        if (!numerator.isPolynomial()) {
            return Optional.empty();
        }
        Poly over = denominator.expand(budget);
        Poly terms = numerator.expand(budget);
        if (over.size() != 1 || terms.size() < 2) {
            return Optional.empty();
        }
        Rational c = terms.terms().get(over.leadingMonomial());
        if (c == null) {
            return Optional.empty();
        }
        Rational constant = c.divide(over.leadingCoefficient());
        return constant.isInteger() && !constant.isZero() && constant.toBigInteger().bitLength() < 31
                ? Optional.of(constant) : Optional.empty();
    }

    /**
     * {@code u} presented as the argument of an atom, normalised again until the presentation no
     * longer changes: presenting may merge distinct monomials ({@code exp(1/3)^3} reads
     * {@code exp(1)}), and an atom's argument must be the same expression however it was reached.
     * Without the definitions: {@code u} holds them already, and writing back what a write-back
     * produced would feed the rule its own result.
     */
    private Expr stable(Factored u) {
        Expr out = presenter.present(u);
        // u is written back in the definitions already: presenting it again must not write back again
        Normalizer plainForm = withoutDefinitions();
        for (int round = 0; round < 3; round++) {
            Expr again = plainForm.canonical(out);
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
            Fn applied = new Fn(f.name(), args);
            if (known.isPresent()) {
                // softmax(a, S) = e^a/S: the normal form is the quotient, which results write back
                Optional<Factored> defined = rewritten(RuleBook.definitionsOf(f.name()), applied, this::positive, this);
                if (defined.isPresent()) {
                    return defined.get();
                }
            }
            return atom(applied);
        }
        String name = known.get().name();
        Factored u = argument(f.arg());
        Expr arg = stable(u);
        Fn applied = new Fn(name, List.of(arg));
        Negation signs = t -> t.equals(arg) ? positiveArgument(u, arg) : positive(t);
        if (expandNamedFunctions) {
            Optional<Factored> defined = rewritten(RuleBook.definitionsOf(name), applied, signs, this);
            if (defined.isPresent()) {
                return defined.get();
            }
            // a quotient without an exp definition, tan = sin/cos: the prover's form writes the quotient
            List<String> quotient = known.get().quotientOf();
            if (quotient.size() == 2 && RuleBook.definitionsOf(name).isEmpty()) {
                trace().fired("definition-of-" + known.get().ruleName());
                return normalize(Exprs.div(Exprs.fn(quotient.get(0), arg), Exprs.fn(quotient.get(1), arg)));
            }
            if (PiMultiples.applies(name)) {
                Optional<Expr> whole = PiMultiples.reduced(name, u, budget, presenter);
                if (whole.isPresent()) {
                    trace().fired(name.equals("sin") ? PiMultiples.SINE : PiMultiples.COSINE);
                    return normalize(whole.get());
                }
            }
            if (AngleSums.applies(name)) {
                Optional<Expr> sum = AngleSums.expanded(name, u, budget, presenter);
                if (sum.isPresent()) {
                    trace().fired(name.equals("sin") ? AngleSums.SINE : AngleSums.COSINE);
                    return normalize(sum.get());
                }
            }
        }
        if (name.equals(FunctionRegistry.EXP)) {
            return exp(u);
        }
        if (name.equals(FunctionRegistry.LOG)) {
            return log(u, applied, signs);
        }
        return atom(applied, signs);
    }

    /**
     * The normal form of a function's argument. A definition is not written back in it: a result
     * reads {@code (δ_ij − h_i e^{z_j})/S}, not {@code (δ_ij − h_i e^{h_j S})/S}, for
     * {@code h_i = z_i/S}; the function application as a whole may still be a definition's atom.
     */
    private Factored argument(Expr arg) {
        argumentDepth++;
        try {
            return normalize(arg);
        } finally {
            argumentDepth--;
        }
    }

    private Expr negated(Factored u) {
        return presenter.present(u.multiply(Factored.constant(Rational.MINUS_ONE)));
    }

    /**
     * The exp laws: exp of a sum is the product of exps, an integer multiple a power
     * ({@code exp(−u) = exp(u)^{-1}}); each exp atom passes the book ({@code exp(log u) = u}).
     */
    private Factored exp(Factored u) {
        if (u.isZero()) {
            return atom(Exprs.exp(Exprs.ZERO));
        }
        Factored over = Factored.ONE;
        if (!u.isPolynomial()) {
            over = u.denominator();
            if (!overExps(over)) {
                if (sumWithExpTerm(u)) {
                    return expOfTermsWithExps(u, over);
                }
                if (!u.coefficient().isOne()) {
                    trace().fired(EXP_LAW);
                }
                return multipleOfExp(u.coefficient(), Factored.of(Rational.ONE, u.factors()));
            }
        }
        // a sum over exps is a sum in exp(−v): exp(−z − exp(−z)) = exp(z)^{−1}·exp(exp(−z))^{−1}, as exp(−z)·exp(−exp(−z))
        Factored inverse = over.pow(-1, budget);
        Poly terms = u.multiply(over).expand(budget);
        if (terms.size() > 1) {
            trace().fired(EXP_LAW);
        }
        Factored out = Factored.ONE;
        for (Map.Entry<Monomial, Rational> t : terms.terms().entrySet()) {
            Rational c = t.getValue();
            Monomial m = t.getKey();
            if (m.isOne() && inverse.isConstant()) {
                out = out.multiply(constantExp(c));
                continue;
            }
            if (!c.isOne() && terms.size() == 1) {
                trace().fired(EXP_LAW);
            }
            Factored unit = inverse;
            for (int i = 0; i < m.atomCount(); i++) {
                unit = unit.multiply(Factored.atom(m.atom(i)).pow(m.exponent(i), budget));
            }
            out = out.multiply(unit.isConstant() ? constantExp(c) : multipleOfExp(c, unit));
        }
        return out;
    }

    /**
     * {@code exp(u)} for {@code u} a sum with exps among its terms over {@code over}: the exp of each such term apart,
     * the exp of the other terms together ({@code exp(−(x − μ)/β − exp(−(x − μ)/β))} =
     * {@code exp((μ − x)/β)·exp(exp((μ − x)/β))^{−1}}), so that the chain rule's factor {@code exp((μ − x)/β)} is the
     * same atom.
     */
    private Factored expOfTermsWithExps(Factored u, Factored over) {
        trace().fired(EXP_LAW);
        Factored inverse = over.pow(-1, budget);
        Poly rest = Poly.constant(Rational.ZERO);
        Factored out = Factored.ONE;
        for (Map.Entry<Monomial, Rational> t : u.multiply(over).expand(budget).terms().entrySet()) {
            if (!holdsExp(t.getKey())) {
                rest = rest.add(Poly.monomial(t.getValue(), t.getKey()), budget);
                continue;
            }
            Factored unit = inverse;
            Monomial m = t.getKey();
            for (int i = 0; i < m.atomCount(); i++) {
                unit = unit.multiply(Factored.atom(m.atom(i)).pow(m.exponent(i), budget));
            }
            out = out.multiply(multipleOfExp(t.getValue(), unit));
        }
        return rest.isZero() ? out : out.multiply(exp(Factored.fromPoly(rest).multiply(inverse)));
    }

    private static boolean isExp(Expr a) {
        return a instanceof Fn g && g.name().equals(FunctionRegistry.EXP);
    }

    /**
     * Whether {@code u} is a sum with an exp among its terms over any denominator: a scaled double exponential
     * {@code exp(−x/b − exp(−x/b))}, the Gumbel density's {@code exp(−(x − μ)/β − exp(−(x − μ)/β))}, is the product
     * of the exps of its terms, as its unscaled {@code exp(−z − exp(−z))} is.
     */
    private static boolean sumWithExpTerm(Factored u) {
        return u.factors().entrySet().stream().anyMatch(f -> f.getValue() > 0 && f.getKey().size() > 1
                && f.getKey().terms().keySet().stream().anyMatch(Normalizer::holdsExp));
    }

    /** Whether the monomial holds an exp atom. */
    private static boolean holdsExp(Monomial m) {
        for (int i = 0; i < m.atomCount(); i++) {
            if (isExp(m.atom(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code denominator} is a product of exps: an exp argument over it is a sum in exps of negated arguments. */
    private static boolean overExps(Factored denominator) {
        return denominator.factors().keySet().stream()
                .allMatch(p -> p.asAtom().filter(a -> a instanceof Fn f && f.name().equals(FunctionRegistry.EXP)).isPresent());
    }

    /** The name the exp laws are reported under. */
    private static final String EXP_LAW = "exp-law";

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
            int k = c.toBigInteger().intValueExact();
            if (Math.abs(k) > 1 && !definitions.isEmpty() && (sumDepth == 0 || insideSums) && argumentDepth == 0) {
                // a definition of exp(k·u) is written back before the exp laws split it ({@link ExpMultiples})
                Optional<Factored> defined = rewritten(definitions,
                        Exprs.exp(presenter.present(Factored.constant(c).multiply(unit))), this::positive, withoutDefinitions());
                if (defined.isPresent()) {
                    return defined.get();
                }
            }
            return atom(Exprs.exp(presenter.present(unit))).pow(k, budget);
        }
        Expr positive = presenter.present(Factored.constant(c.abs()).multiply(unit));
        return atom(Exprs.exp(positive)).pow(c.signum(), budget);
    }

    /** The book's log rules ({@code log(exp(u)) = u}); with expansion, the log of a product is the sum of logs. */
    private Factored log(Factored u, Fn applied, Negation signs) {
        Optional<Factored> byBook = rewritten(RuleBook.rulesFor(applied), applied, signs, this);
        if (byBook.isPresent()) {
            return byBook.get();
        }
        boolean single = u.coefficient().isOne() && u.factors().size() == 1
                && u.factors().values().iterator().next() == 1;
        Optional<Expr> power = single ? u.factors().keySet().iterator().next().asAtom() : Optional.empty();
        if (expandNamedFunctions && power.isPresent() && power.get() instanceof IndexProduct product) {
            // log Π_k f(k) = Σ_k log f(k) where every factor is positive: a likelihood's log is its log-likelihood, each
            // factor's log apart (Σ_k (log p^{x_k} + log (1 − p)^{1 − x_k})), so that each power comes down as written
            trace().fired(RuleBook.LOG_OF_INDEX_PRODUCT);
            List<Expr> factors = product.body() instanceof Mul m ? m.factors() : List.of(product.body());
            List<Expr> unsigned = factors.stream().filter(f -> !Bounds.of(f).isNonnegative()).toList();
            if (!unsigned.isEmpty()) {
                trace().requiresPositive(unsigned, unsigned.stream().map(f -> 1).toList());
            }
            return normalize(new IndexSum(product.index(), product.lower(), product.upper(),
                    Exprs.add(factors.stream().map(Exprs::log).toList())));
        }
        // the power as written, where its normal form is no single power ((1 − p)^{1 − x} is (1 − p)·(1 − p)^{−x})
        Optional<Expr> written = power.filter(Pow.class::isInstance).or(() -> Optional.of(applied.arg()).filter(Pow.class::isInstance));
        if (expandNamedFunctions && written.isPresent() && written.get() instanceof Pow p && !(p.exponent() instanceof Num)) {
            // log(u^c) = c·log u where u > 0 (the domain of log u): with exp(c·log u) = u^c, log(π^τ e^f) = τ log π + f
            trace().fired(RuleBook.LOG_OF_POWER);
            if (!Bounds.of(p.base()).isNonnegative()) {
                trace().requiresPositive(List.of(p.base()), List.of(1));
            }
            return normalize(Exprs.mul(p.exponent(), Exprs.log(p.base())));
        }
        if (expandNamedFunctions && u.coefficient().signum() > 0 && !u.isConstant() && !single) {
            trace().fired("log-of-product");
            List<Factored> parts = new ArrayList<>();
            if (!u.coefficient().isOne()) {
                parts.add(atom(Exprs.log(new Num(u.coefficient()))));
            }
            // log(a·b) = log a + log b and log(a²) = 2 log a hold where a, b > 0; where the
            // logarithm alone says so (one factor to an odd power, the others positive) nothing is needed
            List<Expr> unsigned = new ArrayList<>();
            List<Integer> powers = new ArrayList<>();
            boolean even = false;
            for (Map.Entry<Poly, Integer> f : u.factors().entrySet()) {
                Expr factor = presenter.present(Factored.of(Rational.ONE, Map.of(f.getKey(), 1)));
                // a factor never negative needs nothing: where it is 0 neither side is defined
                if (!Bounds.of(factor).isNonnegative()) {
                    unsigned.add(factor);
                    powers.add(f.getValue());
                    even |= f.getValue() % 2 == 0;
                }
            }
            if (unsigned.size() > 1 || even) {
                trace().requiresPositive(unsigned, powers);
            }
            for (Map.Entry<Poly, Integer> f : u.factors().entrySet()) {
                Factored factor = Factored.of(Rational.ONE, Map.of(f.getKey(), 1));
                Fn part = Exprs.log(presenter.present(factor));
                parts.add(log(factor, part, this::positive).multiply(Factored.constant(Rational.of(f.getValue()))));
            }
            return add(parts);
        }
        return atom(applied, signs);
    }
}
