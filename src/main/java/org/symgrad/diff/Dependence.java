package org.symgrad.diff;

import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;
import org.symgrad.functions.FunctionRegistry;

/**
 * Whether an expression may depend on a variable. Conservative: {@code false} means the
 * derivative is certainly 0 (rule {@code "constant"}). An indexed symbol depends on an indexed
 * variable of the same name and rank whatever the indices (the derivative is then a δ);
 * a bare symbol {@code y} as the argument of an abstract function depends on {@code y_k}
 * (it is a vector); a defined leaf depends on what its {@link DefinedDerivatives} says.
 */
final class Dependence {
    private Dependence() {
    }

    static boolean dependsOn(Expr e, Expr wrt, DefinedDerivatives defs) {
        return switch (e) {
            case Num n -> false;
            case Delta d -> false;
            case Sym s -> !Constants.isConstant(s) && (s.equals(wrt) || MatrixFunctionDerivatives.of(s, wrt).isPresent()
                    || defs.derivative(s, wrt).isPresent());
            case Indexed x -> sameVariable(x, wrt) || MatrixFunctionDerivatives.of(x, wrt).isPresent() || defs.derivative(x, wrt).isPresent();
            case Add a -> anyDependsOn(a.terms(), wrt, defs);
            case Mul m -> anyDependsOn(m.factors(), wrt, defs);
            // 0^u is the constant 0 wherever it is defined (u > 0): its derivative is 0, never a log(0)
            case Pow p -> !Exprs.isNum(p.base(), 0) && (dependsOn(p.base(), wrt, defs) || dependsOn(p.exponent(), wrt, defs));
            case Fn f -> FunctionRegistry.isKnown(f.name())
                    ? anyDependsOn(f.args(), wrt, defs)
                    : anyArgumentDependsOn(f.args(), wrt, defs);
            case IndexSum s -> dependsOn(s.body(), wrt, defs);
            case IndexProduct p -> dependsOn(p.body(), wrt, defs);
            case Derivative d -> dependsOn(d.of(), wrt, defs);
        };
    }

    // plain loops rather than streams: this recursion runs as deep as the expression nests
    private static boolean anyDependsOn(java.util.List<Expr> es, Expr wrt, DefinedDerivatives defs) {
        for (Expr e : es) {
            if (dependsOn(e, wrt, defs)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyArgumentDependsOn(java.util.List<Expr> es, Expr wrt, DefinedDerivatives defs) {
        for (Expr e : es) {
            if (argumentDependsOn(e, wrt, defs)) {
                return true;
            }
        }
        return false;
    }

    /** An argument of an abstract function: a bare symbol may stand for a whole vector. */
    static boolean argumentDependsOn(Expr arg, Expr wrt, DefinedDerivatives defs) {
        if (arg instanceof Sym s) {
            return s.equals(wrt) || isVectorOf(s, wrt) || dependsOn(s, wrt, defs)
                    || defs.derivative(entry(s, wrt), wrt).isPresent();
        }
        return dependsOn(arg, wrt, defs);
    }

    /** {@code y} against {@code y_k}: the bare symbol is the vector whose entry is the variable. */
    static boolean isVectorOf(Sym s, Expr wrt) {
        return wrt instanceof Indexed w && w.name().equals(s.name());
    }

    /** {@code x_i} against {@code x_j}, {@code W_ik} against {@code W_jl}: same name, same rank. */
    static boolean sameVariable(Indexed x, Expr wrt) {
        return wrt instanceof Indexed w && w.name().equals(x.name()) && w.indices().size() == x.indices().size();
    }

    /** The entry {@code s_m} with an index {@code m} fresh with respect to {@code wrt}. */
    static Indexed entry(Sym s, Expr wrt) {
        return new Indexed(s.name(), java.util.List.of(Indices.fresh(Indices.all(wrt))));
    }
}
