package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;

/**
 * A plain name defined by a function of plain names that the document itself writes entry by entry: "$a = \sigma(z)$" with
 * the loss {@code -\sum_k (y_k \log a_k + …)} and the step {@code \partial L/\partial z_k = a_k - y_k}. Each entry a_k is the
 * function of the entries z_k, as an elementwise definition reads ({@code a_i = σ(z_i)}): a name written only with one index,
 * by a value whose names are left undefined and are written with one index too, no sum in it (was: undecided, "a_k is written
 * with 1 index, but a is defined with none"). Where a name is also written bare, or its value uses a defined name, nothing
 * is read so ({@link OtherShapeUses} says why).
 */
final class ElementwiseNames {
    /** The index the entries are defined at. */
    private static final String ENTRY = "i";

    private ElementwiseNames() {
    }

    /** The definitions with each such name defined entry by entry, where the sides (null for none) write one; else empty. */
    static Optional<Definitions> of(Definitions definitions, List<Expr> sides) {
        List<Expr> written = written(definitions, sides);
        Definitions out = definitions;
        boolean any = false;
        for (Definition d : definitions.all()) {
            if (!(d.target() instanceof Sym a) || Exprs.any(d.body(), e -> e instanceof IndexSum || e instanceof Indexed)) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            Exprs.any(d.body(), e -> {
                if (e instanceof Sym s && !org.symgrad.functions.Constants.named(s.name()).isPresent()) {
                    names.add(s.name());
                }
                return false;
            });
            if (names.isEmpty() || names.stream().anyMatch(n -> definitions.of(n).isPresent())
                    || !onlyWithOneIndex(a.name(), written, definitions) || !names.stream().allMatch(n -> withOneIndex(n, written))) {
                continue;
            }
            Expr body = d.body();
            for (String n : names) {
                body = Exprs.replace(body, new Sym(n), new Indexed(n, List.of(ENTRY)));
            }
            try {
                out = out.with(new Definition(new Indexed(a.name(), List.of(ENTRY)), body));
                any = true;
            } catch (org.symgrad.error.InputException e) {
                return Optional.empty();
            }
        }
        return any ? Optional.of(out) : Optional.empty();
    }

    /** The sides (null for none) as written and with the definitions expanded: what a name is written as in a step. */
    static List<Expr> written(Definitions definitions, List<Expr> sides) {
        List<Expr> written = new ArrayList<>();
        sides.stream().filter(Objects::nonNull).forEach(s -> {
            written.add(s);
            written.add(definitions.expand(s));
        });
        return written;
    }

    /** Whether {@code name} is written, in the sides and the other definitions' bodies, with one index and never bare. */
    static boolean onlyWithOneIndex(String name, List<Expr> written, Definitions definitions) {
        List<Expr> all = new ArrayList<>(written);
        definitions.all().stream().filter(d -> !d.name().equals(name)).forEach(d -> all.add(d.body()));
        boolean indexed = false;
        for (Expr e : all) {
            if (Exprs.any(e, x -> x instanceof Sym s && s.name().equals(name)
                    || x instanceof Indexed i && i.name().equals(name) && i.indices().size() != 1)) {
                return false;
            }
            indexed |= Exprs.any(e, x -> x instanceof Indexed i && i.name().equals(name));
        }
        return indexed;
    }

    /** Whether {@code name} is written with one index in the sides. */
    private static boolean withOneIndex(String name, List<Expr> written) {
        return written.stream().anyMatch(e -> Exprs.any(e, x -> oneIndex(x, name)
                || x instanceof Derivative d && oneIndex(d.wrt(), name)));
    }

    private static boolean oneIndex(Expr x, String name) {
        return x instanceof Indexed i && i.name().equals(name) && i.indices().size() == 1;
    }
}
