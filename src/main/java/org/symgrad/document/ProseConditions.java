package org.symgrad.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The branch condition the prose before a formula states (SPEC §8): {@code when i = j},
 * {@code if $i \neq j$}, {@code When $k \neq y$:}. Only a comparison of two index letters after a
 * word that introduces a case is read, and only a whole one: in "for a residual $r = y - f$" the
 * letters are the start of a definition, not a branch. The last one in the text counts.
 */
final class ProseConditions {
    private static final Pattern CONDITION = Pattern.compile(
            "(?i)\\b(when|whenever|if|for|case|assuming|assume|with)\\b[^.\\n]{0,30}?"
                    + "(?<![A-Za-z_{\\\\])\\$?\\s*([a-z])\\s*(=|\\\\neq|\\\\ne|≠|!=)\\s*([a-z])"
                    + "(?!\\s*(?:[-+*/^_=<>]|\\\\(?:cdot|times|frac)))\\s*\\$?(?![A-Za-z_({])");

    private ProseConditions() {
    }

    /** The last index branch stated in {@code prose}, if any. */
    static Optional<Assumption.Branch> find(String prose) {
        Matcher m = CONDITION.matcher(prose);
        Assumption.Branch found = null;
        while (m.find()) {
            found = new Assumption.Branch(m.group(2), m.group(4), m.group(3).equals("="));
        }
        return Optional.ofNullable(found);
    }
}
