package org.symgrad.document;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that introduces what the text works with and ends in an inline formula giving a new name its value: "Let the
 * policy be a softmax over actions, $\pi_\theta(a) = …$", "Consider softmax outputs $p_k = …$", "For a Gaussian policy
 * $\pi(a|s) = …$", "For predictions $\hat y_i = w^\top x_i$". The formula is announced as a definition
 * ({@link InlineDefinitions#reads}), as "Let $\pi_\theta(a) = …$" is, so a step false with it is false, not undecided.
 * Only where the sentence opens with such a word ("let", "consider", "for a", "for" and a plural, "define", "take", "we
 * use"), holds no math and no word of a result or a case before the formula, and the formula's left side is a name no math
 * above it writes, valued in other names ({@link InlineDefinitions#givenByNames}): "for the special case $p = q$" of a p
 * written before is a case, "for $x = 0$" a point, "Consider $x = 0$" none.
 */
final class IntroducingSentences {
    /** A word of a heading: a noun or an adjective ({@link InlineDefinitions#NOUN}), no adverb in -ly nor a participle in -ing. */
    private static final String HEADING_WORD = "(?![a-z]*(?:ly|ing)\\b)" + InlineDefinitions.NOUN;
    /** A plural noun: a word in -s other than a verb's, a pronoun's or an adverb's ("was", "its", "thus", "always"), and not in -ss. */
    private static final String PLURAL = "(?!(?:was|has|is|as|its|this|thus|us|plus|minus|does|yes|always|perhaps|sometimes|whereas)\\b)"
            + InlineDefinitions.NOUN.replace("[a-z][a-z0-9-]*", "[a-z][a-z-]*[a-rt-z]s\\b");
    /**
     * "Label smoothing: targets $q_k = …$", "Attention: normalised weights $\alpha_j = …$": a plural noun (an adjective or noun
     * before it at most) right after the heading's colon ("Hidden units $a_j = …$" opening a sentence stays unannounced).
     */
    private static final Pattern HEADING_PLURAL = Pattern.compile("^[^$]*:\\s*(?:" + HEADING_WORD + "\\s+)?" + PLURAL + "\\s*$");
    /** The sentence's opening word, then words without math up to the formula (the clause is read in lower case). */
    private static final Pattern OPENS = Pattern.compile("^[\\s.!?:;]*(?:[a-z]+,\\s*)?(?:let|consider|for\\s+(?:a|an|each|every|[a-z]+s)|define|take"
            + "|we\\s+(?:use|consider|take|define|model|write))\\b[^$]*$"
            // "Each unit computes $a_j = …$", "Mixup forms $\\tilde x = …$", "Adam uses $\\hat m_t = …$": what a named thing computes
            + "|^[\\s.!?:;]*(?:(?:the|a|an|each|every|our|this)\\s+)?" + HEADING_WORD + "(?:\\s+" + HEADING_WORD + "){0,2}"
            + "\\s+(?:computes|forms|outputs|produces|uses|maintains)\\s*:?\\s*$"
            // "Logistic loss for one example, $\ell(w) = …$": a heading of two or more nouns, no verb, and a comma or a colon
            + "|^[\\s.!?:;]*" + HEADING_WORD + "(?:\\s+(?:" + HEADING_WORD + "|for|of|with|per|on|in|one|a|an|the|each))+\\s*[,:]\\s*$"
            + "|" + HEADING_PLURAL.pattern());
    /** A word of a result, a hypothesis or a case between the opening word and the formula: then it is no introduction. */
    private static final Pattern NOT_INTRODUCING = Pattern.compile("\\b(?:get|gets|obtain|obtains|have|has|gives?|yields?|find|so|thus"
            + "|hence|therefore|then|is|are|becomes?|equals|if|when|whenever|suppose|assume|case|cases|special|point|value|values"
            + "|condition|constraint|limit|setting|at)\\b");
    /** Math in the text: display or inline, dollars or brackets. */
    private static final Pattern MATH = Pattern.compile("\\$\\$[\\s\\S]*?\\$\\$|\\$[^$]*\\$|\\\\\\[[\\s\\S]*?\\\\\\]|\\\\\\([\\s\\S]*?\\\\\\)"
            + "|\\\\begin\\{[a-z*]+\\}[\\s\\S]*?\\\\end\\{[a-z*]+\\}");
    /**
     * The name a left side gives a value: its head, a command or a letter, before any subscript, argument or decoration's end
     * (group 1); {@link DataModels} reads a model's left side with it too.
     */
    static final Pattern HEAD = Pattern.compile("^\\s*(?:\\\\(?:hat|tilde|bar|mathbf|boldsymbol|vec|mathcal|mathrm)\\s*\\{?\\s*)?"
            + "(\\\\[A-Za-z]+|[A-Za-z])");

    private IntroducingSentences() {
    }

    /**
     * Whether the sentence {@code clause} (lower case, up to the formula) introduces {@code formula} as a new name's value,
     * {@code before} being the document before it.
     */
    static boolean introduces(String clause, String formula, String before) {
        Matcher opens = OPENS.matcher(clause);
        if (!opens.find() || NOT_INTRODUCING.matcher(clause.toLowerCase(Locale.ROOT)).find() || !InlineDefinitions.givenByNames(formula)) {
            return false;
        }
        Matcher head = HEAD.matcher(InlineDefinitions.links(formula).get(0));
        return head.find() && !writtenInMath(head.group(1), before);
    }

    /**
     * Words of a model the data follow, not a value the text defines: "For a series $x_1, \dots, x_n$ and the model $x_t = \phi
     * x_{t-1} + \varepsilon_t$", "generated by", "we observe", a noise term.
     */
    private static final Pattern DATA_MODEL = Pattern.compile("\\b(?:models?|process(?:es)?|generat\\w*|observ\\w*|noise|data|samples?|sampled"
            + "|draws?|drawn|distributed|follows?)\\b");

    /**
     * Whether {@code formula} is a later item of a list the sentence's opening introduces ({@link #introduces}): "For a batch
     * $X \in \mathbb{R}^{n \times d}$, $H = \tanh(X W_1)$ and $\hat Y = H W_2$, with $$L = …$$" introduces H and \hat Y as
     * "Let" would. Each item before it is a declaration ({@code $X \in …$}, {@code $x_1, \dots, x_n$}) or a name's value in
     * other names, joined as a list that one word announces is ({@link InlineDefinitions#LIST_LINK}); no word of the links or the
     * opening names a case ("and the case $s = w x$") or a model of data ("the model $x_t = \phi x_{t-1} + \varepsilon_t$"), and the formula writes no entry of its
     * own name on its right side (a recurrence the data follow).
     */
    static boolean introducesInList(String clause, String formula, String before) {
        if (!InlineDefinitions.givenByNames(formula) || ForNounDefinitions.recurrence(formula)) {
            return false;
        }
        String rest = clause;
        boolean items = false;
        while (rest.contains("$")) {
            int last = rest.lastIndexOf('$');
            int first = rest.lastIndexOf('$', last - 1);
            String link = rest.substring(last + 1);
            // "For a label $y$ and the case $s = w x$": a link that names a case or a model ends the introduction
            if (first < 0 || !InlineDefinitions.LIST_LINK.matcher(link).matches() || DATA_MODEL.matcher(link).find()
                    || NOT_INTRODUCING.matcher(link).find()) {
                return false;
            }
            String item = rest.substring(first + 1, last);
            if (InlineDefinitions.links(item).size() >= 2 && (!InlineDefinitions.givenByNames(item) || ForNounDefinitions.recurrence(item))) {
                return false;
            }
            rest = rest.substring(0, first);
            items = true;
        }
        return items && !DATA_MODEL.matcher(rest).find() && introduces(rest, formula, before);
    }

    /** Whether {@code clause} (lower case) is a heading's colon and a plural noun, right before a formula ({@link #HEADING_PLURAL}). */
    static boolean headingPlural(String clause) {
        return HEADING_PLURAL.matcher(clause).find();
    }

    /**
     * Whether some math of {@code text} writes {@code name} as a name of its own (not inside a longer command or word), other than
     * as the distribution a sample is drawn from ({@code x \sim p_\theta} of {@code \mathbb{E}_{x \sim p_\theta}[f(x)]}), which
     * names a distribution without giving it a value: "For a Bernoulli policy $p_\theta(x) = …$" then gives it one.
     */
    static boolean writtenInMath(String name, String text) {
        Pattern own = Pattern.compile((name.startsWith("\\") ? "" : "(?<![A-Za-z\\\\])") + "(?<!\\\\sim\\s{0,3})" + Pattern.quote(name)
                + "(?![A-Za-z])");
        Matcher m = MATH.matcher(text);
        while (m.find()) {
            if (own.matcher(m.group()).find()) {
                return true;
            }
        }
        return false;
    }
}
