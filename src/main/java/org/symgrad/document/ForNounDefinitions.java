package org.symgrad.document;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "For the NOUN $X = …$" names a fresh value without announcing it ({@code For the special model $f(x) = x^3$.} stays a name
 * the text mentions); where the sentence goes on to work with it, the formula is the author's definition for that work:
 * <ul>
 * <li>into a definition that uses X ({@code For a categorical policy $\pi_i = \mathrm{softmax}(z)_i$, the entropy is
 * $H = -\sum_i \pi_i \log \pi_i$.}, {@code For a residual $r = y - f$, the loss is $$L = \frac{1}{2} r^2$$}): X is announced,
 * as the definition built from it is;</li>
 * <li>into steps ({@code For the hypothesis $h_\theta(x) = …$ we get $$\frac{\partial J}{\partial \theta_j} = …$$}): X is
 * announced for the steps of that sentence, whose names reach it through the definitions ({@link StepJudge}).</li>
 * </ul>
 * A condition is none: a name set to a constant ({@code For $x = 0$}, {@code for the case $y = 1$}: {@link
 * InlineDefinitions#givenByNames}), an equation the noun names ({@code for the special case $p = q$}), a point ({@code for the
 * optimum $w = w^*$}), and a step that differentiates by X keeps X its variable.
 */
final class ForNounDefinitions {
    /**
     * No article before the noun phrase, as a model or a task is named ({@code For logistic regression $h_\theta(x) = …$},
     * {@code for binary classification}): any first word but a quantifier or a size, which makes the formula a case ({@code for
     * all}, {@code for small}, {@code for positive}).
     */
    private static final String UNARTICLED = "(?!\\s+(all|every|any|some|no|small|large|big|positive|negative|nonzero|non-zero|fixed"
            + "|terms|practice|general|particular|given|instance|example|simplicity|convenience|now|this|that|these|those|which"
            + "|whom|its|their|his|her)\\b)";
    /**
     * "for" (or "in") and an article's noun phrase of one to three words right before the formula: {@code For the ridge loss
     * $R(w) = …$}, {@code In logistic regression $h_\theta(x) = …$};
     * the formula may be a later item of the list "for" opens, each a noun phrase and its formula ({@code For a label $y \in
     * \{-1, +1\}$ and score $s = w x + b$}).
     */
    private static final Pattern FOR_NOUN = Pattern.compile("\\b(?:for|in)(\\s+(a|an|the|our|this|each)|" + UNARTICLED + ")"
            + "(\\s+[a-z0-9-]+){1,3}"
            + "(\\s*\\$[^$]*\\$\\s*(,\\s*and|,|and)(\\s+(a|an|the|its|our))?(\\s+[a-z0-9-]+){1,3})*\\s*[:,]?\\s*$");
    /** A noun phrase's last word that makes the formula a case or a point the text takes, not a quantity it defines. */
    private static final Pattern CONDITION_NOUN = Pattern.compile("\\b(cases?|conditions?|constraints?|equations?|identit(y|ies)"
            + "|relations?|assumptions?|approximations?|points?|values?|choices?|settings?|limits?|optim(um|a)|minim(um|a|i[sz]ers?)"
            + "|maxim(um|a|i[sz]ers?)|solutions?|estimates?|instances?|examples?)\\s*:?\\s*$");
    /**
     * A sentence's end in prose: a full stop, ! or ? before a capital or the prose's end, or an empty line before more prose that
     * does not go on in lower case ("\n\nand (wrongly) for the shift:" goes on).
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[A-Z]|\\s*$)|\\n[ \\t]*\\n(?=\\s*[^\\s$\\\\a-z,;:])");
    /** Notation that makes a display's left side a claim ({@code f'(x)}, {@code \frac{\partial L}{…}}), not a name it defines. */
    private static final Pattern CLAIM = Pattern.compile("'|\\\\(partial|nabla|frac|prime|dot|mathrm\\{d)|\\^\\{?\\\\prime");

    static final ForNounDefinitions NONE = new ForNounDefinitions(new IdentityHashMap<>());

    /** Each inline definition announced for the steps of its sentence → where that sentence ends. */
    private final Map<InlineDefinitions, Integer> sentenceEnds;

    private ForNounDefinitions(Map<InlineDefinitions, Integer> sentenceEnds) {
        this.sentenceEnds = sentenceEnds;
    }

    /** What the document's "For the NOUN $X = …$" formulas announce: {@code inline} is updated with those a definition uses. */
    static ForNounDefinitions of(String text, List<Segment> segments, List<InlineDefinitions> inline) {
        Map<InlineDefinitions, Integer> ends = new IdentityHashMap<>();
        for (int k = 0; k < inline.size(); k++) {
            InlineDefinitions d = inline.get(k);
            int open = opening(text, d.at());
            Segment.Prose prose = proseAt(segments, open);
            if (d.reads() || open < 0 || prose == null || !candidate(InlineDefinitions.clauseBefore(text, prose.start(), open), d)) {
                continue;
            }
            int close = InlineDefinitions.closing(text, open, d.at());
            if (close < 0) {
                continue;
            }
            int end = sentenceEnd(text, segments, close + 1);
            if (usedByADefinition(text, segments, inline, d, close + 1, end)) {
                inline.set(k, d.announced());
            } else {
                ends.put(d, end);
            }
        }
        return new ForNounDefinitions(ends);
    }

