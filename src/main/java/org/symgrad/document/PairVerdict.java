package org.symgrad.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.symgrad.check.Verdict;
import org.symgrad.expr.Expr;
import org.symgrad.parse.latex.ReadingNote;

/**
 * The verdict on one {@code =} pair of a document, in the author's own text.
 *
 * @param line       the 1-based line where the right side starts
 * @param left       the left side as written
 * @param right      the right side as written
 * @param outcome    proven, numerically equal, false, undecided or skipped
 * @param detail     why a pair was skipped or undecided, in words; for a false or checked pair, what was
 *                   noted about it (empty, or how a side that could not be read was bridged) — the
 *                   counterexample itself is in {@code verdict}
 * @param verdict    the checker's verdict, when the pair was checked (the point and both values)
 * @param expected   for a false step of a derivation, the correct value of the derivative
 * @param rightStart the document offset where the right side starts
 * @param rowEnd     the document offset just after the row the right side is in
 * @param notes      how the two sides were read, where another reading was plausible
 */
public record PairVerdict(int line, String left, String right, Outcome outcome, String detail,
                          Optional<Verdict> verdict, Optional<Expr> expected, int rightStart, int rowEnd,
                          List<ReadingNote> notes) {
    public PairVerdict {
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(detail);
        notes = List.copyOf(notes);
    }
}
