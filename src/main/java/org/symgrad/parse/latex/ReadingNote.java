package org.symgrad.parse.latex;

import java.util.Objects;
import org.symgrad.error.SourceSpan;

/**
 * A default the reader chose where the LaTeX has another plausible reading (LATEX-INPUT M25):
 * {@code y(1-y) read as y·(1 − y)}, {@code z_i^l: l read as a layer label}. Shown beside the
 * verdict, so a student whose {@code y(1-y)} meant a function sees the misreading.
 */
public record ReadingNote(String text, SourceSpan span) {
    private static final java.util.regex.Pattern UNDEFINED = java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(" read as a call of the function ") + "(.+)" + java.util.regex.Pattern.quote(
                    ", which the document does not define") + "$");

    public ReadingNote {
        Objects.requireNonNull(text);
    }

    /** The words after a call's text when the reader took it as a call of {@code function}, which nothing defines. */
    static String undefinedCall(String function) {
        return " read as a call of the function " + function + ", which the document does not define";
    }

    /** The function this note says a call was read of, which nothing defines ({@link #undefinedCall}); empty for any other note. */
    public java.util.Optional<String> undefinedFunction() {
        java.util.regex.Matcher m = UNDEFINED.matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** Whether this note says a call of {@code function} was read as a call of an undefined function. */
    public boolean isUndefinedCallOf(String function) {
        return text.endsWith(undefinedCall(function));
    }
}
