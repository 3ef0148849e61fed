package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the prose says of the document's labels or targets without naming them in math (SPEC §8): "since the labels are
 * one-hot", "because the targets form a probability distribution", "the label is one-hot", "the targets sum to one".
 * It is said of the label vector the document uses: the one its prose calls a label or target ("a one-hot label
 * vector $\mathbf{y}$", "the targets $t_k$", "$y$ is the label"), or, where the prose calls none so, the one that
 * weighs the logarithms of its cross-entropy ({@code -\sum_k y_k \log p_k}). It is assumed as {@link SumToOneStatements}
 * would assume it of that name, only when exactly one such vector exists and the document does not define it (then it
 * is the author's claim about a definition, for the check to decide); otherwise nothing is assumed, and a message says
 * why and how to name it. A negated or restricted statement ("the labels need not sum to 1") assumes nothing.
 */
final class NamelessLabelStatements {
    /** The labels or targets, possibly qualified as what they are: "the labels", "its one-hot target vector". */
    private static final String ROLE = "\\b(?:the|its|our|their|each|every|all|these)\\s+(?:(?:one[- ]?hot|true|class|training"
            + "|ground[- ]truth|observed)\\s+)?(?:labels?|targets?)(?:\\s+(?:vectors?|distributions?))?";
    /** Words that keep the statement an assertion between the subject and what is said of it. */
    private static final String ADVERBS = "(?:(?:all|always|also|then|now|here|therefore|thus|indeed|each|together)\\s+){0,2}";
    private static final Pattern ONE_HOT = Pattern.compile("(?i)" + ROLE + "\\s+" + ADVERBS + "(?:is|are)\\s+(?:(?:a|an|all"
            + "|assumed|taken|given|to|be|encoded|as)\\s+){0,3}one[- ]?hot\\b");
    private static final Pattern SUMS_TO_ONE = Pattern.compile("(?i)" + ROLE + "\\s+" + ADVERBS
            + "(?:sums?|adds?)(?:\\s+up)?\\s+to\\s+(?:1(?![\\p{N}]|[.,]\\d)|one\\b|unity\\b|\\$\\s*1\\s*\\$)"
            + "(?!\\s*[-−+*/^]\\s*[\\p{L}\\p{N}\\\\])");
    private static final Pattern DISTRIBUTION = Pattern.compile("(?i)" + ROLE + "\\s+" + ADVERBS + "(?:is|are|form|forms)\\s+"
            + "(?:a\\s+|an\\s+)?(?:valid\\s+|proper\\s+|discrete\\s+|categorical\\s+)?(?:probability\\s+)?(?:distribution|vector"
            + " of probabilities)\\b");
    /** A negation or restriction right before a statement: it then assumes nothing. */
    private static final Pattern NEGATION = Pattern.compile("(?i)(?:\\bnot|\\bnever|\\bno|\\bunlike|\\binstead of|\\brather than"
            + "|\\bnon|\\bunless|\\bwhether|\\bonly|\\bneed not|\\bneither|\\bif)[\\s-]*(?:[a-z]+\\s+)?$");
    /** Inline math holding one name, as {@link SumToOneStatements} reads it (group 1). */
    private static final String MATH_NAME = SumToOneStatements.MATH_NAME;
    /** "label vector $\mathbf{y}$", "the targets $t_k$", "one-hot target $y$". */
    private static final Pattern ROLE_NAMED = Pattern.compile("(?i)\\b(?:labels?|targets?)(?:\\s+vectors?)?\\s*,?\\s*" + MATH_NAME);
    /** "$y$ is the label", "$t_k$ are the one-hot targets", "$y$ denotes the target vector". */
    private static final Pattern NAMED_ROLE = Pattern.compile("(?i)" + MATH_NAME + "\\s+(?:is|are|denotes?|be)\\s+(?:the|a|an)\\s+"
            + "(?:(?:one[- ]?hot|true|class|training|ground[- ]truth|observed)\\s+)?(?:labels?|targets?)\\b");
    /**
     * A weight of a logarithm in display math, {@code y_k \log p_k}, {@code \mathbf{y}_i \ln q_i}, or of a matrix's entry,
     * {@code t_{nk} \ln y_{nk}} (group 1 the name, group 2 present for a matrix).
     */
    private static final Pattern LOG_WEIGHT = Pattern.compile("(?<![\\\\A-Za-z])(?:\\\\(?:mathbf|boldsymbol|bm)\\s*\\{\\s*)?([A-Za-z])"
            + "\\s*\\}?\\s*_\\s*(?:\\{\\s*[a-z]\\s*,?\\s*([a-z])\\s*\\}|\\{?\\s*[a-z]\\s*\\}?)\\s*(?:\\\\,\\s*)?\\\\(?:log|ln)\\b");

    /** One statement: the assumption it makes of a name, as {@code y one-hot}, with {@code %s} for the name. */
    record Statement(String said, String assumption) {
        /** The assumption of each row of a matrix of labels: {@code t one-hot rows}, {@code sum_k t_{ik} = 1}. */
        String ofRows() {
            return assumption.replace("_k = 1", "_{ik} = 1").replace(" one-hot", " one-hot rows").replace(" simplex", " simplex rows");
        }
    }

    private final Set<String> candidates;
    /** The candidates written as a matrix of labels, one row per example ({@code t_{nk}}): what is said holds of each row. */
    private final Set<String> matrices;

    private NamelessLabelStatements(Set<String> candidates, Set<String> matrices) {
        this.candidates = candidates;
        this.matrices = matrices;
    }

    /** The label vectors of the document {@code text} (its prose and its math), as this class says. */
    static NamelessLabelStatements of(String text) {
        Set<String> named = new LinkedHashSet<>();
        for (Pattern p : List.of(ROLE_NAMED, NAMED_ROLE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        Set<String> matrices = new LinkedHashSet<>();
        if (named.isEmpty()) {
            Matcher m = LOG_WEIGHT.matcher(text);
            while (m.find()) {
                named.add(m.group(1));
                if (m.group(2) != null) {
                    matrices.add(m.group(1));
                }
            }
        }
        return new NamelessLabelStatements(named, matrices);
    }

    /** The statements {@code prose} makes of the labels or targets without naming them, in the order of the kinds above. */
    static List<Statement> find(String prose) {
        List<Statement> out = new ArrayList<>();
        add(prose, ONE_HOT, "%s one-hot", out);
        add(prose, SUMS_TO_ONE, "sum_k %s_k = 1", out);
        add(prose, DISTRIBUTION, "%s simplex", out);
        return out;
    }

    private static void add(String prose, Pattern p, String assumption, List<Statement> out) {
        Matcher m = p.matcher(prose);
        while (m.find()) {
            if (!NEGATION.matcher(prose.substring(Math.max(0, m.start() - 24), m.start())).find()) {
                out.add(new Statement(m.group().strip(), assumption));
                return;
            }
        }
    }

    /**
     * The assumptions the statements of {@code prose} make, each of the one label vector the document uses and does not
     * define ({@code defined}) where the statement is made, said in {@code messages} at {@code line}; a statement with no
     * such vector, or more than one, assumes nothing, and the message says why. What the document has assumed already
     * ({@code assumed}) is not said again.
     */
    List<String> assumed(String prose, Predicate<String> defined, Predicate<String> assumed, int line, List<String> messages) {
        List<String> out = new ArrayList<>();
        for (Statement s : find(prose)) {
            List<String> names = candidates.stream().filter(n -> !defined.test(n)).toList();
            if (names.size() == 1) {
                String a = (matrices.contains(names.get(0)) ? s.ofRows() : s.assumption()).formatted(names.get(0));
                if (assumed.test(a)) {
                    continue;
                }
                messages.add("line " + line + ": assumes " + a + " (from the text: \"" + s.said() + "\", of the label vector "
                        + names.get(0) + ")");
                out.add(a);
            } else {
                messages.add("line " + line + ": \"" + s.said() + "\" names no vector, and the document "
                        + (names.isEmpty() ? "names no label vector it leaves undefined" : "has more than one label vector ("
                        + String.join(", ", names) + ")") + ": nothing is assumed; name it, as in \"$y$ is one-hot\"");
            }
        }
        return out;
    }
}