    /** Whether {@code d} is announced for the step that starts at {@code stepStart}: one in the sentence it opens. */
    boolean announces(InlineDefinitions d, int stepStart) {
        Integer end = sentenceEnds.get(d);
        return end != null && stepStart > d.at() && stepStart < end;
    }

    private static boolean candidate(String clause, InlineDefinitions d) {
        return FOR_NOUN.matcher(clause).find() && !CONDITION_NOUN.matcher(clause).find() && InlineDefinitions.givenByNames(d.latex())
                && !recurrence(d.latex());
    }

    /**
     * Whether the formula's right side writes an entry of the name its left side gives ({@code x_t = \phi x_{t-1} +
     * \varepsilon_t}): a model of a series the data follow, no fresh value ("For a series $x_1, \dots, x_n$ and the model
     * $x_t = …$, the sum of squares is …" keeps x_t data).
     */
    static boolean recurrence(String formula) {
        List<String> links = InlineDefinitions.links(formula);
        String left = InlineDefinitions.leftName(links.get(0));
        int sub = left.indexOf('_');
        if (sub <= 0) {
            return false;
        }
        String right = String.join("=", links.subList(1, links.size()));
        return Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(left.substring(0, sub)) + "\\s*_").matcher(right).find();
    }

    /** Where the inline formula whose text starts at {@code at} opens ({@code $} or {@code \(}), or -1. */
    private static int opening(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i >= 0 && text.charAt(i) == '$') {
            return i;
        }
        return i >= 1 && text.startsWith("\\(", i - 1) ? i - 1 : -1;
    }

    private static Segment.Prose proseAt(List<Segment> segments, int at) {
        for (Segment s : segments) {
            if (s instanceof Segment.Prose p && at >= p.start() && at < p.end()) {
                return p;
            }
        }
        return null;
    }

    /**
     * Where the sentence that goes on at {@code from} ends: at a sentence's end in its prose, or after a display that ends
     * with a full stop or that prose starting a sentence (or the document's end) follows, not another display; a heading or a
     * directive ends it too.
     */
    static int sentenceEnd(String text, List<Segment> segments, int from) {
        int pos = from;
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            if (s instanceof Segment.Prose p) {
                if (p.end() <= pos) {
                    continue;
                }
                Matcher m = SENTENCE_END.matcher(text.substring(Math.max(pos, p.start()), p.end()));
                if (m.find()) {
                    return Math.max(pos, p.start()) + m.start();
                }
            } else if (s instanceof Segment.Math m) {
                if (m.end() <= pos) {
                    continue;
                }
                String formula = text.substring(m.start(), m.end()).strip();
                Segment next = k + 1 < segments.size() ? segments.get(k + 1) : null;
                Segment display = k + 2 < segments.size() && next instanceof Segment.Prose p && text.substring(p.start(), p.end()).isBlank()
                        ? segments.get(k + 2) : next;
                String after = next instanceof Segment.Prose p ? text.substring(p.start(), p.end()).strip() : "";
                // "we get $$A$$ $$B$$ and $$C$$": displays one after another go on with the sentence, as prose in lower case does
                if (formula.endsWith(".") || !(display instanceof Segment.Math) && (after.isEmpty() || Character.isUpperCase(after.charAt(0)))) {
                    return m.close();
                }
            } else if (s.start() >= pos) {
                return s.start();
            }
        }
        return text.length();
    }

    /**
     * Whether a definition in {@code [from, end)} uses {@code d}'s name: an inline one a word announces, or a display that
     * defines a name ({@code $$L = \frac{1}{2} r^2$$}, no derivative on its left side).
     */
    private static boolean usedByADefinition(String text, List<Segment> segments, List<InlineDefinitions> inline, InlineDefinitions d,
                                             int from, int end) {
        for (InlineDefinitions o : inline) {
            if (o != d && o.reads() && o.at() >= from && o.at() < end && rightMentions(o.latex(), d)) {
                return true;
            }
        }
        for (Segment s : segments) {
            if (s instanceof Segment.Math m && m.start() >= from && m.start() < end) {
                for (String row : text.substring(m.start(), m.end()).replace("&", "").split("\\\\\\\\")) {
                    List<String> links = InlineDefinitions.links(row);
                    if (links.size() >= 2 && !links.get(0).isBlank() && !CLAIM.matcher(links.get(0)).find() && rightMentions(row, d)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the right side of {@code formula} writes {@code d}'s name: its command or letter, or the name as written. */
    private static boolean rightMentions(String formula, InlineDefinitions d) {
        List<String> links = InlineDefinitions.links(formula);
        if (links.size() < 2) {
            return false;
        }
        String right = String.join("=", links.subList(1, links.size()));
        if (right.replaceAll("\\s+", "").contains(d.shown().replaceAll("\\s+", "")) && d.shown().length() > 1) {
            return true;
        }
        Matcher m = InlineDefinitions.WORD.matcher(right);
        while (m.find()) {
            if (m.group().equals("\\" + d.name()) || m.group().equals(d.name())) {
                return true;
            }
        }
        return false;
    }
}
