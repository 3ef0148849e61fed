package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.symgrad.assume.Sampling;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.latex.Condition;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.LatexTokens;

/**
 * A case the document states of an expression (SPEC §8): {@code y f < 1} written beside a step
 * ({@code = -y \quad \text{if } y f < 1}), in the prose before it ("Where the margin is violated, $y f < 1$, and",
 * "For $yf < 1$:") or closing the sentence after it ("where $y f < 1$."). The step is checked where the case
 * holds: the points drawn satisfy it, and a switch of that expression ({@code \mathbb{1}[y f < 1]}, the max in
 * {@code \max(0, 1 - y f)}) is taken on its side ({@link Sampling.Holds}). A step true everywhere stays
 * proven as it was; one false where the case holds stays false, with a witness there. Only an inequality is
 * read ({@code <}, {@code >}, {@code \le}, {@code \ge}, chained or not); a comparison of index letters is a branch
 * ({@link ProseConditions}), a single name's sign or unit range an assumption ({@link DocumentAssumptions#bound}).
 */
final class StatedCases {
    /** A case stated in the prose, and the line of the prose that states it. */
    record Case(Condition condition, int line) {
        String describe() {
            return condition.text() + " (from the text at line " + line + ")";
        }
    }

    /**
     * A word that introduces a case, then a few words without math, on the same line or the next of the paragraph, then
     * inline math (group 1: its body): "For a dissimilar pair that is closer than the margin, $x < \\Delta$, the hinge is
     * active", "Otherwise $-y(x_1 - x_2) + m > 0$ and".
     */
    private static final Pattern CASE = Pattern.compile("(?i)\\b(?:when|whenever|if|for|where|wherever|assuming|assume|suppose|provided|otherwise|with"
            + "|case|side|region|regime|branch)\\b(?:[^.$\\n]|\\n(?![ \\t]*\\n)){0,60}?\\$([^$]+)\\$");
    /**
     * Prose after the case's inline math that leads into the display below: "on the side $z > z_0$, we have $r = z - z_0$
     * and so", "… $u = y f$, hence", "we have $|w| = w$, so the derivative is". The display is then part of the case, not set apart from it by a formula of its own.
     */
    private static final Pattern LEADS_ON = Pattern.compile("(?i)\\b(?:so|hence|thus|therefore|gives|giving|get|obtain)\\s*[,:]?\\s*$"
            + "|\\b(?:so|hence|thus|therefore|and|then)\\b[^.!?;$]{0,50}\\b(?:is|are|becomes|reads|equals|gives|get|obtain|simplifies\\s+to)\\s*[,:]?\\s*$"
            + "|(?:^|\\$)[^.!?;$]*\\band\\s*$");
    /**
     * The same, where it opens the prose right after a display and ends its sentence: "where $y f < 1$.", or ends it
     * with the value elsewhere: "whenever $0 \\le j - i \\le K - 1$, and is zero otherwise."
     */
    private static final Pattern CLOSING = Pattern.compile("(?i)^[\\s,;]*(?:where|when|whenever|if|for|wherever|provided)"
            + "(?:\\s+that)?\\s*\\$([^$]+)\\$\\s*(?:,?\\s*(?:and\\s+)?(?:(?:it\\s+)?is\\s+|equals\\s+)?(?:zero|0|\\$0\\$)"
            + "\\s+otherwise\\s*)?(?:[.;]|$)");
    /** An order relation between index bounds: {@code <}, {@code \\le}, {@code ≤}. */
    private static final String BELOW = "(?:<|\\\\(?:leqslant|leq|le|lt)(?![A-Za-z])|≤)";
    /**
     * Inline math that is only an index letter between two bounds, which states a case without a case word before it:
     * "an interior sample $u_k$, $1 < k < n$, appears", "$2 \\le t \\le T - 1$" (groups: lower bound, first relation,
     * the letter, second relation, upper bound). The full range of a sum, {@code 1 \\le i \\le n}, states no case.
     */
    private static final Pattern INDEX_RANGE = Pattern.compile("\\$\\s*([0-9]+|[a-z])\\s*(" + BELOW + ")\\s*([a-z])\\s*("
            + BELOW + ")\\s*([A-Za-z](?:\\s*[-+]\\s*[0-9]+)?|[0-9]+)\\s*[,.;]?\\s*\\$");
    /**
     * A sign word before one name in inline math, which states that name's sign as the case: "For a positive residual $r$ the
     * influence function is", "for negative $z$" (groups: the word, the name's LaTeX).
     */
    private static final Pattern SIGNED = Pattern.compile("(?i)\\b(?:for|when|if|where|wherever)\\s+(?:(?:a|an|the|each|every|any|all)\\s+)?"
            + "(positive|negative)\\s+(?:[a-z-]+\\s+){0,2}?\\$\\s*((?:\\\\[A-Za-z]+|[A-Za-z])(?:_(?:\\{[A-Za-z0-9]+\\}|[A-Za-z0-9]))?)\\s*\\$");
    /** Inline math that is a formula, not only a name: a relation or an operation ("$a(x) = 0$", "$y f$" is not one). */
    private static final Pattern FORMULA = Pattern.compile("[=<>+*/-]|\\\\(?:frac|cdot|times|le|ge|ne|sum|prod)|≤|≥|≠");
    /**
     * Inline math alone on the prose's last line, after a list mark or a number ("(i)", "2.", "-"), and then a colon: group 1
     * its body.
     */
    private static final Pattern LABELLED = Pattern.compile("(?:^|\\n)[ \\t>*•-]*(?:\\(?(?:[0-9]{1,2}|[ivx]{1,4}|[a-h])[.)]\\s*)?"
            + "[*_]*\\$([^$]+)\\$[*_ \\t]*:[*_\\s]*$");
    /**
     * Inline math that ends the prose, a colon or a comma at most after it, perhaps in brackets, and words that lead into the display
     * at most (group 1: its body): "…, $d < m$:", "inside the margin ($d < m$),", "($d < m$), we get".
     */
    private static final Pattern TRAILING = Pattern.compile("(?i)\\$([^$]+)\\$\\s*\\)?\\s*[:,]?\\s*"
            + "(?:(?:we\\s+)?(?:get|have|obtain|find)|this\\s+gives|then|so|hence|thus)?\\s*[:,]?\\s*$");
    /** A word that opens a case ({@link #CASE}'s words). */
    private static final Pattern CASE_WORD = Pattern.compile("(?i)\\b(?:when|whenever|if|for|where|wherever|assuming|assume|suppose"
            + "|provided|otherwise|case|side|region|regime|branch)\\b");

