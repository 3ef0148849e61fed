package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;
import org.symgrad.print.Printer;

/**
 * The upstream gradient of backpropagation notes (CS231n, d2l): "given {@code g_i = ∂L/∂y_i}" names the
 * gradient of a loss L the document never writes out, and the steps after it differentiate L by what y
 * depends on: {@code ∂L/∂γ = Σ_i g_i x̂_i}. By the chain rule every first derivative of L through y is
 * {@code Σ_i g_i ∂y_i/∂v}, which is the first derivative of {@code L := Σ_i g_i y_i} with g a given array;
 * so L is defined that way and g stays a leaf. Not so for anything else about L (its value, a second
 * derivative, a derivative of an expression holding L): {@link #misuse} finds those, and they are not checked.
 */
final class UpstreamGradients {
    private UpstreamGradients() {
    }

    /**
     * The definition of L that {@code target = value} states, when {@code value} is {@code ∂L/∂y} or
     * {@code ∂L/∂y_i} with L a name the document does not define and the target named otherwise
     * ({@code g}, {@code g_i}, {@code δ_i}) with the same indices as the variable; else empty.
     */
    static Optional<Definition> loss(Expr target, Expr value, Definitions definitions, Set<String> functions) {
        return loss(target, value, definitions, functions, wrt -> List.of());
    }

    /**
     * {@link #loss}, each of its sums running to the limit {@code limits} gives the variable's index at its place (a matrix's rows
     * and columns: {@link UpstreamSums#limits}), to n where it gives none.
     */
    static Optional<Definition> loss(Expr target, Expr value, Definitions definitions, Set<String> functions,
                                     java.util.function.Function<Expr, List<Expr>> limits) {
        if (!(value instanceof Derivative d) || !(d.of() instanceof Sym loss) || Constants.isConstant(loss)
                || definitions.of(loss.name()).isPresent() || functions.contains(loss.name())) {
            return Optional.empty();
        }
        String name = target instanceof Sym s ? s.name() : target instanceof Indexed x ? x.name() : null;
        if (name == null || name.equals(loss.name()) || name.equals(d.wrt().name())) {
            return Optional.empty();
        }
        List<String> indices = target instanceof Indexed x ? x.indices() : List.of();
        List<String> wrtIndices = d.wrt() instanceof Indexed y ? y.indices() : List.of();
        if (!indices.equals(wrtIndices)) {
            return Optional.empty();
        }
        // L = Σ_i g_i y_i: the target's indices, bound
        Expr body = Exprs.mul(target, d.wrt());
        List<Expr> upper = limits.apply(d.wrt());
        for (int k = indices.size() - 1; k >= 0; k--) {
            body = upper.size() == indices.size() ? new org.symgrad.expr.IndexSum(indices.get(k), Exprs.ONE, upper.get(k), body)
                    : Exprs.sum(indices.get(k), body);
        }
        return Optional.of(new Definition(loss, body));
    }

    /**
     * Where {@code e}, its definitions expanded, uses {@code loss} other than as the whole of a first derivative ({@code ∂L/∂v},
     * not inside another derivative): words that say why such a step is not checked; else empty.
     */
    static Optional<String> misuse(Expr e, Definitions definitions, String loss, String gradient) {
        if (!uses(definitions.expandKeeping(e, Set.of(loss)), loss, false)) {
            return Optional.empty();
        }
        return Optional.of(loss + " is known only through its gradient " + gradient + " (its first derivatives), so "
                + "a step that uses its value or a second derivative cannot be checked; define " + loss);
    }

    /** Whether {@code e} uses the name {@code loss} other than as a first derivative's whole operand. */
    private static boolean uses(Expr e, String loss, boolean inDerivative) {
        if (e instanceof Sym s) {
            return s.name().equals(loss);
        }
        if (e instanceof Derivative d) {
            if (!inDerivative && d.of() instanceof Sym s && s.name().equals(loss)) {
                return false;
            }
            return uses(d.of(), loss, true);
        }
        return Exprs.children(e).stream().anyMatch(c -> uses(c, loss, inDerivative));
    }

    /** A loss the step knows only through its gradient by a defined name, and the words that say so. */
    record Implied(Definition loss, String through, String gradient, int arity, String note) {
        /** An entry of the given gradient array, at indices {@code e} does not use. */
        Expr gradientAvoiding(Expr e) {
            List<String> indices = freshIndices(arity, Indices.all(e));
            return arity == 0 ? new Sym(gradient) : new Indexed(gradient, indices);
        }
    }

