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
        if (sum == null || outside.isEmpty()) {
            return inner;
        }
        for (Expr a : outside) {
            if (Indices.mentions(a, sum.index())) {
                return inner;
            }
        }
        Optional<Expr> body = joined(sum.body(), outside);
        if (body.isEmpty()) {
            return inner;
        }
        trace.fired(EXP_INTO_SUM);
        rest.add(new IndexSum(sum.index(), sum.lower(), sum.upper(), body.get()));
        return Exprs.mul(rest);
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
