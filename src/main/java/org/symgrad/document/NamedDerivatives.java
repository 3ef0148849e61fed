package org.symgrad.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inline formula that names a derivative, written derivative first: "with upstream gradient $\partial L / \partial y_i =
 * g_i$", "$\frac{\partial E}{\partial a_j} = \delta_j$". Where the right side is a plain name no math before it writes and the
 * document gives no value elsewhere, the formula gives that name the derivative as its value, as "$g_i = \partial L / \partial
 * y_i$" does ({@link UpstreamGradients}); it is read turned round. A derivative set equal to a name written before ("hence
 * $\partial L / \partial w = g$" of a g computed above) is a claim, and stays as written.
 */
final class NamedDerivatives {
    /** A first partial derivative of one name by another: {@code \partial L / \partial y_i}, {@code \frac{\partial L}{\partial y_i}}. */
    private static final Pattern DERIVATIVE = Pattern.compile("\\s*(?:\\\\frac\\s*\\{\\s*\\\\partial\\s*(?<of>[^{}^]+?)\\s*}\\s*\\{\\s*\\\\partial\\s*"
            + "(?<by>[^{}^]+?|[^{}^]*\\{[^{}]*}[^{}^]*?)\\s*}|\\\\partial\\s*(?<of2>[^/^]+?)\\s*/\\s*\\\\partial\\s*(?<by2>[^=]+?))\\s*");
    /** A plain name, perhaps with a subscript: {@code g}, {@code g_i}, {@code \delta_j}, {@code g_{ij}}. */
    private static final Pattern NAME = Pattern.compile("\\s*(?<name>\\\\?[A-Za-z]+)(?:_(?:\\{[A-Za-z0-9, ]+}|[A-Za-z0-9]))?\\s*");

    private NamedDerivatives() {
    }

    /**
     * {@code formula} turned round ({@code g_i = \partial L / \partial y_i} of {@code \partial L / \partial y_i = g_i}) where it
     * names a derivative by a fresh name, {@code document} being the text and {@code at} where the formula starts; else as it is.
     */
    static String turned(String formula, String document, int at) {
        List<String> links = InlineDefinitions.links(formula);
        if (links.size() != 2) {
            return formula;
        }
        Matcher derivative = DERIVATIVE.matcher(links.get(0));
        Matcher name = NAME.matcher(links.get(1));
        if (!derivative.matches() || !name.matches()) {
            return formula;
        }
        String own = name.group("name");
        String of = derivative.group("of") != null ? derivative.group("of") : derivative.group("of2");
        if (own.equals(of.strip()) || own.equals("\\partial") || IntroducingSentences.writtenInMath(own, document.substring(0, Math.max(0, at - 1)))
                || valuedAfter(own, document, at + formula.length())) {
            return formula;
        }
        return links.get(1).strip() + " = " + links.get(0).strip();
    }

    /** Whether the document writes {@code name} right before an equals sign at or after {@code from}: a value given to it there. */
    private static boolean valuedAfter(String name, String document, int from) {
        return Occurrences.outside(Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(name)
                + "(?:_(?:\\{[^{}]*}|[A-Za-z0-9]))?\\s*(=|:=|\\\\coloneqq)(?!=)"), document, 0, from);
    }
}