    /**
     * The upstream gradient a step uses without a name for it: {@code ∂ℓ/∂γ = Σ_i ∂ℓ/∂y_i x̂_i} with ℓ nowhere
     * defined and {@code y_i = γ x̂_i + β} defined. The step is the chain rule through y, so ℓ is read as
     * {@code Σ_i g_i y_i} with g a given array, as a named upstream gradient is ({@link #loss}). Only where the
     * pair differentiates one undefined name, by exactly two names of which one, defined, depends on the other,
     * and uses it only as first derivatives' whole operands; else empty.
     */
    static Optional<Implied> implied(List<Expr> sides, Definitions definitions, Set<String> functions, Set<String> taken) {
        Map<String, Set<Expr>> byLoss = new LinkedHashMap<>();
        sides.forEach(side -> derivativesOfNames(side, byLoss));
        byLoss.keySet().removeIf(n -> definitions.of(n).isPresent() || functions.contains(n) || Constants.isConstant(new Sym(n)));
        if (byLoss.size() != 1) {
            return Optional.empty();
        }
        String loss = byLoss.keySet().iterator().next();
        Map<String, Set<Integer>> arities = new LinkedHashMap<>();
        for (Expr wrt : byLoss.get(loss)) {
            String name = wrt instanceof Indexed x ? x.name() : ((Sym) wrt).name();
            arities.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(wrt instanceof Indexed x ? x.indices().size() : 0);
        }
        if (arities.size() != 2 || sides.stream().anyMatch(side -> uses(definitions.expandKeeping(side, Set.of(loss)), loss, false))) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(arities.keySet());
        List<String> downstream = names.stream().filter(y -> {
            String other = names.get(0).equals(y) ? names.get(1) : names.get(0);
            return definitions.of(y).isPresent() && InlineDefinitions.names(definitions.expandKeeping(definitions.of(y).get().body(), Set.of(other))).contains(other);
        }).toList();
        if (downstream.size() != 1) {
            return Optional.empty();
        }
        String y = downstream.get(0);
        Expr target = definitions.of(y).get().target();
        int arity = target instanceof Indexed x ? x.indices().size() : 0;
        if (!arities.get(y).equals(Set.of(arity))) {
            return Optional.empty();
        }
        String g = "d" + loss + "d" + y;
        for (int k = 2; taken.contains(g) || definitions.of(g).isPresent(); k++) {
            g = "d" + loss + "d" + y + k;
        }
        Set<String> avoid = new LinkedHashSet<>();
        sides.forEach(side -> avoid.addAll(Indices.all(side)));
        List<String> bound = freshIndices(arity, avoid);
        Expr body = arity == 0 ? Exprs.mul(new Sym(g), new Sym(y)) : Exprs.mul(new Indexed(g, bound), new Indexed(y, bound));
        for (int k = arity - 1; k >= 0; k--) {
            body = Exprs.sum(bound.get(k), body);
        }
        String gradient = "∂" + loss + "/∂" + y;
        return Optional.of(new Implied(new Definition(new Sym(loss), body), y, g, arity, loss + " is read as known through its gradient " + gradient
                + ", which the step uses (" + Printer.ascii(body) + " has the same first derivatives; " + g
                + " = " + gradient + " is a given array)"));
    }

    /** The variables of the derivatives in {@code e} of plain names, by name. */
    private static void derivativesOfNames(Expr e, Map<String, Set<Expr>> out) {
        if (e instanceof Derivative d && d.of() instanceof Sym s && (d.wrt() instanceof Sym || d.wrt() instanceof Indexed)) {
            out.computeIfAbsent(s.name(), n -> new LinkedHashSet<>()).add(d.wrt());
        }
        Exprs.children(e).forEach(c -> derivativesOfNames(c, out));
    }

    /** {@code n} indices, none of them in {@code avoid} nor each other. */
    private static List<String> freshIndices(int n, Set<String> avoid) {
        Set<String> taken = new LinkedHashSet<>(avoid);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String index = Indices.fresh(taken);
            taken.add(index);
            out.add(index);
        }
        return out;
    }
}
