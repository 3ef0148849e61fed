package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Where the sections of a document end: a formula written inside a section ({@code ## Part (b)}, {@code \subsection},
 * "Question 3") holds until the next heading of the same or a higher level, where another part starts and may use the
 * same letter for something else; one written before the first heading holds everywhere. Inline definitions are read
 * only within their section, so {@code $x = \cos t$} in one part does not define the x of the next.
 * <p>
 * The lettered parts of one problem ("(a) Let $u = 3x^2 + 1$." … "(b) For $y = \sqrt{u}$ …", "b)", "Part c") build on each
 * other: such a part starts no section for an inline definition ({@link #inlineEndLine}), which holds in the later parts of its
 * problem, up to the next heading of another kind (a numbered question, a written heading), unless a later part declares the
 * name afresh ("(b) Now $x$ is a free variable", "for any $x$", "$x \in \mathbb{R}$"); a later part's own definition of the
 * name holds from there on, as a definition written again does.
 */
final class SectionScopes {
    /** A heading: where it starts, its line and its level (1 for {@code #} or {@code \part}, deeper for more). */
    private record Heading(int start, int line, int level, boolean part) {
    }

    /** A lettered part of a problem: "(a)", "b)", "- (c)", "**(d)**", "Part e" (a capital's "A) …" is a question of its own). */
    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile(
            "[ \\t]*(?:[-*][ \\t]+)?(?:\\*{1,2}|_{1,2})?(?:\\(?[a-z]\\)|Part[ \\t]+\\(?[a-z]\\)?(?![A-Za-z]))");

    /** The level of a heading that is only a new question or item ("A) …", "3. Show that …"): below every written one. */
    private static final int QUESTION = 7;

    private final List<Heading> headings = new ArrayList<>();
    private final String text;

    private SectionScopes(String text, List<Segment> segments, IntUnaryOperator line) {
        this.text = text;
        for (Segment s : segments) {
            if (s instanceof Segment.Heading h) {
                int level = level(text, h.start());
                headings.add(new Heading(h.start(), line.applyAsInt(h.start()), level,
                        level == QUESTION && PART.matcher(text).region(h.start(), text.length()).lookingAt()));
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

    /**
     * The line where an inline definition of {@code name} ({@code shown} as the document writes it) written at {@code offset}
     * stops holding: as {@link #endLine}, but a lettered part is no section of its own; the definition holds in the later
     * parts of its problem up to the first that declares the name afresh.
     */
    int inlineEndLine(int offset, String shown) {
        Heading own = null;
        int k = 0;
        for (; k < headings.size() && headings.get(k).start() <= offset; k++) {
            own = headings.get(k);
        }
        for (; k < headings.size(); k++) {
            Heading h = headings.get(k);
            if (h.part()) {
                int next = k + 1 < headings.size() ? headings.get(k + 1).start() : text.length();
                if (declaresAfresh(text.substring(h.start(), next), shown)) {
                    return h.line();
                }
            } else if (own != null && (own.part() || h.level() <= own.level())) {
                return h.line();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Whether {@code part} declares {@code shown} a name of its own: "$x$ is a free variable", "for any $x$", "$x \in \mathbb{R}$". */
    private static boolean declaresAfresh(String part, String shown) {
        String name = "\\$\\s*" + java.util.regex.Pattern.quote(shown) + "\\s*";
        return java.util.regex.Pattern.compile(name + "\\$\\s*(?:is|be|denotes?|now|stands)\\b"
                + "|\\b(?:any|every|all|arbitrary|free|new|fixed|some|another)\\s+(?:[a-z-]+\\s+)?" + name + "\\$"
                + "|" + name + "\\\\in(?![A-Za-z])").matcher(part).find();
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
