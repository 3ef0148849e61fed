package org.symgrad.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inline formula that states a model the data follow, not a value the text defines: "For a sample $x_1, \dots, x_n$ drawn
 * from the model $x_i = \mu + \varepsilon_i$", "For an AR(2) process, $y_t = a_1 y_{t-1} + a_2 y_{t-2} + e_t$", "Let $y_i = w x_i
 * + \varepsilon_i$". Read as the definition of the data, the right derivative of a sum of squares of residuals was ✗ (the
 * residuals became the noise, free of the parameters). Such a formula is no inline definition at all ({@link InlineDefinitions}):
 * <ul>
 * <li>its right side ends in an added noise term ({@code \varepsilon_i}, {@code \epsilon}, {@code \xi_t}, {@code e_t},
 * {@code u_t}, {@code \eta_t}) that the document writes nowhere else; or</li>
 * <li>a word of its sentence before it names a model of data ("model", "process", "drawn", "generated", "observed", "noise")
 * and the formula gives an undecorated name written in math before it ($x_1, \dots, x_n$; "the sample mean $\bar x = …$" is a
 * new name) or writes an entry of its own name on its right side (a recurrence of the series).</li>
 * </ul>
 */
final class DataModels {
    /** Words of a model the data follow. */
    private static final Pattern WORDS = Pattern.compile("\\b(?:models?|process(?:es)?|generat\\w*|observations?|observed|noise|noisy"
            + "|drawn|distributed)\\b");
    /** A decoration that makes a new name of a letter: {@code \bar{\mathbf{x}}} (the sample mean) is no x. */
    private static final Pattern DECORATED = Pattern.compile("\\\\(?:bar|hat|widehat|tilde|widetilde|overline|check|breve|dot|ddot)(?![A-Za-z])|'|\\^");
    /** An added noise term that ends the right side: {@code + \varepsilon_i}, {@code + e_t}, {@code - \xi}, {@code + u_{t}} (group: the name). */
    private static final Pattern NOISE = Pattern.compile("[-+]\\s*(?<name>\\\\(?:varepsilon|epsilon|xi|eta)|[eu](?=\\s*_))"
            + "(?:\\s*_\\s*(?:\\{[^{}]*}|[A-Za-z0-9]))?\\s*[.,]?\\s*$");
    private DataModels() {
    }

    /**
     * Whether {@code formula}, whose text starts at {@code at} of {@code text}, after the sentence {@code clause} (lower case), states a
     * model of the data.
     */
    static boolean states(String clause, String formula, String text, int at) {
        List<String> links = InlineDefinitions.links(formula);
        if (links.size() != 2) {
            return false;
        }
        Matcher noise = NOISE.matcher(links.get(1));
        if (noise.find() && !writtenOutside(noise.group("name"), text, at, at + formula.length())) {
            return true;
        }
        if (!WORDS.matcher(clause).find()) {
            return false;
        }
        Matcher head = IntroducingSentences.HEAD.matcher(links.get(0));
        return ForNounDefinitions.recurrence(formula) || !DECORATED.matcher(links.get(0)).find() && head.find()
                && IntroducingSentences.writtenInMath(head.group(1), text.substring(0, Math.max(0, at - 1)));
    }

    /** Whether {@code text} writes {@code name} as a name of its own outside {@code [from, to)}. */
    private static boolean writtenOutside(String name, String text, int from, int to) {
        return Occurrences.outside(Pattern.compile((name.startsWith("\\") ? "" : "(?<![A-Za-z\\\\])") + Pattern.quote(name)
                + "(?![A-Za-z])"), text, from, to);
    }
}
