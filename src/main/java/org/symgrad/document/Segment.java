package org.symgrad.document;

/**
 * A piece of a document in reading order (LATEX-INPUT D1–D4): display math, the prose between,
 * a directive, a heading. Offsets are into the document text.
 */
public sealed interface Segment {
    /** Where the segment starts. */
    int start();

    /**
     * Display math: the formula is {@code [start, end)}; the delimiters span {@code [open, close)}
     * ({@code $$ … $$}, {@code \[ … \]}, {@code \begin{align} … \end{align}}).
     */
    record Math(int start, int end, int open, int close, String environment) implements Segment {
    }

    /** Text between formulas, inline math included. */
    record Prose(int start, int end) implements Segment {
    }

    /** A {@code symgrad:} directive from a comment, without the prefix. */
    record Directive(int start, String text) implements Segment {
    }

    /** A section heading: it ends the conditions and chains of the section before. */
    record Heading(int start) implements Segment {
    }
}
