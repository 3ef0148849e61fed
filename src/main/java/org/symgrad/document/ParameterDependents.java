package org.symgrad.document;

import java.util.Set;
import java.util.stream.Collectors;
import org.symgrad.derive.Definitions;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Variable;
import org.symgrad.parse.latex.DocumentFunction;

/**
 * The names a document function's body uses that the document defines through the function's parameter: {@code u} of the
 * GELU's tanh form, {@code g(x) = \tfrac12 x (1 + \tanh u)} with {@code u = \sqrt{2/\pi}(x + 0.044715 x^3)}, is a
 * function of x as the author means it, so {@code g'(x)} differentiates through u. Held as a name, u was a constant of
 * the body, and the right g'(x) was false (and {@code g(x) = x u} with {@code u = 3x} made {@code g'(x) = u} "proven").
 * Such a name is put in the body, whether defined before the function or after it ("where $u = …$"); a name whose value
 * does not use a parameter stays a name, and the parameters themselves are never replaced ({@code \sigma(z)} beside
 * {@code z = wx + b}); nor is a name inside a derivative the body writes. The name's own value keeps the names: a step
 * differentiates by them ({@code \frac{\partial J}{\partial z_k}} of {@code J(W)} through {@code \hat y}).
 */
final class ParameterDependents {
    private ParameterDependents() {
    }

    /** {@code f} with the names of its body that {@code definitions} define through its parameters put in. */
    static DocumentFunction inlined(DocumentFunction f, Definitions definitions) {
        Expr body = inlined(f.body(), parameterNames(f.parameters()), definitions);
        return body == f.body() ? f : f.withBody(body);
    }

    /** {@code body}, a function's with parameters named {@code parameters}, with the names defined through them put in. */
    static Expr inlined(Expr body, Set<String> parameters, Definitions definitions) {
        if (parameters.isEmpty()) {
            return body;
        }
        return put(body, parameters, definitions);
    }

    private static Expr put(Expr e, Set<String> parameters, Definitions definitions) {
        if (e instanceof Derivative) {
            // E_z(z) = -\frac{dV}{dz}: a derivative the body writes stays as written, read where it is applied
            return e;
        }
        if (!(e instanceof Variable v)) {
            return Exprs.mapChangedChildren(e, c -> put(c, parameters, definitions));
        }
        if (parameters.contains(v.name()) || definitions.defining(e).isEmpty()) {
            return e;
        }
        try {
            Expr value = definitions.expand(e);
            return Exprs.any(value, x -> x instanceof Variable p && parameters.contains(p.name())) ? value : e;
        } catch (SymgradException | IllegalArgumentException notExpanded) {
            return e;
        }
    }

    /** The names of a function's parameters ({@code x}, the vector {@code a}, the component {@code z_i}'s z). */
    static Set<String> parameterNames(java.util.List<Expr> parameters) {
        return parameters.stream().filter(p -> p instanceof Variable).map(p -> ((Variable) p).name())
                .collect(Collectors.toSet());
    }
}
