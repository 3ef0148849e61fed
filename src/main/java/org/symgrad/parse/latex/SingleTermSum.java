package org.symgrad.parse.latex;

import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Sym;

/**
 * A sum whose subscript sets its index equal to another index and that has no upper limit, {@code \sum_{i=j} a_i}:
 * the sum over the i with i = j, its one term a_j. Homework writes it beside {@code \sum_{i \neq j}} to split a sum
 * over i into the term at j and the rest. With an upper limit ({@code \sum_{i=j}^{n}}) it is a sum from j, not this.
 */
final class SingleTermSum {
    private SingleTermSum() {
    }

    /**
     * The index the sum's one term is at, where {@code lower} (what the subscript sets the index to) is a lowercase
     * index letter and {@code upper} (the upper limit, or null) is absent.
     */
    static Optional<String> at(Expr lower, Object upper) {
        return upper == null && lower instanceof Sym s && s.name().matches("[a-z]") ? Optional.of(s.name()) : Optional.empty();
    }

    /** The reading note: {@code \sum_{i=j}} is its one term at i = j. */
    static String note(String command, String index, String at) {
        return command + "_{" + index + "=" + at + "} has no upper limit: read as its one term at " + index + " = " + at;
    }
}
