package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the prose says of a vector whose entries sum to one (SPEC §8), as the directive it stands for:
 * <ul>
 * <li>one-hot: "with one-hot $y$", "with one-hot y", "with $y$ one-hot", "Since y is one-hot", "$\mathbf{t}$ is the one-hot target",
 *     "y is assumed to be one-hot" — {@code y one-hot};</li>
 * <li>a sum to one in words: "Assume the labels $y_k$ sum to 1", "the elements (entries, components) of $t_j$ sum to 1",
 *     "y sums to one", "the entries of y add up to 1", "the sum of the entries of $y$ is 1" — {@code sum_k y_k = 1};</li>
 * <li>a sum to one in inline math: "because the targets sum to one, $\sum_{k=1}^{K} y_k = 1$" — {@code sum_k y_k = 1};</li>
 * <li>a distribution: "$q$ is a probability distribution", "the probability vector $q$" — {@code q simplex}.</li>
 * </ul>
 * What it says of the rows or columns of a matrix is {@link LineSumStatements}'.
 * The name is inline math holding one letter (bold or with index letters: $y$, $\mathbf{t}$, $y_k$) or one letter
 * written as a word outside math (y; never the words "a", "A" or "I"). Only words that keep the statement an
 * assertion may stand between the name and what is said of it, so "$q$ is not one-hot", "y need not sum to 1",
 * "y does not sum to one", "q is not a distribution" assume nothing; nor does a statement after a negation or a
 * restriction ("unlike one-hot $y$", "non-one-hot", "unless y sums to 1", "whether y is one-hot", "only for one-hot y").
 * What the prose says of a vector the document defines is left to the check (the caller's {@code defined}).
 * A vector's name and the words naming another thing ("one-hot labels and $p$ the predictions") are kept apart:
 * a word that joins two phrases ends the search.
 */
final class SumToOneStatements {
    /** An example's label above a name: {@code ^{(i)}}. */
    private static final String LABEL_ABOVE = "\\s*\\^\\s*\\{\\s*\\(\\s*[a-z]\\s*\\)\\s*\\}";
    /** Inline math that writes an example's label above its name ({@code $\mathbf{y}^{(i)}$}). */
    private static final Pattern LABELLED_EXAMPLE = Pattern.compile("\\$[^$]*?" + LABEL_ABOVE);
    private static final String EXAMPLE = "(?:" + LABEL_ABOVE + ")?";
    /**
     * Inline math holding one name, possibly bold, with index letters or an example's label, and possibly the set it lies
     * in: $y$, $\mathbf{t}$, $y_k$, $\mathbf{y}^{(i)}$, $\mathbf{t}_n \in \mathbb{R}^{K}$, $y \in \{0, 1\}^K$ (group 1).
     */
    static final String MATH_NAME = "\\$\\s*(?:\\\\(?:mathbf|boldsymbol|bm|vec)\\s*\\{\\s*)?([A-Za-z])\\s*\\}?" + EXAMPLE
            + "\\s*(?:_\\s*\\{?\\s*[a-z]{1,2}\\s*\\}?)?" + EXAMPLE + "\\s*(?:(?:\\\\in(?![a-zA-Z])|∈)[^$]*)?\\$";
    /** A lowercase Greek command that names a vector or matrix ({@code \\pi}, {@code \\gamma}, {@code \\varphi}); not δ, Kronecker's. */
    static final String GREEK = "\\\\(?:var)?(?:alpha|beta|gamma|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega)(?![a-zA-Z])";
    /** One letter written as a word (group 1): not part of a word, a command, an index or inline math. */
    private static final String WORD_NAME = "(?<![\\p{L}\\\\_^{$'])([b-zB-HJ-Z])(?![\\p{L}\\p{N}_^{}('$-])";
    /** A name: group 1 in math, group 2 in words. */
    private static final String NAME = "(?:" + MATH_NAME + "|" + WORD_NAME + ")";
    private static final String ONE_HOT = "one[- ]?hot(?:[- ]encoded)?";
    /** Words that join two phrases: the name after one of them is not the thing called one-hot. */
    private static final String JOINING = "(?:and|or|but|nor|with|to|of|is|are|was|were|be|for|in|on|at|by|from|than|as|that"
            + "|which|while|where|whereas|so|then|we|it|this|these|those|its|their|not|no|never|vs|versus|against|if|unless)";
    /** "one-hot $y$", "one-hot labels y", "one-hot encoded target vector $\mathbf{t}$", "one-hot encoded, $y$". */
    private static final Pattern ONE_HOT_BEFORE = Pattern.compile("(?i)\\b" + ONE_HOT
            + "(?:\\s+(?!" + JOINING + "\\b)[a-z]+){0,3}?\\s*,?\\s*" + NAME);
    /** Words that may stand between "is" and what is said: "is a", "is assumed to be", "are also", "is always the". */
    private static final String ASSERTING = "(?:a|an|the|also|always|assumed|taken|given|here|now|then|thus|therefore|hence|so|to|be"
            + "|all|each|exactly|still|known|valid|proper|discrete|categorical)";
    /** "$y$ is one-hot", "y is a one-hot vector", "$y_k$ are one-hot encoded targets", "and $y$ the one-hot label". */
    private static final Pattern ONE_HOT_AFTER = Pattern.compile("(?i)" + NAME
            + "\\s+(?:(?:is|are|be|being)\\s+|(?=(?:the|a|an)\\s))(?:" + ASSERTING + "\\s+){0,3}" + ONE_HOT + "\\b");
    /** "with $y$ one-hot", "with y one-hot encoded": the name and the word after "with", no verb between (a noun phrase). */
    private static final Pattern ONE_HOT_WITH = Pattern.compile("(?i)\\bwith\\s+" + NAME + "\\s+" + ONE_HOT + "\\b");
    /** One, and not the start of a longer number or sum: "1", "one", "unity", "$1$"; not "1.5", "10", "1 - ε". */
    private static final String ONE = "(?:1(?![\\p{N}]|[.,]\\d)|one\\b|unity\\b|\\$\\s*1\\s*\\$)(?!\\s*[-−+*/^]\\s*[\\p{L}\\p{N}\\\\])";
    /** What a vector's entries make: "sum to 1", "sums to one", "add up to 1", "sum up to unity", "sum to $1$". */
    private static final String TO_ONE = "(?:sums?|adds?)(?:\\s+up)?\\s+to\\s+" + ONE;
    /** "the labels $y_k$ sum to 1", "elements of $t_j$ sum to 1", "y sums to one", "the entries of y all add up to 1". */
    private static final Pattern SUMS_TO_ONE = Pattern.compile("(?i)" + NAME + "(?:'s)?\\s+(?:(?:all|always|must|will|should|do|does"
            + "|each|together|also|then|now|therefore|thus|indeed)\\s+){0,2}" + TO_ONE);
    /** "the sum of the entries of $y$ is 1", "the sum of y equals one". */
    private static final Pattern SUM_OF_IS_ONE = Pattern.compile("(?i)\\bsum\\s+of\\s+(?:all\\s+)?(?:the\\s+)?(?:(?:elements|entries"
            + "|components|coordinates|labels|targets|probabilities|values)\\s+of\\s+)?" + NAME
            + "\\s+(?:is|equals|=)\\s+" + ONE);
    /** "$q$ is a probability distribution", "q is a valid distribution", "$p$ is a probability vector". */
    private static final Pattern IS_DISTRIBUTION = Pattern.compile("(?i)" + NAME + "\\s+(?:is|are|be|being)\\s+(?:" + ASSERTING
            + "\\s+){0,3}(?:probability\\s+(?:distribution|vector)|distribution)s?\\b");
    /** "the probability distribution $q$", "a probability vector q". */
    private static final Pattern DISTRIBUTION_NAMED = Pattern.compile("(?i)\\bprobability\\s+(?:distribution|vector)\\s*,?\\s*" + NAME);
    /**
     * Inline math that is one sum to one and nothing else: {@code $\sum_k y_k = 1$}, {@code $\sum_{k=1}^{K} y_{k} = 1$},
     * {@code $\sum_{j} \mathbf{t}_j = 1,$}; group 1 or 2 is the Σ's index, 3 or 4 the vector, 5 or 6 its subscript.
     */
    private static final Pattern SUM_TO_ONE_MATH = Pattern.compile("\\$\\s*\\\\sum\\s*_\\s*(?:\\{\\s*([a-z])\\s*(?:=[^{}$]*)?\\}|([a-z]))"
            + "\\s*(?:\\^\\s*(?:\\{[^{}$]*\\}|[A-Za-z0-9]))?\\s*"
            + "(?:\\\\(?:mathbf|boldsymbol|bm|vec)\\s*\\{\\s*([A-Za-z])\\s*\\}|([A-Za-z]|" + GREEK + "))"
            + "\\s*_\\s*(?:\\{\\s*([a-z])\\s*\\}|([a-z]))\\s*=\\s*1\\s*[.,;]?\\s*\\$");
    /** A negation or restriction right before a statement: it then assumes nothing. */
    private static final Pattern NEGATION = Pattern.compile("(?i)(?:\\bnot|\\bnever|\\bno|\\bunlike|\\binstead of|\\brather than"
            + "|\\bnon|\\bunless|\\bwhether|\\bonly|\\bneed not|\\bneither)[\\s-]*(?:[a-z]+\\s+)?$");
    /** The parts of a matrix: "each row of $W$ sums to 1" says nothing of a vector. */
    private static final Pattern PART_OF = Pattern.compile("(?i)\\b(?:rows?|columns?|cols?|blocks?)\\s+of\\s+(?:the\\s+)?(?:matrix\\s+)?$");
    /** Names that are words, never a vector: a letter written as a word may be an article or a pronoun. */
    private static final Set<String> NOT_NAMES = Set.of("a", "A", "I");

    private SumToOneStatements() {
    }

    /**
     * A justification right after a step: "since $\sum_i p_i = 1$.", "because y is one-hot" — the prose that follows a
     * display and goes on with its sentence (in lower case) by a word giving a reason for it; "Since y is one-hot, again:"
     * opens a sentence of its own, about the display after it.
     */
    private static final Pattern JUSTIFYING = Pattern.compile("^[\\s,;]*(?:since|because|as|using|given(?:\\s+that)?|recall(?:ing)?"
            + "(?:\\s+that)?|noting(?:\\s+that)?|where(?:\\s+we\\s+used)?|by)\\b");

    /**
     * The assumptions of {@link #find} that {@code prose}, the words right after a step, states as its justification ("since
     * $\sum_i p_i = 1$"): they hold for that step too, not only for those after it; none where it opens otherwise.
     */
    static List<String> justifying(String prose, Predicate<String> defined) {
        return JUSTIFYING.matcher(prose).find() ? find(prose, defined) : List.of();
    }

    /** The assumptions {@code prose} states of vectors summing to one, in symgrad's ASCII, in the order of the kinds above. */
    static List<String> find(String prose, Predicate<String> defined) {
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(ONE_HOT_BEFORE, ONE_HOT_AFTER, ONE_HOT_WITH)) {
            named(prose, p, " one-hot", defined, out);
        }
        for (Pattern p : List.of(SUMS_TO_ONE, SUM_OF_IS_ONE)) {
            Matcher m = p.matcher(prose);
            while (m.find()) {
                String name = name(prose, m);
                if (name != null && !defined.test(name)) {
                    add(out, "sum_k " + name + "_k = 1");
                }
            }
        }
        Matcher m = SUM_TO_ONE_MATH.matcher(prose);
        while (m.find()) {
            String index = m.group(1) != null ? m.group(1) : m.group(2);
            String vector = m.group(3) != null ? m.group(3) : asciiName(m.group(4));
            String subscript = m.group(5) != null ? m.group(5) : m.group(6);
            if (index.equals(subscript) && !negated(prose, m.start()) && !defined.test(vector)) {
                add(out, "sum_" + index + " " + vector + "_" + index + " = 1");
            }
        }
        for (Pattern p : List.of(IS_DISTRIBUTION, DISTRIBUTION_NAMED)) {
            named(prose, p, " simplex", defined, out);
        }
        // the rows or columns of a matrix ("labels $Y$ whose rows are one-hot", $\sum_c Y_{ic} = 1$)
        LineSumStatements.find(prose, defined).forEach(a -> add(out, a));
        return out;
    }

    private static void named(String prose, Pattern p, String what, Predicate<String> defined, List<String> out) {
        Matcher m = p.matcher(prose);
        while (m.find()) {
            String name = name(prose, m);
            if (name != null && !defined.test(name)) {
                // one-hot labels $\mathbf{y}^{(i)}$: y^{(i)}_k is the entry y_{k i}, each example a column along the first index
                boolean example = what.equals(" one-hot") && m.group(1) != null && LABELLED_EXAMPLE.matcher(m.group()).find();
                add(out, name + what + (example ? " columns" : ""));
            }
        }
    }

    /** The vector {@code m} names, or null where it is no name or the statement is negated. */
    private static String name(String prose, Matcher m) {
        boolean inMath = m.group(1) != null;
        String name = inMath ? m.group(1) : m.group(2);
        if (!inMath && (NOT_NAMES.contains(name) || insideMath(prose, m.start(2)))) {
            return null;
        }
        String before = prose.substring(Math.max(0, m.start() - 24), m.start());
        return negated(prose, m.start()) || PART_OF.matcher(before).find() ? null : name;
    }

    /** The ASCII name of a letter or a Greek command as written: {@code \\varphi} is phi, {@code \\gamma} gamma. */
    static String asciiName(String written) {
        return written.replaceFirst("^\\\\(?:var)?", "");
    }

    private static boolean negated(String prose, int at) {
        return NEGATION.matcher(prose.substring(Math.max(0, at - 24), at)).find();
    }

    /** Whether {@code at} lies inside inline or display math: after an opening $ or $$ (not \\$) that has not closed. */
    private static boolean insideMath(String prose, int at) {
        String open = null;
        for (int i = 0; i < at; i++) {
            if (prose.charAt(i) == '\\') {
                i++;
            } else if (prose.charAt(i) == '$') {
                String d = prose.startsWith("$$", i) ? "$$" : "$";
                open = open == null ? d : open.equals(d) ? null : open;
                i += d.length() - 1;
            }
        }
        return open != null;
    }

    private static void add(List<String> out, String a) {
        if (!out.contains(a)) {
            out.add(a);
        }
    }
}
