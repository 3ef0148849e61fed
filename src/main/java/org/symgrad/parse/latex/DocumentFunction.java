package org.symgrad.parse.latex;

import java.util.List;
import java.util.Objects;
import org.symgrad.expr.Expr;

/**
 * A function a document defines with parameters (LATEX-INPUT K2 b, M18): {@code f(x) = 1/(1+e^{-x})},
 * {@code \sigma(a)_i = e^{a_i} / \sum_j e^{a_j}}, {@code l(\mathbf{y}, \hat{\mathbf{y}}) = …}. A use
 * with other arguments is β-reduced: {@code f(-x)} reads as {@code 1/(1+e^{x})}, {@code \sigma(z)_k}
 * as {@code e^{z_k} / \sum_j e^{z_j}}.
 *
 * @param name       the function's name as symgrad spells it
 * @param parameters the parameters: scalars ({@code x}), vectors (a name the body indexes, {@code a})
 *                   or components ({@code z_i})
 * @param component  the indices of a vector-valued function ({@code [i]} for {@code \sigma(a)_i})
 * @param body       the defining expression
 */
public record DocumentFunction(String name, List<Expr> parameters, List<String> component, Expr body) {
    public DocumentFunction {
        Objects.requireNonNull(name);
        parameters = List.copyOf(parameters);
        component = List.copyOf(component);
        Objects.requireNonNull(body);
    }
}
