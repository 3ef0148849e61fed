package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Sym;

/**
 * The derivative of a function written by its bare name, {@code \frac{df}{dx}} where the document defines
 * {@code f(x) = …} (in a display or in inline math, "Let $f(x) = x^3 e^{-x}$"): the derivative of the call
 * {@code f(x)}, as an author means it, so that an evaluation bar can take it at the point once the definition is
 * applied. A name the document defines by a value ({@code g = x^2}), or as a function of other or more parameters
 * ({@code g(x, y)}, whose partial derivative of an abstract call has no form to evaluate), is left as written.
 */
final class FunctionNameDerivatives {
    private FunctionNameDerivatives() {
    }

    /** {@code e} with each derivative of a bare function name in its one parameter read as the derivative of its call. */
    static Expr called(Expr e, LatexContext context) {
        if (e instanceof Derivative d && d.of() instanceof Sym f && !d.wrt().equals(f)) {
            Optional<List<Expr>> parameters = context.definesFunction(f.name()) && context.definedValue(f).isEmpty()
                    ? context.functionParameters(f.name()) : Optional.empty();
            if (parameters.isPresent() && parameters.get().equals(List.of(d.wrt()))) {
                return new Derivative(new Fn(f.name(), parameters.get()), d.wrt());
            }
        }
        return Exprs.mapChildren(e, c -> called(c, context));
    }
}
