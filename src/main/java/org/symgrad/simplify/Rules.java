package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.error.InputException;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.Inverse;
import org.symgrad.functions.KnownFunction;
import org.symgrad.rewrite.Rule;

/**
 * Builds {@link Rule}s (identities between particular expressions) from what a user states: an assumption {@code lhs = rhs} whose left
 * side is one term ({@code Σ_k t_k = 1}), and a definition {@code y_i = body} solved for the atom
 * of the body that carries the target's indices ({@code exp(z_i) = y_i·Σ_k exp(z_k)}), so a result
 * can be written back in the defined name. Also the inverses of the named functions used in an
 * input (from the {@link FunctionRegistry}).
 */
public final class Rules {
    /** The name a step cites when it applies an assumption ({@code Σ_k t_k → 1}). */
    public static final String ASSUMPTION = "assumption";
    /** The name a step cites when it writes a definition's body back as its name. */
    public static final String SUBSTITUTE_DEFINITION = "substitute-definition";

    private Rules() {
    }

    /**
     * The rule for {@code assume lhs = rhs}; the left side must normalise to one term
     * ({@link InputException} otherwise). An {@link IllegalArgumentException} when the right side
     * holds the left side again ({@code x = 2x}): such a rule would rewrite without end.
     */
    public static Rule assumption(Expr lhs, Expr rhs) {
        Normalizer n = new Normalizer(Budget.standard(), List.of(), List.of(), false);
        Factored f = n.normalize(lhs);
        if (f.factors().size() != 1 || f.factors().values().iterator().next() != 1
                || f.factors().keySet().iterator().next().asAtom().isEmpty()) {
            throw new InputException("an assumption needs a single term on its left side, such as sum_k t_k = 1");
        }
        Expr atom = f.factors().keySet().iterator().next().asAtom().orElseThrow();
        Set<String> variables = Indices.free(atom);
        // the left side may lose indices as it normalises (x_i − x_i + y is y): the right side must not use them
        Set<String> unbound = Indices.free(rhs);
        unbound.removeAll(variables);
        if (!unbound.isEmpty()) {
            throw new InputException("the right side of an assumption has free indices {"
                    + String.join(", ", unbound) + "} that its left side does not keep once simplified");
        }
        Expr replacement = Exprs.mul(Exprs.num(Rational.ONE.divide(f.coefficient())), rhs);
        return Rule.identity(ASSUMPTION, atom, variables, replacement);
    }

    /**
     * The rule that writes {@code body}'s key atom in terms of {@code target}, if the body is a
     * product with one atom (power ±1) that carries all the target's indices.
     */
    public static Optional<Rule> definition(Expr target, Expr body) {
        return definition(SUBSTITUTE_DEFINITION, target, body);
    }

    /** {@link #definition(Expr, Expr)}, the rule named {@code rule}. */
    static Optional<Rule> definition(String rule, Expr target, Expr body) {
        Optional<Rule> asWritten = definitionAsNormalised(rule, target, body);
        if (asWritten.isPresent()) {
            return asWritten;
        }
        // a body that is a named function written in exps: f = 1/(1 + exp(−x)) is σ(x), p = 1/(1 + exp(Af + B))
        // is 1 − σ(Af + B), whose sum 1 + e^u no atom rule solves; solved in the function's name instead, so a
        // result's σ(x) reads f and its σ(Af + B) reads 1 − p (rule substitute-definition, as for f = σ(x))
        Normalizer n = new Normalizer(Budget.standard(), List.of(), List.of(), false);
        Expr canonical = n.canonical(body);
        List<Rule> inverses = impliedFunctionInverses(canonical, body);
        if (inverses.isEmpty()) {
            return Optional.empty();
        }
        // each write-back alone, as the simplifier tries them: exp(Af)·exp(B) is σ(Af + B) by either exp's
        for (Rule inverse : inverses) {
            Expr named = new Normalizer(Budget.standard(), List.of(), List.of(inverse), false).canonical(body);
            if (named.equals(canonical) || !Exprs.any(named, x -> x instanceof Fn)) {
                continue;
            }
            Optional<Rule> solved = definitionAsNormalised(rule, target, named)
                    .filter(r -> r.lhs() instanceof Fn && Exprs.any(named, x -> x.equals(r.lhs())));
            if (solved.isPresent()) {
                return solved;
            }
        }
        return Optional.empty();
    }

