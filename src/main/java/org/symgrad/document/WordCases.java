package org.symgrad.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case the prose before a display states in words only, with no inequality to read: VICReg's "on the active side of
 * the hinge", "in the saturated regime", "when the constraint is active". Such a case cannot be checked where it holds
 * ({@link StatedCases} reads only inline inequalities), so a step false everywhere may still be right in it: where the
 * step holds on one side of a switch its sides differentiate, it is undecided, never false, and the report names the
 * side ({@link StepJudge}).
 */
final class WordCases {
    private static final String WORDS = "(?:[a-z][a-z-]*\\s+){0,3}?";
    /** "on the active side of the hinge", "in this regime", "along the flat part". */
    private static final Pattern PLACE = Pattern.compile("(?i)\\b(?:on|in|at|along|within|for)\\s+(?:the|this|that|its|each)\\s+"
            + WORDS + "(?:side|regime|region|branch|case|phase|piece|part|half|segment|interval)\\b");
    /** "when the hinge is active", "where the constraint binds", "if the unit is saturated". */
    private static final Pattern STATE = Pattern.compile("(?i)\\b(?:when|whenever|where|while|if|once)\\s+(?:the|this|it|its)\\s*"
            + WORDS + "(?:(?:is|are)\\s+(?:active|inactive|saturated|binding|violated|switched\\s+on|switched\\s+off|on|off)"
            + "|binds|bind|saturates|saturate)\\b");

    /** "and for a negative one", "for positive residuals": a sign the words give a quantity the sentence names before. */
    private static final Pattern SIGN = Pattern.compile("(?i)\\b(?:for|when|if)\\s+(?:a|an|all|each|every|any)\\s+(?:positive|negative)\\s+(?:one|ones)\\b"
            + "|\\b(?:for|when|if)\\s+(?:positive|negative)\\s+[a-z]+s\\b");

    private WordCases() {
    }

    /**
     * The words of the last case the prose states before its display, unless inline math follows them in the prose (a
     * case with its inequality is {@link StatedCases}'s, and one with a formula after it is finished before the display).
     */
    static Optional<String> before(String prose) {
        String found = null;
        int after = -1;
        for (Pattern p : new Pattern[] {PLACE, STATE, SIGN}) {
            Matcher m = p.matcher(prose);
            while (m.find()) {
                if (m.end() > after) {
                    found = m.group().replaceAll("\\s+", " ").strip();
                    after = m.end();
                }
            }
        }
        if (found == null || prose.indexOf('$', after) >= 0) {
            return Optional.empty();
        }
        return Optional.of(found);
    }
}
