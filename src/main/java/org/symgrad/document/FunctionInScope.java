package org.symgrad.document;

import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;

/**
 * A statement about the derivative of a known function written without its argument,
 * {@code \frac{d\sigma}{da} = \sigma(1 - \sigma)} (Bishop eq. 4.88): the left side reads σ as σ(a),
 * the function of the variable it is differentiated by, and the bare σ on the other sides is the
 * same σ(a). Read as a symbol there, the step would compare σ(a)(1 − σ(a)) with an unrelated
 * number σ and could never be decided.
 */
final class FunctionInScope {
    private FunctionInScope() {
    }

    /** The function call {@code f(a)} whose derivative in {@code a} the expression is, if it is one. */
    static Optional<Fn> differentiated(Expr e) {
        Expr of = e;
        Variable wrt = null;
        while (of instanceof Derivative d) {
            if (wrt != null && !wrt.equals(d.wrt())) {
                return Optional.empty();
            }
            wrt = d.wrt();
            of = d.of();
        }
        if (wrt != null && of instanceof Fn f && f.args().equals(List.of(wrt))) {
            return Optional.of(f);
        }
        return Optional.empty();
    }

    private static boolean mentions(Expr e, Fn call) {
        return e instanceof Sym s && s.name().equals(call.name()) || Exprs.children(e).stream().anyMatch(c -> mentions(c, call));
    }

    /** {@code e} with every bare symbol named like {@code call}'s function replaced by {@code call}. */
    static Expr applied(Expr e, Fn call) {
        if (e instanceof Sym s && s.name().equals(call.name())) {
            return call;
        }
        if (e instanceof Fn f && f.name().equals(call.name()) && f.args().size() == 1 && mentions(f.args().get(0), call)) {
            // \sigma(1 - \sigma): with σ bare, the parentheses multiply, σ·(1 − σ), not σ of 1 − σ
            return Exprs.mul(call, applied(f.args().get(0), call));
        }
        return Exprs.mapChildren(e, c -> applied(c, call));
    }
}
