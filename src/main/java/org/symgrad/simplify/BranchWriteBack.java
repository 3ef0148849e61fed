package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.Trace;

/**
 * A let whose body is a case split, {@code f = where(c, a, b)}, written back within the branches of
 * a result that splits on the same condition: in the branch where c fails, f is b, so b is written
 * back as f there by the general write-back of a definition ({@link Rules#definition}, the
 * definition {@code f = b} holding in that branch only). The ELU derivative
 * {@code where(x > 0, 1, α eˣ)} for {@code f = where(x > 0, x, α(eˣ − 1))} reads
 * {@code where(x > 0, 1, f + α)}, as Clevert et al. print it. A branch that is a bare name
 * ({@code f = x} where x > 0) is not written back: that would rename the variable itself.
 */
final class BranchWriteBack {
    private final List<Rule> assumptions;
    private final List<Split> splits;

    /** A let of a case split: its name and the split. */
    private record Split(Expr target, Fn where) {
    }

    private BranchWriteBack(List<Rule> assumptions, List<Split> splits) {
        this.assumptions = assumptions;
        this.splits = splits;
    }

    /**
     * The write-back of the case-split lets among {@code definitions} (the simplifier's write-back rules),
     * whose right sides {@code written} holds simplified.
     */
    static BranchWriteBack of(List<Rule> assumptions, List<Rule> definitions, WrittenNames written) {
        List<Split> splits = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            Rule d = definitions.get(i);
            if (d.lhs() instanceof Fn f && f.name().equals(FunctionRegistry.WHERE) && f.args().size() == 3) {
                Optional<Expr> target = written.target(i);
                if (target.filter(t -> t instanceof Sym || t instanceof Indexed).isPresent()) {
                    splits.add(new Split(target.get(), f));
                }
            }
        }
        return new BranchWriteBack(assumptions, splits);
    }

    /** {@code e} with each let's branch written back within the branches of a split on the same condition. */
    Expr written(Expr e, Trace trace) {
        if (splits.isEmpty()) {
            return e;
        }
        Expr kids = Exprs.mapChildren(e, c -> written(c, trace));
        if (!(kids instanceof Fn w) || !w.name().equals(FunctionRegistry.WHERE) || w.args().size() != 3) {
            return kids;
        }
        for (Split s : splits) {
            if (s.where().args().get(0).equals(w.args().get(0))) {
                Expr then = branch(s.target(), s.where().args().get(1), w.args().get(1), trace);
                Expr otherwise = branch(s.target(), s.where().args().get(2), w.args().get(2), trace);
                if (then != w.args().get(1) || otherwise != w.args().get(2)) {
                    return Exprs.fn(FunctionRegistry.WHERE, w.args().get(0), then, otherwise);
                }
            }
        }
        return kids;
    }

    /** {@code value} with the let {@code target = body} written back in it, where that changes it. */
    private Expr branch(Expr target, Expr body, Expr value, Trace trace) {
        Optional<Rule> rule = body instanceof Sym ? Optional.empty() : Rules.definition(target, body);
        if (rule.isEmpty() || rule.get().lhs() instanceof Sym) {
            return value;
        }
        org.symgrad.rewrite.TraceRecorder tried = new org.symgrad.rewrite.TraceRecorder();
        Expr out = Simplifier.with(assumptions, List.of(rule.get())).simplify(value, tried);
        if (out.equals(value) || !Exprs.contains(out, target)) {
            return value;
        }
        tried.replay(trace);
        return out;
    }
}
