package org.symgrad.document;

import java.util.List;
import java.util.Optional;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Num;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.print.Printer;

/**
 * A statement that is an assumption, not a claim (LATEX-INPUT K9): {@code \sum_k y_k = 1} on its own,
 * the sum of a vector the document does not define set to a number. It holds for what follows, as
 * the directive {@code symgrad: assume sum_k y_k = 1} does.
 */
final class StatedAssumption {
    private StatedAssumption() {
    }

    /** The assumption in symgrad's ASCII ({@code sum(k, y_k) = 1}), if the statement is one. */
    static Optional<String> of(List<Side> sides, List<Integer> relations, Definitions defs) {
        if (sides.size() != 2 || relations.size() != 1 || relations.get(0) != LatexLexer.EQ
                || sides.get(0) == null || sides.get(1) == null
                || sides.get(0).expr().isEmpty() || sides.get(1).expr().isEmpty()) {
            return Optional.empty();
        }
        Expr left = sides.get(0).expr().get();
        Expr right = sides.get(1).expr().get();
        if (left instanceof IndexSum sum && sum.body() instanceof Indexed v && v.indices().equals(List.of(sum.index()))
                && defs.of(v.name()).isEmpty() && right instanceof Num) {
            return Optional.of(Printer.ascii(left) + " = " + Printer.ascii(right));
        }
        return Optional.empty();
    }
}
