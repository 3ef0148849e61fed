package org.symgrad.document;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index letter the prose names as the true class of a classification (SPEC §8): "for the true class $c$", "where $c$
 * is the correct class", "the target label $y$", "the index $c$ of the true class", "$c$ denotes the ground-truth class".
 * With a one-hot label vector t, that letter is where t has its 1 ({@code t one-hot at c}, t_k = δ_kc), so that
 * ∂ℓ/∂z_c = p_c − 1 of a cross-entropy −Σ_k t_k log p_k is read as the author means it: t_c = 1. The letter is a lowercase
 * Latin letter in inline math; which vector it is the class of, and whether the document uses it as an index, is the
 * caller's to decide. A negated statement ("$j$ is not the true class") names nothing: the letter must stand right
 * before or after the words.
 */
final class TrueClassStatements {
    /** What the class is: the true, correct, target … class or label. */
    private static final String ROLE = "(?:true|correct|target|ground[- ]truth|actual|gold|observed)\\s+(?:class|label|category)";
    /** One lowercase letter in inline math (group 1 of its pattern). */
    private static final String LETTER = "\\$\\s*([a-z])\\s*\\$";
    /** "the true class $c$", "true class is $c$", "the correct label, $y$", "the target class index $c$". */
    private static final Pattern ROLE_LETTER = Pattern.compile("(?i)\\b" + ROLE + "(?:\\s+index)?\\s*,?\\s*(?:is\\s+)?" + LETTER);
    /** "$c$ is the true class", "$c$ denotes the index of the correct class", "with $c$ the target class". */
    private static final Pattern LETTER_ROLE = Pattern.compile("(?i)" + LETTER + "\\s*,?\\s*(?:(?:is|denotes|be|being)\\s+)?"
            + "(?:the|its)\\s+(?:index\\s+of\\s+(?:the|its)\\s+)?" + ROLE + "\\b");
    /** "the index $c$ of the true class". */
    private static final Pattern INDEX_OF = Pattern.compile("(?i)\\bindex\\s+" + LETTER + "\\s+of\\s+(?:the|its)\\s+" + ROLE + "\\b");

    private TrueClassStatements() {
    }

    /**
     * An entry of a label set to one as a fact, "Since $y$ is one-hot with $y_c = 1$,", "where $t_c = 1$", "$y_k = 1$ for
     * $k = c$": the vector, its letter (group {@code at} where the entry's letter is set to it). Under a hypothesis word ("If $y_k = 1$, then") it is a special case of the display after it only
     * ({@link SpecialCases}), no fact.
     */
    private static final Pattern ENTRY_ONE = Pattern.compile("\\$\\s*(?<vector>[A-Za-z])_(?:\\{\\s*)?(?<letter>[a-z])(?:\\s*\\})?\\s*=\\s*1\\s*\\$"
            + "(?:\\s*,?\\s*(?:for|if|when|where|at)\\s+\\$\\s*\\k<letter>\\s*=\\s*(?<at>[a-z])\\s*\\$)?");

    /** A statement naming the true class: the letter, the words as written, and the label vector if the words name it. */
    record Named(String letter, String said, Optional<String> vector) {
        Named(String letter, String said) {
            this(letter, said, Optional.empty());
        }
    }

    /** The first letter {@code prose} names as the true class, if it names one. */
    static Optional<Named> find(String prose) {
        Named first = null;
        int at = Integer.MAX_VALUE;
        for (Pattern p : List.of(ROLE_LETTER, LETTER_ROLE, INDEX_OF)) {
            Matcher m = p.matcher(prose);
            if (m.find() && m.start() < at) {
                at = m.start();
                first = new Named(m.group(1), m.group().strip());
            }
        }
        Matcher m = ENTRY_ONE.matcher(prose);
        while (first == null && m.find()) {
            if (!SpecialCases.underAHypothesis(prose.substring(0, m.start()))) {
                // "$y_k = 1$ for $k = c$": the 1 is at c, k only the letter of the entries
                String letter = m.group("at") != null ? m.group("at") : m.group("letter");
                first = new Named(letter, m.group().strip(), Optional.of(m.group("vector")));
            }
        }
        return Optional.ofNullable(first);
    }

    /** Whether the math of {@code text} writes {@code letter} as a subscript: {@code z_c}, {@code p_{c}}, {@code W_{c,j}}. */
    static boolean subscript(String text, String letter) {
        return Pattern.compile("_\\s*(?:" + letter + "(?![A-Za-z])|\\{\\s*" + letter + "\\s*[},])").matcher(text).find();
    }
}
