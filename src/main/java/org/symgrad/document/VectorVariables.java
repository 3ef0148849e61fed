package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.OwnVariables;

/**
 * A derivative by a vector that the step writes without its component index: by a plain name the operand uses
 * only as a vector ({@code \frac{\partial}{\partial w} \frac{\lambda}{2}\|w\|^2 = \lambda w}, {@code \nabla_x \frac12 \|x\|^2 = x}),
 * or by a name with fewer indices than the operand gives it ({@code \frac{\partial L}{\partial w_j}} where L uses
 * w_{ki} through {@code w_k^\top x}: the row w_j). A derivative by the scalar would be 0 and the right step false;
 * the author means the gradient. The pair is read component by component: {@code ∂/∂w_j} (or {@code ∂/∂w_{ji}}),
 * w elsewhere in the pair is {@code w_j}, and another vector the pair writes plainly is its component at the same
 * place ({@code \nabla_x b^\top x = b} is {@code ∂/∂x_j … = b_j}; {@code (w^\top x - y)\,x} is {@code (w^\top x - y)\,x_j}).
 * Only where the operand (its definitions expanded) never uses the name plainly and uses it with one number of
 * indices. A plain name that the operand uses with indices but that is no vector of the gradient's shape (the
 * matrix A in {@code \nabla_x \frac12 x^\top A x = A x}) cannot be read component by component: the pair is unreadable.
 */
final class VectorVariables {
    private VectorVariables() {
    }

    /** The pair read by components, and the words that say so; or why it cannot be read ({@code unreadable}). */
    record Reading(Expr left, Expr right, Expr head, String note, Optional<String> unreadable) {
        private static Reading refused(String why) {
            return new Reading(null, null, null, null, Optional.of(why));
        }
    }

    /** A derivative's operand as the step writes it ({@code J}) and with its definitions expanded. */
    private record Operand(Expr written, Expr expanded) {
    }

    private static final List<String> PREFERRED = List.of("j", "k", "l", "m", "a", "b", "c", "d");

