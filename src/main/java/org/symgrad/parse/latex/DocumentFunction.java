package org.symgrad.parse.latex;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Variable;

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
 * @param own        the indices its name carries where it is defined, one member of a family per index value
 *                   ({@code [j]} for Agresti's {@code \pi_j(x) = e^{\alpha_j + \beta_j x} / (1 + \sum_h e^{\alpha_h + \beta_h x})}):
 *                   a call written with others, {@code \pi_h(x)}, is the member at those ({@link #at})
 */
public record DocumentFunction(String name, List<Expr> parameters, List<String> component, Expr body, List<String> own) {
    public DocumentFunction {
        Objects.requireNonNull(name);
        parameters = List.copyOf(parameters);
        component = List.copyOf(component);
        Objects.requireNonNull(body);
        own = List.copyOf(own);
    }

    /** A function whose name carries no indices of its own. */
    public DocumentFunction(String name, List<Expr> parameters, List<String> component, Expr body) {
        this(name, parameters, component, body, List.of());
    }

    /**
     * {@code f^{(order)}(arg)} left as a derivative of the body, where {@code arg} is the function's one parameter and the
     * body names something the document defines ({@code defined}): {@code g'(x)} of {@code g(x) = \tfrac12 x (1 + \tanh u)},
     * "where $u = …$" defines u through x for the step that reads it, is taken once u is known, with whatever the step's
     * definitions make of u. Empty for any other call, whose derivative the body alone gives.
     */
    public Optional<Expr> derivativeLeftAt(Expr arg, int order, Predicate<String> defined) {
        if (parameters.size() != 1 || !(parameters.get(0) instanceof Variable v) || !arg.equals(v)
                || !Exprs.any(body, e -> e instanceof Variable other && !other.name().equals(v.name()) && defined.test(other.name()))) {
            return Optional.empty();
        }
        Expr out = body;
        for (int k = 0; k < order; k++) {
            out = new Derivative(out, v);
        }
        return Optional.of(out);
    }

    /** This function with another body (a derivative, calls applied), a member of the same family. */
    public DocumentFunction withBody(Expr other) {
        return new DocumentFunction(name, parameters, component, other, own);
    }

    /**
     * The member of this family at the indices a call writes on the name ({@code \pi_h(x)}, {@code \pi_1(x)} for the
     * family {@code \pi_j(x)}): the body with its own indices renamed to them, without capture (Σ_h in the body is
     * renamed first). This function itself where the call writes its own indices, or another number of them.
     */
    public DocumentFunction at(List<String> indices) {
        if (own.isEmpty() || indices.size() != own.size() || indices.equals(own)
                || parameters.stream().anyMatch(p -> own.stream().anyMatch(i -> org.symgrad.expr.Indices.mentions(p, i)))) {
            return this;
        }
        java.util.Map<String, String> renaming = new java.util.LinkedHashMap<>();
        for (int k = 0; k < own.size(); k++) {
            renaming.put(own.get(k), indices.get(k));
        }
        return new DocumentFunction(name, parameters, component, org.symgrad.expr.Indices.renameAll(body, renaming), indices);
    }

    /**
     * The name a member of a family is defined under when a document defines it on its own ({@code g_1(\theta)} beside
     * {@code g_2(\theta)}, GMM's two moment conditions; Agresti's baseline {@code \pi_J(x)} beside the family {@code \pi_j(x)}):
     * the name with the member's indices, as a component defined on its own is spelled ({@code g1}, {@code piJ}).
     */
    public static String memberName(String name, List<String> indices) {
        return org.symgrad.expr.Names.withLabel(org.symgrad.expr.Names.base(name) + String.join("", indices),
                org.symgrad.expr.Names.label(name));
    }

    /** Whether indices name one member on its own: whole numbers ({@code g_1}) or capitals, a count's letter ({@code \pi_J}). */
    public static boolean namesMember(List<String> indices) {
        return !indices.isEmpty() && indices.stream().allMatch(i -> org.symgrad.expr.Index.isConcrete(i)
                || i.length() == 1 && Character.isUpperCase(i.charAt(0)));
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
