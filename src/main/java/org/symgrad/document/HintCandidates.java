package org.symgrad.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;

/**
 * The names a hint beside a false step tries ({@link SumToOneHint}, {@link SymmetryHint}): those a collector finds in the
 * step's sides as written and through the definitions they use, in order of first appearance, at most {@value #MOST}; only
 * names a directive can write ({@code y}, {@code A}; not a labelled {@code h^(1)}).
 */
final class HintCandidates {
    /** At most this many names are tried. */
    private static final int MOST = 3;

    private HintCandidates() {
    }

    /** What finds the names in one expression. */
    interface Collector {
        void collect(Expr e, Definitions defs, Set<String> out);
    }

    static List<String> of(List<Expr> sides, Definitions defs, Collector collector) {
        Set<String> out = new LinkedHashSet<>();
        for (Expr e : sides) {
            collector.collect(e, defs, out);
            collector.collect(defs.expand(e), defs, out);
        }
        return out.stream().filter(HintCandidates::writable).limit(MOST).toList();
    }

    /** Whether a directive can name {@code name}: letters and digits, a letter first. */
    private static boolean writable(String name) {
        return name.matches("[\\p{L}][\\p{L}\\p{N}]*");
    }
}