    static Optional<Reading> of(Expr left, Expr right, Expr head, Definitions definitions) {
        List<Expr> sides = head == null ? List.of(left, right) : List.of(left, right, head);
        Map<Expr, Integer> added = new LinkedHashMap<>();
        List<Operand> operands = new ArrayList<>();
        for (Expr side : sides) {
            collect(side, definitions, added, operands);
        }
        added.values().removeIf(extra -> extra <= 0);
        if (added.isEmpty()) {
            return Optional.empty();
        }
        Set<String> avoid = new LinkedHashSet<>();
        sides.forEach(s -> avoid.addAll(Indices.all(s)));
        Map<Expr, Indexed> components = new LinkedHashMap<>();
        Set<List<String>> places = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (Map.Entry<Expr, Integer> v : added.entrySet()) {
            List<String> fresh = new ArrayList<>();
            for (int k = 0; k < v.getValue(); k++) {
                String index = PREFERRED.stream().filter(p -> !avoid.contains(p)).findFirst()
                        .orElseGet(() -> Indices.fresh(avoid));
                avoid.add(index);
                fresh.add(index);
            }
            places.add(fresh);
            List<String> indices = new ArrayList<>(v.getKey() instanceof Indexed x ? x.indices() : List.of());
            indices.addAll(fresh);
            Indexed component = new Indexed(name(v.getKey()), indices);
            components.put(v.getKey(), component);
            String written = shown(v.getKey());
            String kind = fresh.size() == 1 ? "a vector" : fresh.size() == 2 ? "a matrix" : "an array";
            words.add("∂/∂" + written + " read as the component ∂/∂" + shown(component) + " of the gradient, " + written
                    + " being " + kind + " here (" + written + " elsewhere in the step is " + shown(component) + ")");
        }
        Set<String> labels = new LinkedHashSet<>();
        components.keySet().forEach(w -> labels.addAll(w instanceof Indexed x ? x.indices() : List.of()));
        Map<Expr, Indexed> companions = new LinkedHashMap<>();
        Set<Expr> leaves = new LinkedHashSet<>();
        sides.forEach(s -> leavesOutsideDerivatives(s, leaves));
        for (Expr leaf : leaves) {
            String name = leaf instanceof Indexed x ? x.name() : ((Sym) leaf).name();
            List<String> own = leaf instanceof Indexed x ? x.indices() : List.of();
            if (components.containsKey(leaf) || components.keySet().stream().anyMatch(w -> w instanceof Sym s && s.name().equals(name))) {
                continue;
            }
            Set<Integer> arities = new LinkedHashSet<>();
            boolean scalar = false;
            for (Operand operand : operands) {
                // a leaf the definitions define by its entries (h_i = σ(…)) is seen as the operand uses it, not expanded away
                Expr seen = definitions.of(name).isPresent() ? definitions.expandKeeping(operand.written(), Set.of(name)) : operand.expanded();
                scalar |= uses(seen, leaf, arities);
            }
            if (scalar || arities.isEmpty() || arities.equals(Set.of(own.size()))) {
                continue;
            }
            List<String> place = places.size() == 1 ? places.iterator().next() : null;
            // an operand with free indices of its own may fix the leaf's: J(o, c) = −log σ(u_o^⊤ v_c) − … writes u_o, the row o
            // of u, so (σ(u_o^⊤ v_c) − 1) u_o beside it is the row's component u_{oj}
            // … and so may the operand as written: J written without indices is a number, its definition's free o a fixed
            // label (SPEC §8), or a label the derivative's own variable carries, so a plain vector beside ∂J/∂u_o or ∂J/∂u_k
            // ((σ(u_o^⊤ v_c) − 1) v_c) is at the gradient's place too
            boolean scalarOperands = operands.stream().allMatch(o -> labels.containsAll(Indices.free(o.written()))
                    || !own.isEmpty() && labelsOrSummed(own, o.expanded(), sides));
            boolean fits = place != null && scalarOperands && arities.equals(Set.of(own.size() + place.size()));
            if (!fits && own.isEmpty()) {
                return Optional.of(Reading.refused(name + " is written without indices, but the derivative uses it with "
                        + (arities.size() == 1 ? arities.iterator().next() : "different numbers of") + " indices and it is not a vector of"
                        + " the gradient's shape, so the step cannot be read component by component; write one component of the"
                        + " gradient with " + name + "'s indices"));
            }
            if (fits) {
                List<String> indices = new ArrayList<>(own);
                // x^{(i)}: the example's label above the name stays its last index, as x^{(i)}_j is x_{ji}
                indices.addAll(definitions.sampled().contains(name) && !own.isEmpty() ? own.size() - 1 : own.size(), place);
                Indexed companion = new Indexed(name, indices);
                companions.put(leaf, companion);
                words.add(shown(leaf) + " read as its component " + shown(companion) + ", a vector of the gradient's shape");
            }
        }
        Set<Expr> read = new LinkedHashSet<>(companions.keySet());
        components.keySet().stream().filter(w -> w instanceof Sym).forEach(read::add);
        if (places.stream().anyMatch(p -> p.size() > 1) && sides.stream().anyMatch(s -> productOfTwo(s, read))) {
            return Optional.of(Reading.refused("a product of matrices written by their names (as GK) is a product of matrices, "
                    + "not of their entries at one place, so the step cannot be read component by component; write it in matrix "
                    + "notation (a transpose, bold names) or one component with a sum"));
        }
        return Optional.of(new Reading(component(left, components, companions), component(right, components, companions),
                head == null ? null : component(head, components, companions), String.join("; ", words), Optional.empty()));
    }

    /**
     * Whether each of a leaf's indices {@code own} is a label the operand fixes (free in it: u_o of J(o, c)) or a letter the
     * step sums over (u_k in Σ_k σ(u_k^⊤ v_c) u_k, the rows the operand's own Σ_k runs through).
     */
    private static boolean labelsOrSummed(List<String> own, Expr operand, List<Expr> sides) {
        Set<String> known = new LinkedHashSet<>(Indices.free(operand));
        sides.forEach(s -> known.addAll(Indices.bound(s)));
        return known.containsAll(own);
    }

    /** Whether {@code e}, outside its derivatives, multiplies two factors that each hold one of {@code read}. */
    private static boolean productOfTwo(Expr e, Set<Expr> read) {
        if (e instanceof Derivative) {
            return false;
        }
        if (e instanceof org.symgrad.expr.Mul m && m.factors().stream().filter(f -> holds(f, read)).count() > 1) {
            return true;
        }
        return Exprs.children(e).stream().anyMatch(c -> productOfTwo(c, read));
    }

