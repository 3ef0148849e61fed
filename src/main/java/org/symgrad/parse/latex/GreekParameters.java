package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A Greek parameter written as the subscript of an operator named by a word: Asadi and Littman's mellowmax
 * {@code \mathrm{mm}_{\omega}(x) = \frac{1}{\omega} \log(…)}, a temperature {@code \mathrm{LSE}_\beta}, where the
 * document also uses the letter as a value. Read as an index, ω would be an index used as a value and every step
 * refused; it names the operator of that ω, as {@link NameSubscripts#parameters} reads Zhang and Sabuncu's
 * {@code \mathcal{L}_q} beside {@code p^q}. Only a word's subscript counts: a Greek subscript on a letter,
 * {@code \pi_\theta}, {@code x_\omega}, keeps the letter an index (and the document's others with it).
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
     * Records the Greek subscript {@code greek} written after the underscore at {@code underscore}: on a word, as that
     * word's one subscript (true: read); on anything else, as a letter that is no parameter (false: the name's
     * subscript is read as any other).
     */
    static boolean scanned(List<Token> tokens, int underscore, Token greek, Set<String> notParameters,
                           Map<String, Set<String>> subscriptsOfBase, Map<String, Set<String>> basesOfLetter) {
        String letter = letter(greek);
        if (letter == null) {
            return false;
        }
        Token before = underscore > 0 ? tokens.get(underscore - 1) : null;
        if (before != null && before.getType() == LatexLexer.TEXT) {
            String base = before.getText();
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
