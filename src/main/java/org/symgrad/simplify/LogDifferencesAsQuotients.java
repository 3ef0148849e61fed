package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Sym;
import org.symgrad.rewrite.Trace;

/**
 * A difference of logs {@code c·log(u) − c·log(v)} in a sum of a result that holds {@code log(u/v)} written as that
 * log: the derivative of {@code (y/s)^a} by its exponent brings in {@code log(y/s)}, and the Weibull log density's
 * shape partial is {@code 1/a + log(y/s) − (y/s)^a·log(y/s)}, as Wikipedia's maximum-likelihood equations print it,
 * not {@code 1/a − (log(s) − log(y) + log(y/s)·(y/s)^a)}. Wherever the sum is defined {@code u > 0} and {@code v > 0},
 * so {@code log(u) − log(v) = log(u/v)} there: an identity on the sum's domain. Only logs of a quotient the result
 * already holds are written, so a result without one keeps its logs apart ({@code log(1 − p) − log(p)}), and only
 * where that reads shorter ({@link TextbookCost}). The result is a fixed point: its normal form holds no such pair.
 */
final class LogDifferencesAsQuotients {
    /** The name a step cites for writing a difference of logs as the log of their quotient. */
    static final String LOG_QUOTIENT = "log-difference-as-quotient";

    private final Normalizer normalizer;
    /** The logs of the result whose argument is a quotient, by the argument's normal form. */
    private final Map<Factored, Fn> quotientLogs;

    private LogDifferencesAsQuotients(Normalizer normalizer, Map<Factored, Fn> quotientLogs) {
        this.normalizer = normalizer;
        this.quotientLogs = quotientLogs;
    }

    /** {@code result} (a normal form) with each such difference of logs written as the log of the quotient it holds. */
    static Expr joined(Expr result, Normalizer normalizer, Trace trace) {
        Map<Factored, Fn> logs = new HashMap<>();
        collect(result, normalizer, logs);
        if (logs.isEmpty()) {
            return result;
        }
        Expr candidate = new LogDifferencesAsQuotients(normalizer, logs).rewritten(result);
        if (candidate == result) {
            return result;
        }
        Expr canonical = normalizer.canonical(candidate);
        if (TextbookCost.asPrinted(canonical) >= TextbookCost.asPrinted(result)) {
            return result;
        }
        trace.fired(LOG_QUOTIENT);
        return canonical;
    }

    private static void collect(Expr e, Normalizer normalizer, Map<Factored, Fn> out) {
        if (isLog(e)) {
            Factored f = normalizer.normalize(((Fn) e).args().get(0));
            if (!f.isPolynomial()) {
                out.putIfAbsent(f, (Fn) e);
            }
        }
        Exprs.children(e).forEach(c -> collect(c, normalizer, out));
    }

    private static boolean isLog(Expr e) {
        return e instanceof Fn f && f.name().equals("log") && f.args().size() == 1;
    }

    private Expr rewritten(Expr e) {
        Expr out = Exprs.mapChangedChildren(e, this::rewritten);
        return out instanceof Add a ? paired(a) : out;
    }

    /** A term {@code c·log(u)}: its coefficient c and the log, or null for a term that is no such product. */
    private record LogTerm(Expr coefficient, Fn log) {
        static LogTerm of(Expr t) {
            if (isLog(t)) {
                return new LogTerm(Exprs.ONE, (Fn) t);
            }
            if (!(t instanceof Mul m)) {
                return null;
            }
            List<Expr> rest = new ArrayList<>();
            Fn log = null;
            for (Expr f : m.factors()) {
                if (isLog(f) && log == null) {
                    log = (Fn) f;
                } else {
                    rest.add(f);
                }
            }
            return log == null ? null : new LogTerm(Exprs.mul(rest), log);
        }
    }

    /** A term {@code f·Σ_i b}: the factor f (1 for a lone sum) and the sum, or null for a term that is no such product. */
    private record SumTerm(Expr factor, IndexSum sum) {
        static SumTerm of(Expr t) {
            if (t instanceof IndexSum s) {
                return new SumTerm(Exprs.ONE, s);
            }
            if (!(t instanceof Mul m)) {
                return null;
            }
            List<Expr> rest = new ArrayList<>();
            IndexSum sum = null;
            for (Expr f : m.factors()) {
                if (f instanceof IndexSum s && sum == null) {
                    sum = s;
                } else {
                    rest.add(f);
                }
            }
            IndexSum found = sum;
            return found == null || rest.stream().anyMatch(f -> Exprs.any(f, x -> x.equals(new Sym(found.index()))))
                    ? null : new SumTerm(Exprs.mul(rest), found);
        }
    }

