package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Names;
import org.symgrad.expr.Sym;

/**
 * Layers labelled by a letter above, as Nielsen's chapter 2 writes them: {@code z^l_j = \sum_k w^l_{jk} a^{l-1}_k + b^l_j},
 * {@code a^l_j = \sigma(z^l_j)} and {@code \delta^l_j \equiv \partial C/\partial z^l_j} define every layer l at once, and
 * {@code \delta^l_j = \sum_k w^{l+1}_{kj} \delta^{l+1}_k \sigma'(z^l_j)} relates layer l to the next. That is a claim about
 * the one δ, not a new meaning of δ^l ({@link #relatesLayers}); it is checked with the layers the step writes instantiated
 * from their general definitions (z^{l+1} from z^l, l shifted by one) and the cost known through its gradient at the
 * latest layer the step writes ({@code C := Σ_k δ^{l+1}_k z^{l+1}_k}), the other layers' δ its derivatives.
 */
final class LabelLayers {
    /** A label of a layer letter: {@code l}, {@code lplus1}, {@code lminus1}. */
    private static final Pattern LABEL = Pattern.compile("([a-z])(?:(plus|minus)(\\d+))?");

    /** The definitions a step is checked with, and what its note says. */
    record Anchored(Definitions definitions, String note) {
    }

    private LabelLayers() {
    }

    /** Whether {@code value} writes the name of {@code target} at another layer of its letter ({@code δ^l} by {@code δ^{l+1}}). */
    static boolean relatesLayers(Expr target, Expr value) {
        String name = nameOf(target);
        Optional<Layer> own = name == null ? Optional.empty() : Layer.of(name);
        return own.isPresent() && Exprs.any(value, e -> {
            String n = nameOf(e);
            Optional<Layer> other = n == null ? Optional.empty() : Layer.of(n);
            return other.isPresent() && other.get().base().equals(own.get().base()) && other.get().letter().equals(own.get().letter())
                    && other.get().offset() != own.get().offset();
        });
    }

    /** Whether two names are one name's layers of one letter ({@code delta^(l)} and {@code delta^(lminus1)}). */
    static boolean sameFamily(String a, String b) {
        Optional<Layer> x = Layer.of(a);
        Optional<Layer> y = Layer.of(b);
        return x.isPresent() && y.isPresent() && x.get().base().equals(y.get().base()) && x.get().letter().equals(y.get().letter());
    }