    private static boolean holds(Expr e, Set<Expr> read) {
        return read.contains(e) || !(e instanceof Derivative) && Exprs.children(e).stream().anyMatch(c -> holds(c, read));
    }

    private static String name(Expr wrt) {
        return wrt instanceof Sym s ? s.name() : ((Indexed) wrt).name();
    }

    private static String shown(Expr e) {
        if (e instanceof Indexed x) {
            List<String> indices = x.indices();
            return OwnVariables.written(x.name()) + "_" + (indices.size() == 1 ? indices.get(0) : "{" + String.join("", indices) + "}");
        }
        return OwnVariables.written(((Sym) e).name());
    }

    /**
     * Each variable a derivative in {@code e} is taken by — a plain name, or a name with indices — whose operand uses
     * the name only with more indices: how many more, or −1 where the operand also uses it plainly or with two numbers
     * of indices. The operands, as written and with their definitions expanded, go to {@code operands}.
     */
    private static void collect(Expr e, Definitions definitions, Map<Expr, Integer> out, List<Operand> operands) {
        if (e instanceof Derivative d && (d.wrt() instanceof Sym || d.wrt() instanceof Indexed)) {
            // a variable the definitions define (S of S = XW by ∂L/∂S) is seen as the operand uses it, not expanded away
            String variable = name(d.wrt());
            Expr operand = definitions.of(variable).isPresent() ? definitions.expandKeeping(d.of(), Set.of(variable)) : definitions.expand(d.of());
            Set<Integer> arities = new LinkedHashSet<>();
            boolean plain = uses(operand, d.wrt(), arities);
            int own = d.wrt() instanceof Indexed x ? x.indices().size() : 0;
            int extra = plain || arities.size() != 1 ? -1 : arities.iterator().next() - own;
            out.merge(d.wrt(), extra, (a, b) -> a.equals(b) ? a : -1);
            if (extra > 0) {
                operands.add(new Operand(d.of(), operand));
            }
        }
        Exprs.children(e).forEach(c -> collect(c, definitions, out, operands));
    }

    /** The names, plain or with indices, {@code e} uses outside the operands of its derivatives. */
    private static void leavesOutsideDerivatives(Expr e, Set<Expr> out) {
        if (e instanceof Sym || e instanceof Indexed) {
            out.add(e);
        }
        if (!(e instanceof Derivative)) {
            Exprs.children(e).forEach(c -> leavesOutsideDerivatives(c, out));
        }
    }

    /**
     * Whether {@code e} uses the name of {@code variable} plainly; the numbers of indices it uses it with go to {@code arities}.
     * Another numbered member of the name is another quantity: beside b_1, the b_2 of {@code \hat y = w_2^\top h + b_2} (b with
     * the index 2) is no use of b_1, whatever its number of indices.
     */
    private static boolean uses(Expr e, Expr variable, Set<Integer> arities) {
        String name = name(variable);
        if (e instanceof Sym s) {
            return s.name().equals(name);
        }
        if (e instanceof Indexed x && x.name().equals(name) && !otherMember(x, variable)) {
            arities.add(x.indices().size());
        }
        boolean plain = false;
        for (Expr c : Exprs.children(e)) {
            plain |= uses(c, variable, arities);
        }
        return plain;
    }

    /** Whether {@code x} is another numbered member than {@code variable} ({@code b_2} beside {@code b_1}). */
    private static boolean otherMember(Indexed x, Expr variable) {
        return variable instanceof Indexed v && !v.indices().isEmpty() && v.indices().get(0).matches("[0-9]+")
                && !x.indices().isEmpty() && x.indices().get(0).matches("[0-9]+") && !x.indices().get(0).equals(v.indices().get(0));
    }

    /**
     * {@code e} with each derivative by a vector by its component, each other plain use of a plain-named vector by
     * its component, and each companion vector outside the derivatives' operands by its component.
     */
    private static Expr component(Expr e, Map<Expr, Indexed> components, Map<Expr, Indexed> companions) {
        if (e instanceof Derivative d && components.containsKey(d.wrt())) {
            return new Derivative(d.of(), components.get(d.wrt()));
        }
        if (components.containsKey(e)) {
            return components.get(e);
        }
        if (companions.containsKey(e)) {
            return companions.get(e);
        }
        if (e instanceof Derivative) {
            return Exprs.mapChildren(e, c -> component(c, components, Map.of()));
        }
        return Exprs.mapChildren(e, c -> component(c, components, companions));
    }
}
