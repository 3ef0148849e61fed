package org.symgrad.document;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point the prose names in inline math, not a definition: "the hazard peaks at $t = \alpha (\beta - 1)^{1/\beta}$"
 * beside {@code S(t) = …}, "At the disease-free state $S = N$, $I = 0$" beside {@code f(S, I) = …}, "most curved at
 * $z = z_R$" beside {@code w(z) = …}. The letter is a parameter of a function the document defines, and the formula
 * follows "at" (a noun phrase of up to three words, and the list of formulas it starts, between them): it says where the
 * function is looked at. Read as a definition, the letter would be a constant in every step below, which then differentiate
 * in it (∂ log S(t)/∂β was checked at one t only, and a right step was called false). A fresh name there, {@code t^*},
 * is no parameter, and stays what {@link InlineDefinitions} makes of it.
 */
final class InlinePoints {
    private InlinePoints() {
    }

    /** "at", then up to three words that are not math, at the end of the clause: "at", "peaks at", "at the disease-free state". */
    private static final Pattern AT = Pattern.compile("\\bat(\\s+[^\\s$]+){0,3}\\s*$");
    /** A formula ending a clause with the comma or "and" that lists the next after it: "$S = N$, ". */
    private static final Pattern LISTED = Pattern.compile("\\$[^$]*\\$\\s*(,|and|,\\s*and)\\s*$");

    /**
     * Whether {@code d}, an inline formula of {@code text}, names a point of a function whose {@code parameters} include its
     * letter, rather than defining the letter.
     */
    static boolean isPoint(InlineDefinitions d, String text, Set<String> parameters) {
        if (!parameters.contains(d.name()) || d.ofAFunction()) {
            return false;
        }
        int open = d.at() - 1;
        while (open > 0 && text.charAt(open) != '$' && text.charAt(open) != '(') {
            open--;
        }
        if (open > 0 && text.charAt(open) == '(' && text.charAt(open - 1) == '\\') {
            open--;
        }
        String clause = InlineDefinitions.clauseBefore(text, 0, Math.max(0, open));
        for (Matcher m = LISTED.matcher(clause); m.find(); m = LISTED.matcher(clause)) {
            clause = clause.substring(0, m.start());
        }
        return AT.matcher(clause).find();
    }

    /**
     * Whether {@code d} gives the value of a function at a quantity the document defines, rather than defining the function:
     * "Setting this to zero gives $\phi(z) = 1/(2\sqrt{\pi})$" beside {@code $z = (y - \mu)/\sigma$}. Its every
     * argument is a name {@code quantities} defines (no parameter of a function), and its right side does not use them (a
     * function defined so would be a constant). Read as a definition, it hid the prose's "$\phi$ … the standard normal
     * density", and the right steps that differentiate φ were called false.
     */
    static boolean isValueAtQuantity(InlineDefinitions d, Set<String> quantities) {
        java.util.Optional<java.util.List<org.symgrad.expr.Expr>> arguments = d.parameters();
        return arguments.isPresent() && !arguments.get().isEmpty() && arguments.get().stream().allMatch(a ->
                a instanceof org.symgrad.expr.Sym s && quantities.contains(s.name()) && !d.bodyMentions(s.name()));
    }
}
