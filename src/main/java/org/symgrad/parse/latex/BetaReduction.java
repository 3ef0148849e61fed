package org.symgrad.parse.latex;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.error.InputException;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Pow;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;

/**
 * Applies a function the document defined to arguments (LATEX-INPUT M18): each parameter is
 * replaced by its argument at once, without capturing an index.
 * <ul>
 *   <li>a scalar parameter {@code x} by any expression: {@code f(-x)};</li>
 *   <li>a vector parameter (a name the body indexes, {@code a} in {@code e^{a_i}}) by a vector
 *       name, whose components take the place of the parameter's: {@code \sigma(z)_k};</li>
 *   <li>a component parameter {@code z_i} by a component of the same vector, by renaming its
 *       indices ({@code f(z_j)} for {@code f(z_i)}), or by any expression in its place;</li>
 *   <li>the indices of a vector-valued function by those of the call: {@code \sigma(a)_i} at
 *       {@code _k}.</li>
 * </ul>
 */
final class BetaReduction {
    private BetaReduction() {
    }

    static Expr apply(DocumentFunction f, List<Expr> args, List<String> component, SourceSpan where) {
        return apply(f, args, List.of(), component, where);
    }

    /**
     * As {@link #apply(DocumentFunction, List, List, SourceSpan)}; {@code sampleArgs} are the positions
     * of arguments written as one example of a vector, {@code x^{(i)}}, whose components are
     * {@code x_k^{(i)}}, read {@code x_{ki}}: the component index comes before the example's. A vector
     * argument written with a subscript, {@code \mathbf{x}_i}, has the components {@code x_{ik}}.
     */
    static Expr apply(DocumentFunction f, List<Expr> args, List<Integer> sampleArgs, List<String> component,
                      SourceSpan where) {
        return apply(f, args, sampleArgs, component, ArgumentNames.of(name -> false), where);
    }

    /**
     * As {@link #apply(DocumentFunction, List, List, List, SourceSpan)}; a vector parameter's argument may also be an
     * expression of the names {@code vector} tells are vectors, read component-wise ({@link ElementwiseArgument}):
     * {@code s(x + c)_i} is s's body with {@code x_k + c} for each component {@code a_k}.
     */
    static Expr apply(DocumentFunction f, List<Expr> args, List<Integer> sampleArgs, List<String> component,
                      ArgumentNames vector, SourceSpan where) {
        if (args.size() != f.parameters().size()) {
            throw new InputException(f.name() + " is defined with " + f.parameters().size() + " argument"
                    + (f.parameters().size() == 1 ? "" : "s") + ", here it has " + args.size(), where);
        }
        if (component.size() != f.component().size()) {
            throw new InputException(f.component().isEmpty()
                    ? f.name() + " is a scalar function here: it takes no index after its arguments"
                    : f.name() + "(…) is a vector: write its component, as in " + f.name() + "(…)_"
                    + String.join("", f.component()), where);
        }
        Expr body = f.body();
        Map<String, String> renaming = new LinkedHashMap<>();
        for (int k = 0; k < component.size(); k++) {
            renaming.put(f.component().get(k), component.get(k));
        }
        Map<Expr, Expr> leaves = new HashMap<>();
        Map<String, VectorArgument> vectors = new HashMap<>();
        for (int k = 0; k < args.size(); k++) {
            Expr p = f.parameters().get(k);
            Expr a = args.get(k);
            if (p.equals(a)) {
                continue;
            }
            if (p instanceof Pow power) {
                // \mathcal{N}(x | \mu, \sigma^2) applied to (x | \mu_k, \sigma_k^2): σ stands for σ_k, a standard
                // deviation, and applied to a variance s, for √s
                Optional<Expr> base = PowerParameters.base(power, a);
                if (base.isEmpty()) {
                    throw new InputException(f.name() + " is defined with the parameter " + p + ", a power: symgrad reads "
                            + "it written as its parameters only, or applied to a power of the same exponent", where);
                }
                leaves.put(power.base(), base.get());
                continue;
            }
            if (p instanceof Indexed pi && pi.indices().stream().anyMatch(org.symgrad.expr.Index::isConcrete)) {
                throw new InputException(f.name() + " is defined at " + pi + " only, which does not say what it is "
                        + "at other arguments", where);
            }
            if (p instanceof Sym s && !indexesName(body, s.name()) && Indices.free(body).contains(s.name())) {
                // \pi(a) = e^{\theta_a} / \sum_b e^{\theta_b}: the parameter is an index of the body, so the
                // argument must name an index too, which takes its place (\pi(b) is e^{\theta_b} / …)
                if (a instanceof Sym index && org.symgrad.expr.Index.isSymbolic(index.name())
                        && !Exprs.contains(body, index)) {
                    renaming.put(s.name(), index.name());
                } else if (a instanceof org.symgrad.expr.Num n && n.value().isInteger() && n.value().signum() > 0) {
                    renaming.put(s.name(), n.value().toString());
                } else {
                    throw new InputException(f.name() + " takes the index " + s.name() + " (its definition writes "
                            + "it as a subscript): its argument must be an index name or a whole number", where);
                }
                continue;
            }
            if (p instanceof Sym s && indexesName(body, s.name())) {
                if (a instanceof Sym name) {
                    vectors.put(s.name(), new VectorArgument(name.name(), List.of(), false, null));
                } else if (a instanceof Indexed example && example.indices().stream().allMatch(
                        org.symgrad.expr.Index::isSymbolic)) {
                    // h_\theta(x^{(i)}), f(\mathbf{x}_n): the function of a vector applied to one example of it
                    vectors.put(s.name(), new VectorArgument(example.name(), example.indices(), sampleArgs.contains(k), null));
                } else if (ElementwiseArgument.component(a, "k", vector, Set.of()).isPresent()) {
                    // s(x + c)_i: a vector expression, whose component takes the parameter's place
                    vectors.put(s.name(), new VectorArgument(null, List.of(), false, a));
                } else {
                    throw new InputException(f.name() + " is a function of a vector: its argument must be "
                            + "the name of a vector, or one example of it (x^{(i)}, \\mathbf{x}_n)", where);
                }
            } else if (p instanceof Indexed pi && a instanceof Indexed ai && pi.name().equals(ai.name())
                    && pi.indices().size() == ai.indices().size() && pi.indices().stream().allMatch(
                            org.symgrad.expr.Index::isSymbolic)) {
                for (int m = 0; m < pi.indices().size(); m++) {
                    renaming.put(pi.indices().get(m), ai.indices().get(m));
                }
            } else {
                leaves.put(p, a);
            }
        }
        for (Map.Entry<Expr, Expr> leaf : leaves.entrySet()) {
            if (leaf.getKey() instanceof Variable x && !(leaf.getValue() instanceof Variable)
                    && Exprs.any(body, d -> d instanceof Derivative dd && dd.wrt().equals(x))) {
                // E_z(z) = -\frac{dV}{dz} = …, applied as E_z(R/\sqrt{2}): the derivative in z is taken, then R/√2 put in
                Optional<String> obstacle = EvaluationBar.obstacle(body, x, name -> false);
                if (obstacle.isPresent()) {
                    throw new InputException(f.name() + " is defined by a derivative in its parameter " + x + ", which cannot be "
                            + "taken before it is read at another value: " + obstacle.get(), where);
                }
                body = EvaluationBar.takeDerivatives(body, x);
            }
        }
        Set<String> argIndices = new HashSet<>();
        args.forEach(a -> argIndices.addAll(Indices.free(a)));
        argIndices.addAll(renaming.values());
        body = freshBound(body, argIndices);
        Set<String> avoid = new HashSet<>(argIndices);
        avoid.addAll(Indices.all(body));
        avoid.addAll(renaming.keySet());
        body = substitute(body, leaves, vectors, vector, avoid);
        return renaming.isEmpty() ? body : Indices.renameAll(body, renaming);
    }

