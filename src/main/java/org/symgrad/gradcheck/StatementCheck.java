package org.symgrad.gradcheck;

import java.util.Locale;
import java.util.Optional;

/**
 * What a gradient check found for one {@code derive} statement: the largest relative error
 * {@code |g − fd| / max(1, |fd|)} between the result {@code g} and the finite difference {@code fd}
 * over every entry compared, how many entries at how many points, how many entries were skipped
 * because the finite difference is unsteady there (a kink of {@code relu} or {@code abs}), or why
 * nothing could be compared.
 *
 * @param statement  the statement as written ({@code derive E wrt W_ab})
 * @param line       its line in the script
 * @param largest    the largest relative error (NaN when nothing was compared)
 * @param entries    entries compared, over all points
 * @param points     points at which the values were finite
 * @param kinks      entries skipped where the finite difference is unsteady
 * @param notChecked why nothing was compared, when nothing was
 * @param tolerance  the largest relative error that passes
 */
public record StatementCheck(String statement, int line, double largest, int entries, int points, int kinks,
                             Optional<String> notChecked, double tolerance) {
    /** True unless an entry's relative error is above the tolerance (an unchecked statement passes, and says so). */
    public boolean passes() {
        return notChecked.isPresent() || largest <= tolerance;
    }

    /**
     * One line: {@code line 8: derive E wrt W_ab: largest relative error 5.65e-13 over 45 entries
     * at 5 points: ok}, {@code …: FAILED}, or {@code …: not checked: why}.
     */
    public String describe() {
        String head = "line " + line + ": " + statement + ": ";
        if (notChecked.isPresent()) {
            return head + "not checked: " + notChecked.get();
        }
        String skipped = kinks == 0 ? "" : ", " + kinks + " where the difference is unsteady (a kink) skipped";
        return head + "largest relative error " + String.format(Locale.ROOT, "%.2e", largest) + " over " + entries
                + (entries == 1 ? " entry" : " entries") + " at " + points + (points == 1 ? " point" : " points")
                + skipped + ": " + (passes() ? "ok" : "FAILED");
    }
}
