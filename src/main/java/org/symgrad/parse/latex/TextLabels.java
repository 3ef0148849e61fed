package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * A label written as words in a script, {@code J_{\text{neg-sample}}} (CS224n),
 * {@code L_{\text{cross entropy}}}, {@code \ell^{\text{non-sat}}}: the words joined by hyphens or
 * spaces are one label, spelled without them ({@code negsample}), as a one-word label
 * ({@code L_{\text{soft}}}) already is. Only in a script: prose inside a formula stays refused.
 */
final class TextLabels {
    private static final Pattern WORDS = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[- ]+[A-Za-z0-9]+)+");

    private TextLabels() {
    }

    /** A word label: the spelling of one word, or of words joined by hyphens or spaces ({@link #joined}); empty for anything else. */
    static Optional<String> spelled(String w) {
        String clean = w.strip();
        return clean.matches("[A-Za-z][A-Za-z0-9]*") ? Optional.of(clean) : joined(clean);
    }

    /**
     * The label a script writes in roman or text letters, {@code _{\mathrm{prev}}}, {@code _\text{out}}: upright letters are
     * a name's label, never an index, so {@code \mathbf{c}_{\mathrm{prev}}} and {@code W_{\mathrm{out}}} name a vector and a
     * matrix of their own. Empty for any other script.
     */
    static Optional<String> of(LatexParser.ScriptArgContext arg) {
        if (arg instanceof LatexParser.TextScriptContext t) {
            return spelled(LatexTokens.textWord(t.TEXT().getSymbol()));
        }
        if (arg instanceof LatexParser.BracedScriptContext b && b.scriptBody().scriptItem().size() == 1
                && b.scriptBody().scriptItem(0).relation().isEmpty() && b.scriptBody().scriptCondition() == null) {
            Token start = b.scriptBody().scriptItem(0).expr(0).getStart();
            if (start == b.scriptBody().scriptItem(0).expr(0).getStop() && start.getType() == LatexLexer.TEXT) {
                return spelled(LatexTokens.textWord(start));
            }
        }
        return Optional.empty();
    }

    /** The word label {@link #of} reads in the script right after the underscore at {@code k}, and the token past it. */
    static Optional<Labelled> after(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || tokens.get(k).getType() != LatexLexer.UNDERSCORE) {
            return Optional.empty();
        }
        if (tokens.get(k + 1).getType() == LatexLexer.TEXT) {
            return spelled(LatexTokens.textWord(tokens.get(k + 1))).map(w -> new Labelled(w, k + 2));
        }
        if (k + 3 < tokens.size() && tokens.get(k + 1).getType() == LatexLexer.LBRACE && tokens.get(k + 2).getType() == LatexLexer.TEXT
                && tokens.get(k + 3).getType() == LatexLexer.RBRACE) {
            return spelled(LatexTokens.textWord(tokens.get(k + 2))).map(w -> new Labelled(w, k + 4));
        }
        return Optional.empty();
    }

    /** A word label and the token past its script. */
    record Labelled(String word, int end) {
    }

    /** The one label that words joined by hyphens or spaces spell, if {@code w} is such words. */
    static Optional<String> joined(String w) {
        String clean = w.strip();
        return WORDS.matcher(clean).matches() ? Optional.of(clean.replaceAll("[- ]+", "")) : Optional.empty();
    }
}
