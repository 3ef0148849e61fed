package org.symgrad.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a document writes something outside the formula being read: a name given a value elsewhere
 * ({@link InvertedLinks}, {@link NamedDerivatives}), a noise term written elsewhere ({@link DataModels}).
 */
final class Occurrences {
    private Occurrences() {
    }

    /** Whether {@code pattern} matches {@code text} at a start outside {@code [from, to)}. */
    static boolean outside(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.start() < from || m.start() >= to) {
                return true;
            }
        }
        return false;
    }
}
