package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.rewrite.Trace;

/**
 * A multiple of the range's length beside a Σ over that range taken into the Σ where the input
 * wrote the resulting body under a reduction over the same range ({@code constant-into-sum}):
 * {@code Σ_i x_i − n = −Σ_i (1 − x_i)} where the input wrote {@code (1 − p)^{1 − x_i}} under
 * {@code Π_i}. The normal form pulls the constant out of the sum ({@code Σ_i c = n·c}); the
 * textbook keeps the term as it was written. The identity holds because the range is
 * {@code 1..n}: {@code Σ_{i=1}^{n} c = n·c}.
 */
final class ConstantsIntoSums {
    /** The name this form is reported under. */
    static final String CONSTANT_INTO_SUM = "constant-into-sum";

    /** A sum under a reduction the input wrote: {@code body} mentions {@code index} and has a number term. */
    private record Written(String index, Expr lower, Expr upper, Add body) {
    }

    private final List<Written> written;
    private final Normalizer normalizer;

    private ConstantsIntoSums(List<Written> written, Normalizer normalizer) {
        this.written = written;
        this.normalizer = normalizer;
    }

    /** The sums with a number term that {@code input} writes under its reductions over 1..n. */
    static ConstantsIntoSums in(Expr input, Normalizer normalizer) {
        List<Written> out = new ArrayList<>();
        collect(input, out);
        return new ConstantsIntoSums(out, normalizer);
    }

    private static void collect(Expr e, List<Written> out) {
        if (e instanceof IndexSum s && overOneToN(s.lower(), s.upper())) {
            bodies(s.index(), s.lower(), s.upper(), s.body(), out);
        } else if (e instanceof IndexProduct p && overOneToN(p.lower(), p.upper())) {
            bodies(p.index(), p.lower(), p.upper(), p.body(), out);
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    private static void bodies(String index, Expr lower, Expr upper, Expr e, List<Written> out) {
        if (e instanceof IndexSum || e instanceof IndexProduct) {
            return; // an inner reduction's bodies are its own
        }
        if (e instanceof Add a && Indices.mentions(a, index) && a.terms().stream().anyMatch(t -> t instanceof Num)) {
            out.add(new Written(index, lower, upper, a));
        }
        Exprs.children(e).forEach(c -> bodies(index, lower, upper, c, out));
    }

    private static boolean overOneToN(Expr lower, Expr upper) {
        return lower.equals(Exprs.ONE) && upper.equals(Exprs.N);
    }

    /** {@code e} with each such constant taken into its Σ; {@code e} itself where none is. */
    Expr folded(Expr e, Trace trace) {
        if (written.isEmpty()) {
            return e;
        }
        Expr inner = Exprs.mapChildren(e, c -> folded(c, trace));
        if (!(inner instanceof Add a)) {
            return inner;
        }
        List<Expr> terms = new ArrayList<>(a.terms());
        for (int c = 0; c < terms.size(); c++) {
            Optional<Rational> constant = multipleOfN(terms.get(c));
            if (constant.isEmpty()) {
                continue;
            }
            for (int s = 0; s < terms.size(); s++) {
                Optional<Expr> into = s == c ? Optional.empty() : into(terms.get(s), constant.get());
                if (into.isPresent()) {
                    trace.fired(CONSTANT_INTO_SUM);
                    terms.set(s, into.get());
                    terms.remove(c);
                    return terms.size() == 1 ? terms.get(0) : Exprs.add(terms);
                }
            }
        }
        return inner;
    }

    /** a of a term {@code a·n}. */
    private static Optional<Rational> multipleOfN(Expr t) {
        if (t.equals(Exprs.N)) {
            return Optional.of(Rational.ONE);
        }
        if (t instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num a
                && m.factors().get(1).equals(Exprs.N)) {
            return Optional.of(a.value());
        }
        return Optional.empty();
    }

    /** The term {@code b·Σ_k f(k)} with {@code a·n} taken in as {@code ±b·Σ_k W(k)}, W a body the input wrote. */
    private Optional<Expr> into(Expr t, Rational a) {
        Rational b = Rational.ONE;
        IndexSum sum;
        if (t instanceof IndexSum s) {
            sum = s;
        } else if (t instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num k
                && m.factors().get(1) instanceof IndexSum s) {
            b = k.value();
            sum = s;
        } else {
            return Optional.empty();
        }
        if (!overOneToN(sum.lower(), sum.upper())) {
            return Optional.empty();
        }
        String k = sum.index();
        Factored body = normalizer.normalize(Exprs.add(sum.body(), Exprs.num(a.divide(b))));
        for (Written w : written) {
            if (!w.index().equals(k) && Indices.all(w.body()).contains(k)) {
                continue;
            }
            Expr asWritten = Indices.rename(w.body(), w.index(), k);
            Factored normal = normalizer.normalize(asWritten);
            Rational sign;
            if (normal.equals(body)) {
                sign = b;
            } else if (normal.multiply(Factored.constant(Rational.MINUS_ONE)).equals(body)) {
                sign = b.negate();
            } else {
                continue;
            }
            IndexSum folded = new IndexSum(k, sum.lower(), sum.upper(), asWritten);
            return Optional.of(sign.isOne() ? folded : sign.isMinusOne() ? Exprs.neg(folded) : Exprs.mul(Exprs.num(sign), folded));
        }
        return Optional.empty();
    }
}
