package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;

/**
 * What one side of an equation reads as: its expression, or why it cannot be read (a construct
 * symgrad does not handle, with the place), plus the definable shape of the side if it has one,
 * the reading notes, and the symbols its sums use as range sizes ({@code N} in
 * {@code \sum_{j=1}^{N}}), which the document renames to symgrad's range {@code n}, and whether a
 * component asked for ({@link LatexReader#read(List, String, LatexContext, String)}) was taken.
 */
public record Reading(Optional<Expr> expr, Optional<InputException> problem, Optional<Target> target,
                      List<ReadingNote> notes, Set<Expr> rangeSizes, boolean componentTaken) {
    public Reading {
        if (expr.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("a reading has an expression or a problem, not both");
        }
        notes = List.copyOf(notes);
        rangeSizes = Set.copyOf(rangeSizes);
    }

    /** Whether the side could be read. */
    public boolean readable() {
        return expr.isPresent();
    }
}
