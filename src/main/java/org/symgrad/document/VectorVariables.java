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

/**
 * A derivative by a plain name of something that uses that name only as a vector:
 * {@code \frac{\partial}{\partial w} \frac{\lambda}{2}\|w\|^2 = \lambda w} or {@code \nabla_x \frac12 \|x\|^2 = x}.
 * The norm reads w as the vector of components w_k, so a derivative by the scalar w would be 0 and the
 * right step false; the author means the gradient, and the w on the other side is the vector itself. The
 * pair is read component by component: {@code ∂/∂w_j}, and w elsewhere in the pair is {@code w_j}. Only where
 * the operand (its definitions expanded) never uses the plain name and uses it with one number of indices.
 */
final class VectorVariables {
    private VectorVariables() {
    }

    /** The pair read by components, and the words that say so. */
    record Reading(Expr left, Expr right, Expr head, String note) {
    }

    private static final List<String> PREFERRED = List.of("j", "k", "l", "m", "a", "b", "c", "d");

    static Optional<Reading> of(Expr left, Expr right, Expr head, Definitions definitions) {
        Map<String, Integer> vectors = new LinkedHashMap<>();
        for (Expr side : head == null ? List.of(left, right) : List.of(left, right, head)) {
            collect(side, definitions, vectors);
        }
        vectors.values().removeIf(arity -> arity <= 0);
        if (vectors.isEmpty()) {
            return Optional.empty();
        }
        Set<String> avoid = new LinkedHashSet<>(Indices.all(left));
        avoid.addAll(Indices.all(right));
        if (head != null) {
            avoid.addAll(Indices.all(head));
        }
        Map<String, Indexed> components = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, Integer> v : vectors.entrySet()) {
            List<String> indices = new ArrayList<>();
            for (int k = 0; k < v.getValue(); k++) {
                String index = PREFERRED.stream().filter(p -> !avoid.contains(p)).findFirst()
                        .orElseGet(() -> Indices.fresh(avoid));
                avoid.add(index);
                indices.add(index);
            }
            Indexed component = new Indexed(v.getKey(), indices);
            components.put(v.getKey(), component);
            String shown = component.name() + "_" + (indices.size() == 1 ? indices.get(0) : "{" + String.join("", indices) + "}");
            String kind = indices.size() == 1 ? "a vector" : indices.size() == 2 ? "a matrix" : "an array";
            words.add("∂/∂" + v.getKey() + " read as the component ∂/∂" + shown + " of the gradient, " + v.getKey()
                    + " being " + kind + " here (" + v.getKey() + " elsewhere in the step is " + shown + ")");
        }
        return Optional.of(new Reading(component(left, components), component(right, components),
                head == null ? null : component(head, components), String.join("; ", words)));
    }

    /**
     * Each plain name a derivative in {@code e} is taken by whose operand uses the name only with indices:
     * the number of indices, or −1 where the operand also uses it plainly or with two numbers of indices.
     */
    private static void collect(Expr e, Definitions definitions, Map<String, Integer> out) {
        if (e instanceof Derivative d && d.wrt() instanceof Sym x) {
            Set<Integer> arities = new LinkedHashSet<>();
            boolean plain = uses(definitions.expand(d.of()), x.name(), arities);
            int arity = plain || arities.size() != 1 ? -1 : arities.iterator().next();
            out.merge(x.name(), arity, (a, b) -> a.equals(b) ? a : -1);
        }
        Exprs.children(e).forEach(c -> collect(c, definitions, out));
    }

    /** Whether {@code e} uses {@code name} plainly; the numbers of indices it uses it with go to {@code arities}. */
    private static boolean uses(Expr e, String name, Set<Integer> arities) {
        if (e instanceof Sym s) {
            return s.name().equals(name);
        }
        if (e instanceof Indexed x && x.name().equals(name)) {
            arities.add(x.indices().size());
        }
        boolean plain = false;
        for (Expr c : Exprs.children(e)) {
            plain |= uses(c, name, arities);
        }
        return plain;
    }

    /** {@code e} with each derivative by a vector's plain name, and each other plain use of it, by its component. */
    private static Expr component(Expr e, Map<String, Indexed> components) {
        if (e instanceof Derivative d && d.wrt() instanceof Sym x && components.containsKey(x.name())) {
            return new Derivative(d.of(), components.get(x.name()));
        }
        if (e instanceof Sym s && components.containsKey(s.name())) {
            return components.get(s.name());
        }
        return Exprs.mapChildren(e, c -> component(c, components));
    }
}
