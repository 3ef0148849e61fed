package org.symgrad.parse.latex;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.symgrad.error.SourceSpan;
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

    /**
     * This function applied to arguments read before it was defined ({@code J = Σ_i (h_θ(x^{(i)}) − y^{(i)})²}
     * above {@code h_θ(x) = θ^T x}): β-reduced as a call read after the definition is. A vector parameter's
     * argument reads by how it was written, which the value read earlier no longer shows: {@code sampleArgs}
     * are the positions written as one example ({@code x^{(i)}}, components {@code x_{ki}}); another indexed
     * argument is a row ({@code \mathbf{x}_i}, components {@code x_{ik}}). Empty for a vector-valued function; an
     * argument that cannot take its parameter's place is an {@link org.symgrad.error.InputException}, as at a call read after it.
     */
    public Optional<Expr> appliedLate(List<Expr> args, java.util.Set<Integer> sampleArgs, SourceSpan where) {
        if (args.size() != parameters.size() || !component.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(BetaReduction.apply(this, args, List.copyOf(sampleArgs), List.of(), where));
    }
}
