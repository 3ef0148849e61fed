package org.symgrad.derive;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.rewrite.Rewriter;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.RuleBook;
import org.symgrad.rewrite.Trace;

/**
 * The step a textbook writes before an exp of a log inside a longer exponent cancels: the exp law
 * sets the log's term apart, {@code exp(η − log φ) → exp(η)·exp(−log φ)}, so that the exp-of-log
 * identity that follows does only that ({@code exp(−log φ) = φ⁻¹}) and no stage both applies it and
 * joins fractions. A term is set apart where one of {@link #LOGS} (the book's exp-of-log identities)
 * applies to its exp alone; an exp with no such term, or with nothing else in its exponent, is left.
 */
final class ExpsOfLogsApart {
    /** The rule the step cites: {@code exp(a + b) = exp(a)·exp(b)}. */
    static final String EXP_LAW = "exp-law";
    /** The identities that take an exp of a log term apart: exp(log u) = u, exp(c·log u) = u^c. */
    private static final List<Rule> LOGS = List.of(RuleBook.EXP_OF_LOG, RuleBook.EXP_OF_MULTIPLE_OF_LOG,
            RuleBook.EXP_OF_SYMBOLIC_MULTIPLE_OF_LOG);
    private static final int BUDGET = 1_000;

    private ExpsOfLogsApart() {
    }

    /** {@code e} with each exp of a sum that holds a log term written as the product of the exps of its parts. */
    static Expr of(Expr e) {
        Expr rebuilt = Exprs.mapChangedChildren(e, ExpsOfLogsApart::of);
        if (!(rebuilt instanceof Fn f) || !f.name().equals(FunctionRegistry.EXP) || f.args().size() != 1
                || !(f.arg() instanceof Add sum)) {
            return rebuilt;
        }
        List<Expr> logs = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        for (Expr t : sum.terms()) {
            (ofALog(t) ? logs : rest).add(t);
        }
        if (logs.isEmpty() || rest.isEmpty()) {
            return rebuilt;
        }
        List<Expr> factors = new ArrayList<>();
        factors.add(Exprs.exp(Exprs.add(rest)));
        logs.forEach(t -> factors.add(Exprs.exp(t)));
        return Exprs.mul(factors);
    }

    /** Whether an exp-of-log identity applies to {@code exp(term)} itself. */
    private static boolean ofALog(Expr term) {
        Expr exp = Exprs.exp(term);
        Expr out = Rewriter.bottomUp(LOGS, exp, BUDGET, Trace.NONE).result();
        return !(out instanceof Fn g && g.name().equals(FunctionRegistry.EXP));
    }
}
