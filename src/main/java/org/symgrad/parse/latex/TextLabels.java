package org.symgrad.parse.latex;

import java.util.Optional;
import java.util.regex.Pattern;

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

    /** The one label that words joined by hyphens or spaces spell, if {@code w} is such words. */
    static Optional<String> joined(String w) {
        String clean = w.strip();
        return WORDS.matcher(clean).matches() ? Optional.of(clean.replaceAll("[- ]+", "")) : Optional.empty();
    }
}