    /** Whether {@code e} indexes the name {@code name} somewhere ({@code a} in {@code e^{a_i}}). */
    static boolean indexesName(Expr e, String name) {
        if (e instanceof Indexed x) {
            return x.name().equals(name);
        }
        return Exprs.children(e).stream().anyMatch(c -> indexesName(c, name));
    }

    /** {@code e} with every Σ whose index is in {@code avoid} renamed to a fresh index. */
    private static Expr freshBound(Expr e, Set<String> avoid) {
        if (e instanceof IndexSum s && avoid.contains(s.index())) {
            Set<String> taken = new HashSet<>(Indices.all(s.body()));
            taken.addAll(avoid);
            String k = Indices.fresh(taken);
            return freshBound(new IndexSum(k, s.lower(), s.upper(), Indices.rename(s.body(), s.index(), k)), avoid);
        }
        return Exprs.mapChildren(e, c -> freshBound(c, avoid));
    }

    private static Expr substitute(Expr e, Map<Expr, Expr> leaves, Map<String, VectorArgument> vectors,
                                   ArgumentNames vector, Set<String> avoid) {
        Expr replacement = leaves.get(e);
        if (replacement != null) {
            return replacement;
        }
        if (e instanceof Indexed x && vectors.containsKey(x.name()) && vectors.get(x.name()).expression() != null
                && x.indices().size() == 1) {
            return ElementwiseArgument.component(vectors.get(x.name()).expression(), x.indices().get(0), vector, avoid)
                    .orElseThrow();
        }
        if (e instanceof Indexed x && vectors.containsKey(x.name()) && vectors.get(x.name()).expression() == null) {
            VectorArgument v = vectors.get(x.name());
            List<String> indices = new java.util.ArrayList<>();
            if (v.componentFirst()) {
                indices.addAll(x.indices());
                indices.addAll(v.example());
            } else {
                indices.addAll(v.example());
                indices.addAll(x.indices());
            }
            return new Indexed(v.name(), indices);
        }
        return Exprs.mapChildren(e, c -> substitute(c, leaves, vectors, vector, avoid));
    }

    /**
     * A vector argument: its name, the example's indices if one example of it, and where a component goes; or an
     * expression of vectors read component-wise ({@code x + c}), with no name.
     */
    private record VectorArgument(String name, List<String> example, boolean componentFirst, Expr expression) {
    }
}
