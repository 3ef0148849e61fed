package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.rewrite.Trace;

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
    private final Normalizer normalizer;

    private WrittenExponentials(Set<Expr> written, Normalizer normalizer) {
        this.written = written;
        this.normalizer = normalizer;
    }

    /** The exps {@code input} writes, compared in {@code normalizer}'s normal form. */
    static WrittenExponentials in(Expr input, Normalizer normalizer) {
        List<Expr> arguments = new ArrayList<>();
        collect(input, arguments);
        Set<Expr> written = new HashSet<>();
        for (Expr a : arguments) {
            written.add(key(normalizer.canonical(a)));
        }
        return new WrittenExponentials(written, normalizer);
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Fn f && f.name().equals(FunctionRegistry.EXP) && f.args().size() == 1) {
            out.add(f.arg());
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /** {@code result}, or its terms each with the one exp the input wrote, when it holds an exp the input did not write. */
    Expr kept(Expr result, Trace trace) {
        if (written.isEmpty() || allWritten(result)) {
            return result;
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
        if (terms.size() < 2) {
            return result;
        }
        // the terms grouped by the one exp they multiply into, in the order of first appearance
        Map<Expr, List<Poly>> groups = new LinkedHashMap<>();
        Map<Expr, Factored> groupExps = new LinkedHashMap<>();
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
            Factored product = Factored.ONE;
            for (Map.Entry<Expr, Integer> a : termExps.entrySet()) {
                if (a.getValue() != 0) {
                    arguments.add(Exprs.mul(Exprs.num(a.getValue()), ((Fn) a.getKey()).arg()));
                    product = product.multiply(Factored.atom(a.getKey()).pow(a.getValue(), normalizer.budget()));
                }
            }
            Expr key = arguments.isEmpty() ? Exprs.ZERO : key(normalizer.canonical(Exprs.add(arguments)));
            if (!arguments.isEmpty() && !written.contains(key)) {
                return result;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(Poly.monomial(t.getValue(), rest));
            groupExps.put(key, product);
        }
        if (groups.size() < 2) {
            return result;
        }
        List<Expr> out = new ArrayList<>();
        for (Map.Entry<Expr, List<Poly>> g : groups.entrySet()) {
            Poly sum = Poly.sum(g.getValue(), normalizer.budget());
            Factored term = Factored.fromPoly(sum).multiply(groupExps.get(g.getKey())).multiply(below);
            out.add(normalizer.presenter().present(term));
        }
        Expr candidate = Exprs.add(out);
        if (!allWritten(candidate)) {
            return result;
        }
        trace.fired(EXP_LAW);
        return candidate;
    }

    private boolean allWritten(Expr e) {
        if (e instanceof Fn f && isExp(f) && !written.contains(key(normalizer.canonical(f.arg())))) {
            return false;
        }
        for (Expr c : Exprs.children(e)) {
            if (!allWritten(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isExp(Expr e) {
        return e instanceof Fn f && f.name().equals(FunctionRegistry.EXP) && f.args().size() == 1;
    }

    /** {@code e} with indexed names without their indices and numbers without their decimal spelling. */
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
        return Exprs.withChildren(e, out);
    }
}
