package org.symgrad.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.diff.DefinedDerivatives;
import org.symgrad.diff.Differentiator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.simplify.Simplifier;

/**
 * The chain rule over the definition DAG, as a textbook applies it: for a defined leaf
 * {@code y_m = body}, {@code dy_m/dw = ∂body/∂w + Σ_v Σ_p ∂body/∂v_p · dv_p/dw} over the defined
 * names {@code v} the body uses that reach {@code w}. Each edge {@code ∂body/∂v_p} is computed with
 * the other names held fixed and simplified in the defined names ({@code ∂y_k/∂z_p =
 * y_k(δ_kp − y_p)}); each {@code dv_p/dw} recursively; every result is memoised.
 */
public final class ChainRule implements DefinedDerivatives {
    private final Definitions definitions;
    private final Simplifier simplifier;
    private final Map<List<Expr>, Optional<Expr>> memo = new HashMap<>();
    private final List<Edge> edges = new ArrayList<>();

    /**
     * One inner derivative for a sub-derivation: {@code ∂of/∂wrt} is either a partial derivative of
     * a definition's {@code body} with respect to an intermediate (other names held fixed), or,
     * when {@code body} is absent, the chain-rule sum {@code raw} over the intermediates.
     */
    public record Edge(Expr of, Expr wrt, Optional<Expr> body, Expr raw, Expr value) {
    }

    public ChainRule(Definitions definitions, Simplifier simplifier) {
        this.definitions = definitions;
        this.simplifier = simplifier;
    }

    /** The inner derivatives computed so far, in the order they were first needed. */
    public List<Edge> edges() {
        return List.copyOf(edges);
    }

    @Override
    public Optional<Expr> derivative(Expr leaf, Expr wrt) {
        List<Expr> key = List.of(leaf, wrt);
        Optional<Expr> known = memo.get(key);
        if (known != null) {
            return known;
        }
        Optional<Expr> out = compute(leaf, wrt);
        memo.put(key, out);
        return out;
    }

    private Optional<Expr> compute(Expr leaf, Expr wrt) {
        Optional<Definition> definition = definitions.defining(leaf);
        String variable = nameOf(wrt);
        // a recurrence differentiated by its own earlier term (∂h_t/∂h_{t-1}) expands h_t; by h_t itself it does not
        if (definition.isEmpty() || definition.get().name().equals(variable) && !definitions.isEarlierTerm(wrt)) {
            return Optional.empty();
        }
        if (!definitions.reaches(definition.get().name(), variable)) {
            return Optional.of(Exprs.ZERO);
        }
        Expr body = definition.get().instantiate(leaf);
        List<Expr> terms = new ArrayList<>();
        if (Definitions.mentionsName(body, variable)) {
            Expr raw = new Differentiator().differentiate(body, wrt);
            terms.add(raw);
        }
        for (String v : definitions.namesIn(body)) {
            if (v.equals(variable) || !definitions.reaches(v, variable)) {
                continue;
            }
            Definition inner = definitions.of(v).orElseThrow();
            Set<String> avoid = new LinkedHashSet<>(Indices.all(body));
            avoid.addAll(Indices.all(wrt));
            avoid.addAll(Indices.all(leaf));
            List<String> fresh = new ArrayList<>();
            for (int i = 0; i < inner.indices().size(); i++) {
                String p = Indices.fresh(avoid);
                avoid.add(p);
                fresh.add(p);
            }
            Expr entry = fresh.isEmpty() ? new Sym(v) : new Indexed(v, fresh);
            Expr raw = new Differentiator().differentiate(body, entry);
            Expr edge = simplifier.simplify(raw);
            edges.add(new Edge(leaf, entry, Optional.of(body), raw, edge));
            Expr downstream = derivative(entry, wrt).orElseThrow();
            Expr term = Exprs.mul(edge, downstream);
            for (int i = fresh.size() - 1; i >= 0; i--) {
                IndexSum range = rangeOf(body, v, i).orElse(Exprs.sum(fresh.get(i), Exprs.ONE));
                term = new IndexSum(fresh.get(i), range.lower(), range.upper(), term);
            }
            terms.add(term);
        }
        Expr raw = Exprs.add(terms);
        Expr value = simplifier.simplify(raw);
        edges.add(new Edge(leaf, wrt, Optional.empty(), raw, value));
        return Optional.of(value);
    }

    /**
     * The range of the {@code position}-th index of {@code v} as the body sums over it
     * ({@code Σ_{k=1}^{N} exp(z_k)} ranges z's index over 1..N); the default range 1..n if the body
     * does not sum over it. Where the body holds v only outside sums, the δ of the inner derivative
     * contracts the new sum and its range does not matter.
     */
    private static Optional<IndexSum> rangeOf(Expr e, String v, int position) {
        if (e instanceof IndexSum s && bindsPosition(s.body(), v, position, s.index())) {
            return Optional.of(s);
        }
        for (Expr c : Exprs.children(e)) {
            Optional<IndexSum> found = rangeOf(c, v, position);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static boolean bindsPosition(Expr e, String v, int position, String index) {
        if (e instanceof Indexed x && x.name().equals(v) && x.indices().size() > position
                && x.indices().get(position).equals(index)) {
            return true;
        }
        if (e instanceof IndexSum s && s.index().equals(index)) {
            return false; // shadowed
        }
        return Exprs.children(e).stream().anyMatch(c -> bindsPosition(c, v, position, index));
    }

    static String nameOf(Expr variable) {
        if (variable instanceof Variable v) {
            return v.name();
        }
        throw new IllegalArgumentException("not a variable: " + variable);
    }

}
