package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that is a list of definitions, each a noun and its formula, with no word announcing them: {@code Scores $s_k =
 * \sum_d W_{kd} x_d$ for $k = 1, \dots, K$, probabilities $p_k = …$, and the loss for true class $y$ is $L = -\log p_y$.},
 * {@code Gate $g_k = …$, experts $f_k$, output $y = \sum_k g_k f_k$, loss $E = \frac12 (y - t)^2$.} The author sets up the
 * names the derivation works with, as "Let" does: each of them is announced, and a step below that uses the name reads it
 * (was: read only where a step holds with them, so a sign slip in ∂L/∂s_k was undecided).
 * <p>
 * The sentence must be that list and nothing else: items joined by commas, "and" or semicolons, each a noun phrase of one to
 * three words (perhaps with an article, a qualifier such as "for true class $y$", and "is"), then a formula; an item may close
 * with a condition ({@code for $k = 1, \dots, K$}), which is none of the definitions. At least two items define a name by
 * other names ({@link InlineDefinitions#givenByNames}); only those are announced: a constant ({@code rate $\eta = 0.1$}), a
 * case, a symbol ({@code experts $f_k$}) or a derivative ({@code gradient $g' = …$}) stays what it was. A sentence whose words
 * are results or verbs ({@code Hence $a = …$ and $b = …$}, {@code Expanding $L = …$}) is no such list.
 */
final class AppositiveLists {
    private AppositiveLists() {
    }

    /** Where an inline formula that defines a name stands in the skeleton of a sentence. */
    private static final char DEFINITION = '\u0001';
    /** Where any other inline formula stands. */
    private static final char FORMULA = '\u0002';
    /** Either mark. */
    private static final String MARK = "[\\x01\\x02]";
    /** A noun phrase's word: no article, adverb of sequence, "-ly" adverb, verb of a result or connective ({@link InlineDefinitions#NOUN}). */
    private static final String WORD = "(?!(?:the|a|an|our|its|each|every|all|now|next|first|second|again|also|here|there|only|just"
            + "|clearly|obviously|indeed|i\\.e|e\\.g|note|recall|solving|differentiating|expanding|rearranging|simplifying|applying)\\b)"
            + "(?![a-z-]+ly\\b)" + InlineDefinitions.NOUN;
    /**
     * A noun phrase before an item's formula: an article at most, one to three words, a qualifier ({@code for true class $y$},
     * {@code of the output layer}) and a copula at most; never one gerund alone ({@code Expanding $L = …$}).
     */
    private static final String PHRASE = "(?![a-z-]+ing\\s*:?\\s*" + MARK + ")(?:(?:the|a|an|our|its|each)\\s+)?" + WORD
            + "(?:\\s+" + WORD + "){0,2}"
            + "(?:\\s+(?:for|of|in|on|at|with)\\s+(?:(?:the|a|an|each)\\s+)?(?:" + WORD + "\\s+){0,3}\\x02?)?(?:\\s+(?:is|are))?";
    /** A condition that closes an item: {@code for $k = 1, \dots, K$}, {@code for all $i$}. */
    private static final String CONDITION = "(?:\\s*,?\\s*(?:for|with)\\s+(?:all\\s+|each\\s+|every\\s+|some\\s+)?" + MARK + ")?";
    private static final String ITEM = PHRASE + "\\s*:?\\s*" + MARK + CONDITION;
    /** The whole sentence: two or more items joined by commas, "and" or semicolons. */
    private static final Pattern LIST = Pattern.compile("\\s*" + ITEM + "(?:\\s*(?:,\\s*and|,|;|and)\\s*" + ITEM + ")+\\s*[.;:]?\\s*");
    /** A mark that is a condition's formula, not an item's. */
    private static final Pattern CONDITION_MARK = Pattern.compile("\\b(?:for|with)\\s+(?:all\\s+|each\\s+|every\\s+|some\\s+)?$");

    /** An inline formula of the prose: where it opens, where its text is, and where it closes. */
    private record Formula(int open, int from, int close, int end) {
    }

    /** Announces the definitions of each such list in the document's prose: {@code inline} is updated with them. */
    static void announce(String text, List<Segment> segments, List<InlineDefinitions> inline) {
        for (Segment s : segments) {
            if (s instanceof Segment.Prose p) {
                List<Formula> formulas = formulas(text, p.start(), p.end());
                int sentence = p.start();
                for (int i = p.start(), f = 0; i <= p.end(); ) {
                    if (f < formulas.size() && formulas.get(f).open() == i) {
                        i = formulas.get(f++).end();
                        continue;
                    }
                    if (i == p.end() || endsSentence(text, i, p.end())) {
                        list(text, sentence, Math.min(i + 1, p.end()), formulas, inline);
                        sentence = i + 1;
                    }
                    i++;
                }
            }
        }
    }

    /** Whether a sentence ends at {@code i}: a full stop, ! or ? before a capital or the prose's end, or an empty line. */
    private static boolean endsSentence(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '\n') {
            int j = i + 1;
            while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            return j < end && text.charAt(j) == '\n';
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int j = i + 1;
        while (j < end && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j == end || j > i + 1 && (Character.isUpperCase(text.charAt(j)) || text.charAt(j) == '*' || text.charAt(j) == '$');
    }

    /** Announces the definitions of the sentence {@code [start, end)} where it is such a list. */
    private static void list(String text, int start, int end, List<Formula> formulas, List<InlineDefinitions> inline) {
        StringBuilder skeleton = new StringBuilder();
        List<InlineDefinitions> items = new ArrayList<>();
        int i = start;
        for (Formula f : formulas) {
            if (f.open() < start || f.end() > end) {
                continue;
            }
            skeleton.append(text, i, f.open());
            InlineDefinitions d = inline.stream().filter(o -> o.at() >= f.from() && o.at() < f.close()).findFirst().orElse(null);
            String before = skeleton.toString().toLowerCase(Locale.ROOT);
            skeleton.append(d == null ? FORMULA : DEFINITION);
            if (d != null && !CONDITION_MARK.matcher(before).find() && InlineDefinitions.givenByNames(d.latex())) {
                items.add(d);
            }
            i = f.end();
        }
        skeleton.append(text, i, end);
        if (items.size() < 2 || !LIST.matcher(skeleton.toString().replace('\n', ' ').toLowerCase(Locale.ROOT)).matches()) {
            return;
        }
        for (InlineDefinitions d : items) {
            int k = inline.indexOf(d);
            if (!d.reads()) {
                inline.set(k, d.announced());
            }
        }
    }

    /** The inline formulas of the prose {@code [start, end)}, {@code $…$} or {@code \(…\)}. */
    private static List<Formula> formulas(String text, int start, int end) {
        List<Formula> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (text.startsWith("\\(", i)) {
                int close = text.indexOf("\\)", i + 2);
                if (close < 0 || close + 2 > end) {
                    break;
                }
                out.add(new Formula(i, i + 2, close, close + 2));
                i = close + 2;
            } else if (text.charAt(i) == '$' && (i == 0 || text.charAt(i - 1) != '\\')) {
                int close = i + 1;
                while (close < end && !(text.charAt(close) == '$' && text.charAt(close - 1) != '\\')) {
                    close++;
                }
                if (close >= end) {
                    break;
                }
                out.add(new Formula(i, i + 1, close, close + 1));
                i = close + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
