package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The range of a parameter that the prose states in inline math (SPEC §8): "Let $u$ be a residual and
 * $0 < \tau < 1$" is the directive {@code assume 0 < tau < 1}; "where $\kappa > 0$", "assume $c \ge 0$" are
 * {@code assume kappa > 0} and {@code assume c >= 0}. Only inline math that is that comparison and nothing else
 * is read: one letter or Greek letter, no subscript, between 0 and 1 (either inequality strict or not: the
 * sampler draws inside), or above 0 after a word that sets it ({@code let}, {@code where}, {@code with},
 * {@code assume}, {@code given}); "for $x > 0$", "if $x > 0$" are cases, not assumptions, and a negated
 * statement ("not $0 < p < 1$") assumes nothing.
 */
final class ProseParameterRanges {
    /** One letter or Greek letter: group 1. */
    private static final String NAME = "(\\\\(?:var)?[a-z]+|[A-Za-z])";
    private static final String BELOW = "(?:<|\\\\le|\\\\leq|\\\\leqslant|≤)";
    private static final String ABOVE = "(?:>|\\\\ge|\\\\geq|\\\\geqslant|≥)";
    private static final Pattern UNIT = Pattern.compile("\\$\\s*0\\s*" + BELOW + "\\s*" + NAME + "\\s*" + BELOW
            + "\\s*1\\s*[.,;]?\\s*\\$");
    private static final Pattern POSITIVE = Pattern.compile("(?i)\\b(?:let|where|with|assume|assuming|given)\\b[^.$\\n]{0,30}?"
            + "\\$\\s*" + NAME + "\\s*(" + ABOVE + ")\\s*0\\s*[.,;]?\\s*\\$");
    private static final Pattern NEGATION = Pattern.compile("(?i)(?:\\bnot|\\bnever|\\bno|\\bunless|\\bunlike)[\\s-]*(?:[a-z]+\\s+)?$");
    /** Greek letters that are no parameter's name here: constants and operators. */
    private static final List<String> NOT_NAMES = List.of("pi", "infty", "cdot", "sum", "prod", "dots", "ldots", "cdots");

    private ProseParameterRanges() {
    }

    /** The assumptions {@code prose} states as ranges, in symgrad's ASCII ({@code 0 < tau < 1}), in the order written. */
    static List<String> find(String prose) {
        List<String> out = new ArrayList<>();
        Matcher u = UNIT.matcher(prose);
        while (u.find()) {
            spelling(u.group(1)).filter(n -> !negated(prose, u.start())).map(n -> "0 < " + n + " < 1")
                    .filter(a -> !out.contains(a)).ifPresent(out::add);
        }
        Matcher p = POSITIVE.matcher(prose);
        while (p.find()) {
            String relation = p.group(2).equals(">") ? ">" : ">=";
            spelling(p.group(1)).filter(n -> !negated(prose, p.start())).map(n -> n + " " + relation + " 0")
                    .filter(a -> !out.contains(a)).ifPresent(out::add);
        }
        ProseNamedRanges.find(prose).stream().filter(a -> !out.contains(a)).forEach(out::add);
        return out;
    }

    /** Whether a negation stands right before {@code at}: "not", "never", "no", "unless", "unlike". */
    static boolean negated(String prose, int at) {
        return NEGATION.matcher(prose.substring(Math.max(0, at - 20), at)).find();
    }

    /** symgrad's name of a letter or Greek letter ({@code \varepsilon} is epsilon), or empty for a constant or an operator. */
    static java.util.Optional<String> spelling(String written) {
        if (!written.startsWith("\\")) {
            return java.util.Optional.of(written);
        }
        String name = written.substring(1);
        if (name.startsWith("var")) {
            name = name.substring(3);
        }
        return NOT_NAMES.contains(name) || name.length() < 2 ? java.util.Optional.empty() : java.util.Optional.of(name);
    }
}
