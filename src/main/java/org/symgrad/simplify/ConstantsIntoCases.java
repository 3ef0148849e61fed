package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Variable;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.rewrite.StepLaws;
import org.symgrad.rewrite.Trace;

/**
 * A constant factor of a case split taken into its cases (rule {@value StepLaws#CONSTANT_INTO_CASES}):
 * {@code c·where(p, u, v) = where(p, c·u, c·v)} for the factors c that hold no variable of the
 * condition p and no defined name, as kernels and papers print each case's whole value — SELU's
 * derivative {@code where(x > 0, λ, αλ eˣ)}, not {@code λ·where(x > 0, 1, α eˣ)}. A factor that varies
 * with p's variables, or names a let (which may: {@code f·where(x > 0, 1, α + f)} for the ELU f), stays
 * outside, as the chain rule wrote it.
 */
final class ConstantsIntoCases {
    /** The names the write-backs write, asked only of a product with a case split ({@link WrittenNames#names}). */
    private final WrittenNames defined;
    private final UnaryOperator<Expr> simplify;

    private ConstantsIntoCases(WrittenNames defined, UnaryOperator<Expr> simplify) {
        this.defined = defined;
        this.simplify = simplify;
    }

    /** The pass for a simplifier whose write-backs write the names {@code definitions}, each case simplified by {@code simplify}. */
    static ConstantsIntoCases of(WrittenNames definitions, UnaryOperator<Expr> simplify) {
        return new ConstantsIntoCases(definitions, simplify);
    }

    /** {@code e} with the constant factors of each product with one case split taken into its cases. */
    Expr written(Expr e, Trace trace) {
        Expr kids = Exprs.mapChangedChildren(e, c -> written(c, trace));
        if (!(kids instanceof Mul m)) {
            return kids;
        }
        List<Fn> splits = m.factors().stream().filter(ConstantsIntoCases::isSplit).map(f -> (Fn) f).toList();
        if (splits.size() != 1) {
            return kids;
        }
        Fn where = splits.get(0);
        Set<String> varying = new HashSet<>(defined.names());
        names(where.args().get(0), varying);
        List<Expr> constant = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        for (Expr f : m.factors()) {
            if (f == where) {
                rest.add(f); // the split where it stood, its cases filled in below
                continue;
            }
            Set<String> held = new HashSet<>();
            names(f, held);
            held.retainAll(varying);
            (held.isEmpty() && !Exprs.any(f, ConstantsIntoCases::isSplit) ? constant : rest).add(f);
        }
        if (constant.isEmpty()) {
            return kids;
        }
        Expr c = Exprs.mul(constant);
        Expr then = simplify.apply(Exprs.mul(c, where.args().get(1)));
        Expr otherwise = simplify.apply(Exprs.mul(c, where.args().get(2)));
        trace.fired(StepLaws.CONSTANT_INTO_CASES);
        rest.set(rest.indexOf(where), Exprs.fn(FunctionRegistry.WHERE, where.args().get(0), then, otherwise));
        return Exprs.mul(rest);
    }

    private static boolean isSplit(Expr e) {
        return e instanceof Fn f && f.name().equals(FunctionRegistry.WHERE) && f.args().size() == 3;
    }

    private static void names(Expr e, Set<String> out) {
        if (e instanceof Variable v) {
            out.add(v.name());
        }
        Exprs.children(e).forEach(c -> names(c, out));
    }
}
