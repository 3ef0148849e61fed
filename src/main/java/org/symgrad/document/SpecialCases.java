package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.assume.Sampling;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Num;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.Condition;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.LatexTokens;

/**
 * A special case the prose states for the display after it, setting a quantity of the derivation to a value: "If
 * $\mu = 0$, this reduces to plain gradient descent:", "Setting $\mu = 0$ gives", "When $\alpha = 1$ we recover the
 * lasso:", "If $g_i = g$ for all $i$, then", "Suppose every input is the same, $x_i = x$ for all $i$. Then". The display
 * is checked where the case holds ({@link org.symgrad.assume.Sampling.Equal}). "For", and "at" with the math right after
 * it ("At $\mu = 0$ the update is"), state one only with a number:
 * "For $\gamma = 0$ this is the cross-entropy derivative"; "with" with a number or names set to one value: "With equal
 * widths $\sigma_1 = \sigma_2 = \sigma$,". Every equality of a list counts ("($y = 1$, $d < m$)"). A name with index
 * letters sets every entry with its quantifier ("for all $i$") or where none of its letters is free in the display ("If
 * the exposure is one, $t_i = 1$," before a sum over i); "if $y_k = 1$" before a display in k is one entry, a case only
 * of a label vector whose entries sum to one (one-hot, a simplex), where it puts the label's 1 at k
 * ({@code y one-hot at k}). Whether the name is one the derivation uses and does not define — a definition "if $z = w x
 * + b$" is no special case — and which entries a case sets, the caller decides.
 */
