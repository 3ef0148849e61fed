package org.symgrad.document;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Variable;
import org.symgrad.parse.latex.IndexLimits;

/**
 * The derivative of a scalar recurrence's term by an earlier term written with another letter, {@code ∂h_T/∂h_t} of
 * {@code h_t = \tanh(w h_{t-1} + u x_t)}: by the chain rule through the steps between, the product of the one-step
 * derivatives {@code Π_{k=t+1}^{T} ∂h_k/∂h_{k-1}} (backpropagation through time), 1 where the letters meet and 0 where
 * the earlier term comes after. Read so only where it is exact: the recurrence has one index and reaches back one step
 * ({@code h_{t-1}}, no {@code h_{t-2}}), and its step reaches no other recurrence (an LSTM's c and h, a coupled pair, take
 * more than one path back). The range is the whole extent with each factor held to the written part, as a product
 * with a running limit is read ({@link IndexLimits}).
 */
final class RecurrenceJacobians {
    private RecurrenceJacobians() {
    }

    /**
     * The sides with each of {@code across} written as its product ({@link #of}); empty where there is none, where one is not
     * read, or where the sides take another derivative than one of a step by its state or its parts ({@code ∂h_k/∂a_k},
     * {@code ∂a_k/∂h_{k-1}}): the check takes a derivative by a parameter or of a total ({@code ∂L/∂w}, {@code ∂L/∂h_t}) with
     * the earlier states held fixed, one step deep, and beside the product through every step the pair would compare two
     * readings.
     */
    static Optional<List<Expr>> read(List<Derivative> across, List<Expr> sides, Definitions definitions) {
        if (across.isEmpty()) {
            return Optional.empty();
        }
        List<Expr> out = new java.util.ArrayList<>(sides);
        Set<String> local = new HashSet<>();
        for (Derivative d : across) {
            Optional<Expr> product = of(d, definitions);
            if (product.isEmpty()) {
                return Optional.empty();
            }
            String name = ((Indexed) d.of()).name();
            local.add(name);
            local.addAll(oneStepBack(definitions.of(name).orElseThrow(), definitions).orElseThrow());
            out.replaceAll(side -> Exprs.replace(side, d, product.get()));
        }
        boolean onlyLocal = out.stream().noneMatch(side -> Exprs.any(side, e -> e instanceof Derivative d
                && !(local(d.of(), local) && local(d.wrt(), local))));
        return onlyLocal ? Optional.of(out) : Optional.empty();
    }

    /** Whether {@code e} is an entry of the recurrence or of one of its step's parts. */
    private static boolean local(Expr e, Set<String> names) {
        return e instanceof Indexed x && names.contains(x.name());
    }

    /** {@code d} as the product of one-step derivatives, where it differentiates such a recurrence across steps. */
    static Optional<Expr> of(Derivative d, Definitions definitions) {
        if (!(d.of() instanceof Indexed later) || !(d.wrt() instanceof Indexed earlier) || !later.name().equals(earlier.name())
                || later.indices().size() != 1 || earlier.indices().size() != 1) {
            return Optional.empty();
        }
        String name = later.name();
        Optional<Definition> step = definitions.of(name);
        if (step.isEmpty() || step.get().indices().size() != 1 || !Index.isSymbolic(step.get().indices().get(0))
                || oneStepBack(step.get(), definitions).isEmpty()) {
            return Optional.empty();
        }
        String to = later.indices().get(0);
        String from = earlier.indices().get(0);
        // the later term at a letter of its own, or at the range's end (h_T, T the range size); the earlier at a letter
        boolean atEnd = to.equals(Index.SIZE);
        if (!(atEnd || Index.isSymbolic(to)) || !Index.isSymbolic(from) || from.equals(Index.SIZE) || from.equals(to)) {
            return Optional.empty();
        }
        Set<String> avoid = new HashSet<>(Indices.all(d));
        avoid.add(step.get().indices().get(0));
        String k = Indices.fresh(avoid);
        Expr oneStep = new Derivative(new Indexed(name, List.of(k)), new Indexed(name, List.of(Index.plus(k, "-1"))));
        Expr held = IndexLimits.atLeast(k, Index.plus(from, "1"), Exprs.N);
        if (!atEnd) {
            held = Exprs.mul(held, IndexLimits.atMost(k, to, Exprs.N));
        }
        Expr product = new IndexProduct(k, Exprs.ONE, Exprs.N, IndexLimits.factor(held, oneStep));
        // an earlier term that comes after the later one: no path back, the derivative is 0
        return Optional.of(atEnd ? product : Exprs.mul(IndexLimits.atLeast(to, from, Exprs.N), product));
    }

    /**
     * The step's parts, the defined names it reaches ({@code a_t} of {@code h_t = σ(a_t)}), where the step {@code d} mentions its
     * own name only one step back, at one index, and its parts (at its own index, where indexed) reach no recurrence of their
     * own: none comes back to itself other than through {@code d}'s name; empty otherwise.
     */
    private static Optional<Set<String>> oneStepBack(Definition d, Definitions definitions) {
        String index = d.indices().get(0);
        String back = Index.plus(index, "-1");
        Set<String> reached = new HashSet<>();
        List<Definition> pending = new java.util.ArrayList<>(List.of(d));
        while (!pending.isEmpty()) {
            Definition step = pending.remove(pending.size() - 1);
            for (Expr x : leaves(step.body())) {
                String n = ((Variable) x).name();
                if (n.equals(d.name())) {
                    if (!(x instanceof Indexed i) || !i.indices().equals(List.of(back))) {
                        return Optional.empty();
                    }
                    continue;
                }
                Optional<Definition> other = definitions.of(n);
                if (other.isEmpty()) {
                    continue;
                }
                // a part at the step's own index (a_t = w h_{t-1} + u x_t), or a quantity of no index
                if (x instanceof Indexed i && (!i.indices().equals(List.of(index)) || !other.get().indices().equals(List.of(index)))) {
                    return Optional.empty();
                }
                if (reached.add(n)) {
                    pending.add(other.get());
                }
            }
        }
        return reached.stream().anyMatch(n -> comesBack(n, d.name(), definitions)) ? Optional.empty() : Optional.of(reached);
    }

    /** Whether the definition of {@code name} reaches {@code name} again other than through {@code through}. */
    private static boolean comesBack(String name, String through, Definitions definitions) {
        Set<String> seen = new HashSet<>();
        List<String> pending = new java.util.ArrayList<>(List.of(name));
        while (!pending.isEmpty()) {
            Optional<Definition> d = definitions.of(pending.remove(pending.size() - 1));
            if (d.isEmpty()) {
                continue;
            }
            for (Expr x : leaves(d.get().body())) {
                String n = ((Variable) x).name();
                if (n.equals(name)) {
                    return true;
                }
                if (!n.equals(through) && seen.add(n)) {
                    pending.add(n);
                }
            }
        }
        return false;
    }

    /** The names and entries {@code e} mentions. */
    private static List<Expr> leaves(Expr e) {
        List<Expr> out = new java.util.ArrayList<>();
        Exprs.any(e, x -> {
            if (x instanceof Variable) {
                out.add(x);
            }
            return false;
        });
        return out;
    }
}
