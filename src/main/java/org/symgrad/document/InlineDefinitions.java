package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.Reading;

/**
 * Definitions written only in inline math ({@code Let $p_i = …$}, {@code for a residual $r = y - f$}),
 * which SPEC §8 does not read: a step that is not proven because such a name is undefined says where
 * the inline definition is and how to write it as a display, instead of reading it silently.
 *
 * @param name  the defined name, as the reader names it ({@code htheta} for {@code h_\theta(x)})
 * @param line  the 1-based line of the inline math
 * @param latex the inline formula as written
 */
record InlineDefinitions(String name, int line, String latex) {
    /** The inline formulas {@code $T = R$} (or {@code \(T = R\)}) in the prose {@code [start, end)} whose left side is a definable name. */
    static List<InlineDefinitions> in(String text, int start, int end, java.util.function.IntUnaryOperator lineOf) {
        List<InlineDefinitions> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            int open;
            int close;
            int from;
            if (text.startsWith("\\(", i)) {
                from = i + 2;
                close = text.indexOf("\\)", from);
                open = i;
            } else if (text.charAt(i) == '$' && (i == 0 || text.charAt(i - 1) != '\\')
                    && !(i + 1 < end && text.charAt(i + 1) == '$')) {
                from = i + 1;
                close = closingDollar(text, from, end);
                open = i;
            } else {
                i++;
                continue;
            }
            if (close < 0 || close > end) {
                break;
            }
            definition(text.substring(from, close), lineOf.applyAsInt(open)).ifPresent(out::add);
            i = close + 1;
        }
        return out;
    }

    private static int closingDollar(String text, int from, int end) {
        for (int j = from; j < end; j++) {
            if (text.charAt(j) == '$' && text.charAt(j - 1) != '\\') {
                return j;
            }
        }
        return -1;
    }

    /** {@code T = R} with one top-level {@code =} (or {@code :=}) and a definable T. */
    private static Optional<InlineDefinitions> definition(String formula, int line) {
        int depth = 0;
        int eq = -1;
        for (int j = 0; j < formula.length(); j++) {
            char c = formula.charAt(j);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            } else if (c == '=' && depth == 0) {
                if (eq >= 0) {
                    return Optional.empty(); // a chain, not a definition
                }
                eq = j;
            } else if ((c == '<' || c == '>') && depth == 0) {
                return Optional.empty();
            }
        }
        if (eq <= 0 || eq == formula.length() - 1) {
            return Optional.empty();
        }
        String left = formula.substring(0, formula.charAt(eq - 1) == ':' ? eq - 1 : eq).strip();
        String right = formula.substring(eq + 1).strip();
        if (left.isEmpty() || right.isEmpty() || left.contains("\\sum") || left.contains("\\frac")) {
            return Optional.empty();
        }
        try {
            Reading r = LatexReader.read(left);
            return r.target().map(t -> new InlineDefinitions(t.name(), line, formula.strip()));
        } catch (RuntimeException e) {
            return Optional.empty(); // not a name this reader knows: no hint
        }
    }

    /** The names {@code e} mentions: symbols, vectors and functions. */
    static Set<String> names(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, Set<String> out) {
        switch (e) {
            case Sym s -> out.add(s.name());
            case Indexed x -> out.add(x.name());
            case Fn f -> out.add(f.name());
            default -> {
            }
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /** The words of the hint: where the inline definition is, and how to write it as a display. */
    String words() {
        return name + " is defined only in inline math (line " + line + ": $" + latex + "$), which symgrad does not read "
                + "(SPEC §8): write it as a display, $$" + latex + "$$";
    }
}
