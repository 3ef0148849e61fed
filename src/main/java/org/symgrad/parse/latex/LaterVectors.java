package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.GreekLetters;

/**
 * The definitions of plain lower-case names a document writes anywhere, each at the start of its math or after a
 * separator ({@code z = Wx + b, \qquad a = \sigma(z)}), for {@link VectorEntries}: the name and its defining side, up to
 * the next relation. A name whose side reads entry by entry as a vector (W a matrix and x, b vectors the document
 * declares) is a vector wherever it is written whole, as a declared one is. A name defined more than once is none.
 */
final class LaterVectors {
    /** A name, as {@link VectorEntries} keys it ({@code z}, {@code \theta}), and the tokens of the side that defines it. */
    record Defined(String name, List<Token> side) {
    }

    private static final String SMALL_GREEK = GreekLetters.COMMANDS.stream().filter(c -> Character.isLowerCase(c.charAt(0)))
            .reduce((a, b) -> a + "|" + b).orElseThrow();
    /** A separator or the start of the math, then the name alone and a defining relation (group 1 the name). */
    private static final Pattern HEAD = Pattern.compile("(?:^|\\\\q?quad|,|;|&|\\\\\\\\|\\\\text\\s*\\{[^}]*\\})\\s*"
            + "([a-z]|\\\\(?:" + SMALL_GREEK + ")|\\\\(?:hat|tilde|bar)\\s*\\{?\\s*[a-z]\\s*}?)(?![a-zA-Z])\\s*(?:=|:=|\\\\coloneqq|\\\\triangleq)(?!=)\\s*");

    private LaterVectors() {
    }

    /** Every {@code z = side} the document writes, of names it defines once. */
    static List<Defined> in(String document) {
        Map<String, Defined> out = new LinkedHashMap<>();
        Set<String> twice = new HashSet<>();
        Matcher m = LaterMatrices.MATH.matcher(document);
        while (m.find()) {
            int group = 1;
            while (m.group(group) == null) {
                group++;
            }
            Matcher h = HEAD.matcher(m.group(group));
            while (h.find()) {
                List<Token> side = LaterMatrices.untilRelation(LatexTokens.lex(document, m.start(group) + h.end(), m.end(group)));
                // \hat y and \hat{y} are one name, keyed as VectorEntries keys a decorated one (a Greek letter's command is
                // no decoration: \theta stays \theta, was \thet{a}, so θ = Wx + b was no vector)
                String name = h.group(1).replaceAll("^(\\\\(?:hat|tilde|bar))\\s*\\{?\\s*([a-z])\\s*}?$", "$1{$2}");
                if (side.isEmpty() || out.containsKey(name) || twice.contains(name)) {
                    out.remove(name);
                    twice.add(name);
                    continue;
                }
                out.put(name, new Defined(name, side));
            }
        }
        return new ArrayList<>(out.values());
    }
}
