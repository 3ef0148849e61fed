package org.symgrad.parse;

import java.util.Set;

/**
 * What the parser says about a reduction over an index it does not know: {@code max_k x_k},
 * {@code max(k, x_k)}, {@code foo(k, x_k)}. Only {@code sum}, {@code prod} and {@code mean} bind an index; any
 * other name applied to an index and a body that uses it would be a function of a free index.
 */
final class Reductions {
    /** Reductions whose derivative is undefined wherever two entries tie. */
    private static final Set<String> SELECTING = Set.of("max", "min", "argmax", "argmin");

    private Reductions() {
    }

    /** Whether {@code name_k} (a name with a subscript) is meant as a reduction over k. */
    static boolean isSelecting(String name) {
        return SELECTING.contains(name);
    }

    /** The message for {@code name} applied as a reduction over {@code index}. */
    static String unsupported(String name, String index) {
        if (SELECTING.contains(name)) {
            return name + " over an index (" + name + "_" + index + ") has no derivative where two entries tie,"
                    + " and symgrad does not take it: write " + name + "(a, b) of two terms, or the case split"
                    + " with where(…) or heaviside(…) that holds at your point";
        }
        return "'" + name + "(" + index + ", …)' reads as a reduction over " + index + ", which symgrad does not know:"
                + " sum(" + index + ", body), prod(" + index + ", body) and mean(" + index + ", body) bind an index";
    }
}
