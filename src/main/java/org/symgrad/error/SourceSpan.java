package org.symgrad.error;

/**
 * A place in the input: 1-based line and column, the length of the offending text (at least 1)
 * and the whole text of that line, so a message can draw a caret under the spot.
 */
public record SourceSpan(int line, int column, int length, String lineText) {
    public SourceSpan {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based");
        }
        length = Math.max(1, length);
        lineText = lineText == null ? "" : lineText;
    }

    /** The span of {@code [start, start+length)} (0-based offsets) within {@code source}. */
    public static SourceSpan of(String source, int start, int length) {
        start = Math.max(0, Math.min(start, source.length()));
        int[] breaks = LineBreaks.of(source);
        // the line breaks before start: the line is one more, and it starts after the last of them
        int before = java.util.Arrays.binarySearch(breaks, start);
        before = before >= 0 ? before : -before - 1;
        int line = 1 + before;
        int lineStart = before == 0 ? 0 : breaks[before - 1] + 1;
        int lineEnd = source.indexOf('\n', lineStart);
        String text = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
        return new SourceSpan(line, start - lineStart + 1, length, text);
    }

    /**
     * The offsets of the line breaks of the texts asked last (a few, by identity): a document's spans
     * are all taken in the same text, and counting its lines from the top for each one made reading a
     * long homework quadratic in its length.
     */
    private record LineBreaks(String source, int[] breaks) {
        private static final LineBreaks[] RECENT = new LineBreaks[4];
        private static int next;

        static synchronized int[] of(String source) {
            for (LineBreaks known : RECENT) {
                if (known != null && known.source == source) {
                    return known.breaks;
                }
            }
            int count = 0;
            for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
                count++;
            }
            int[] breaks = new int[count];
            int k = 0;
            for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
                breaks[k++] = i;
            }
            RECENT[next] = new LineBreaks(source, breaks);
            next = (next + 1) % RECENT.length;
            return breaks;
        }
    }

    /** Two lines: the source line, and carets under the span. Control characters print as '?'. */
    public String caretDiagram() {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < lineText.length(); i++) {
            char c = lineText.charAt(i);
            shown.append(c == '\t' ? ' ' : Character.isISOControl(c) ? '?' : c);
        }
        int width = Math.max(1, Math.min(length, Math.max(1, shown.length() - column + 1)));
        return "  " + shown + "\n  " + " ".repeat(column - 1) + "^".repeat(width);
    }
}
