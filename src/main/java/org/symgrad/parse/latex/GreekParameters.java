package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A Greek parameter written as the subscript of a name: Asadi and Littman's mellowmax
 * {@code \mathrm{mm}_{\omega}(x) = \frac{1}{\omega} \log(…)}, a temperature {@code \mathrm{LSE}_\beta}, a regularised
 * objective {@code J_\lambda} beside {@code \frac{\lambda}{2m}}, where the document also uses the letter as a value.
 * Read as an index, the letter would be an index used as a value and every step refused; it names the operator (the
 * objective) of that ω, as {@link NameSubscripts#parameters} reads Zhang and Sabuncu's {@code \mathcal{L}_q} beside
 * {@code p^q}, under the same conditions (each name it subscripts carries no other subscript). A Greek subscript that
 * is never a value, {@code \pi_\theta} beside {@code \theta_a}, stays an index.
 */
final class GreekParameters {
    private GreekParameters() {
    }

    /** symgrad's spelling of a parameter-like letter: a small Latin letter or a Greek letter ({@code \varepsilon}: epsilon); else null. */
    static String letter(Token t) {
        if (t.getType() == LatexLexer.LETTER && Character.isLowerCase(t.getText().charAt(0))) {
            return t.getText();
        }
        return t.getType() == LatexLexer.GREEK ? LatexNames.greek(t.getText()) : null;
    }

    /**
     * Records the Greek subscript {@code greek} written after the underscore at {@code underscore}: on a word or a
     * letter's name, as that name's subscript (true: read); on anything else, as a letter that is no parameter (false:
     * the subscript is read as any other). A letter's name with its Greek subscript goes to {@code letterBases}.
     */
    static boolean scanned(List<Token> tokens, int underscore, Token greek, Set<String> notParameters,
                           Map<String, Set<String>> subscriptsOfBase, Map<String, Set<String>> basesOfLetter,
                           Set<String> letterBases) {
        String letter = letter(greek);
        if (letter == null) {
            return false;
        }
        Token before = underscore > 0 ? tokens.get(underscore - 1) : null;
        String base = before == null ? null : before.getType() == LatexLexer.TEXT ? before.getText()
                : NameSubscripts.baseKey(tokens, underscore - 1);
        if (base != null) {
            if (before.getType() != LatexLexer.TEXT) {
                letterBases.add(base + "_" + letter); // a letter's name: its numbered members are a family's (H_2 beside H_\alpha)
            }
            subscriptsOfBase.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(letter);
            basesOfLetter.computeIfAbsent(letter, k -> new LinkedHashSet<>()).add(base);
            return true;
        }
        notParameters.add(letter);
        return false;
    }

    /** The Greek subscript {@code letter} of {@code name}: a part of its name where it is a parameter, else an index. */
    static void subscript(NameAtom name, String letter, Set<String> parameters) {
        if (parameters.contains(letter)) {
            name.foldLetter(letter);
        } else {
            name.indices.add(letter);
        }
    }
}
