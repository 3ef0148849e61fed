package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symgrad.expr.Add;
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
import org.symgrad.rewrite.Trace;
import org.symgrad.rewrite.TraceRecorder;

/**
 * The exponentials the input wrote, kept: the exp laws split {@code exp((2 − ρ)p)} into
 * {@code exp(p)²·exp(ρp)^{−1}}, and the presenter, pulling the common factor out of the terms,
 * prints {@code exp(p(1 − ρ))·(exp(p) − y)} — right, but {@code exp(p)} is an exponential the
 * input never wrote, where the source prints {@code −y·exp((1 − ρ)p) + exp((2 − ρ)p)}. When a
 * result holds an exp whose argument no exp of the input has, it is written term by term instead,
 * the exps of each term multiplied into one ({@value #EXP_LAW}), if every one of those is an
 * exp the input wrote (arguments compared in normal form, indices and decimals aside: the
 * {@code exp(z_j)} of a derivative is the input's {@code exp(z_k)}). Numerically an identity; a
 * result whose exps the input all wrote is left as it is.
 */
final class WrittenExponentials {
    /** The law cited: exps of one term multiplied into one. */
    static final String EXP_LAW = "exp-law";

    private final Set<Expr> written;
    /** The input's own spelling of each exp argument, by its normal form (indices included). */
    private final Map<Expr, Expr> spellings;
    private final Normalizer normalizer;
    /** The input's spellings by their {@link #key}: a contracted argument is one of them with other indices. */
    private final Map<Expr, List<Expr>> spellingsByKey = new LinkedHashMap<>();
    /** {@link #expanded} so far: a result's exps are asked about more than once. */
    private final Map<Expr, Expr> expandedArguments = new HashMap<>();

    private WrittenExponentials(Set<Expr> written, Map<Expr, Expr> spellings, Normalizer normalizer) {
        this.written = written;
        this.spellings = spellings;
        this.normalizer = normalizer;
    }

