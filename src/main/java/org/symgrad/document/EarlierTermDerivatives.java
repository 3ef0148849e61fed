package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.derive.Definitions;
import org.symgrad.diff.Differentiator;
import org.symgrad.error.SymgradException;
import org.symgrad.simplify.Budget;
import org.symgrad.simplify.Simplifier;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.print.Printer;
import org.symgrad.expr.Sym;

/**
 * Backpropagation through time as notes write it: {@code ∂h_t/∂u = (1 − h_t²)(x_t + w ∂h_{t−1}/∂u)} with
 * {@code h_t = tanh(w h_{t−1} + u x_t)}. The earlier state h_{t−1} is an input of the step the definition
 * states, so symgrad reads it as a leaf and {@code ∂h_{t−1}/∂u} had no meaning ("h_{t−1} is not defined"). Where
 * a pair writes such a derivative, the earlier term is read as an unknown function of that variable: the
 * derivative becomes a free value D, and each other derivative by the variable of something that reaches the
 * earlier term gains its chain-rule term, {@code ∂f/∂u + ∂f/∂h_{t−1} · D}. The pair then holds for every D
 * exactly when it holds whatever h_{t−1}'s dependence on u is.
 */
final class EarlierTermDerivatives {
    private EarlierTermDerivatives() {
    }

    /** {@code a} and {@code b} read so, where they write a derivative of an earlier term; else empty. */
    static Optional<List<Expr>> apply(Expr a, Expr b, Definitions definitions) {
        Map<Derivative, Sym> unknown = new LinkedHashMap<>();
        collect(a, definitions, unknown);
        collect(b, definitions, unknown);
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of(rewrite(a, definitions, unknown), rewrite(b, definitions, unknown)));
    }

    /**
     * Whether each derivative of an earlier term enters {@code a − b}, as {@link #apply} reads the pair,
     * linearly: the difference's second derivative by each unknown value D normalises to 0. Then the pair
     * is {@code α + β·D = 0}, false for some value of D wherever α or β is not 0, so a sampled point where
     * the sides differ shows a history for which the step fails. Not linear, or not decided, is false.
     */
    static boolean linear(Expr a, Expr b, Definitions definitions) {
        Map<Derivative, Sym> unknown = new LinkedHashMap<>();
        collect(a, definitions, unknown);
        collect(b, definitions, unknown);
        try {
            Expr d = definitions.expand(Exprs.sub(rewrite(a, definitions, unknown), rewrite(b, definitions, unknown)));
            Expr taken = definitions.expand(new Differentiator().evaluateDerivatives(d));
            Simplifier simplifier = Simplifier.with(List.of(), List.of());
            for (Sym value : unknown.values()) {
                Expr second = Differentiator.diff(taken, value, 2);
                if (!simplifier.expanded(second, Budget.ofMillis(2_000)).equals(Exprs.ZERO)) {
                    return false;
                }
            }
            return true;
        } catch (SymgradException | IllegalArgumentException notDecided) {
            return false;
        }
    }

    /**
     * What the unknown values of the pair stand for, for a report of a point where the sides differ:
     * {@code dhdu1 stands for ∂h_{t-1}/∂u, which the step leaves free; }; empty where the pair writes no derivative of an earlier term.
     */
    static String legend(Expr a, Expr b, Definitions definitions) {
        Map<Derivative, Sym> unknown = new LinkedHashMap<>();
        collect(a, definitions, unknown);
        collect(b, definitions, unknown);
        StringBuilder out = new StringBuilder();
        unknown.forEach((d, value) -> out.append(value.name()).append(" stands for ∂").append(Printer.ascii(d.of()))
                .append("/∂").append(Printer.ascii(d.wrt()))
                .append(", ").append("which the step leaves free; "));
        return out.toString();
    }

    private static void collect(Expr e, Definitions definitions, Map<Derivative, Sym> out) {
        if (e instanceof Derivative d && definitions.isEarlierTerm(d.of())) {
            // a value named after it (dhdu1 for ∂h_{t−1}/∂u), apart from every name of the pair
            out.computeIfAbsent(d, x -> new Sym(("d" + ((Indexed) x.of()).name() + "d" + x.wrt().name())
                    .replaceAll("[^A-Za-z0-9]", "") + (out.size() + 1)));
            return;
        }
        Exprs.children(e).forEach(c -> collect(c, definitions, out));
    }

    private static Expr rewrite(Expr e, Definitions definitions, Map<Derivative, Sym> unknown) {
        if (e instanceof Derivative d) {
            if (unknown.containsKey(d)) {
                return unknown.get(d);
            }
            List<Expr> chain = new ArrayList<>();
            chain.add(d);
            for (Map.Entry<Derivative, Sym> u : unknown.entrySet()) {
                if (u.getKey().wrt().equals(d.wrt()) && Exprs.contains(definitions.expand(d.of()), u.getKey().of())) {
                    chain.add(Exprs.mul(new Derivative(d.of(), u.getKey().of()), u.getValue()));
                }
            }
            return chain.size() == 1 ? d : Exprs.add(chain);
        }
        return Exprs.mapChildren(e, c -> rewrite(c, definitions, unknown));
    }
}
