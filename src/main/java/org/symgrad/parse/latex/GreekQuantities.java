package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.parse.GreekLetters;

/**
 * Lower-case Greek letters a document writes as quantities and never as functions, for {@link VectorReader}: written
 * somewhere alone, not before a bracket ({@code \lambda > 0}, {@code \lambda\mathbf{w}}, {@code \frac{\lambda}{2}}), and
 * nowhere before a bracket that holds one name or with a prime ({@code \phi(z)}, {@code \phi'(z)}, {@code \phi(\mathbf{x}_n)}).
 * Such a letter before parentheses multiplies them, as the scalar reader reads it: {@code \lambda(\mathbf{w}^\top\mathbf{w} - 1)}
 * of a Lagrangian is λ times the constraint. σ, Γ and ψ are functions by convention and never such a letter.
 */
final class GreekQuantities {
    private static final Set<String> FUNCTIONS = Set.of("sigma", "psi", "phi", "varphi", "Gamma");
    private static final Pattern GREEK = Pattern.compile("\\\\([a-z]+)(?![a-zA-Z])");
    /** What may follow a function's name: a bracket, perhaps sized, perhaps after scripts; or a prime. */
    private static final Pattern BRACKET = Pattern.compile("\\s*(?:\\\\(?:left|big|Big|bigg|Bigg)l?\\s*)?\\(");
    private static final Pattern PRIME = Pattern.compile("\\s*(?:'|\\^\\s*\\{?\\s*\\\\prime)");
    /** A bracket that holds one name: {@code (z)}, {@code (\mathbf{x}_n)}, {@code (x^{(i)})}. */
    private static final Pattern ONE_NAME = Pattern.compile("\\s*(?:\\\\left\\s*)?\\(\\s*(?:\\\\(?:mathbf|boldsymbol|bm|vec|hat|tilde|bar)"
            + "\\s*\\{?\\s*)?\\\\?[a-zA-Z]+\\s*\\}?\\s*(?:[_^]\\s*(?:\\{[^{}()]*\\}|\\{?\\([^()]*\\)\\}?|[a-zA-Z0-9]))*\\s*(?:\\\\right\\s*)?\\)");

    private GreekQuantities() {
    }

    /** The Greek letters ({@code \lambda}) the document writes as quantities only. */
    static Set<String> in(String document) {
        Set<String> alone = new LinkedHashSet<>();
        Set<String> called = new LinkedHashSet<>();
        Matcher m = GREEK.matcher(document);
        while (m.find()) {
            String letter = m.group(1);
            if (!GreekLetters.COMMANDS.contains(letter) || FUNCTIONS.contains(letter)) {
                continue;
            }
            String rest = document.substring(m.end(), Math.min(document.length(), m.end() + 120));
            if (PRIME.matcher(rest).lookingAt() || ONE_NAME.matcher(rest).lookingAt()) {
                called.add(letter);
            } else if (!BRACKET.matcher(rest).lookingAt()) {
                alone.add(letter);
            }
        }
        alone.removeAll(called);
        Set<String> out = new LinkedHashSet<>();
        alone.forEach(l -> out.add("\\" + l));
        return out;
    }
}
