package org.symgrad.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The branch condition the prose before a formula states (SPEC §8): {@code when i = j},
 * {@code if $i \neq j$}, {@code When $k \neq y$:}. Only a comparison of two index letters after a
 * word that introduces a case is read, and only a whole one: in "for a residual $r = y - f$" the
 * letters are the start of a definition, not a branch. The last one in the text counts. A case holds for
 * the formulas after it until a heading, another case, or prose that leaves it: words that say the cases are
 * joined ("Together", "in general", "combining") or a paragraph that does not go on from the formula before
 * it (one that does starts with "so", "thus", "which", "substituting" …); a formula written after "In
 * general" under a stale {@code i ≠ j} would be checked in the wrong branch.
 */
final class ProseConditions {
    /** Two index letters compared: {@code i = j}, {@code k \neq y}, {@code i ≠ j} (groups: left, relation, right). */
    private static final String COMPARISON = "([a-z])\\s*(=|\\\\neq|\\\\ne|≠|!=)\\s*([a-z])";
    /**
     * The same in a whole inline formula, where a side may also be a fixed label written as a subscripted letter, as the
     * formulas use it in a subscript ({@code for $j \neq y_i$}: the class y_i of example i, the index {@code yi}).
     */
    private static final String LABELLED = "([a-z](?:_\\{?[a-z0-9]}?)?)\\s*(=|\\\\neq|\\\\ne|≠|!=)\\s*([a-z](?:_\\{?[a-z0-9]}?)?)";
    /**
     * A case word, then a comparison that is either a whole inline formula ({@code when $i = j$:}; in
     * "with $a = w x + b$" the letters begin a definition) or prose outside math ({@code if i = j then});
     * the words between hold no {@code $}, so a comparison is never read out of the middle of a formula.
     */
    private static final Pattern CONDITION = Pattern.compile(
            "(?i)\\b(when|whenever|if|for|case|assuming|assume|with)\\b[^.\\n$]{0,30}?(?<![A-Za-z_{\\\\])"
                    + "(?:\\$\\s*" + LABELLED + "\\s*\\$|" + COMPARISON
                    + "(?!\\s*(?:[-+*/^_=<>]|\\\\(?:cdot|times|frac)))(?![A-Za-z_({]))");

    private static final Pattern JOINED = Pattern.compile("(?i)\\b(?:in general|in both cases|both cases|in either case"
            + "|together|combining|combined|combine|altogether|overall|in summary|summari[sz]ing|for all|for every|for any"
            + "|compactly|in one formula|in one expression|unif(?:y|ied|ying))\\b");
    private static final Pattern GOES_ON = Pattern.compile("(?i)^\\s*(?:so|thus|hence|then|therefore|which|where|and"
            + "|that|i\\.e\\.|giving|gives|this|since|because|as|or|simplif\\w*|substitut\\w*|rearrang\\w*|using"
            + "|expanding|plugging|similarly|likewise|here|note|again|its?|we|now using|collecting|factor\\w*|multiply\\w*"
            + "|dividing|taking|differentiating|applying)\\b");

    private ProseConditions() {
    }

    /**
     * The case's own formula in inline math, then a word that sets the formula below apart from it: "for $i \neq k$
     * we have $… = -p_k p_i$, while" (the display is the other case), "whereas", "otherwise".
     */
    private static final Pattern CONTRAST = Pattern.compile(
            "(?i)\\$[^$]+\\$[^$]*?\\b(?:while|whereas|otherwise|on the other hand|in contrast)\\b[^$]*$");

    /**
     * The last index branch stated in {@code prose}, if any; none where the prose after it sets the formula below
     * apart from it ("for $i \neq k$ we have $… = -p_k p_i$, while").
     */
    static Optional<Assumption.Branch> find(String prose) {
        Matcher m = CONDITION.matcher(prose);
        Assumption.Branch found = null;
        int end = 0;
        while (m.find()) {
            int g = m.group(2) != null ? 2 : 5; // the comparison in inline math, or in prose
            if (qualifies(prose.substring(0, m.start()), m.group(g), m.group(g + 2))) {
                continue; // "$y_k = 1$ if $k = c$": which entry the equation before it sets, no case of the formula below
            }
            found = new Assumption.Branch(label(m.group(g)), label(m.group(g + 2)), m.group(g + 1).equals("="));
            end = m.end();
        }
        Optional<OtherMemberConditions.Found> other = OtherMemberConditions.last(prose); // "every other product $k \neq j$"
        if (other.isPresent() && other.get().end() > end) {
            found = other.get().branch();
            end = other.get().end();
        }
        return found == null || CONTRAST.matcher(prose.substring(end)).find() ? Optional.empty() : Optional.of(found);
    }

    /** Inline math that is an equation, right before the case word: group 1 its body. */
    private static final Pattern EQUATION_BEFORE = Pattern.compile("\\$([^$]*=[^$]*)\\$\\s*,?\\s*$");

    /**
     * Whether the comparison of {@code left} and {@code right} qualifies the equation the prose {@code before} it ends in, one
     * that writes either letter as a subscript: "$y_k = 1$ if $k = c$", "$t_j = 1$ for $j = y$" say which entries the
     * equation sets (the label's 1 at c), not a branch of the formulas below it.
     */
    private static boolean qualifies(String before, String left, String right) {
        Matcher m = EQUATION_BEFORE.matcher(before);
        return m.find() && (TrueClassStatements.subscript(m.group(1), label(left)) || TrueClassStatements.subscript(m.group(1), label(right)));
    }

    /** A side of a comparison as the index it is in a subscript: {@code y_{i}} is the fixed label {@code yi}. */
    private static String label(String side) {
        return side.replaceAll("[_{}]", "");
    }

    /** Whether {@code prose}, which states no case of its own, leaves the case stated before it. */
    static boolean endsTheCase(String prose) {
        return !prose.isBlank() && (JOINED.matcher(prose).find() || !GOES_ON.matcher(prose).find());
    }
}
