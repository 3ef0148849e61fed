package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.parse.GreekLetters;

/**
 * Lower-case names numbered below that a document writes as whole terms of a transposed bracket, as a number never is
 * transposed: the class means {@code \mu_1}, {@code \mu_0} of GDA's {@code (x - \mu_1)^\top \Sigma^{-1} (x - \mu_1)}. Each
 * is the numbered member's vector ({@code \mu^{(1)}}, {@link LabelledVectors}) wherever it is written whole, as {@code b_1}
 * declared {@code b_1 \in \mathbb{R}^H} is. A bracket that lists entries ({@code (x_1, x_2)^\top}, a column of numbers) or
 * adds a number ({@code (1 + r_1)^T}, where T may be a power) makes nothing a vector. A numbered name transposed by itself
 * ({@code \hat y = w_2^\top a}) is left to the scalar reader's inner product and the step's reading of a vector variable,
 * which read it where an inline definition ({@code Let $\hat y = w_2^\top h + b_2$}) gives it; as w^(2) that definition
 * would not be read.
 */
final class NumberedTransposes {
    /** A small Greek letter's command ({@code \mu}); a capital ({@code \Sigma_1}) names a matrix. */
    private static final String GREEK = "\\\\(?=[a-z])(?:" + GreekLetters.ALTERNATION + ")(?![a-zA-Z])";
    /** A lower-case letter, Latin or Greek, not itself a script or a font's argument (group 1), numbered below (group 2 or 3). */
    private static final String NUMBERED = "(?<![\\\\a-zA-Z{_^])([a-z](?![a-zA-Z])|" + GREEK + ")\\s*_\\s*(?:\\{\\s*([0-9]+)\\s*\\}|([0-9]))";
    private static final String MARK = "\\s*\\^\\s*(?:\\{\\s*)?(?:\\\\top|\\\\intercal|T)(?![a-zA-Z])";
    /** A bracket closing before a transpose: {@code )^\top}, {@code \right)^{T}}. */
    private static final Pattern CLOSE_TRANSPOSED = Pattern.compile("\\)" + MARK);
    /** A numbered name standing as a whole term: after the bracket's start or a sign, before its end or a sign. */
    private static final Pattern TERM = Pattern.compile("(?:^|[+-])\\s*" + NUMBERED + "\\s*(?=$|[+-])");
    /** A number below a name, {@code _1}, {@code _{12}}: no number the bracket adds or multiplies by. */
    private static final Pattern SUBSCRIPT_NUMBER = Pattern.compile("_\\s*(?:\\{\\s*[0-9]+\\s*\\}|[0-9])");
    /** A sample's label above a name, {@code ^{(i)}}: no bracket of its own. */
    private static final Pattern SAMPLE_LABEL = Pattern.compile("\\^\\s*\\{\\s*\\([a-z]\\)\\s*\\}");

    private NumberedTransposes() {
    }

    /** The keys ({@code \mu^{(1)}}) of the numbered lower-case names {@code document} writes as terms of a transposed bracket. */
    static Set<String> in(String document) {
        Set<String> out = new LinkedHashSet<>();
        if (!document.contains("_")) {
            return out;
        }
        Matcher c = CLOSE_TRANSPOSED.matcher(document);
        while (c.find()) {
            int open = PlainVectors.opening(document, c.start());
            if (open < 0) {
                continue;
            }
            String inside = document.substring(open + 1, c.start()).replaceAll("\\\\right\\s*$", "");
            String bare = SUBSCRIPT_NUMBER.matcher(SAMPLE_LABEL.matcher(inside).replaceAll("")).replaceAll("_n");
            if (bare.contains(",") || bare.contains("(") || bare.chars().anyMatch(Character::isDigit)) {
                continue; // (x_1, x_2)^T lists numbers; (1 + r_1)^T adds one, and T may be a power
            }
            Matcher term = TERM.matcher(inside.strip());
            while (term.find()) {
                out.add(key(term));
            }
        }
        return out;
    }

    private static String key(Matcher m) {
        return m.group(1) + "^{(" + (m.group(2) != null ? m.group(2) : m.group(3)) + ")}";
    }
}
