package org.symgrad.parse.latex;

import java.util.Objects;
import org.symgrad.error.SourceSpan;

/**
 * A default the reader chose where the LaTeX has another plausible reading (LATEX-INPUT M25):
 * {@code y(1-y) read as y·(1 − y)}, {@code z_i^l: l read as a layer label}. Shown beside the
 * verdict, so a student whose {@code y(1-y)} meant a function sees the misreading.
 */
public record ReadingNote(String text, SourceSpan span) {
    public ReadingNote {
        Objects.requireNonNull(text);
    }
}
