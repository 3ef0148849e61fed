package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.rewrite.Trace;

/**
 * An exp the normal form pulled out of a Σ taken back in ({@value #EXP_INTO_SUM}): the input's
 * {@code Σ_j exp(b_i + W_ij X_j)} differentiated by {@code b_i} is {@code Σ_j exp(b_i + W_ij X_j)},
 * not {@code exp(b_i)·Σ_j exp(W_ij X_j)} — two exps the input never wrote. A factor
 * {@code exp(a)} beside {@code Σ_j r_j·exp(u_j)·exp(v_j)…}, {@code a} free of {@code j} and
 * {@code exp(a)} not written, joins the exps of the body into one when the input wrote
 * {@code exp(a + u_j + v_j…)} ({@link WrittenExponentials}). Numerically an identity
 * ({@code exp(a)·Σ_j f_j = Σ_j exp(a)·f_j}, {@code exp(a)·exp(u) = exp(a + u)}).
 */
final class ExpsIntoSums {
    /** The law cited: a factor free of the index taken into the Σ, and exps multiplied into one. */
    static final String EXP_INTO_SUM = "exp-into-sum";

    private final WrittenExponentials written;

    ExpsIntoSums(WrittenExponentials written) {
        this.written = written;
    }

    /** {@code e} with every such exp taken into its Σ, innermost products first. */
    Expr into(Expr e, Trace trace) {
        Expr inner = Exprs.mapChildren(e, c -> into(c, trace));
        if (!(inner instanceof Mul m)) {
            return inner;
        }
        List<Expr> outside = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        IndexSum sum = null;
        for (Expr f : m.factors()) {
            if (WrittenExponentials.isExp(f) && !written.wrote(((Fn) f).arg())) {
                outside.add(((Fn) f).arg());
            } else if (f instanceof IndexSum s && sum == null) {
                sum = s;
            } else {
                rest.add(f);
            }
        }
        if (outside.isEmpty()) {
            return inner;
        }
        if (sum == null) {
            return intoTerms(m, outside, rest, trace).orElse(inner);
        }
        Optional<Expr> taken = taken(sum, outside);
        if (taken.isEmpty()) {
            return inner;
        }
        trace.fired(EXP_INTO_SUM);
        rest.add(taken.get());
        return Exprs.mul(rest);
    }

    /** {@code sum} with the exps of {@code outside} multiplied into its body, if that makes exps the input wrote. */
    private Optional<Expr> taken(IndexSum sum, List<Expr> outside) {
        for (Expr a : outside) {
            if (Indices.mentions(a, sum.index())) {
                return Optional.empty();
            }
        }
        return joined(sum.body(), outside)
                .map(body -> new IndexSum(sum.index(), sum.lower(), sum.upper(), body));
    }

    /**
     * The exps {@code outside} taken into the Σ of every term of the one sum among {@code rest}, with the
     * exps the input did not write beside that Σ, where each term is a Σ times factors and each Σ then
     * holds exps the input wrote: {@code exp(a)·(Σ_k f_k·exp(u_k)
     * − y·Σ_k g_k·exp(v_k))} is {@code Σ_k f_k·exp(a + u_k) − y·Σ_k g_k·exp(a + v_k)} (the normal form keeps
     * sums that share a factor apart in a derivation's earlier stages, so the exp stands beside their sum).
     */
    private Optional<Expr> intoTerms(Mul m, List<Expr> outside, List<Expr> rest, Trace trace) {
        List<Expr> sums = rest.stream().filter(f -> f instanceof org.symgrad.expr.Add).toList();
        if (sums.size() != 1) {
            return Optional.empty();
        }
        org.symgrad.expr.Add terms = (org.symgrad.expr.Add) sums.get(0);
        List<Expr> out = new ArrayList<>();
        for (Expr t : terms.terms()) {
            List<Expr> factors = t instanceof Mul tm ? tm.factors() : List.of(t);
            List<Expr> kept = new ArrayList<>();
            List<Expr> exps = new ArrayList<>(outside);
            IndexSum only = null;
            for (Expr f : factors) {
                if (WrittenExponentials.isExp(f) && !written.wrote(((Fn) f).arg())) {
                    exps.add(((Fn) f).arg());
                } else if (f instanceof IndexSum s && only == null) {
                    only = s;
                } else if (f instanceof IndexSum) {
                    return Optional.empty();
                } else {
                    kept.add(f);
                }
            }
            if (only == null) {
                return Optional.empty();
            }
            Optional<Expr> taken = taken(only, exps);
            if (taken.isEmpty()) {
                return Optional.empty();
            }
            kept.add(taken.get());
            out.add(Exprs.mul(kept));
        }
        trace.fired(EXP_INTO_SUM);
        List<Expr> factors = new ArrayList<>();
        for (Expr f : rest) {
            factors.add(f == terms ? Exprs.add(out) : f);
        }
        return Optional.of(Exprs.mul(factors));
    }

    /** {@code body}, an exp or a product with exps, with {@code outside} and its exps multiplied into one. */
    private Optional<Expr> joined(Expr body, List<Expr> outside) {
        List<Expr> factors = body instanceof Mul b ? b.factors() : List.of(body);
        List<Expr> arguments = new ArrayList<>(outside);
        List<Expr> rest = new ArrayList<>();
        int at = -1;
        for (Expr f : factors) {
            if (WrittenExponentials.isExp(f)) {
                arguments.add(((Fn) f).arg());
                at = at < 0 ? rest.size() : at;
            } else {
                rest.add(f);
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        Optional<Expr> argument = written.product(arguments);
        if (argument.isEmpty()) {
            return Optional.empty();
        }
        rest.add(at, Exprs.exp(argument.get()));
        return Optional.of(Exprs.mul(rest));
    }
}