final class SpecialCases {
    /** The words that state a hypothesis whatever follows them. */
    private static final String HYPOTHESIS_WORDS = "if|when|whenever|suppose|supposing|assuming|assume|provided";
    /** A word that states a hypothesis, a few words without math, then inline math ({@code math}). */
    private static final Pattern HYPOTHESIS = Pattern.compile("(?i)\\b(?:" + HYPOTHESIS_WORDS + "|(?<with>with)"
            + "|(?<set>setting|taking|putting|letting|(?<at>at))|in the (?:special )?case|(?<for>for))"
            + "\\b[^.$\\n]{0,60}?\\$(?<math>[^$]+)\\$");
    /** A hypothesis word earlier in the sentence that ends the text ("If $y_k = 1$": "If "); "with" states a fact there. */
    private static final Pattern IN_A_HYPOTHESIS = Pattern.compile("(?i)\\b(?:" + HYPOTHESIS_WORDS
            + "|assum\\w*|unless|case|for|setting|taking|putting|letting|at)\\b[^.!?]*$");
    /** The quantifier right after a case's math: ", for all $i$". */
    private static final Pattern EVERY = Pattern.compile("\\G\\s*,?\\s*for\\s+(?:all|every|each|any)\\s+(?:\\$\\s*[a-z]\\s*\\$|[a-z]\\b)");
    /** The start of a sentence: "At $\\mu = 0$ the update is" states a case, "it has a kink at $x = 0$" names a point. */
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?:]|\\n\\s*\\n)\\s*$");
    /** A word after the case that leads into the display below it ("then", "we get"), as the case's sentence ends. */
    private static final Pattern LEADS_ON = Pattern.compile("(?i)\\b(?:then|so|hence|thus|therefore|gives|giving|get|obtain"
            + "|becomes?|reduces?|recovers?|have|find|is|are|reads|equals|simplifies)\\b");
    /** Another sentence after the case's, or words that leave it ("in general"). */
    private static final Pattern LEAVES = Pattern.compile("(?i)[.!?]\\s+\\S|\\b(?:in general|general case|otherwise|instead)\\b");

    /** A noun phrase and a comma between "for" and a case's math: "For an average team, $R = A$". */
    private static final Pattern APPOSED = Pattern.compile("\\s+(?:a|an|the|any|every|each)\\s[^$,]{1,40},\\s*");

    private SpecialCases() {
    }

    /**
     * The special case that the prose {@code document[start, end)} states for the display after it: the last one after a
     * hypothesis word, of a name written before it ({@link #writtenBefore}), with no inline math after it (its sentence
     * leads into the display).
     */
    static List<Special> before(String document, int start, int end, LatexContext context, int line) {
        return stated(document, start, end, context, line).cases();
    }

    /**
     * The equations a special case's sentence states follow from it ({@link #before}): "At $w = 0$ every
     * $\mu_n = \frac12$, so": each a claim of its own, to check where the case holds; none where the prose states no case.
     */
    static List<Consequence> consequences(String document, int start, int end, LatexContext context, int line) {
        return stated(document, start, end, context, line).consequences();
    }

    /** The inline math {@code document[start, end)} that states a consequence of a special case. */
    record Consequence(int start, int end) {
    }

    /** The cases a sentence states and the consequences it draws from them. */
    private record Stated(List<Special> cases, List<Consequence> consequences) {
    }

    private static Stated stated(String document, int start, int end, LatexContext context, int line) {
        String prose = document.substring(start, end);
        Matcher m = HYPOTHESIS.matcher(prose);
        List<Special> found = List.of();
        int after = 0;
        while (m.find()) {
            // "Setting $\\mu = 0$ gives", "At $\\mu = 0$ the update is": the math right after the word ("setting the slope
            // to zero, … at $t = …$" sets no t; "at the disease-free state $S = N$" names a point, InlinePoints)
            if (ProseParameterRanges.negated(prose, m.start())
                    || m.group("set") != null && !prose.substring(m.end("set"), m.start("math") - 1).isBlank()
                    || m.group("at") != null && !SENTENCE_START.matcher(prose.substring(0, m.start())).find()) {
                continue;
            }
            // "($y = 1$, $d < m$)", "$\\sigma_1 = \\sigma_2 = \\sigma$": every equality of the list after the word
            InlineMathLists.Listed list = InlineMathLists.from(prose, m.start("math"), m.end("math"));
            Matcher every = EVERY.matcher(prose);
            boolean quantified = every.find(list.end());
            List<Special> cases = new ArrayList<>();
            for (InlineMathLists.Piece piece : list.pieces()) {
                List<Condition> set = equalities(document, start + piece.start(), start + piece.end(), context);
                for (Condition c : set) {
                    // "for $\\gamma = 0$ this is the cross-entropy": "for" sets a value only to a number ("for $t = 1, …$" is
                    // a range); "with" only to a number or names to one value ("with equal widths $\\sigma_1 = \\sigma_2 = \\sigma$"),
                    // as "with $a = w x + b$" defines a
                    boolean number = c.operands().get(1) instanceof Num;
                    // "For an average team, $R = A$, and": a noun phrase and a comma before it set one name to another
                    boolean apposed = m.group("for") != null && c.operands().get(0) instanceof Sym && c.operands().get(1) instanceof Sym
                            && APPOSED.matcher(prose.substring(m.end("for"), m.start("math") - 1)).matches();
                    if ((m.group("for") == null && m.group("at") == null || number || apposed) && (m.group("with") == null || number || set.size() > 1)
                            && writtenBefore(c, document, start + m.start("math"))) {
                        cases.add(new Special(c, line, quantified));
                    }
                }
            }
            if (!cases.isEmpty()) {
                found = cases;
                after = quantified ? every.end() : list.end();
            }
        }
        if (found.isEmpty()) {
            return new Stated(found, List.of());
        }
        // the rest of the case's sentence, or the one sentence after it ("… for all $i$. Then"), leads into the display
        String rest = prose.substring(after).replaceFirst("^[\\s,.;:)]+", "");
        int restStart = end - rest.length();
        // "For a target at rest, $u_2 = 0$, and" ends its sentence in the display
        // "For a dissimilar pair ($y = 0$) inside the margin ($d < m$),": a further condition, and a comma, into the display
        boolean leads = rest.isBlank() || rest.strip().equalsIgnoreCase("and") || LEADS_ON.matcher(rest).find()
                || rest.strip().endsWith(":") || rest.strip().endsWith(",") && onlyConditions(prose.substring(after));
        List<Consequence> consequences = consequencesIn(rest, restStart);
        return leads && (!rest.contains("$") || !consequences.isEmpty() || onlyConditions(prose.substring(after))) && !LEAVES.matcher(rest).find()
                ? new Stated(found, consequences) : new Stated(List.of(), List.of());
    }

    /** The special cases the equation {@code math} ({@code y = 0}) states, of the prose at {@code line}. */
    static List<Special> of(String math, LatexContext context, int line) {
        try {
            return equalities(math, 0, math.length(), context).stream().map(c -> new Special(c, line, false)).toList();
        } catch (SymgradException e) {
            return List.of(); // not an equation this reader takes
        }
    }

    /**
     * Whether every inline math of {@code rest} is an order relation only ("For a dissimilar pair ($y = 0$) with $d < m$:"): a
     * further condition of the case, which {@link StatedCases} reads, not a formula that finishes the case before the display.
     */
    private static boolean onlyConditions(String rest) {
        int first = rest.indexOf('$');
        if (first < 0 || SENTENCE_END.matcher(rest.substring(0, first)).find()) {
            return false; // "with target $\gamma = 1$. When …, $\sqrt{v} < \gamma$,": the next sentence's case, not this one's
        }
        Matcher m = InlineMathLists.ANY.matcher(rest);
        boolean any = false;
        while (m.find()) {
            String math = m.group("math");
            if (!StatedCases.ORDER.matcher(math).find() || math.replace("<=", "").replace(">=", "").contains("=")) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The end of a sentence: a full stop, question or exclamation mark and a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)");

    /** A word before inline math that makes it another hypothesis or a definition, not a consequence of the case. */
    private static final Pattern NOT_A_CONSEQUENCE = Pattern.compile("(?i)\\b(?:" + HYPOTHESIS_WORDS
            + "|unless|for|with|where|let|define\\w*|setting|taking)\\b");

    /**
     * The inline math in the rest of a case's sentence, where it states what follows from the case, "At $w = 0$ every
     * $\\mu_n = \\frac12$, so": equations only, none after a word of another hypothesis or a definition ("if", "for",
     * "where"), each where it stands in the document (offset {@code at} of {@code rest}); none where any is not one. The
     * display after it is checked where the case holds, from the definitions, and never from these equations; each is a
     * claim of its own, checked there too ({@link #consequences}).
     */
    private static List<Consequence> consequencesIn(String rest, int at) {
        Matcher m = InlineMathLists.ANY.matcher(rest);
        int last = 0;
        List<Consequence> out = new ArrayList<>();
        while (m.find()) {
            String math = m.group("math");
            if (NOT_A_CONSEQUENCE.matcher(rest.substring(last, m.start())).find() || math.indexOf('=') < 0
                    || math.matches(".*(?:<|>|\\\\[lg]e|\\\\neq?|\\\\approx).*")) {
                return List.of();
            }
            last = m.end();
            out.add(new Consequence(at + m.start("math"), at + m.end("math")));
        }
        return out;
    }

    /**
     * Whether the sentence that {@code before} ends in states a hypothesis before its end: math there is a case of the
     * display after it ({@link #before}), not a fact.
     */
    static boolean underAHypothesis(String before) {
        return IN_A_HYPOTHESIS.matcher(before).find();
    }

    /**
     * The inline math {@code document[start, end)} read as names set to a value that does not use them, one condition
     * each ({@code \\sigma_1 = \\sigma_2 = \\sigma}: two): a plain name, an entry by its numbers, or a name with distinct
     * index letters (which entries it sets, the caller decides: {@link Special}); none for anything else.
     */
    private static List<Condition> equalities(String document, int start, int end, LatexContext context) {
        String math = document.substring(start, end);
        if (math.indexOf('=') < 0 || math.matches(".*(?:<|>|\\\\[lg]e|\\\\neq?).*")) {
            return List.of();
        }
        try {
            Condition c = LatexReader.condition(LatexTokens.lex(document, start, end), document, context);
            String[] texts = c.text().split("=");
            if (c.relations().stream().anyMatch(r -> !r.equals("=")) || c.isIndexRelation() || texts.length != c.operands().size()) {
                return List.of();
            }
            Expr value = c.operands().get(c.operands().size() - 1);
            List<Condition> out = new ArrayList<>();
            for (int k = 0; k + 1 < c.operands().size(); k++) {
                Condition one = new Condition(List.of(c.operands().get(k), value), List.of("="), c.span(),
                        texts[k].strip() + " = " + texts[texts.length - 1].strip());
                if (Assumption.special(one.operands().get(0), value, one.text()).isEmpty()) {
                    return List.of();
                }
                out.add(one);
            }
            return out;
        } catch (SymgradException e) {
            return List.of();
        }
    }

    /**
     * Whether {@code c} sets one entry of a vector to 1 by a letter ({@code y_k = 1}): of a label vector whose entries sum
     * to one, the label's 1 is at k ({@code y one-hot at k}), the other entries 0.
     */
    static boolean labelEntry(Condition c) {
        return byALetter(c) && c.operands().get(1).equals(Exprs.ONE);
    }

    /**
     * Whether {@code c} sets one entry of a vector to 0 by a letter ({@code y_k = 0}): of a label vector whose entries sum to
     * one, its 1 is elsewhere ({@link org.symgrad.assume.Sampling.OneHot#awayFrom}).
     */
    static boolean labelZero(Condition c) {
        return byALetter(c) && c.operands().get(1).equals(Exprs.ZERO);
    }

    private static boolean byALetter(Condition c) {
        return c.operands().get(0) instanceof Indexed x && x.indices().size() == 1 && Index.isSymbolic(x.indices().get(0));
    }

    /**
     * A special case: the condition, the line of the prose that states it, and whether the prose quantifies over the
     * name's index letters ("for all $i$").
     */
    record Special(Condition condition, int line, boolean quantified) {
        String describe() {
            return new StatedCases.Case(condition, line).describe();
        }

        /**
         * Whether the case sets an entry by index letters the prose does not quantify over ({@code y_k = 1}, {@code t_i = 1}):
         * every entry where no letter of it is free in the display ("If the exposure is one, $t_i = 1$," before Σ_i), the
         * label's 1 at k of a label vector ({@link #labelEntry}), nothing otherwise.
         */
        boolean byLetters() {
            return !quantified && condition.operands().get(0) instanceof Indexed x
                    && x.indices().stream().allMatch(Index::isSymbolic);
        }

        /** The index letters of the name the case sets. */
        List<String> letters() {
            return condition.operands().get(0) instanceof Indexed x ? x.indices() : List.of();
        }
    }

    /** The name the special case {@code c} sets. */
    static String name(Condition c) {
        return c.operands().get(0) instanceof Sym s ? s.name() : ((Indexed) c.operands().get(0)).name();
    }

    /**
     * Whether the document before {@code start} writes the name the special case {@code c} sets as the case writes it: a
     * quantity of the derivation ("if $\\mu = 0$" after {@code v_t = \\mu v_{t-1} - …}), not one the case introduces.
     */
    private static boolean writtenBefore(Condition c, String document, int start) {
        String name = c.text().substring(0, c.text().indexOf('=')).strip();
        if (name.isEmpty()) {
            return false;
        }
        String before = document.substring(0, start);
        return before.contains(name) || c.operands().get(0) instanceof Indexed x && x.indices().stream().allMatch(Index::isConcrete)
                && byLetterBefore(name, before);
    }

    /**
     * Whether {@code before} writes the name of the entry {@code entry} ({@code x_1}) with an index letter ({@code x_t},
     * {@code x_{t-1}}): "If $x_1 = 0$ then" after {@code h_t = \tanh(w h_{t-1} + x_t)} sets the entry at 1 of that input.
     */
    private static boolean byLetterBefore(String entry, String before) {
        int bar = entry.indexOf('_');
        if (bar <= 0) {
            return false;
        }
        String base = entry.substring(0, bar).strip();
        return Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(base) + "\\s*_\\s*\\{?\\s*[a-z](?![A-Za-z])").matcher(before).find();
    }

    /**
     * Whether a side differentiates by a quantity the special case {@code e} sets its name to: "if $x_i = x$ for all
     * $i$, then $\\partial L/\\partial x = …$" differentiates L with each x_i written x, which only the substitution
     * ({@link #substituted}) gives; at a point where the x_i equal x, L does not vary with x at all.
     */
    static boolean byItsValue(Sampling.Equal e, Expr... sides) {
        for (Expr side : sides) {
            if (side != null && Exprs.any(side, d -> d instanceof Derivative v && Exprs.any(e.value(), u -> sameQuantity(u, v.wrt())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameQuantity(Expr u, Expr wrt) {
        if (u instanceof Sym s && wrt instanceof Sym w) {
            return s.name().equals(w.name());
        }
        return u instanceof Indexed x && wrt instanceof Indexed w && x.name().equals(w.name());
    }

    /** {@code side} with the name the special case {@code e} sets (each entry, for a name with index letters) written as its value. */
    static Expr substituted(Expr side, Sampling.Equal e) {
        if (e.name() instanceof Sym s) {
            return Exprs.replace(side, s, e.value());
        }
        Indexed pattern = (Indexed) e.name();
        boolean entry = pattern.indices().stream().allMatch(Index::isConcrete);
        if (side instanceof Indexed x && x.name().equals(pattern.name()) && x.indices().size() == pattern.indices().size()
                && (!entry || x.indices().equals(pattern.indices()))) {
            Expr value = e.value();
            for (int k = 0; k < x.indices().size(); k++) {
                value = Indices.rename(value, pattern.indices().get(k), x.indices().get(k));
            }
            return value;
        }
        return Exprs.mapChildren(side, c -> substituted(c, e));
    }
}