    private static Optional<Rule> definitionAsNormalised(String rule, Expr target, Expr body) {
        Normalizer n = new Normalizer(Budget.standard(), List.of(), List.of(), false);
        Factored f = n.normalize(body);
        if (cancelsADivisor(n, body, f)) {
            return Optional.empty();
        }
        Set<String> variables = Indices.free(target);
        // the key is the most structured eligible atom (exp(z_i), Σ_k x_k), never a bare symbol
        // such as the n of a mean, which the definition is not about
        Map.Entry<Poly, Integer> key = null;
        for (Map.Entry<Poly, Integer> e : ExpMultiples.whole(f, n).factors().entrySet()) {
            Optional<Expr> atom = e.getKey().asAtom();
            // a δ is a key only with a fixed label (y_w = δ_wo, the one-hot vector of class o):
            // one over the name's own indices is the δ every derivative makes, and contracts
            if (atom.isEmpty() || Math.abs(e.getValue()) != 1
                    || atom.get() instanceof Delta d && variables.containsAll(Indices.free(d))
                    || atom.get() instanceof org.symgrad.expr.Sym
                    || !Indices.free(atom.get()).containsAll(variables)) {
                continue;
            }
            if (key == null || Exprs.size(atom.get()) > Exprs.size(key.getKey().asAtom().orElseThrow())) {
                key = e;
            }
        }
        if (key != null) {
            Expr atom = key.getKey().asAtom().orElseThrow();
            int power = key.getValue();
            Factored rest = ExpMultiples.whole(f, n).multiply(Factored.atom(atom).pow(-power, n.budget()));
            Expr solved = Exprs.mul(target, Exprs.pow(n.presenter().present(rest), -1));
            Expr replacement = power == 1 ? solved : Exprs.pow(solved, -1);
            try {
                return Optional.of(Rule.identity(rule, atom, variables, replacement));
            } catch (IllegalArgumentException circular) {
                // the solved form holds the atom again (z = 1 − e^{−wλ} normalises to (e^{wλ} − 1)/e^{wλ}):
                // solved for the atom's reciprocal, or no way to write it back
                return inverseLinear(rule, n, f, target, variables);
            }
        }
        Optional<Rule> linear = linear(rule, n, f, target, variables);
        return linear.isPresent() ? linear : inverseLinear(rule, n, f, target, variables);
    }

