package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Where the sections of a document end: a formula written inside a section ({@code ## Part (b)}, {@code \subsection},
 * "Question 3") holds until the next heading of the same or a higher level, where another part starts and may use the
 * same letter for something else; one written before the first heading holds everywhere. Inline definitions are read
 * only within their section, so {@code $x = \cos t$} in one part does not define the x of the next.
 */
final class SectionScopes {
    /** A heading: where it starts, its line and its level (1 for {@code #} or {@code \part}, deeper for more). */
    private record Heading(int start, int line, int level) {
    }

    /** The level of a heading that is only a new question or item ("A) …", "3. Show that …"): below every written one. */
    private static final int QUESTION = 7;

    private final List<Heading> headings = new ArrayList<>();

    private SectionScopes(String text, List<Segment> segments, IntUnaryOperator line) {
        for (Segment s : segments) {
            if (s instanceof Segment.Heading h) {
                headings.add(new Heading(h.start(), line.applyAsInt(h.start()), level(text, h.start())));
            }
        }
    }

    static SectionScopes of(String text, List<Segment> segments, IntUnaryOperator line) {
        return new SectionScopes(text, segments, line);
    }

    /** The line where what is written at {@code offset} stops holding: the next heading at its section's level or above. */
    int endLine(int offset) {
        Heading own = null;
        for (Heading h : headings) {
            if (h.start() <= offset) {
                own = h;
            } else if (own != null && h.level() <= own.level()) {
                return h.line();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int level(String text, int start) {
        int k = start;
        while (k < text.length() && text.charAt(k) == '#') {
            k++;
        }
        if (k > start) {
            return k - start;
        }
        for (String[] command : new String[][] {{"\\part", "1"}, {"\\chapter", "1"}, {"\\section", "2"}, {"\\subsection", "3"},
                {"\\subsubsection", "4"}, {"\\paragraph", "5"}}) {
            if (text.startsWith(command[0], start) && !Character.isLetter(charAt(text, start + command[0].length()))) {
                return Integer.parseInt(command[1]);
            }
        }
        return QUESTION;
    }

    private static char charAt(String text, int k) {
        return k < text.length() ? text.charAt(k) : ' ';
    }
}
