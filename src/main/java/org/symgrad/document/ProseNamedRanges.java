package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign of a parameter that the prose states where it names it (SPEC §8): a noun and then inline math that says
 * the parameter is positive, "at absolute temperature $T > 0$", "a width parameter $a > 0$", "ordering $Q > 0$ units",
 * is the directive {@code assume T > 0}; so is each of a list that follows a stated sign, "$K > 0$, $D > 0$ and
 * $h > 0$", a list in one formula, "$K, D, h > 0$", and names the prose calls positive, "$K$, $D$ and $h$ are
 * positive". Only a letter or a Greek letter without a subscript, compared with 0 and nothing else, is read (as
 * {@link ProseParameterRanges} reads "where $\kappa > 0$"). A case is not an assumption: inline math after a word
 * that makes it a condition or a claim ("for $x > 0$", "if", "when", "only", "all", "on", "hence", …) assumes
 * nothing, nor does a list that follows one, nor a negated statement, nor a noun that names a case ("In the case $w > 0$",
 * "on the region $z > 0$").
 */
final class ProseNamedRanges {
    /** One letter or Greek letter, no subscript. */
    private static final String NAME = "(?:\\\\(?:var)?[a-z]+|[A-Za-z])";
    private static final String ABOVE = "(?:>|\\\\ge|\\\\geq|\\\\geqslant|≥)";
    /** "$T > 0$" or "$K, D, h > 0$": group 1 the names, group 2 the relation. */
    private static final String SIGN = "\\$\\s*(" + NAME + "(?:\\s*,\\s*" + NAME + ")*)\\s*(" + ABOVE + ")\\s*0\\s*[.,;:]?\\s*\\$";
    /** A word, then the sign: group 1 the word. */
    private static final Pattern AFTER_WORD = Pattern.compile("(?<![A-Za-z\\\\$])([A-Za-z]+)\\s+" + SIGN);
    /** The next sign of a list: ", $D > 0$", " and $h > 0$", ", and $h > 0$". */
    private static final Pattern NEXT = Pattern.compile("\\G\\s*(?:,\\s*(?:and\\s+)?|and\\s+)" + SIGN);
    /** "$K$, $D$ and $h$ are (all) (strictly) positive": group 1 the list. */
    private static final Pattern CALLED_POSITIVE = Pattern.compile("((?:\\$\\s*" + NAME + "\\s*\\$\\s*(?:,\\s*(?:and\\s+)?|and\\s+)?)+)"
            + "(?:is|are)\\s+(?:all\\s+)?(?:strictly\\s+)?positive\\b");
    private static final Pattern ONE_NAME = Pattern.compile(NAME);
    /** Words after which a sign is a case, a claim or a quantifier, not the setting of a parameter. */
    private static final Set<String> NOT_SETTING = Set.of("for", "if", "iff", "when", "whenever", "while", "unless", "whether",
            "only", "all", "each", "every", "any", "some", "on", "over", "then", "that", "hence", "thus", "so", "therefore",
            "not", "never", "no", "nor", "or", "and", "is", "are", "be", "unlike", "except", "until", "but", "implies",
            "since", "because", "as", "at", "in", "of", "than", "to", "gives", "get", "obtain", "have", "has", "yields",
            // "In the case $w > 0$", "on the region $z > 0$": a noun that names a case, not a parameter
            "case", "cases", "subcase", "region", "regime", "branch", "side", "half", "domain", "interval", "part", "piece", "range",
            "situation", "scenario");

    private ProseNamedRanges() {
    }

    /** The assumptions {@code prose} states this way, in symgrad's ASCII ({@code T > 0}), in the order written. */
    static List<String> find(String prose) {
        List<String> out = new ArrayList<>();
        Matcher m = AFTER_WORD.matcher(prose);
        int from = 0;
        while (m.find(from)) {
            from = m.end();
            if (NOT_SETTING.contains(m.group(1).toLowerCase(Locale.ROOT)) || ProseParameterRanges.negated(prose, m.start())) {
                continue;
            }
            add(out, m.group(2), m.group(3));
            Matcher next = NEXT.matcher(prose);
            int at = m.end();
            while (next.find(at)) {
                add(out, next.group(1), next.group(2));
                at = next.end();
                from = at;
            }
        }
        Matcher c = CALLED_POSITIVE.matcher(prose);
        while (c.find()) {
            if (!ProseParameterRanges.negated(prose, c.start())) {
                add(out, c.group(1).replaceAll("\\$|\\band\\b", ""), ">");
            }
        }
        return out;
    }

    private static void add(List<String> out, String names, String relation) {
        String rel = relation.equals(">") ? ">" : ">=";
        Matcher n = ONE_NAME.matcher(names);
        while (n.find()) {
            String name = ProseParameterRanges.spelling(n.group()).orElse(null);
            if (name != null && !out.contains(name + " " + rel + " 0")) {
                out.add(name + " " + rel + " 0");
            }
        }
    }
}
