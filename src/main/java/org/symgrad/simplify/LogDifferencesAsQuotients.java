package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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

    /**
     * A term split at its first factor of a kind: {@code c·log(u)} into c and the log, {@code f·Σ_i b} into f and the
     * sum (a lone log or sum has 1 beside it), or null for a term without such a factor.
     */
    private record Picked<T extends Expr>(Expr rest, T picked) {
        static <T extends Expr> Picked<T> of(Expr t, Class<T> kind, Predicate<Expr> wanted) {
            if (kind.isInstance(t) && wanted.test(t)) {
                return new Picked<>(Exprs.ONE, kind.cast(t));
            }
            if (!(t instanceof Mul m)) {
                return null;
            }
            List<Expr> rest = new ArrayList<>();
            T found = null;
            for (Expr f : m.factors()) {
                if (found == null && kind.isInstance(f) && wanted.test(f)) {
                    found = kind.cast(f);
                } else {
                    rest.add(f);
                }
            }
            return found == null ? null : new Picked<>(Exprs.mul(rest), found);
        }
    }

    /** {@code c·log(u)}: the coefficient c beside the log, or null. */
    private static Picked<Fn> logTerm(Expr t) {
        return Picked.of(t, Fn.class, LogDifferencesAsQuotients::isLog);
    }

    /** {@code f·Σ_i b} with f free of i: the factor f beside the sum, or null. */
    private static Picked<IndexSum> sumTerm(Expr t) {
        Picked<IndexSum> p = Picked.of(t, IndexSum.class, s -> true);
        return p == null || Exprs.any(p.rest(), x -> x.equals(new Sym(p.picked().index()))) ? null : p;
    }

    /**
     * {@code c·log(u) − c·log(v)} written as {@code c·log(u/v)} or {@code −c·log(v/u)}, whichever quotient's log the
     * result holds, or null where it holds neither.
     */
    private Expr quotientLog(Expr c, Expr u, Expr v) {
        Fn over = quotientLogs.get(normalizer.normalize(Exprs.div(u, v)));
        if (over != null) {
            return Exprs.mul(c, over);
        }
        Fn under = quotientLogs.get(normalizer.normalize(Exprs.div(v, u)));
        return under == null ? null : Exprs.mul(Exprs.neg(c), under);
    }

    /** {@code a} with each pair {@code c·log(u) − c·log(v)} whose quotient's log the result holds written as it. */
    private Expr paired(Add a) {
        List<Expr> terms = new ArrayList<>(a.terms());
        boolean changed = false;
        for (int i = 0; i < terms.size(); i++) {
            Picked<Fn> first = logTerm(terms.get(i));
            if (first == null) {
                continue;
            }
            for (int j = i + 1; j < terms.size(); j++) {
                Picked<Fn> second = logTerm(terms.get(j));
                if (second == null || !normalizer.normalize(Exprs.add(first.rest(), second.rest())).isZero()) {
                    continue;
                }
                Expr joined = quotientLog(first.rest(), first.picked().args().get(0), second.picked().args().get(0));
                if (joined == null) {
                    continue;
                }
                terms.set(i, joined);
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
            Picked<Fn> outside = logTerm(terms.get(j));
            if (outside == null) {
                continue;
            }
            for (int i = 0; i < terms.size(); i++) {
                Picked<IndexSum> summed = sumTerm(terms.get(i));
                if (summed == null || Exprs.any(outside.picked(), x -> x.equals(new Sym(summed.picked().index())))) {
                    continue;
                }
                IndexSum s = summed.picked();
                Expr count = Exprs.mul(summed.rest(), Exprs.add(s.upper(), Exprs.neg(s.lower()), Exprs.ONE));
                List<Expr> body = new ArrayList<>(s.body() instanceof Add b ? b.terms() : List.of(s.body()));
                for (int k = 0; k < body.size(); k++) {
                    Picked<Fn> inside = logTerm(body.get(k));
                    if (inside == null || !normalizer.normalize(
                            Exprs.add(outside.rest(), Exprs.mul(inside.rest(), count))).isZero()) {
                        continue;
                    }
                    // c·log(u_i) − c·log(v) = c·log(u_i/v)
                    Expr joined = quotientLog(inside.rest(), inside.picked().args().get(0), outside.picked().args().get(0));
                    if (joined == null) {
                        continue;
                    }
                    body.set(k, joined);
                    terms.set(i, Exprs.mul(summed.rest(), new IndexSum(s.index(), s.lower(), s.upper(), Exprs.add(body))));
                    terms.remove(j);
                    return true;
                }
            }
        }
        return false;
    }
}