    /**
     * The definitions for a step whose sides write the upstream gradient of a labelled layer ({@code δ^l_j ≡ ∂C/∂z^l_j}) at
     * other layers: the loss anchored at the latest of them, the others' gradients its derivatives, and the layers' general
     * definitions instantiated at the offsets the sides write; empty where the sides write one layer of it only.
     */
    static Optional<Anchored> anchored(List<Expr> sides, Definitions definitions, Map<String, Definition> upstream) {
        for (Map.Entry<String, Definition> e : upstream.entrySet()) {
            Definition gradient = e.getValue();
            if (!(gradient.body() instanceof Derivative d) || !(d.of() instanceof Sym loss) || !loss.name().equals(e.getKey())) {
                continue;
            }
            Optional<Layer> g = Optional.ofNullable(nameOf(gradient.target())).flatMap(Layer::of);
            Optional<Layer> y = Optional.ofNullable(nameOf(d.wrt())).flatMap(Layer::of);
            Optional<Definition> lossNow = definitions.of(loss.name());
            if (g.isEmpty() || y.isEmpty() || lossNow.isEmpty() || !g.get().letter().equals(y.get().letter()) || g.get().offset() != 0
                    || y.get().offset() != 0) {
                continue;
            }
            String letter = g.get().letter();
            TreeSet<Integer> offsets = new TreeSet<>();
            TreeSet<Integer> ofGradient = new TreeSet<>();
            for (Expr side : sides) {
                Exprs.any(side, x -> {
                    Optional<Layer> l = Optional.ofNullable(nameOf(x)).flatMap(Layer::of).filter(a -> a.letter().equals(letter));
                    l.ifPresent(a -> {
                        offsets.add(a.offset());
                        if (a.base().equals(g.get().base())) {
                            ofGradient.add(a.offset());
                        }
                    });
                    return false;
                });
            }
            if (ofGradient.stream().allMatch(o -> o == 0)) {
                continue; // the gradient at its own layer only: the loss as read
            }
            offsets.add(0);
            int latest = ofGradient.last();
            Definitions next = definitions.with(new Definition(lossNow.get().target(), shifted(lossNow.get().body(), letter, latest)));
            // every layer's general definition (z^l, a^l) at the offsets the sides write, the latest's loss through them
            List<String> instantiated = new ArrayList<>();
            for (Definition general : definitions.all()) {
                Optional<Layer> l = Layer.of(general.name()).filter(a -> a.letter().equals(letter) && a.offset() == 0);
                if (l.isEmpty()) {
                    continue;
                }
                for (int o : offsets) {
                    String name = Layer.name(l.get().base(), letter, o);
                    if (o != 0 && definitions.of(name).isEmpty()) {
                        next = next.with(new Definition(shifted(general.target(), letter, o), shifted(general.body(), letter, o)));
                        instantiated.add(name);
                    }
                }
            }
            for (int o : ofGradient) {
                if (o != latest) {
                    next = next.with(new Definition(shifted(gradient.target(), letter, o), shifted(gradient.body(), letter, o)));
                }
            }
            String note = "read with the layers' general definitions at the layers the step writes ("
                    + String.join(", ", instantiated.stream().map(LabelLayers::shown).toList()) + "), and " + loss.name()
                    + " known through its gradient at the latest of them, " + shown(Layer.name(g.get().base(), letter, latest));
            return Optional.of(new Anchored(next, note));
        }
        return Optional.empty();
    }

    private static String shown(String name) {
        String label = Names.label(name);
        Matcher m = LABEL.matcher(label);
        String written = !m.matches() || m.group(2) == null ? label : m.group(1) + (m.group(2).equals("plus") ? "+" : "-") + m.group(3);
        return Names.base(name) + "^{" + written + "}";
    }

    /** {@code e} with every name labelled by a layer of {@code letter} moved {@code by} layers on. */
    static Expr shifted(Expr e, String letter, int by) {
        if (by == 0) {
            return e;
        }
        if (e instanceof Indexed x) {
            return Layer.of(x.name()).filter(l -> l.letter().equals(letter))
                    .<Expr>map(l -> new Indexed(Layer.name(l.base(), letter, l.offset() + by), x.indices())).orElse(e);
        }
        if (e instanceof Sym s) {
            return Layer.of(s.name()).filter(l -> l.letter().equals(letter))
                    .<Expr>map(l -> new Sym(Layer.name(l.base(), letter, l.offset() + by))).orElse(e);
        }
        return Exprs.mapChildren(e, c -> shifted(c, letter, by));
    }

    /** The name of a symbol or of an indexed entry; null for anything else. */
    static String nameOf(Expr e) {
        return e instanceof Indexed x ? x.name() : e instanceof Sym s ? s.name() : null;
    }

    /** A name's base, its layer letter and the offset from it: {@code a^(lminus1)} → a, l, −1. */
    record Layer(String base, String letter, int offset) {
        static Optional<Layer> of(String name) {
            return of(name, LABEL);
        }

        /** The layer {@code name}'s label names, where the label matches {@code labels}: a letter, then plus or minus a number. */
        static Optional<Layer> of(String name, Pattern labels) {
            String label = Names.label(name);
            Matcher m = labels.matcher(label);
            if (label.isEmpty() || !m.matches()) {
                return Optional.empty();
            }
            int offset = m.group(2) == null ? 0 : (m.group(2).equals("plus") ? 1 : -1) * Integer.parseInt(m.group(3));
            return Optional.of(new Layer(Names.base(name), m.group(1), offset));
        }

        static String name(String base, String letter, int offset) {
            return Names.withLabel(base, offset == 0 ? letter : letter + (offset > 0 ? "plus" : "minus") + Math.abs(offset));
        }
    }
}
