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
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < start; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = source.indexOf('\n', lineStart);
        String text = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
        return new SourceSpan(line, start - lineStart + 1, length, text);
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
