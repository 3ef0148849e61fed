package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * What says that a letter above a name is an index, not a power or a fixed label: the letters a
 * document's sums and products run over ({@code t} of {@code \sum_t \ell^t}, {@code l} of
 * {@code \sum_{l=1}^{L} (a^{[l]})^2}), and the names it differentiates by with a letter above them
 * ({@code \partial \ell^t}: a variable, so {@code \ell^t} is no power). A label above a name that is a
 * letter a Σ runs over labels the entry of that index, wherever the document writes it: under the Σ
 * the index runs through it, so a fixed label would make every term the same.
 */
public final class SuperscriptIndices {
    private SuperscriptIndices() {
    }

    /** The lower-case letters the Σ and Π of these tokens run over. */
    public static Set<String> summedLetters(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (SumScripts sum : SumScripts.in(tokens)) {
            for (SumScripts.Script script : sum.scripts()) {
                List<Token> arg = script.inner();
                if (!script.upper() && !arg.isEmpty() && arg.get(0).getType() == LatexLexer.LETTER
                        && Character.isLowerCase(arg.get(0).getText().charAt(0))) {
                    out.add(arg.get(0).getText());
                }
            }
        }
        return out;
    }

    /** {@code \ell^t} of {@code \partial \ell^t}, {@code h^t} of {@code \partial h^{t}}: base text, a caret and the letter. */
    public static Set<String> derivativeSuperscripts(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (tokens.get(i).getType() != LatexLexer.PARTIAL) {
                continue;
            }
            Token base = tokens.get(i + 1);
            if (base.getType() != LatexLexer.LETTER && base.getType() != LatexLexer.GREEK
                    || tokens.get(i + 2).getType() != LatexLexer.CARET) {
                continue;
            }
            Token letter = tokens.get(i + 3);
            if (letter.getType() == LatexLexer.LBRACE && i + 5 < tokens.size()
                    && tokens.get(i + 5).getType() == LatexLexer.RBRACE) {
                letter = tokens.get(i + 4);
            }
            if (letter.getType() == LatexLexer.LETTER && Character.isLowerCase(letter.getText().charAt(0))) {
                out.add(base.getText() + "^" + letter.getText());
            }
        }
        return out;
    }
}
