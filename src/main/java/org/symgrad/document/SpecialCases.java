package org.symgrad.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.assume.Sampling;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.Condition;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.LatexTokens;

/**
 * A special case the prose states for the display after it, setting a quantity of the derivation to a value: "If
 * $\mu = 0$, this reduces to plain gradient descent:", "When $\alpha = 1$ we recover the lasso:", "If $g_i = g$ for all
 * $i$, then", "Suppose every input is the same, $x_i = x$ for all $i$. Then". The display is checked where the case
 * holds ({@link org.symgrad.assume.Sampling.Equal}). "For" states one only with a number: "For $\gamma = 0$ this is the
 * cross-entropy derivative". A name with indices is a special case only with its quantifier
 * ("for all $i$"): "if $y_k = 1$" is one entry, not every one. Whether the name is one the derivation uses and does not
 * define — a definition "if $z = w x + b$" is no special case — the caller decides.
 */
final class SpecialCases {
    /** A word that states a hypothesis, a few words without math, then inline math ({@code math}), and its quantifier ({@code every}). */
    private static final Pattern HYPOTHESIS = Pattern.compile("(?i)\\b(?:if|when|whenever|suppose|supposing|assuming|assume"
            + "|provided|in the (?:special )?case|(?<for>for))\\b[^.$\\n]{0,60}?\\$(?<math>[^$]+)\\$(?<every>\\s*,?\\s*for\\s+(?:all|every|each|any)\\s+"
            + "(?:\\$\\s*[a-z]\\s*\\$|[a-z]\\b))?");
    /** A word after the case that leads into the display below it ("then", "we get"), as the case's sentence ends. */
    private static final Pattern LEADS_ON = Pattern.compile("(?i)\\b(?:then|so|hence|thus|therefore|gives|giving|get|obtain"
            + "|becomes?|reduces?|recovers?|have|find|is|are|reads|equals|simplifies)\\b");
    /** Another sentence after the case's, or words that leave it ("in general"). */
    private static final Pattern LEAVES = Pattern.compile("(?i)[.!?]\\s+\\S|\\b(?:in general|general case|otherwise|instead)\\b");

    private SpecialCases() {
    }

    /**
     * The special case that the prose {@code document[start, end)} states for the display after it: the last one after a
     * hypothesis word, of a name written before it ({@link #writtenBefore}), with no inline math after it (its sentence
     * leads into the display).
     */
    static Optional<StatedCases.Case> before(String document, int start, int end, LatexContext context, int line) {
        String prose = document.substring(start, end);
        Matcher m = HYPOTHESIS.matcher(prose);
        StatedCases.Case found = null;
        int after = 0;
        while (m.find()) {
            if (ProseParameterRanges.negated(prose, m.start())) {
                continue;
            }
            Optional<Condition> c = equality(document, start + m.start("math"), start + m.end("math"), context, m.group("every") != null)
                    // "for $\\gamma = 0$ this is the cross-entropy": "for" sets a value only to a number ("for $t = 1, …$" is a range)
                    .filter(e -> m.group("for") == null || e.operands().get(1) instanceof org.symgrad.expr.Num);
            if (c.isPresent() && writtenBefore(c.get(), document, start + m.start("math"))) {
                found = new StatedCases.Case(c.get(), line);
                after = m.end();
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        // the rest of the case's sentence, or the one sentence after it ("… for all $i$. Then"), leads into the display
        String rest = prose.substring(after).replaceFirst("^[\\s,.;:]+", "");
        boolean leads = rest.isBlank() || LEADS_ON.matcher(rest).find() || rest.strip().endsWith(":");
        return leads && !rest.contains("$") && !LEAVES.matcher(rest).find() ? Optional.of(found) : Optional.empty();
    }

    /**
     * The inline math {@code document[start, end)} read as one name set to a value that does not use it: a plain name, or
     * one with distinct index letters where the prose quantifies over them ({@code every}); empty for anything else.
     */
    private static Optional<Condition> equality(String document, int start, int end, LatexContext context, boolean every) {
        String math = document.substring(start, end);
        if (math.indexOf('=') < 0 || math.indexOf('=') != math.lastIndexOf('=') || math.matches(".*(?:<|>|\\\\[lg]e|\\\\neq?).*")) {
            return Optional.empty();
        }
        try {
            Condition c = LatexReader.condition(LatexTokens.lex(document, start, end), document, context);
            if (c.relations().size() != 1 || !c.relations().get(0).equals("=") || c.isIndexRelation()) {
                return Optional.empty();
            }
            boolean name = c.operands().get(0) instanceof Sym || every && c.operands().get(0) instanceof Indexed;
            return name && Assumption.special(c.operands().get(0), c.operands().get(1), c.text()).isPresent()
                    ? Optional.of(c) : Optional.empty();
        } catch (SymgradException e) {
            return Optional.empty();
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
        return !name.isEmpty() && document.substring(0, start).contains(name);
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
        if (side instanceof Indexed x && x.name().equals(pattern.name()) && x.indices().size() == pattern.indices().size()) {
            Expr value = e.value();
            for (int k = 0; k < x.indices().size(); k++) {
                value = Indices.rename(value, pattern.indices().get(k), x.indices().get(k));
            }
            return value;
        }
        return Exprs.mapChildren(side, c -> substituted(c, e));
    }
}