    /** The sentence of {@code prose} up to {@code at}: from the last full stop, ! or ? before it (an abbreviation's dots end none). */
    private static String sentenceBefore(String prose, int at) {
        String masked = ABBREVIATION.matcher(prose.substring(0, at)).replaceAll(a -> a.group().replace('.', ' '));
        int stop = Math.max(masked.lastIndexOf(". "), Math.max(masked.lastIndexOf("! "), Math.max(masked.lastIndexOf("? "), masked.lastIndexOf("\n\n"))));
        return masked.substring(stop + 1);
    }

    /** An abbreviation written with dots inside a sentence: "i.e.", "e.g.", "resp.", "cf.". */
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)\\b(?:i\\.\\s?e\\.|e\\.\\s?g\\.|resp\\.|cf\\.)");
    /** An order relation in LaTeX or Unicode. */
    static final Pattern ORDER = Pattern.compile("<|>|\\\\(?:le|leq|leqslant|ge|geq|geqslant|lt|gt)(?![A-Za-z])|≤|≥");

    private StatedCases() {
    }

    /** The cases {@code c} states of expressions, as constraints of the points drawn; empty for any other condition. */
    static List<Sampling.Holds> holds(Condition c) {
        return DocumentAssumptions.bound(c).isPresent() ? List.of() : ofValues(c);
    }

    /**
     * {@link #holds}, also of a single name's sign or unit range: the case of a name the document defines ("When $z > 0$" of
     * z = w x + b), a constraint of its value, which no bound on a free variable z would be.
     */
    static List<Sampling.Holds> ofValues(Condition c) {
        if (c.isIndexRelation() || c.relations().isEmpty()) {
            return List.of();
        }
        List<Sampling.Holds> out = new ArrayList<>();
        for (int k = 0; k < c.relations().size(); k++) {
            Expr a = c.operands().get(k);
            Expr b = c.operands().get(k + 1);
            Expr positive = switch (c.relations().get(k)) {
                case "<", "<=" -> Exprs.sub(b, a);
                case ">", ">=" -> Exprs.sub(a, b);
                default -> null;
            };
            if (positive == null) {
                return List.of();
            }
            out.add(new Sampling.Holds(positive, c.relations().get(k).length() == 1, c.text()));
        }
        return out;
    }

    /**
     * The case that the prose {@code document[start, end)} states for the display after it: the last inline inequality
     * after a case word, unless negated ("not $y f < 1$"), finished in inline math before the display ("For $x < 0$:
     * $a(x) = 0$", "for $y f < 1$ we have $…$, while"), or closing the sentence of the display before it
     * ({@link #closing}).
     */
    static Optional<Case> before(String document, int start, int end, LatexContext context, int line) {
        String prose = document.substring(start, end);
        Matcher closing = CLOSING.matcher(prose);
        int from = closing.find() ? closing.end() : 0;
        // "When the loss is active, i.e. $… > 0$": an abbreviation's dots end no sentence (masked, same length)
        Matcher m = CASE.matcher(ABBREVIATION.matcher(prose).replaceAll(a -> a.group().replace('.', ' ')));
        Case found = null;
        int after = 0;
        while (m.find()) {
            if (m.start() < from || ProseParameterRanges.negated(prose, m.start())) {
                continue;
            }
            // "($y = 1$, $d < m$)": each piece of a list after the case word
            InlineMathLists.Listed list = InlineMathLists.from(prose, m.start(1), m.end(1));
            for (InlineMathLists.Piece piece : list.pieces()) {
                Optional<Condition> c = inequality(document, start + piece.start(), start + piece.end(), context);
                if (c.isPresent()) {
                    found = new Case(c.get(), line);
                    after = list.end();
                }
            }
        }
        Matcher signed = SIGNED.matcher(prose);
        while (signed.find()) {
            if (signed.start() < from || signed.end() <= after || ProseParameterRanges.negated(prose, signed.start())) {
                continue;
            }
            String stated = signed.group(2) + (signed.group(1).equalsIgnoreCase("positive") ? " > 0" : " < 0");
            Optional<Condition> c = inequality(stated, 0, stated.length(), context);
            if (c.isPresent()) {
                found = new Case(c.get(), line);
                after = signed.end();
            }
        }
        // "For a dissimilar pair ($y = 0$) closer than the margin, $d < m$:": an inequality that ends the prose, in a sentence a
        // case word opens, leads into the display below as its case
        Matcher trailing = TRAILING.matcher(prose);
        if (found == null && trailing.find() && trailing.start() >= from && !ProseParameterRanges.negated(prose, trailing.start())
                && CASE_WORD.matcher(sentenceBefore(prose, trailing.start())).find()) {
            Optional<Condition> c = inequality(document, start + trailing.start(1), start + trailing.end(1), context);
            if (c.isPresent()) {
                found = new Case(c.get(), line);
                after = trailing.end();
            }
        }
        // "For $x < 0$: $a(x) = 0$": the case's formula is inline, and the display below is no part of it; a name in inline
        // math after the case ("For $r \geq 0$ the influence of a residual $r$ is") finishes nothing
        if (found != null && writesAFormula(prose.substring(after)) && !LEADS_ON.matcher(prose.substring(after)).find()) {
            found = null;
        }
        Matcher range = INDEX_RANGE.matcher(prose);
        while (range.find()) {
            if (range.start() < from || range.start() < after || ProseParameterRanges.negated(prose, range.start())
                    || fullRange(range) || equationAfter(prose.substring(range.end()))) {
                continue;
            }
            Optional<Condition> c = inequality(document, start + range.start() + 1, start + range.end() - 1, context);
            if (c.isPresent()) {
                found = new Case(c.get(), line);
                after = range.end();
            }
        }
        // "(i) $w > 0$:", "- $z \le 0$:": an inequality alone on its line, perhaps numbered, led into the display by a colon
        Matcher labelled = LABELLED.matcher(prose);
        if (found == null && labelled.find() && labelled.start(1) >= from) {
            found = inequality(document, start + labelled.start(1), start + labelled.end(1), context).map(c -> new Case(c, line))
                    .orElse(null);
        }
        return Optional.ofNullable(found);
    }

    /** Whether {@code prose} (starting outside math) holds inline math that is a formula ({@link #FORMULA}), not only names. */
    private static boolean writesAFormula(String prose) {
        Matcher m = InlineMathLists.ANY.matcher(prose);
        while (m.find()) {
            if (FORMULA.matcher(m.group("math")).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the index range {@code m} is a sum's whole range, {@code 1 \\le i \\le n}: not strict, from 0 or 1 to a letter. */
    private static boolean fullRange(Matcher m) {
        return !m.group(2).equals("<") && !m.group(2).contains("lt") && !m.group(4).equals("<") && !m.group(4).contains("lt")
                && m.group(1).matches("[01]") && m.group(5).matches("[A-Za-z]");
    }

    /** Whether {@code prose} writes an equation in inline math: the case's own formula, with no display below it. */
    private static boolean equationAfter(String prose) {
        Matcher m = Pattern.compile("\\$([^$]+)\\$").matcher(prose);
        while (m.find()) {
            if (m.group(1).contains("=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The case that the prose {@code document[start, end)}, right after a display, states for it in the words that
     * open it and end their sentence: "where $y f < 1$.", ", for $x > 0$;".
     */
    static Optional<Condition> closing(String document, int start, int end, LatexContext context) {
        Matcher m = CLOSING.matcher(document.substring(start, end));
        return m.find() ? inequality(document, start + m.start(1), start + m.end(1), context) : Optional.empty();
    }

    /** The inline math {@code document[start, end)} read as a condition of order relations only, if it is one. */
    private static Optional<Condition> inequality(String document, int start, int end, LatexContext context) {
        String math = document.substring(start, end);
        if (!ORDER.matcher(math).find() || math.contains("=")) {
            return Optional.empty();
        }
        List<Token> tokens = LatexTokens.lex(document, start, end);
        try {
            Condition c = LatexReader.condition(tokens, document, context);
            boolean order = !c.relations().isEmpty() && c.relations().stream().allMatch(r -> r.startsWith("<") || r.startsWith(">"));
            return order ? Optional.of(c) : Optional.empty();
        } catch (SymgradException e) {
            return Optional.empty();
        }
    }
}
