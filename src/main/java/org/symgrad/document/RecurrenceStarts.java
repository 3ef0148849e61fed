package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Variable;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.LatexTokens;

/**
 * The numbers prose gives entries at whole-number indices in inline math, as a recurrence's initial value is stated: "Let
 * $h_t = \tanh(w h_{t-1} + x_t)$ with $h_0 = 0$", "$v_t = \mu v_{t-1} - \eta g_t$, $v_0 = 0$", "with $m_0 = v_0 = 0$" (each
 * name of the chain). Whether an entry is a recurrence's initial term, which then has that value wherever the recurrence is
 * expanded down to it, the definitions decide ({@link org.symgrad.derive.Definitions#startOf}); an entry of anything else
 * keeps its own reading. A value under a hypothesis ("if $h_0 = 0$", "for $h_0 = 0$", "at $h_0 = 0$"), or followed by a
 * condition ("$h_0 = 0$ when …"), is a case, not the start.
 */
final class RecurrenceStarts {
    /** An entry at whole-number indices ({@code h_0}) and the number the prose gives it. */
    record Start(Indexed term, Expr value) {
    }

    /** Inline math: {@code $…$} (not a display's {@code $$}) or {@code \(…\)}. */
    private static final Pattern INLINE = Pattern.compile("(?<!\\$)\\$(?<dollar>[^$]+)\\$(?!\\$)|\\\\\\((?<paren>.+?)\\\\\\)", Pattern.DOTALL);
    /** A word that makes what follows a case, not a fact, from the last formula before it on. */
    private static final Pattern HYPOTHESIS = Pattern.compile("\\b(if|when|whenever|unless|suppose|supposing|assum\\w*|provided"
            + "|case|cases|for|at|e\\.g\\.|say)\\b");

    private RecurrenceStarts() {
    }

    /** The starts the prose {@code text[start, end)} states, in order. */
    static List<Start> in(String text, int start, int end, LatexContext context) {
        List<Start> out = new ArrayList<>();
        Matcher m = INLINE.matcher(text).region(start, end);
        int previous = start;
        while (m.find()) {
            String group = m.group("dollar") != null ? "dollar" : "paren";
            String before = text.substring(previous, m.start()).toLowerCase(Locale.ROOT);
            previous = m.end();
            int sentence = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
            String clause = sentence < 0 ? before : before.substring(sentence);
            if (HYPOTHESIS.matcher(clause).find() || InlineDefinitions.conditional(text, m.end(), end)) {
                continue;
            }
            out.addAll(of(text, m.start(group), m.end(group), context));
        }
        return out;
    }

    /**
     * The starts the formula {@code text[from, to)} states: entries at whole-number indices, each a link of a chain whose last
     * link is a number; none for anything else.
     */
    private static List<Start> of(String text, int from, int to, LatexContext context) {
        List<String> links = InlineDefinitions.links(text.substring(from, to));
        if (links.size() < 2) {
            return List.of();
        }
        Optional<Expr> value = read(links.get(links.size() - 1), context).filter(RecurrenceStarts::number);
        return value.isEmpty() ? List.of()
                : chain(links.subList(0, links.size() - 1).stream().map(link -> read(link, context)).toList(), value.get());
    }

    /**
     * The starts a display states on its own ({@code $$h_0 = 0$$} below {@code $$h_t = \tanh(w h_{t-1} + x_t)$$}, {@code m_0 =
     * v_0 = 0}): every side but the last an entry at whole-number indices, the last a number; none for anything else.
     * Whether each is a recurrence's initial term, the definitions decide ({@link DocumentDefinitions#startsRecurrence}).
     */
    static List<Start> displayed(List<Side> sides, List<Integer> relations) {
        if (sides.size() < 2 || sides.contains(null) || relations.stream().anyMatch(r -> r != org.symgrad.parse.latex.gen.LatexLexer.EQ)) {
            return List.of();
        }
        Optional<Expr> value = sides.get(sides.size() - 1).expr().filter(RecurrenceStarts::number);
        return value.isEmpty() ? List.of() : chain(sides.subList(0, sides.size() - 1).stream().map(Side::expr).toList(), value.get());
    }

    /** The start that {@code target = body}, one entry at whole-number indices by a number ({@code h_0 = 0}), states, if it is one. */
    static Optional<Start> of(Expr target, Expr body) {
        return target instanceof Indexed x && atNumbers(x) && number(body) ? Optional.of(new Start(x, body)) : Optional.empty();
    }

    /** Each of {@code links} an entry at whole-number indices, started at {@code value}; none where one is anything else. */
    private static List<Start> chain(List<Optional<Expr>> links, Expr value) {
        List<Start> out = new ArrayList<>();
        for (Optional<Expr> link : links) {
            if (!(link.orElse(null) instanceof Indexed x) || !atNumbers(x)) {
                return List.of();
            }
            out.add(new Start(x, value));
        }
        return out;
    }

    private static boolean atNumbers(Indexed x) {
        return x.indices().stream().allMatch(Index::isConcrete);
    }

    /** Whether {@code e} names no variable: a number a start can be. */
    private static boolean number(Expr e) {
        return !Exprs.any(e, x -> x instanceof Variable);
    }

    private static Optional<Expr> read(String link, LatexContext context) {
        String written = link.strip();
        if (written.isEmpty()) {
            return Optional.empty();
        }
        try {
            return LatexReader.read(LatexTokens.lex(written, 0, written.length()), written, context).expr();
        } catch (SymgradException e) {
            return Optional.empty(); // not a formula this reader takes
        }
    }
}