    /**
     * The write-back of a body linear in the reciprocal of an atom that carries the target's
     * indices: {@code z = k(s + t/a)}, which the normal form writes {@code k(s·a + t)/a} with the atom
     * in two factors, solved for {@code a = k·t/(z − k·s)}; {@code z = 1 − e^{−wλ}} gives
     * {@code e^{wλ} = 1/(1 − z)}, so a result's {@code e^{−wλ}} reads {@code 1 − z}, and
     * {@code z = 1 − 1/u} gives {@code u = 1/(1 − z)}. As for {@link #linear}, only a numeric
     * slope s is solved for, and t must not be 0 (the body would not depend on the atom).
     */
    private static Optional<Rule> inverseLinear(String rule, Normalizer n, Factored f, Expr target, Set<String> variables) {
        for (Map.Entry<Poly, Integer> d : f.factors().entrySet()) {
            Optional<Expr> atom = d.getKey().asAtom();
            if (d.getValue() != -1 || atom.isEmpty() || atom.get() instanceof Delta
                    || !Indices.free(atom.get()).containsAll(variables)) {
                continue;
            }
            Expr a = atom.get();
            for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
                Poly q = e.getKey();
                if (e.getValue() != 1 || q.size() < 2 || !onlyLinearIn(q, a)
                        || f.factors().keySet().stream().anyMatch(o -> o != q && o != d.getKey() && mentions(o, a))) {
                    continue;
                }
                Poly slope = coefficientOf(q, a);
                if (slope.size() != 1 || !slope.terms().containsKey(Monomial.ONE)) {
                    continue;
                }
                Poly intercept = Poly.ZERO;
                for (Map.Entry<Monomial, Rational> t : q.terms().entrySet()) {
                    if (!t.getKey().powers().containsKey(a)) {
                        intercept = intercept.add(Poly.monomial(t.getValue(), t.getKey()), n.budget());
                    }
                }
                if (intercept.size() == 0) {
                    continue;
                }
                // body = k·(s·a + t)/a = k·s + k·t/a, so a = k·t/(target − k·s)
                Expr k = n.presenter().present(f.multiply(Factored.of(Rational.ONE, Map.of(q, -1, d.getKey(), 1))));
                Expr solved = Exprs.mul(Exprs.mul(k, n.presenter().polynomial(intercept)),
                        Exprs.pow(Exprs.add(target, Exprs.neg(Exprs.mul(k, n.presenter().polynomial(slope)))), -1));
                try {
                    return Optional.of(Rule.identity(rule, a, variables, n.canonical(solved)));
                } catch (IllegalArgumentException circular) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The rule that writes a scalar let whose body is a product of two or more atoms (coefficient 1)
     * back where a term holds that whole product ({@link ProductNames}): {@code f = x·σ(βx)} gives
     * {@code x·σ(βx) → f}. Its left side is the product, which no atom of a normal form matches: only
     * {@link Simplifier} applies it, to the terms of a result.
     */
    public static Optional<Rule> productName(Expr target, Expr body) {
        if (!(target instanceof org.symgrad.expr.Sym)) {
            return Optional.empty();
        }
        Normalizer n = new Normalizer(Budget.standard(), List.of(), List.of(), false);
        Factored f = n.normalize(body);
        int atoms = 0;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            if (e.getValue() < 1 || e.getKey().asAtom().isEmpty()) {
                return Optional.empty();
            }
            atoms += e.getValue();
        }
        if (!f.coefficient().isOne() || f.factors().size() < 2 || atoms < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(Rule.identity(SUBSTITUTE_DEFINITION, n.presenter().present(f), Set.of(), target));
        } catch (IllegalArgumentException circular) {
            return Optional.empty();
        }
    }

    /** Whether {@code rule} is one {@link #productName} made: its left side is a product. */
    static boolean isProductName(Rule rule) {
        return rule.lhs() instanceof org.symgrad.expr.Mul;
    }

    /**
     * Whether {@code body} as written divides by something that may be 0 that its normal form
     * {@code f} no longer divides by ({@code x·cos(x)/x} is {@code cos(x)}): the name has no value
     * where that divisor vanishes, so writing its atom back as the name would give a result with a
     * hole where the result in the atom has none (issue 14.2).
     */
    private static boolean cancelsADivisor(Normalizer n, Expr body, Factored f) {
        List<Expr> divisors = new ArrayList<>();
        divisors(body, divisors);
        for (Expr d : divisors) {
            if (org.symgrad.rewrite.Bounds.isNonzero(d)) {
                continue;
            }
            for (Map.Entry<Poly, Integer> factor : n.normalize(d).factors().entrySet()) {
                if (factor.getValue() > 0 && f.factors().getOrDefault(factor.getKey(), 0) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What {@code e} divides by, as written: the bases of its negative numeric powers, through sums,
     * products and numeric powers only — a division inside a function's argument ({@code exp(z/T)})
     * stays inside its atom, which the normal form keeps whole.
     */
    private static void divisors(Expr e, List<Expr> out) {
        switch (e) {
            case org.symgrad.expr.Pow p when p.exponent() instanceof Num k -> {
                if (k.value().signum() < 0) {
                    out.add(p.base());
                }
                divisors(p.base(), out);
            }
            case org.symgrad.expr.Add a -> a.terms().forEach(t -> divisors(t, out));
            case org.symgrad.expr.Mul m -> m.factors().forEach(f -> divisors(f, out));
            default -> {
            }
        }
    }

    /**
     * The write-back of a body linear in an atom that carries the target's indices, inside one sum
     * factor: {@code x̂_bd = (X_bd − μ_d)/√(v_d + ε)} solved for {@code X_bd = x̂_bd·√(v_d + ε) + μ_d},
     * so that a result in X (inside sums too, the bound index renamed) is written in x̂. Only an
     * atom with a constant coefficient is solved for (the most structured of them): solving for
     * one with a symbolic coefficient divides by it ({@code h = (1 − u)c + u·h'} would turn the
     * gate's {@code (1 − u)(h' − c)} into {@code h' − h}, a form no textbook prints).
     */
    private static Optional<Rule> linear(String rule, Normalizer n, Factored f, Expr target, Set<String> variables) {
        Poly sum = null;
        Expr best = null;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            Poly p = e.getKey();
            if (p.size() < 2 || e.getValue() != 1) {
                continue;
            }
            Set<Expr> atoms = new java.util.TreeSet<>(org.symgrad.expr.ExprOrder.INSTANCE);
            p.terms().keySet().forEach(m -> atoms.addAll(m.powers().keySet()));
            for (Expr a : atoms) {
                if (a instanceof Delta || !Indices.free(a).containsAll(variables) || !onlyLinearIn(p, a)
                        || f.factors().keySet().stream().anyMatch(q -> q != p && mentions(q, a))) {
                    continue;
                }
                Poly slope = coefficientOf(p, a);
                if (slope.size() != 1 || !slope.terms().containsKey(Monomial.ONE)) {
                    continue;
                }
                if (best == null || Exprs.size(a) > Exprs.size(best)) {
                    sum = p;
                    best = a;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Poly slope = coefficientOf(sum, best);
        Poly intercept = Poly.ZERO;
        for (Map.Entry<Monomial, Rational> t : sum.terms().entrySet()) {
            if (!t.getKey().powers().containsKey(best)) {
                intercept = intercept.add(Poly.monomial(t.getValue(), t.getKey()), n.budget());
            }
        }
        if (intercept.terms().keySet().stream().flatMap(m -> m.powers().keySet().stream())
                .anyMatch(a -> a instanceof org.symgrad.expr.Fn || a instanceof org.symgrad.expr.IndexSum)) {
            // the rest of the body is a function or a sum of the input (L = (n/2)·log(2πs) + Σ_i(x_i − μ)²/(2s)):
            // written back, the name would bring it into a result that does not hold it (∂L/∂s through L and log)
            return Optional.empty();
        }
        // body = k·(slope·atom + intercept), so atom = (target/k − intercept)/slope
        Factored k = f.multiply(Factored.of(Rational.ONE, Map.of(sum, -1)));
        Expr solved = Exprs.mul(
                Exprs.add(Exprs.mul(target, Exprs.pow(n.presenter().present(k), -1)),
                        Exprs.neg(n.presenter().polynomial(intercept))),
                Exprs.pow(n.presenter().polynomial(slope), -1));
        try {
            return Optional.of(Rule.identity(rule, best, variables, n.canonical(solved)));
        } catch (IllegalArgumentException circular) {
            return Optional.empty();
        }
    }

    /** Whether {@code a} occurs in every monomial of {@code p} to the power 0 or 1, and in some. */
    private static boolean onlyLinearIn(Poly p, Expr a) {
        boolean some = false;
        for (Monomial m : p.terms().keySet()) {
            int e = m.powers().getOrDefault(a, 0);
            if (e != 0 && e != 1) {
                return false;
            }
            some |= e == 1;
            for (Expr other : m.powers().keySet()) {
                if (!other.equals(a) && Exprs.contains(other, a)) {
                    return false; // the atom inside another (x_i in exp(x_i)): not linear in it
                }
            }
        }
        return some;
    }

    private static boolean mentions(Poly p, Expr a) {
        return p.terms().keySet().stream().anyMatch(m -> m.powers().keySet().stream().anyMatch(b -> Exprs.contains(b, a)));
    }

    /** What {@code a} multiplies in the terms of {@code p} that hold it. */
    private static Poly coefficientOf(Poly p, Expr a) {
        Poly out = Poly.ZERO;
        Monomial unit = Monomial.of(a, 1);
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            if (t.getKey().powers().containsKey(a)) {
                out = out.add(Poly.monomial(t.getValue(), t.getKey().divide(unit)), Budget.standard());
            }
        }
        return out;
    }

    /**
     * The identity {@code Σ_i y_i = 1} for a name defined as a normalised vector
     * {@code y_i = u_i / Σ_m u_m} (a softmax, a temperature softmax, attention weights), summed over
     * the range of the denominator's sum, as an assumption rule — the fact a textbook uses without
     * stating it ({@code ∂KL(p‖q)/∂z_j = q_j − p_j}). Other indices of {@code y} stay free
     * ({@code Σ_k Y_nk = 1} for every row {@code n}). Likewise {@code Σ_i y_i = c} for any body
     * whose sum over {@code i} is a number {@code c}: the one-hot {@code y_w = δ_wo}, the smoothed
     * label {@code q_k = (1 − ε)δ_ky + ε/n}.
     */
    public static Optional<Rule> normalisation(Expr target, Expr body) {
        if (!(target instanceof Indexed y)) {
            return Optional.empty();
        }
        Normalizer n = new Normalizer(Budget.standard(), List.of(), List.of(), false);
        Factored f = n.normalize(body);
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            if (e.getValue() != -1 || !(e.getKey().asAtom().orElse(null) instanceof IndexSum s)) {
                continue;
            }
            Expr numerator = n.presenter().present(f.multiply(Factored.atom(s)));
            for (String i : y.indices()) {
                if (Index.isConcrete(i) || Indices.free(s).contains(i)) {
                    continue;
                }
                Expr term = Indices.rename(s.body(), s.index(), i);
                if (n.canonical(term).equals(n.canonical(numerator))) {
                    return Optional.of(assumption(new IndexSum(i, s.lower(), s.upper(), target), Exprs.ONE));
                }
            }
        }
        for (String i : y.indices()) {
            // a sum that is a number: a one-hot target delta(w, o), label smoothing (1 − ε)δ_ky + ε/n
            Expr total = n.canonical(Exprs.sum(i, body));
            if (Index.isSymbolic(i) && total instanceof Num) {
                return Optional.of(assumption(Exprs.sum(i, target), total));
            }
        }
        return Optional.empty();
    }

    /**
     * Rules that write results back in the named functions {@code input} applies: the registry's
     * inverses of each ({@code e^u = σ(u)/(1 − σ(u))}) and of the functions their derivatives use
     * (softplus′ = σ, so σ's too), for the arguments they are applied to.
     */
    public static List<Rule> namedFunctionInverses(Expr input) {
        Set<Fn> uses = new LinkedHashSet<>();
        collect(input, uses);
        List<Rule> out = new ArrayList<>();
        Normalizer n = new Normalizer(Budget.standard(), List.of(), List.of(), false);
        for (Fn f : uses) {
            KnownFunction entry = FunctionRegistry.get(f.name());
            Expr u = n.canonical(f.arg());
            // each entry once, by its name (one entry per name: equal entries are the same entry), in order
            Map<String, KnownFunction> written = new java.util.LinkedHashMap<>();
            written.put(entry.name(), entry);
            for (KnownFunction g : FunctionRegistry.ALL) {
                if (entry.partials().get(0).uses(g.name())) {
                    written.putIfAbsent(g.name(), g);
                }
            }
            for (KnownFunction g : written.values()) {
                for (Inverse inverse : g.inverses()) {
                    Expr lhs = inverse.atom().apply(u);
                    Optional<Rule> single = singleAtom(n, lhs).flatMap(a -> written(inverse, a, u));
                    out.addAll(single.isPresent() ? List.of(single.get()) : solved(n, inverse, lhs, u));
                }
            }
        }
        return out;
    }

    /**
     * The write-back {@code atom → replacement(u)}, unless its replacement holds the atom again
     * ({@code σ(log x)}: {@code e^{log x}} is {@code x}, so x would be rewritten without end).
     */
    private static Optional<Rule> written(Inverse inverse, Expr atom, Expr u) {
        try {
            return Optional.of(Rule.identity(inverse.name(), atom, Indices.free(u), inverse.replacement().apply(u)));
        } catch (IllegalArgumentException selfFeeding) {
            return Optional.empty();
        }
    }

    /**
     * The write-backs of an inverse whose atom normalises to a product ({@code e^{ax+b} = e^b·e^{ax}}),
     * each solved for one of its non-constant factors to the power ±1, exps of whole multiples read
     * whole ({@link ExpMultiples}), largest first: {@code e^{ax} → σ(ax+b)/((1 − σ(ax+b))·e^b)}; the
     * other factors cancel where the result really is a function of σ(ax + b). Which factor a result
     * holds whole depends on how its terms were brought over one denominator ({@code e^{−2b}} of
     * σ(3x − 2b + 2) may stand as {@code e^{2b}} in a denominator), so every one is offered, an exp of
     * a whole multiple also negated ({@code e^{2b} → (…)^{−1}}).
     */
    private static List<Rule> solved(Normalizer n, Inverse inverse, Expr lhs, Expr u) {
        Factored f = n.normalize(lhs);
        Factored whole = ExpMultiples.whole(f, n);
        if (f.factors().size() < 2 && whole == f) {
            return List.of();
        }
        List<Map.Entry<Poly, Integer>> keys = new ArrayList<>();
        for (Map.Entry<Poly, Integer> e : whole.factors().entrySet()) {
            Optional<Expr> atom = e.getKey().asAtom();
            if (atom.isPresent() && Math.abs(e.getValue()) == 1 && !(atom.get() instanceof Fn g && g.arg() instanceof Num)) {
                keys.add(e);
            }
        }
        keys.sort(java.util.Comparator.comparingInt((Map.Entry<Poly, Integer> e) -> -Exprs.size(e.getKey().asAtom().orElseThrow())));
        List<Rule> out = new ArrayList<>();
        for (Map.Entry<Poly, Integer> key : keys) {
            Expr atom = key.getKey().asAtom().orElseThrow();
            int power = key.getValue();
            Factored rest = whole.multiply(Factored.atom(atom).pow(-power, n.budget()));
            Expr solved = Exprs.mul(inverse.replacement().apply(u), Exprs.pow(n.presenter().present(rest), -1));
            Expr replacement = power == 1 ? solved : Exprs.pow(solved, -1);
            identity(inverse.name(), atom, u, replacement).ifPresent(out::add);
            if (!f.factors().containsKey(key.getKey()) && atom instanceof Fn g && g.name().equals(FunctionRegistry.EXP)) {
                // e^{−2b}, read whole, is e^{2b} where a result divides by it
                Expr negated = Exprs.exp(n.canonical(Exprs.neg(g.arg())));
                identity(inverse.name(), negated, u, Exprs.pow(replacement, -1)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The write-back {@code atom → replacement}, unless the replacement holds the atom again. */
    private static Optional<Rule> identity(String name, Expr atom, Expr u, Expr replacement) {
        try {
            return Optional.of(Rule.identity(name, atom, Indices.free(u), replacement));
        } catch (IllegalArgumentException selfFeeding) {
            return Optional.empty();
        }
    }

    /**
     * Write-backs in σ and softplus of the arguments the forms {@code es} themselves suggest (a normal
     * form, an input), though the input applied neither: a sum {@code 1 + e^u} (σ(u) = e^u/(1 + e^u))
     * and a {@code log(1 + e^u)} (softplus(u)), for a product of exps {@code e^u}, outside sums; each
     * argument once, however many of the forms suggest it.
     */
    public static List<Rule> impliedFunctionInverses(Expr... es) {
        // the functions whose write-backs are made, in order, each once: softplus(u) before σ(u) of each form
        Set<Fn> applied = new LinkedHashSet<>();
        // every form reads from an exp (tanh's quotient, 1 + e^u, log(1 + e^u)): a form without one suggests none,
        // and is not searched part by part (a tower x^x^…^x's derivative, a walk per part)
        List<Expr> withExps = new ArrayList<>();
        for (Expr e : es) {
            if (Exprs.holdsExp(e)) {
                withExps.add(e);
            }
        }
        // tanh(u) first where a form is tanh's exp quotient: (e^{2u} − 1)/(e^{2u} + 1) is tanh(u), not 2σ(2u) − 1
        for (Expr e : withExps) {
            Set<Expr> tanhs = new LinkedHashSet<>();
            tanhShapes(e, tanhs);
            tanhs.forEach(u -> applied.add(Exprs.fn(TANH, u)));
        }
        for (Expr e : withExps) {
            Set<Expr> sigmas = new LinkedHashSet<>();
            Set<Expr> softpluses = new LinkedHashSet<>();
            implied(e, false, sigmas, softpluses);
            for (Expr u : softpluses) {
                applied.add(Exprs.fn("softplus", u));
                sigmas.remove(u);
            }
            sigmas.forEach(u -> applied.add(Exprs.sigma(u)));
        }
        List<Rule> out = new ArrayList<>();
        applied.forEach(f -> out.addAll(namedFunctionInverses(f)));
        return out;
    }

    /**
     * Write-backs in σ of the σ shapes {@code input} itself writes with the exp of a whole multiple
     * ({@code 1/(1 + e^{−2x})} is σ(2x), {@code e^{3x}/(1 + e^{3x})} is σ(3x)), for a result made
     * from it: the derivative {@code 2e^{2x}/(1 + e^{2x})²} holds no σ shape of its own, yet is
     * {@code 2σ(2x)(1 − σ(2x))}. Only from a σ shape, as {@link #impliedFunctionInverses} reads
     * it: tanh written with exps and a root of {@code 1 + e^{2x}} suggest none.
     */
    public static List<Rule> writtenSigmaShapes(Expr input) {
        List<Rule> out = new ArrayList<>();
        Set<Expr> sigmas = new LinkedHashSet<>();
        sigmaShapes(input, false, sigmas);
        // and the σ(−u) of any shape c/(1 + e^u) the input wrote: 1/(1 + exp(1 − 3x)) is σ(3x − 1),
        // its derivative 3σ(3x − 1)(1 − σ(3x − 1)) (the argument turned, WrittenArguments)
        reciprocalShapes(input, false, sigmas);
        sigmas.forEach(u -> out.addAll(namedFunctionInverses(Exprs.sigma(u))));
        // tanh's exp quotients the input wrote: the derivative of (e^x − e^{−x})/(e^x + e^{−x}) is 1 − tanh(x)²;
        // last, as the simplifier tries the later write-backs first: 2/(1 + e^{−2x}) − 1 is tanh(x), not 2σ(2x) − 1
        Set<Expr> tanhs = new LinkedHashSet<>();
        tanhShapes(input, tanhs);
        tanhs.forEach(u -> out.addAll(namedFunctionInverses(Exprs.fn(TANH, u))));
        return out;
    }

    private static final String TANH = "tanh";

    /**
     * The u of each quotient in {@code e} that is tanh(u) by its exp definition (rule tanh-shape):
     * {@code (e^x − e^{−x})/(e^x + e^{−x})}, {@code (1 − e^{−2x})/(1 + e^{−2x})}, {@code (e^{2x} − 1)/(e^{2x} + 1)},
     * or the negation of one, u read from an exp of the denominator (its argument or half of it),
     * turned where it reads negative (tanh is odd).
     */
    static void tanhShapes(Expr e, Set<Expr> out) {
        tanhShapes(e, out, new PlainForms());
    }

    private static void tanhShapes(Expr e, Set<Expr> out, PlainForms forms) {
        if ((e instanceof org.symgrad.expr.Mul || e instanceof Pow || e instanceof org.symgrad.expr.Add)
                && !Exprs.any(e, x -> x instanceof IndexSum)) {
            tanhShape(e, forms).ifPresent(out::add);
        }
        Exprs.children(e).forEach(c -> tanhShapes(c, out, forms));
    }

    /**
     * The plain normaliser (no assumptions, no definitions) of one search through an expression's
     * parts: a part's normal form is mostly made of the normal forms of the parts inside it, found
     * again in the tables of the normaliser that normalised the part around it. The same forms as
     * a fresh normaliser for each part: the tables are shared only while no rewrite was cut short
     * ({@link Normalizer#untraced}).
     */
    private static final class PlainForms {
        private Normalizer normalizer;

        Normalizer next() {
            normalizer = normalizer == null ? new Normalizer(Budget.standard(), List.of(), List.of(), false)
                    : normalizer.untraced();
            return normalizer;
        }
    }

    private static Optional<Expr> tanhShape(Expr e, PlainForms forms) {
        Set<Expr> exponents = new LinkedHashSet<>();
        denominatorExps(e, exponents);
        if (exponents.isEmpty() || exponents.size() > 2) {
            return Optional.empty();
        }
        Normalizer n = forms.next();
        Expr form = n.canonical(e);
        KnownFunction tanh = FunctionRegistry.get(TANH);
        for (Expr w : exponents) {
            for (Expr u : List.of(w, Exprs.mul(Exprs.num(Rational.of(1, 2)), w))) {
                Expr v = n.canonical(u);
                if (org.symgrad.rewrite.Negation.PLAIN.positive(v).isPresent()) {
                    v = n.canonical(Exprs.neg(v));
                }
                if (v instanceof Num) {
                    continue;
                }
                Expr definition = tanh.definition().orElseThrow().apply(v);
                // a factor free of exps times tanh(u): 3(e^{3x} − e^{−3x})/(e^{3x} + e^{−3x}) is 3 tanh(3x),
                // x(e^x − e^{−x})/(e^x + e^{−x}) is x tanh(x)
                if (!(form instanceof Num) && !Exprs.any(n.canonical(Exprs.mul(form, Exprs.pow(definition, -1))),
                        x -> x instanceof Fn g && g.name().equals(FunctionRegistry.EXP))) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    /** The arguments of the exps in the sums {@code e} divides by, through sums, products and numeric powers. */
    private static void denominatorExps(Expr e, Set<Expr> out) {
        switch (e) {
            case Pow p when p.exponent() instanceof Num k && k.value().signum() < 0 && p.base() instanceof org.symgrad.expr.Add a ->
                expArguments(a, out);
            case org.symgrad.expr.Add a -> a.terms().forEach(t -> denominatorExps(t, out));
            case org.symgrad.expr.Mul m -> m.factors().forEach(f -> denominatorExps(f, out));
            default -> {
            }
        }
    }

    /** The arguments of the exps anywhere in {@code e}. */
    private static void expArguments(Expr e, Set<Expr> out) {
        if (e instanceof Fn g && g.name().equals(FunctionRegistry.EXP)) {
            out.add(g.arg());
        }
        Exprs.children(e).forEach(c -> expArguments(c, out));
    }

    private static void reciprocalShapes(Expr e, boolean factor, Set<Expr> sigmas) {
        Optional<Fn> exp = factor ? Optional.empty() : reciprocalSigmaExp(e);
        if (exp.isPresent() && !(exp.get().arg() instanceof Num)) {
            Normalizer n = new Normalizer(Budget.standard(), List.of(), List.of(), false);
            Expr u = n.canonical(exp.get().arg());
            Expr turned = turnedSigmaArgument(n, u);
            if (!sigmas.contains(u) && !sigmas.contains(n.canonical(Exprs.neg(u)))) {
                sigmas.add(turned);
            }
        }
        boolean product = e instanceof org.symgrad.expr.Mul;
        Exprs.children(e).forEach(c -> reciprocalShapes(c, product, sigmas));
    }

    private static void sigmaShapes(Expr e, boolean factor, Set<Expr> sigmas) {
        if (!factor) {
            sigmaShape(e).ifPresent(sigmas::add); // a factor of a product is read with the product
        }
        boolean product = e instanceof org.symgrad.expr.Mul;
        Exprs.children(e).forEach(c -> sigmaShapes(c, product, sigmas));
    }

    private static void implied(Expr e, boolean factor, Set<Expr> sigmas, Set<Expr> softpluses) {
        // σ(k·u) of a whole multiple only from a σ shape: its exp is held as (e^u)^k, and a sum
        // 1 + e^{2x} elsewhere (tanh's (e^{2x} − 1)/(e^{2x} + 1), a root of it) is no σ
        onePlusExp(e).filter(u -> !wholeMultiple(u)).ifPresent(sigmas::add);
        if (!factor) {
            sigmaShape(e).ifPresent(sigmas::add); // a factor of a product is read with the product
        }
        if (e instanceof Fn f && f.name().equals(FunctionRegistry.LOG)) {
            onePlusExp(f.arg()).ifPresent(softpluses::add);
        }
        boolean product = e instanceof org.symgrad.expr.Mul;
        Exprs.children(e).forEach(c -> implied(c, product, sigmas, softpluses));
    }

    /** Whether {@code e^u} is, in the normal form, one exp atom to a whole power {@code |k| > 1} ({@link ExpMultiples}). */
    private static boolean wholeMultiple(Expr u) {
        Factored f = new Normalizer(Budget.standard(), List.of(), List.of(), false).normalize(Exprs.exp(u));
        return f.factors().size() == 1 && Math.abs(f.factors().values().iterator().next()) > 1;
    }

    /**
     * The u of a σ shape, {@code c/(1 + e^u)} or {@code c·e^u/(1 + e^u)} for a c free of exps
     * ({@code 1/(1 + e^{−2x})}, {@code e^{2x}/(1 + e^{2x})}, {@code x/(1 + e^{−2x})}),
     * where {@code e^u} is an exp of a whole multiple.
     */
    private static Optional<Expr> sigmaShape(Expr e) {
        List<Expr> factors = new ArrayList<>();
        flatten(e, factors);
        Expr u = null;
        List<Expr> exponents = new ArrayList<>();
        for (Expr f : factors) {
            if (f instanceof Pow p && p.exponent() instanceof Num k && k.value().equals(Rational.ONE.negate())
                    && u == null && onePlusExp(p.base()).isPresent()) {
                u = onePlusExp(p.base()).orElseThrow();
            } else if (f instanceof Fn g && g.name().equals(FunctionRegistry.EXP)) {
                exponents.add(g.arg());
            } else if (Exprs.holdsExp(f)) {
                return Optional.empty(); // a factor free of exps is c's: x/(1 + e^{−2x}) is x·σ(2x)
            }
        }
        if (u == null || !wholeMultiple(u)) {
            return Optional.empty();
        }
        Normalizer n = new Normalizer(Budget.standard(), List.of(), List.of(), false);
        if (exponents.isEmpty()) {
            return Optional.of(turnedSigmaArgument(n, u)); // c/(1 + e^u) is c·σ(−u)
        }
        Expr written = n.canonical(Exprs.add(exponents));
        return written.equals(u) ? Optional.of(u) : Optional.empty();
    }

    /**
     * The exp of a σ shape {@code c/(1 + e^u)} for a c with no exp ({@code 1/(1 + e^{1 − 3x})},
     * {@code x/(1 + e^{1 − x})}): the shape is c·σ(−u), and its argument is read turned
     * ({@link WrittenArguments}, {@link #turnedSigmaArgument}).
     */
    static Optional<Fn> reciprocalSigmaExp(Expr e) {
        if (!(e instanceof org.symgrad.expr.Mul || e instanceof Pow)) {
            return Optional.empty();
        }
        List<Expr> factors = new ArrayList<>();
        flatten(e, factors);
        Fn exp = null;
        for (Expr f : factors) {
            if (exp == null && f instanceof Pow p && p.exponent() instanceof Num k && k.value().equals(Rational.ONE.negate())
                    && p.base() instanceof org.symgrad.expr.Add a && a.terms().size() == 2 && Exprs.isNum(a.terms().get(0), 1)
                    && a.terms().get(1) instanceof Fn g && g.name().equals(FunctionRegistry.EXP)) {
                exp = g;
            } else if (Exprs.holdsExp(f)) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(exp);
    }

    /**
     * The argument a σ shape {@code c/(1 + e^u)} is read in: −u (σ(z) = 1/(1 + e^{−z})), unless −u
     * reads negative ({@code 1/(1 + e^{2x})} stays 1 − σ(2x), not σ(−2x)).
     */
    static Expr turnedSigmaArgument(Normalizer n, Expr u) {
        Expr turned = n.canonical(Exprs.neg(u));
        return org.symgrad.rewrite.Negation.PLAIN.positive(turned).isPresent() ? n.canonical(u) : turned;
    }

    private static void flatten(Expr e, List<Expr> out) {
        if (e instanceof org.symgrad.expr.Mul m) {
            m.factors().forEach(f -> flatten(f, out));
        } else {
            out.add(e);
        }
    }

    /** The u of a sum {@code 1 + e^u}, the exp written as one or a product of several. */
    private static Optional<Expr> onePlusExp(Expr e) {
        if (!(e instanceof org.symgrad.expr.Add a) || a.terms().size() != 2 || !Exprs.isNum(a.terms().get(0), 1)) {
            return Optional.empty();
        }
        Expr m = a.terms().get(1);
        List<Expr> factors = m instanceof org.symgrad.expr.Mul p ? p.factors() : List.of(m);
        List<Expr> exponents = new ArrayList<>();
        for (Expr f : factors) {
            if (!(f instanceof Fn g && g.name().equals(FunctionRegistry.EXP))) {
                return Optional.empty();
            }
            exponents.add(g.arg());
        }
        Normalizer n = new Normalizer(Budget.standard(), List.of(), List.of(), false);
        return Optional.of(n.canonical(Exprs.add(exponents)));
    }

    private static Optional<Expr> singleAtom(Normalizer n, Expr e) {
        Factored f = n.normalize(e);
        if (f.coefficient().isOne() && f.factors().size() == 1 && f.factors().values().iterator().next() == 1) {
            return f.factors().keySet().iterator().next().asAtom();
        }
        return Optional.empty();
    }

    /**
     * The applications, with a non-numeric argument, of functions with an exp/log definition or a write-back of their
     * own (gelu's {@code u·Φ(u)}).
     */
    private static void collect(Expr e, Set<Fn> out) {
        if (e instanceof Fn f && FunctionRegistry.lookup(f.name()).filter(g -> g.definition().isPresent() || !g.inverses().isEmpty())
                .isPresent()
                && !(f.arg() instanceof Num)) {
            out.add(f);
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }
}
