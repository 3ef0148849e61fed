package org.symgrad.check;

import java.util.Set;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;

/**
 * Whether a normal form is a rational function of free variables: numbers, symbols (not constants
 * such as π) and indexed symbols that no assumption mentions, combined by {@code + − ×} and integer powers. Such a
 * function is its own exact value at every point, so where it is not 0 at a sampled point the
 * difference it stands for is not 0 there either — an exact witness that two sides differ.
 * An inverse's entry and a determinant ({@link MatrixFunctionNames}) are no free variables.
 * Functions, Σ, δ and derivatives are excluded: their atoms are tied to each other by identities
 * the normal form may not know.
 */
final class FreeRationalFunction {
    private FreeRationalFunction() {
    }

    /** Whether {@code e} is built from free variables, numbers, {@code +}, {@code ×} and integer powers. */
    static boolean is(Expr e, Set<String> constrainedNames) {
        return switch (e) {
            case Num n -> true;
            case Sym s -> !constrainedNames.contains(s.name()) && !Constants.isConstant(s) && !MatrixFunctionNames.isComputed(s.name());
            case Indexed x -> !constrainedNames.contains(x.name()) && !MatrixFunctionNames.isComputed(x.name());
            case Add a -> a.terms().stream().allMatch(t -> is(t, constrainedNames));
            case Mul m -> m.factors().stream().allMatch(f -> is(f, constrainedNames));
            case Pow p -> p.exponent() instanceof Num k && k.value().isInteger() && is(p.base(), constrainedNames);
            case Fn f -> false;
            case IndexSum s -> false;
            case IndexProduct p -> false;
            case Delta d -> false;
            case Derivative d -> false;
        };
    }
}
