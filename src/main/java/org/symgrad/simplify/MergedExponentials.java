package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Rational;

/**
 * A normal form read over the exps the input wrote: the exp laws split {@code exp(x − μ)} into
 * {@code exp(x)·exp(μ)^{−1}} and clear the divisor, so that the input's {@code exp(x − μ)/(1 + exp(x − μ))²}
 * normalises to {@code exp(μ)·exp(x)/(exp(μ) + exp(x))²}, two exps the input never wrote. Merged back
 * (a product of exps is one exp of the sum of the arguments), each sum factor
 * divided by the exps of one of its terms and the rest gathered into one exp outside, it reads
 * {@code exp(x − μ)/(1 + exp(x − μ))²} again. This is the form a write-back in σ, softplus or
 * tanh of the merged argument competes with ({@code σ(x − μ)(1 − σ(x − μ))}): the normal form is
 * only shorter because it lost the exp the input wrote.
 */
final class MergedExponentials {
    private final WrittenExponentials written;
    private final Normalizer normalizer;

    MergedExponentials(WrittenExponentials written, Normalizer normalizer) {
        this.written = written;
        this.normalizer = normalizer;
    }

    /**
     * {@code f} with every exp one the input wrote, each sum factor over the exps of one of its terms
     * ({@code exp(μ) + exp(x) = exp(μ)(1 + exp(x − μ))}); empty when {@code f} holds no exp the input
     * did not write, or when no such reading exists.
     */
    Optional<Expr> of(Factored f) {
        boolean unwritten = false;
        Map<Expr, Integer> outside = new LinkedHashMap<>();
        List<Expr> factors = new ArrayList<>();
        factors.add(Exprs.num(f.coefficient()));
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            Poly p = e.getKey();
            int k = e.getValue();
            Optional<Expr> atom = p.asAtom();
            if (atom.isPresent() && WrittenExponentials.isExp(atom.get())) {
                unwritten |= !written.wrote(((Fn) atom.get()).arg());
                outside.merge(atom.get(), k, Integer::sum);
                continue;
            }
            if (p.size() < 2 || p.terms().keySet().stream().noneMatch(MergedExponentials::holdsExp)) {
                factors.add(Exprs.pow(normalizer.presenter().present(Factored.of(Rational.ONE, Map.of(p, 1))), k));
                continue;
            }
            for (Monomial m : p.terms().keySet()) {
                for (Expr a : m.powers().keySet()) {
                    unwritten |= WrittenExponentials.isExp(a) && !written.wrote(((Fn) a).arg());
                }
            }
            Optional<Map<Expr, Integer>> divisor = divisor(p);
            if (divisor.isEmpty()) {
                return Optional.empty();
            }
            divisor.get().forEach((a, d) -> outside.merge(a, d * k, Integer::sum));
            factors.add(Exprs.pow(sumOver(p, divisor.get()), k));
        }
        if (!unwritten) {
            return Optional.empty();
        }
        Optional<Expr> merged = merged(outside, Map.of());
        if (merged.isEmpty()) {
            return Optional.empty();
        }
        if (!merged.get().equals(Exprs.ZERO)) {
            factors.add(Exprs.exp(written.spelling(merged.get())));
        }
        return Optional.of(Exprs.mul(factors));
    }

    /** The exps of the first term of {@code p} by which every term's exps merge into one the input wrote. */
    private Optional<Map<Expr, Integer>> divisor(Poly p) {
        for (Monomial candidate : p.terms().keySet()) {
            Map<Expr, Integer> d = exps(candidate);
            boolean all = true;
            for (Monomial m : p.terms().keySet()) {
                all &= merged(exps(m), d).isPresent();
            }
            if (all) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The sum {@code p} divided by the exps {@code d}, each term's exps merged into one. */
    private Expr sumOver(Poly p, Map<Expr, Integer> d) {
        List<Expr> terms = new ArrayList<>();
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            Monomial rest = Monomial.ONE;
            for (Map.Entry<Expr, Integer> a : t.getKey().powers().entrySet()) {
                if (!WrittenExponentials.isExp(a.getKey())) {
                    rest = rest.multiply(Monomial.of(a.getKey(), a.getValue()));
                }
            }
            Expr coefficient = normalizer.presenter().present(Factored.fromPoly(Poly.monomial(t.getValue(), rest)));
            Expr argument = merged(exps(t.getKey()), d).orElseThrow();
            terms.add(argument.equals(Exprs.ZERO) ? coefficient
                    : Exprs.mul(coefficient, Exprs.exp(written.spelling(argument))));
        }
        return Exprs.add(terms);
    }

    /** The one argument of {@code exps / divisor} as an exp the input wrote (0: no exp left); empty if it wrote none such. */
    private Optional<Expr> merged(Map<Expr, Integer> exps, Map<Expr, Integer> divisor) {
        Map<Expr, Integer> powers = new LinkedHashMap<>(exps);
        divisor.forEach((a, k) -> powers.merge(a, -k, Integer::sum));
        List<Expr> arguments = new ArrayList<>();
        powers.forEach((a, k) -> {
            if (k != 0) {
                arguments.add(Exprs.mul(Exprs.num(k), ((Fn) a).arg()));
            }
        });
        if (arguments.isEmpty()) {
            return Optional.of(Exprs.ZERO);
        }
        Expr argument = normalizer.canonical(Exprs.add(arguments));
        return written.wrote(argument) ? Optional.of(argument) : Optional.empty();
    }

    private static Map<Expr, Integer> exps(Monomial m) {
        Map<Expr, Integer> out = new LinkedHashMap<>();
        m.powers().forEach((a, k) -> {
            if (WrittenExponentials.isExp(a)) {
                out.put(a, k);
            }
        });
        return out;
    }

    private static boolean holdsExp(Monomial m) {
        return m.powers().keySet().stream().anyMatch(WrittenExponentials::isExp);
    }
}
