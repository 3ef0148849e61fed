package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Rational;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.Trace;

/**
 * A let whose body is a product written back where a term of a result holds that whole product:
 * with {@code f = x·σ(βx)}, {@code σ(βx) + βxσ(βx)(1 − σ(βx))} reads {@code βf + σ(βx)(1 − βf)}, as
 * Ramachandran et al. print the swish derivative. The write-back of a definition solves its body
 * for one atom ({@code σ(βx) = f/x}, which divides by x and is not taken); this one replaces the
 * product in each term of the expanded numerator that holds all of it, and divides by nothing.
 * Kept only where a factor of the product no longer stands in any term (x above: the result is
 * written in f, not beside it) and the result reads no longer ({@link TextbookCost}).
 */
final class ProductNames {
    /** The rules {@link Rules#productName} made: a product (the left side) and its name. */
    private final List<Rule> rules;
    private final Normalizer normalizer;

    ProductNames(List<Rule> rules, Normalizer normalizer) {
        this.rules = List.copyOf(rules);
        this.normalizer = normalizer;
    }

    /** {@code e} with each product of the rules written as its name where that is kept; {@code e} itself otherwise. */
    Expr written(Expr e, Trace trace) {
        Expr out = e;
        for (Rule rule : rules) {
            Optional<Expr> named = named(out, rule);
            if (named.isPresent()) {
                out = named.get();
                trace.fired(rule.name());
            }
        }
        return out;
    }

    private Optional<Expr> named(Expr e, Rule rule) {
        Factored product = normalizer.normalize(rule.lhs());
        // a product of atoms to positive powers in this normal form too (exp(−u) may be exp(u)^{−1} here)
        if (!product.coefficient().isOne() || product.factors().entrySet().stream()
                .anyMatch(f -> f.getValue() < 1 || f.getKey().asAtom().isEmpty())) {
            return Optional.empty();
        }
        Monomial body = monomial(product);
        if (!body.powers().keySet().stream().allMatch(atom -> org.symgrad.expr.Exprs.contains(e, atom))) {
            return Optional.empty();
        }
        try {
            return named(e, body, rule.rhs().orElseThrow());
        } catch (org.symgrad.error.LimitException tooLarge) {
            // the numerator multiplied out is beyond the size budget: the result stays as it is (a time limit stands)
            if (tooLarge.limit().equals("time")) {
                throw tooLarge;
            }
            return Optional.empty();
        }
    }

    private Optional<Expr> named(Expr e, Monomial body, Expr name) {
        Factored f = normalizer.normalize(e);
        Poly numerator = Poly.constant(Rational.ONE);
        Factored rest = Factored.constant(f.coefficient());
        for (Map.Entry<Poly, Integer> factor : f.factors().entrySet()) {
            if (factor.getValue() > 0) {
                numerator = numerator.multiply(factor.getKey().pow(factor.getValue(), normalizer.budget()), normalizer.budget());
            } else {
                rest = rest.multiply(Factored.of(Rational.ONE, Map.of(factor.getKey(), factor.getValue())));
            }
        }
        List<Poly> terms = new ArrayList<>();
        boolean changed = false;
        for (Map.Entry<Monomial, Rational> t : numerator.terms().entrySet()) {
            Poly term = Poly.monomial(t.getValue(), t.getKey());
            if (t.getKey().divisibleBy(body)) {
                term = term.divideBy(Rational.ONE, body).multiply(Poly.atom(name), normalizer.budget());
                changed = true;
            }
            terms.add(term);
        }
        if (!changed) {
            return Optional.empty();
        }
        Poly written = Poly.sum(terms, normalizer.budget());
        if (rest.coefficient().signum() < 0) {
            // the sign with the terms, as they are read: σ + βf − βfσ, not −(βfσ − βf − σ)
            written = written.negate();
            rest = rest.multiply(Factored.constant(Rational.MINUS_ONE));
        }
        Set<Expr> left = new HashSet<>();
        written.terms().keySet().forEach(m -> left.addAll(m.powers().keySet()));
        // a factor of the product gone from every term: the result is written in the name, not beside it
        if (body.powers().keySet().stream().allMatch(left::contains)) {
            return Optional.empty();
        }
        Expr candidate = shortest(written, rest);
        // a gate stays beside its complement: dy·o·tanh(c)(1 − o), not dy·y(1 − o) for y = o·tanh(c) ({@link DerivativePairs})
        return TextbookCost.of(candidate) <= TextbookCost.of(e) && !DerivativePairs.broken(e, candidate)
                ? Optional.of(candidate) : Optional.empty();
    }

    /**
     * {@code written·rest} as the presenter writes it, or with the terms of {@code written} grouped by
     * another atom where that reads shorter: {@code σ(βx) + βf − βfσ(βx)} is {@code βf + σ(βx)(1 − βf)},
     * the long atom written once, not {@code σ(βx) + βf(1 − σ(βx))}.
     */
    private Expr shortest(Poly written, Factored rest) {
        Expr out = normalizer.presenter().present(Factored.fromPoly(written).multiply(rest));
        Set<Expr> atoms = new java.util.TreeSet<>(org.symgrad.expr.ExprOrder.INSTANCE);
        written.terms().keySet().forEach(m -> atoms.addAll(m.powers().keySet()));
        for (Expr atom : atoms) {
            Optional<Expr> grouped = normalizer.presenter().groupedBy(written, atom);
            if (grouped.isEmpty()) {
                continue;
            }
            Expr g = rest.isConstant() && rest.coefficient().isOne() ? grouped.get()
                    : org.symgrad.expr.Exprs.mul(normalizer.presenter().present(rest), grouped.get());
            if (TextbookCost.of(g) < TextbookCost.of(out)) {
                out = g;
            }
        }
        return out;
    }

    /** The monomial of a product of atoms (coefficient 1), as {@link Rules#productName} admits. */
    private static Monomial monomial(Factored product) {
        Monomial m = Monomial.ONE;
        for (Map.Entry<Poly, Integer> factor : product.factors().entrySet()) {
            m = m.multiply(Monomial.of(factor.getKey().asAtom().orElseThrow(), factor.getValue()));
        }
        return m;
    }
}
