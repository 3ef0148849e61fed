package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain lower-case letters the document says are one number ({@link VectorNameScan}): a letter added to a vector
 * ({@code z = Wx + b}, {@code \|z - y\|}) is a vector of that length, the bias or target homework means, unless the
 * document gives this evidence — a declaration {@code b \in \mathbb{R}} (alone or listed, no exponent), words that say so
 * ("a scalar $b$", "one bias $b$", "a single offset $c$", "$b$ is a scalar", "$b$ shared by all classes"), or a
 * gradient by it written as a number ({@code \frac{\partial L}{\partial b} = \sum_k (p_k - y_k)}: a sum over every
 * index its right side writes).
 */
public final class OneNumberNames {
    private static final RecentTexts<Set<String>> FOUND = new RecentTexts<>(OneNumberNames::scan);
    private static final String LETTER = "([a-z]|\\\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|eta|theta|kappa|lambda|mu|nu|xi|rho"
            + "|sigma|tau|phi|varphi|psi|omega)(?![a-zA-Z]))";
    /** A letter alone in inline math, or numbered: {@code $b$}, {@code $b_1$}, {@code $b_{2}$}. */
    private static final String ALONE = "\\$\\s*(" + LETTER + "(?:\\s*_\\s*(?:[0-9]|\\{\\s*[0-9]+\\s*\\}))?)\\s*\\$";
    /** A number subscript as written: {@code _{2}}, {@code _ 1}. */
    private static final Pattern NUMBER = Pattern.compile("\\s*_\\s*\\{?\\s*([0-9]+)\\s*\\}?");
    /** {@code b \in \mathbb{R}}, {@code b, c \in \mathbb{R}}: no exponent after the reals. */
    private static final Pattern DECLARED = Pattern.compile("(?<![\\\\a-zA-Z{])" + LETTER
            + "((?:\\s*,\\s*(?:[a-z]|\\\\[a-z]+))*)\\s*\\\\in\\s*\\\\mathbb\\s*\\{?\\s*R\\s*\\}?(?!\\s*[\\^_])");
    /** Nouns a one-number word names before the letter: a bias, an offset, a target. */
    private static final String NOUN = "(?:bias|offset|intercept|threshold|constant|number|scalar|shift|temperature|margin|output"
            + "|target|label|response|value)";
    /** "a scalar $b$", "scalar bias $b$", "one bias $b$", "a single real number $c$". */
    private static final Pattern BEFORE = Pattern.compile("(?i)(?<![\\w-])(?:scalar\\s+(?:[a-z]+\\s+)?|(?:one|single)\\s+(?:[a-z]+\\s+)?"
            + NOUN + "\\s+)" + ALONE);
    /** "$b$ is a scalar", "$b$ (a scalar)", "$b$, a single number", "$b$ shared by all classes". */
    private static final Pattern AFTER = Pattern.compile("(?i)" + ALONE + "\\s*(?:,|\\(|is|being)?\\s*(?:(?:a|one)\\s+)?"
            + "(?:scalar|single\\s+(?:real\\s+)?number|real\\s+number|shared\\s+(?:by|across|over|among)\\b)");
    /** {@code \frac{\partial L}{\partial b} = \sum_k}, {@code \nabla_b L = \sum_{i=1}^n}: the letter and the sum's index. */
    private static final Pattern SUMMED_GRADIENT = Pattern.compile("(?:\\\\partial\\s*\\{?\\s*" + LETTER + "\\s*\\}?\\s*\\}|\\\\nabla\\s*_\\s*\\{?\\s*"
            + LETTER + "\\s*\\}?\\s*[A-Za-z\\\\{][^=$]*?)\\s*=\\s*\\\\sum\\s*_\\s*\\{?\\s*([a-z])");
    /** The rest of a sum's subscript after its index: {@code =1}}. */
    private static final Pattern RANGE = Pattern.compile("\\s*=[^}$]*\\}");
    /** A subscript, the first letter of it. */
    private static final Pattern SUBSCRIPT = Pattern.compile("_\\s*\\{?\\s*([a-zA-Z])");

    private OneNumberNames() {
    }

    /**
     * The letters the document says are one number, as written ({@code b}, {@code \beta}) or numbered by words
     * ({@code b_1} of "a scalar $b_1$", written so whatever the braces).
     */
    public static Set<String> in(String document) {
        return FOUND.in(document);
    }

    private static Set<String> scan(String document) {
        Set<String> out = new LinkedHashSet<>();
        Matcher d = DECLARED.matcher(document);
        while (d.find()) {
            out.add(d.group(1));
            for (String listed : d.group(2).split(",")) {
                if (!listed.isBlank()) {
                    out.add(listed.strip());
                }
            }
        }
        for (Pattern p : new Pattern[] {BEFORE, AFTER}) {
            Matcher m = p.matcher(document);
            while (m.find()) {
                out.add(NUMBER.matcher(m.group(1)).replaceAll("_$1"));
            }
        }
        Matcher g = SUMMED_GRADIENT.matcher(document);
        while (g.find()) {
            String letter = g.group(1) != null ? g.group(1) : g.group(2);
            if (onlySummed(document, g.end(), g.group(3))) {
                out.add(letter);
            }
        }
        return Set.copyOf(out);
    }

    /**
     * Whether the side from {@code from} (to the next relation or the formula's end) writes no subscript other than the sum's
     * index, a digit or a range's start: a number, no vector's entry.
     */
    private static boolean onlySummed(String document, int from, String index) {
        // past the sum's range, \sum_{k=1}^K
        Matcher range = RANGE.matcher(document).region(from, document.length());
        from = range.lookingAt() ? range.end() : from;
        int end = from;
        while (end < document.length() && "=$\n".indexOf(document.charAt(end)) < 0 && !document.startsWith("\\\\", end)) {
            end++;
        }
        Matcher s = SUBSCRIPT.matcher(document.substring(from, end));
        while (s.find()) {
            if (!s.group(1).equals(index)) {
                return false;
            }
        }
        // a matrix's inverse (\Sigma^{-1}(x^{(i)} - \mu)) multiplies a vector: no number
        return !document.substring(from, end).matches("(?s).*(?:\\\\(?:mathbf|boldsymbol|bm|vec)\\b|(?:[A-Z]|\\\\[A-Z][a-z]+)\\s*\\^\\s*\\{\\s*-\\s*1\\s*\\}).*");
    }
}
