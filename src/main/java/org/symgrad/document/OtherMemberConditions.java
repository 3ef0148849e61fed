package org.symgrad.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case the prose states by naming the other members of a family, Train's "raises the share of every other product
 * $k \\neq j$": the word other, then, within the clause, an inline formula that is a whole {@code k \\neq j} of two index
 * letters. Without a case word before it ({@link ProseConditions}: when, if, for …) it was not read, and the right
 * cross-derivative ∂P_j/∂p_k = αP_jP_k was called false at k = j. Only ≠ counts: "the other term, $k = j$" names a
 * member, not a case.
 */
final class OtherMemberConditions {
    private static final Pattern OTHER = Pattern.compile(
            "(?i)\\bother\\b[^.;:\\n$]{0,40}?\\$\\s*([a-z])\\s*(?:\\\\neq|\\\\ne|≠)\\s*([a-z])\\s*\\$");

    private OtherMemberConditions() {
    }

    /** The last such case in {@code prose}, with where it ends. */
    static Optional<Found> last(String prose) {
        Matcher m = OTHER.matcher(prose);
        Found found = null;
        while (m.find()) {
            found = new Found(new Assumption.Branch(m.group(1), m.group(2), false), m.end());
        }
        return Optional.ofNullable(found);
    }

    /** A case and the offset in the prose where its statement ends. */
    record Found(Assumption.Branch branch, int end) {
    }
}
