package org.symgrad.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.print.Printer;

/**
 * Why a false step is not known to be false: a name one side reads as a vector, by its entries ({@code x_j} of
 * {@code J = \frac{\lambda}{2}\|w\|^2 - y w^\top x}, read y Σ_j w_j x_j), and the other as one number, whole ({@code y x} of
 * {@code \lambda w - y x} where the reader took x for a number). The two readings are of two different quantities, x and x_j,
 * so the step compares what the author did not write; it is ? naming the readings, never ✗.
 */
final class VectorOrNumberNames {
    private VectorOrNumberNames() {
    }

    /**
     * The words for the first name that {@code left} and {@code right} ({@code writtenLeft} and {@code writtenRight} as written,
     * and the two with the definitions expanded and the derivatives taken) read one by its entries only and the other whole only.
     */
    static Optional<String> in(Expr writtenLeft, Expr writtenRight, Expr left, Expr right, Definitions definitions,
                               Map<String, Integer> definedAt, Sampling sampling) {
        Uses l = uses(left);
        Uses r = uses(right);
        // g_i = g for all i: a special case the text states sets the entries to the one number, which the sides may write both ways
        Set<String> cased = new LinkedHashSet<>();
        sampling.constraints().stream().filter(c -> c instanceof Sampling.Equal).map(c -> (Sampling.Equal) c)
                .forEach(e -> List.of(e.name(), e.value()).stream().map(VectorOrNumberNames::uses).forEach(u -> {
                    cased.addAll(u.entries().keySet());
                    cased.addAll(u.whole());
                }));
        for (boolean leftIndexed : List.of(true, false)) {
            Uses indexed = leftIndexed ? l : r;
            Uses whole = leftIndexed ? r : l;
            for (Map.Entry<String, Indexed> e : indexed.entries.entrySet()) {
                String name = e.getKey();
                if (whole.whole.contains(name) && !whole.entries.containsKey(name) && !indexed.whole.contains(name) && !cased.contains(name)) {
                    Expr written = leftIndexed ? writtenLeft : writtenRight;
                    return Optional.of("not decided: " + Printer.unicode(new Sym(name)) + " is read as a vector (" + Printer.unicode(e.getValue())
                            + ") in the " + (leftIndexed ? "left" : "right") + " side" + where(written, name, definitions, definedAt)
                            + ", and as one number in the " + (leftIndexed ? "right" : "left") + " side; the step compares two different "
                            + "quantities: if " + Printer.unicode(new Sym(name)) + " is a vector, write it as one on both sides (bold, or "
                            + "transposed in an inner product), or by its components on both");
                }
            }
        }
        return Optional.empty();
    }

    /** The names an expression writes by symbolic entries ({@code x_j}, the first seen) and whole ({@code x}). */
    private record Uses(Map<String, Indexed> entries, Set<String> whole) {
    }

    private static Uses uses(Expr e) {
        Uses u = new Uses(new java.util.LinkedHashMap<>(), new LinkedHashSet<>());
        collect(e, u);
        return u;
    }

    private static void collect(Expr e, Uses u) {
        if (e instanceof Sym s) {
            u.whole().add(s.name());
        } else if (e instanceof Indexed x && x.indices().stream().anyMatch(i -> !Index.isConcrete(i))) {
            u.entries().putIfAbsent(x.name(), x);
        }
        Exprs.children(e).forEach(c -> collect(c, u));
    }

    /** Where the side reads the name by its entries: as written, or through the definition of a name it writes (its line). */
    private static String where(Expr written, String name, Definitions definitions, Map<String, Integer> definedAt) {
        if (Exprs.any(written, x -> x instanceof Indexed i && i.name().equals(name))) {
            return "";
        }
        for (String defined : definitions.namesIn(written)) {
            Optional<Definition> d = definitions.of(defined);
            if (d.isPresent() && Exprs.any(definitions.expand(d.get().body()), x -> x instanceof Indexed i && i.name().equals(name))) {
                Integer line = definedAt.get(defined);
                return ", through the definition of " + Printer.unicode(new Sym(defined)) + (line == null ? "" : " (line " + line + ")");
            }
        }
        return "";
    }
}