    /** {@code a} with each pair {@code c·log(u) − c·log(v)} whose quotient's log the result holds written as it. */
    private Expr paired(Add a) {
        List<Expr> terms = new ArrayList<>(a.terms());
        boolean changed = false;
        for (int i = 0; i < terms.size(); i++) {
            LogTerm first = LogTerm.of(terms.get(i));
            if (first == null) {
                continue;
            }
            for (int j = i + 1; j < terms.size(); j++) {
                LogTerm second = LogTerm.of(terms.get(j));
                if (second == null
                        || !normalizer.normalize(Exprs.add(first.coefficient(), second.coefficient())).isZero()) {
                    continue;
                }
                Expr u = first.log().args().get(0);
                Expr v = second.log().args().get(0);
                Fn over = quotientLogs.get(normalizer.normalize(Exprs.div(u, v)));
                Fn under = over == null ? quotientLogs.get(normalizer.normalize(Exprs.div(v, u))) : null;
                if (over == null && under == null) {
                    continue;
                }
                // c·log(u) − c·log(v) = c·log(u/v) = −c·log(v/u)
                terms.set(i, over != null ? Exprs.mul(first.coefficient(), over) : Exprs.mul(second.coefficient(), under));
                terms.remove(j);
                changed = true;
                break;
            }
        }
        changed |= intoSums(terms);
        return changed ? Exprs.add(terms) : a;
    }

    /**
     * In {@code terms}, each term {@code −c·N·log(v)} beside a {@code Σ_i} of N terms whose body holds {@code c·log(u_i)},
     * where the result holds {@code log(u_i/v)}, taken into the sum as that log: the Weibull log-likelihood's shape
     * partial {@code n/k + Σ_i log(x_i/l)(1 − (x_i/l)^k)}, not {@code n/k + Σ_i (log(x_i) − log(x_i/l)(x_i/l)^k) − n·log(l)}
     * ({@code N·c·log(v) = Σ_i c·log(v)}). Whether one was taken.
     */
    private boolean intoSums(List<Expr> terms) {
        for (int j = 0; j < terms.size(); j++) {
            LogTerm outside = LogTerm.of(terms.get(j));
            if (outside == null) {
                continue;
            }
            for (int i = 0; i < terms.size(); i++) {
                SumTerm summed = SumTerm.of(terms.get(i));
                if (summed == null || Exprs.any(outside.log(), x -> x.equals(new Sym(summed.sum().index())))) {
                    continue;
                }
                IndexSum s = summed.sum();
                Expr count = Exprs.mul(summed.factor(), Exprs.add(s.upper(), Exprs.neg(s.lower()), Exprs.ONE));
                List<Expr> body = new ArrayList<>(s.body() instanceof Add b ? b.terms() : List.of(s.body()));
                for (int k = 0; k < body.size(); k++) {
                    LogTerm inside = LogTerm.of(body.get(k));
                    if (inside == null || !normalizer.normalize(
                            Exprs.add(outside.coefficient(), Exprs.mul(inside.coefficient(), count))).isZero()) {
                        continue;
                    }
                    Expr u = inside.log().args().get(0);
                    Expr v = outside.log().args().get(0);
                    Fn over = quotientLogs.get(normalizer.normalize(Exprs.div(u, v)));
                    Fn under = over == null ? quotientLogs.get(normalizer.normalize(Exprs.div(v, u))) : null;
                    if (over == null && under == null) {
                        continue;
                    }
                    // c·log(u_i) − c·log(v) = c·log(u_i/v) = −c·log(v/u_i)
                    body.set(k, over != null ? Exprs.mul(inside.coefficient(), over)
                            : Exprs.mul(Exprs.neg(inside.coefficient()), under));
                    terms.set(i, Exprs.mul(summed.factor(), new IndexSum(s.index(), s.lower(), s.upper(), Exprs.add(body))));
                    terms.remove(j);
                    return true;
                }
            }
        }
        return false;
    }
}