    /** The exps {@code input} writes, compared in {@code normalizer}'s normal form. */
    static WrittenExponentials in(Expr input, Normalizer normalizer) {
        WrittenExponentials out = new WrittenExponentials(new HashSet<>(), new LinkedHashMap<>(), normalizer);
        List<Expr> arguments = new ArrayList<>();
        collect(input, arguments);
        // an exp the input divides by is written in the result as the exp of the negated argument, which
        // WrittenReciprocalExps then prints as that division: y/exp(s − t) differentiates to −y/exp(s − t), not
        // −y·exp(t)·exp(−s), whose exps no one wrote
        for (Expr a : WrittenReciprocalExps.dividedBy(input)) {
            arguments.add(Exprs.neg(a));
        }
        for (Expr a : arguments) {
            Expr canonical = out.expanded(a);
            out.written.add(key(canonical));
            out.spellings.putIfAbsent(canonical, a);
            List<Expr> same = out.spellingsByKey.computeIfAbsent(key(canonical), k -> new ArrayList<>());
            if (!same.contains(a)) {
                same.add(a);
            }
        }
        return out;
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Fn f && isExp(f)) {
            out.add(f.arg());
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /**
     * {@code result}, or its terms each with the one exp the input wrote, when it holds an exp the
     * input did not write; the body of each Σ likewise, read on its own
     * ({@code Σ_j exp(b_j + x w_j)}, not {@code Σ_j exp(b_j)·exp(x w_j)}), and an exp the normal form
     * pulled out of a Σ taken back in where that makes one the input wrote ({@link ExpsIntoSums}).
     */
    Expr kept(Expr result, Trace trace) {
        if (written.isEmpty()) {
            return result;
        }
        Expr merged = mergedInProducts(result);
        if (!merged.equals(result)) {
            trace.fired(EXP_LAW);
        }
        return inArguments(new ExpsIntoSums(this).into(inSums(keptOutsideSums(merged, trace), trace), trace), trace);
    }

    /**
     * {@code e} with each argument of every function but exp {@link #kept} on its own where it holds an exp the input
     * did not write and the kept argument holds none: the input's {@code log(exp(x − y) + 5/4)} stays itself, not the
     * normal form's {@code log(exp(−y)(4exp(x) + 5exp(y))/4)}, whose exps no one wrote; a case's value likewise,
     * {@code where(x < 3, x exp(−x²/2) + y, 0)}, not {@code where(x < 3, exp(−x²/2)(x + y exp(x²/2)), 0)}, whose
     * {@code exp(x²/2)} only makes up for the {@code exp(−x²/2)} taken out of a term without it (∞·0 at x = 40).
     */
    private Expr inArguments(Expr e, Trace trace) {
        Expr inner = Exprs.mapChangedChildren(e, c -> inArguments(c, trace));
        if (!(inner instanceof Fn f) || isExp(f)) {
            return inner;
        }
        List<Expr> arguments = new ArrayList<>(f.args());
        boolean changed = false;
        for (int i = 0; i < arguments.size(); i++) {
            Expr a = arguments.get(i);
            if (allWritten(a)) {
                continue;
            }
            TraceRecorder tried = new TraceRecorder();
            Expr kept = keptOutsideSums(a, tried);
            if (!kept.equals(a) && allWritten(kept)) {
                tried.replay(trace);
                arguments.set(i, kept);
                changed = true;
            }
        }
        return changed ? Exprs.withChildren(f, arguments) : inner;
    }

    /**
     * {@code e} with the exps of each product multiplied into the one exp the input wrote, wherever
     * they stand — in a sum, a denominator, a function's argument: {@code C + exp(b)·exp(wx)} is the
     * {@code C + exp(wx + b)} of the input. Products whose exps make no exp the input wrote stay.
     */
    private Expr mergedInProducts(Expr e) {
        Expr inner = Exprs.mapChildren(e, this::mergedInProducts);
        if (!(inner instanceof Mul m)) {
            return inner;
        }
        List<Expr> others = new ArrayList<>();
        List<Expr> arguments = new ArrayList<>();
        for (Expr f : m.factors()) {
            if (isExp(f)) {
                arguments.add(((Fn) f).arg());
            } else if (f instanceof Pow p && isExp(p.base()) && p.exponent() instanceof Num k && k.value().isInteger()) {
                arguments.add(Exprs.mul(k, ((Fn) p.base()).arg()));
            } else {
                others.add(f);
            }
        }
        if (arguments.size() < 2) {
            return inner;
        }
        java.util.Optional<Expr> one = product(arguments);
        if (one.isEmpty()) {
            return inner;
        }
        others.add(Exprs.exp(one.get()));
        return Exprs.mul(others);
    }

    /** {@code e} with the body of every Σ in it {@link #kept}, innermost first. */
    private Expr inSums(Expr e, Trace trace) {
        Expr inner = Exprs.mapChildren(e, c -> inSums(c, trace));
        if (inner instanceof IndexSum s) {
            Expr body = keptOutsideSums(s.body(), trace);
            return body.equals(s.body()) ? inner : new IndexSum(s.index(), s.lower(), s.upper(), body);
        }
        return inner;
    }

    /** {@link #kept} of {@code result} itself, its Σ bodies aside (they are read on their own). */
    private Expr keptOutsideSums(Expr result, Trace trace) {
        if (allWritten(result)) {
            return spelled(result);
        }
        Factored f = normalizer.normalize(result);
        Factored below = Factored.ONE;
        Factored above = Factored.constant(f.coefficient());
        Map<Expr, Integer> exps = new LinkedHashMap<>();
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            Expr atom = e.getKey().asAtom().orElse(null);
            if (isExp(atom)) {
                exps.merge(atom, e.getValue(), Integer::sum);
            } else if (e.getValue() < 0) {
                below = below.multiply(Factored.of(Rational.ONE, Map.of(e.getKey(), e.getValue())));
            } else {
                above = above.multiply(Factored.of(Rational.ONE, Map.of(e.getKey(), e.getValue())));
            }
        }
        Poly terms = above.expand(normalizer.budget());
        if (terms.size() < 1) {
            return result;
        }
        // the terms grouped by the one exp they multiply into, in the order of first appearance
        Map<Expr, List<Poly>> groups = new LinkedHashMap<>();
        Map<Expr, Expr> groupArguments = new LinkedHashMap<>();
        List<Expr> termArguments = new ArrayList<>();
        List<Poly> termRests = new ArrayList<>();
        boolean unwritten = false;
        for (Map.Entry<Monomial, Rational> t : terms.terms().entrySet()) {
            Map<Expr, Integer> termExps = new LinkedHashMap<>(exps);
            Monomial rest = Monomial.ONE;
            for (Map.Entry<Expr, Integer> a : t.getKey().powers().entrySet()) {
                if (isExp(a.getKey())) {
                    termExps.merge(a.getKey(), a.getValue(), Integer::sum);
                } else {
                    rest = rest.multiply(Monomial.of(a.getKey(), a.getValue()));
                }
            }
            List<Expr> arguments = new ArrayList<>();
            for (Map.Entry<Expr, Integer> a : termExps.entrySet()) {
                if (a.getValue() != 0) {
                    arguments.add(Exprs.mul(Exprs.num(a.getValue()), ((Fn) a.getKey()).arg()));
                }
            }
            Expr argument = arguments.isEmpty() ? Exprs.ZERO : expanded(Exprs.add(arguments));
            Expr key = key(argument);
            termArguments.add(arguments.isEmpty() ? Exprs.ZERO : Exprs.add(arguments));
            termRests.add(Poly.monomial(t.getValue(), rest));
            if (!arguments.isEmpty() && !written.contains(key)) {
                unwritten = true;
                continue;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(Poly.monomial(t.getValue(), rest));
            groupArguments.put(key, argument);
        }
        if (unwritten) {
            return writtenTakenOut(result, termArguments, termRests, below, f.coefficient(), trace);
        }
        if (groups.size() < 2 && terms.size() > 1) {
            return result;
        }
        List<Expr> out = new ArrayList<>();
        for (Map.Entry<Expr, List<Poly>> g : groups.entrySet()) {
            Poly sum = Poly.sum(g.getValue(), normalizer.budget());
            Expr rest = normalizer.presenter().present(Factored.fromPoly(sum).multiply(below));
            Expr argument = groupArguments.get(g.getKey());
            // the one exp of the term, spelled as the input spelled it where it did
            Expr spelling = java.util.Objects.requireNonNullElse(spellingOf(argument), argument);
            out.add(argument.equals(Exprs.ZERO) ? rest
                    : Exprs.mul(rest, Exprs.exp(readsBetter(spelling, argument) ? spelling : argument)));
        }
        Expr candidate = Exprs.add(out);
        // one term: only where its exps became fewer, exp(x)·exp(−μ) as the exp(x − μ) the input wrote
        if (!allWritten(candidate) || terms.size() == 1 && exps(candidate) >= exps(result)) {
            return result;
        }
        trace.fired(EXP_LAW);
        return spelled(candidate);
    }

    /** The rule cited where a written exp is taken out of the terms ({@link #writtenTakenOut}). */
    static final String WRITTEN_EXP_OUT = "written-exp-out";

    /**
     * {@code result} with one exp the input wrote taken out of its terms, where a term's exps multiply into
     * none the input wrote but what each term keeps beside the one taken out is 1 or an exp the input
     * wrote: the log-log link's second derivative {@code exp(−2z)·exp(−exp(−z))·(1 − exp(z))}, whose
     * {@code exp(−2z − exp(−z))} no one wrote, is {@code exp(−exp(−z) − z)·(exp(−z) − 1)}, as the product
     * rule gives it and statsmodels prints it. The exp taken out is the first term's that leaves every term
     * so; else {@code result} stands.
     */
    private Expr writtenTakenOut(Expr result, List<Expr> arguments, List<Poly> rests, Factored below, Rational c,
            Trace trace) {
        if (arguments.size() < 2 || c.isZero()) {
            return result;
        }
        // the number in front stays in front; a minus goes into a difference of two terms (exp(−z) − 1 for −(1 − exp(−z)))
        Rational out = arguments.size() == 2 && c.signum() < 0 ? c.negate() : c;
        for (Expr common : arguments) {
            if (common.equals(Exprs.ZERO) || !wrote(common)) {
                continue;
            }
            List<Expr> terms = new ArrayList<>();
            for (int i = 0; i < arguments.size() && terms.size() == i; i++) {
                Expr remaining = expanded(Exprs.sub(arguments.get(i), common));
                Expr rest = normalizer.presenter().present(Factored.fromPoly(rests.get(i)).multiply(
                        Factored.constant(Rational.ONE.divide(out))));
                if (remaining.equals(Exprs.ZERO)) {
                    terms.add(rest);
                } else if (written.contains(key(remaining))) {
                    terms.add(Exprs.mul(rest, Exprs.exp(inputSpelling(remaining))));
                }
            }
            if (terms.size() < arguments.size()) {
                continue;
            }
            Expr candidate = Exprs.mul(normalizer.presenter().present(below.multiply(Factored.constant(out))),
                    Exprs.exp(inputSpelling(common)),
                    Exprs.add(terms));
            if (!allWritten(candidate)) {
                continue;
            }
            trace.fired(WRITTEN_EXP_OUT);
            return spelled(candidate);
        }
        return result;
    }

    /** The input's own spelling of an exp argument it wrote ({@code −z − exp(−z)}), else the argument's normal form. */
    private Expr inputSpelling(Expr argument) {
        Expr canonical = expanded(argument);
        return java.util.Objects.requireNonNullElse(spellingOf(canonical), canonical);
    }

    /**
     * {@code e} with the argument of each exp spelled as the input spelled it, where the two are one
     * normal form: {@code exp(−(x − μ)²/2)}, not the normal form's {@code exp((2μx − μ² − x²)/2)}.
     */
    private Expr spelled(Expr e) {
        List<Expr> kids = Exprs.children(e);
        List<Expr> out = new ArrayList<>(kids.size());
        kids.forEach(k -> out.add(spelled(k)));
        Expr rebuilt = out.equals(kids) ? e : Exprs.withChildren(e, out);
        if (rebuilt instanceof Fn f && isExp(f)) {
            Expr spelling = spellingOf(expanded(f.arg()));
            if (spelling != null && readsBetter(spelling, f.arg())) {
                return Exprs.exp(spelling);
            }
        }
        return rebuilt;
    }

    /** Whether the input wrote an exp of {@code argument} (compared as {@link #kept} compares them). */
    boolean wrote(Expr argument) {
        return written.contains(key(expanded(argument)));
    }

    /**
     * The argument of the one exp that {@code arguments} multiply into ({@code exp(a)·exp(b) = exp(a + b)}),
     * in normal form or as the input spelled it, if the input wrote such an exp; else empty.
     */
    java.util.Optional<Expr> product(List<Expr> arguments) {
        Expr sum = normalizer.canonical(Exprs.add(arguments));
        return wrote(sum) ? java.util.Optional.of(spelling(sum)) : java.util.Optional.empty();
    }

    /** The input's spelling of {@code argument} where it reads better ({@link #readsBetter}), else {@code argument}. */
    Expr spelling(Expr argument) {
        Expr spelling = spellingOf(expanded(argument));
        return spelling != null && readsBetter(spelling, argument) ? spelling : argument;
    }

    /**
     * The input's spelling of the argument whose {@link #expanded} form is {@code canonical}, its free
     * indices renamed where the input wrote it with others: the δ contraction of the input's
     * {@code exp(−g(x_i − x_j)²)} by j = m is spelled {@code exp(−g(x_i − x_m)²)}, not the normal form's
     * {@code exp(g(2x_i x_m − x_i² − x_m²))}. A renaming counts only where the renamed spelling expands to
     * {@code canonical} itself. Null where the input wrote no such argument.
     */
    private Expr spellingOf(Expr canonical) {
        Expr exact = spellings.get(canonical);
        if (exact != null) {
            return exact;
        }
        List<Expr> options = spellingsByKey.getOrDefault(key(canonical), List.of());
        List<String> to = new ArrayList<>(org.symgrad.expr.Indices.free(canonical));
        for (Expr option : options) {
            List<String> from = new ArrayList<>(org.symgrad.expr.Indices.free(option));
            if (from.isEmpty() || from.size() > 3 || to.isEmpty() || to.size() > 3) {
                continue;
            }
            int[] choice = new int[from.size()];
            while (true) {
                Map<String, String> renaming = new LinkedHashMap<>();
                for (int i = 0; i < from.size(); i++) {
                    renaming.put(from.get(i), to.get(choice[i]));
                }
                Expr renamed = org.symgrad.expr.Indices.renameAll(option, renaming);
                if (expanded(renamed).equals(canonical)) {
                    return renamed;
                }
                int i = 0;
                while (i < choice.length && ++choice[i] == to.size()) {
                    choice[i++] = 0;
                }
                if (i == choice.length) {
                    break;
                }
            }
        }
        return null;
    }

    /** Whether every exp of {@code e} outside its Σ bodies is one the input wrote. */
    private boolean allWritten(Expr e) {
        if (e instanceof Fn f && isExp(f) && !written.contains(key(expanded(f.arg())))) {
            return false;
        }
        if (e instanceof IndexSum) {
            return true;
        }
        for (Expr c : Exprs.children(e)) {
            if (!allWritten(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An exp argument's normal form multiplied out, as the exp laws see it: {@code −(x − μ)²/2} and
     * {@code (2μx − μ² − x²)/2} are one argument.
     */
    private Expr expanded(Expr argument) {
        return expandedArguments.computeIfAbsent(argument, a -> {
            Factored f = normalizer.normalize(a);
            return normalizer.presenter().present(f.isPolynomial() ? Factored.fromPoly(f.expand(normalizer.budget())) : f);
        });
    }

    /**
     * Whether the input's spelling of an exp argument is the one to print: where the normal form
     * multiplied out a power of a sum the input wrote ({@code −(x − μ)²/2}, not
     * {@code (2μx − μ² − x²)/2}) and the spelling reads more simply; not the {@code −(x/√2)²} of
     * erf's own derivative, which reads worse than {@code −x²/2}.
     */
    private static boolean readsBetter(Expr spelling, Expr argument) {
        // a sum multiplied out, alone or times a coefficient: (2μx − μ² − x²)/2, g(2μx − μ² − x²)
        boolean multipliedOut = argument instanceof Add
                || argument instanceof Mul m && m.factors().stream().anyMatch(f -> f instanceof Add);
        boolean raisesASum = Exprs.any(spelling, x -> x instanceof Pow p && p.base() instanceof Add
                && p.exponent() instanceof Num k && k.value().isInteger() && k.value().signum() > 0);
        return multipliedOut && raisesASum && TextbookCost.of(spelling) < TextbookCost.of(argument);
    }

    private static int exps(Expr e) {
        return Exprs.count(e, WrittenExponentials::isExp);
    }

    /** Whether {@code e} is an exp of one argument. */
    static boolean isExp(Expr e) {
        return e instanceof Fn f && f.name().equals(FunctionRegistry.EXP) && f.args().size() == 1;
    }

    /**
     * {@code e} with indexed names without their indices and numbers without their decimal spelling,
     * the terms of a sum and the factors of a product in one order of their own: the normal form orders
     * them by their indices, so the input's {@code exp(x_i − 2x_j)} contracted to {@code exp(x_m − 2x_i)}
     * comes out as {@code −2x_i + x_m} — the same argument, indices aside, in another order.
     */
    private static Expr key(Expr e) {
        if (e instanceof Indexed x) {
            return new Sym(x.name());
        }
        if (e instanceof Num n) {
            return new Num(n.value());
        }
        List<Expr> kids = Exprs.children(e);
        if (kids.isEmpty()) {
            return e;
        }
        List<Expr> out = new ArrayList<>(kids.size());
        kids.forEach(k -> out.add(key(k)));
        if (e instanceof Add || e instanceof Mul) {
            // by the printed form (written out, as FactorOrder.TOTAL is, rather than Comparator.comparing)
            out.sort((a, b) -> a.toString().compareTo(b.toString()));
            return Exprs.withChildren(e, out);
        }
        return Exprs.withChildren(e, out);
    }
}
