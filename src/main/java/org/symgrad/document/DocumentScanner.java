package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the display math of a Markdown or LaTeX document (SPEC §8, LATEX-INPUT D1–D4):
 * {@code $$ … $$}, {@code \[ … \]}, and the environments {@code equation}, {@code align},
 * {@code aligned}, {@code gather}, {@code multline}, {@code eqnarray}, {@code flalign},
 * {@code alignat}, {@code split} (starred or not) outside other math, and GitHub's {@code ```math} fence.
 * Other Markdown code fences, HTML comments and LaTeX comments are skipped, except {@code <!-- symgrad: … -->} and
 * {@code % symgrad: …}, which are directives; inline math stays part of the prose; headings
 * ({@code #}, {@code \section}) are reported because they end a branch condition.
 */
public final class DocumentScanner {
    private static final Set<String> DISPLAY = Set.of("equation", "align", "aligned", "gather", "gathered",
            "multline", "eqnarray", "flalign", "alignat", "split", "displaymath", "math");
    private static final Set<String> VERBATIM = Set.of("verbatim", "lstlisting", "minted", "comment", "Verbatim");
    private static final Pattern BEGIN = Pattern.compile("\\\\begin\\s*\\{([a-zA-Z]+)(\\*?)\\}");
    /** A Markdown code fence whose info string is {@code math} (GitHub's display math), up to its first line's end. */
    private static final Pattern MATH_FENCE = Pattern.compile("[ ]{0,3}(```|~~~)math[ \\t]*\\r?\\n");
    private static final Pattern SECTION = Pattern.compile("\\\\(part|chapter|section|subsection|subsubsection|paragraph)\\*?\\s*[\\[{]");

    private final String text;
    private final DocumentKind kind;
    private final List<Segment> out = new ArrayList<>();
    private int proseStart;

    private DocumentScanner(String text, DocumentKind kind) {
        this.text = text;
        this.kind = kind;
    }

    /** The segments of {@code text} in order. */
    public static List<Segment> scan(String text, DocumentKind kind) {
        DocumentScanner s = new DocumentScanner(text, kind);
        s.run();
        return s.out;
    }

    private void run() {
        int i = kind == DocumentKind.LATEX ? bodyStart() : 0;
        proseStart = i;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
            if (kind == DocumentKind.MARKDOWN && lineStart) {
                Matcher mathFence = MATH_FENCE.matcher(text).region(i, text.length());
                if (mathFence.lookingAt()) {
                    // GitHub's display math: the fence's lines between, as between $$ and $$
                    int start = mathFence.end();
                    int closing = closingFence(start, mathFence.group(1));
                    int end = closing < 0 ? text.length() : text.indexOf('\n', closing);
                    end = end < 0 ? text.length() : end;
                    math(i, start, closing < 0 ? text.length() : closing, end, "$$");
                    i = end;
                    continue;
                }
                int fence = fenceEnd(i);
                if (fence > i) {
                    prose(i);
                    i = fence;
                    proseStart = i;
                    continue;
                }
                if (isSoftHeading(i)) {
                    // "A) …", "Question 2", "3. Show that …": a new question ends the conditions of the last
                    prose(i);
                    out.add(new Segment.Heading(i));
                    proseStart = i;
                }
                if (isHeading(i)) {
                    prose(i);
                    out.add(new Segment.Heading(i));
                    int eol = text.indexOf('\n', i);
                    i = eol < 0 ? text.length() : eol;
                    proseStart = i;
                    continue;
                }
            }
            if (kind == DocumentKind.MARKDOWN && text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                int stop = end < 0 ? text.length() : end + 3;
                prose(i);
                directive(text.substring(i + 4, end < 0 ? text.length() : end), i + 4);
                i = stop;
                proseStart = i;
                continue;
            }
            if (kind == DocumentKind.LATEX && c == '%' && !escaped(i)) {
                int eol = text.indexOf('\n', i);
                int stop = eol < 0 ? text.length() : eol;
                prose(i);
                directive(text.substring(i + 1, stop), i + 1);
                i = stop;
                proseStart = i;
                continue;
            }
            if (kind == DocumentKind.LATEX && c == '\\') {
                Matcher section = SECTION.matcher(text).region(i, text.length());
                if (section.lookingAt()) {
                    prose(i);
                    out.add(new Segment.Heading(i));
                    i = section.end();
                    proseStart = i;
                    continue;
                }
            }
            if (kind == DocumentKind.MARKDOWN && text.startsWith("\\\\[", i) && !escaped(i)) {
                // \\[ … \\]: display math written for a Markdown that eats one backslash before MathJax reads it
                int close = findClosing("\\\\]", i + 3);
                if (close >= 0) {
                    math(i, i + 3, close, close + 3, "\\[");
                    i = close + 3;
                    continue;
                }
            }
            if (c == '\\' && escaped(i)) {
                i++;
                continue;
            }
            if (text.startsWith("$$", i) && !escaped(i)) {
                int close = findClosing("$$", i + 2);
                if (close >= 0) {
                    math(i, i + 2, close, close + 2, "$$");
                    i = close + 2;
                    continue;
                }
            }
            if (text.startsWith("\\[", i) && !escaped(i)) {
                int close = findClosing("\\]", i + 2);
                if (close >= 0) {
                    math(i, i + 2, close, close + 2, "\\[");
                    i = close + 2;
                    continue;
                }
            }
            if (c == '$' && !escaped(i)) {
                int close = inlineEnd(i + 1);
                if (close > 0) {
                    i = close + 1;
                    continue;
                }
            }
            if (c == '\\' && text.startsWith("\\begin", i)) {
                Matcher m = BEGIN.matcher(text).region(i, text.length());
                if (m.lookingAt()) {
                    String env = m.group(1);
                    String end = "\\end{" + env + m.group(2) + "}";
                    int close = text.indexOf(end, m.end());
                    if (close >= 0 && DISPLAY.contains(env)) {
                        math(i, i, close + end.length(), close + end.length(), env + m.group(2));
                        i = close + end.length();
                        continue;
                    }
                    if (close >= 0 && VERBATIM.contains(env)) {
                        prose(i);
                        i = close + end.length();
                        proseStart = i;
                        continue;
                    }
                }
            }
            i++;
        }
        prose(text.length());
    }

    /** In a LaTeX file with a preamble, where the document body starts. */
    private int bodyStart() {
        int begin = text.indexOf("\\begin{document}");
        return begin < 0 ? 0 : begin + "\\begin{document}".length();
    }

    private boolean escaped(int i) {
        int backslashes = 0;
        for (int k = i - 1; k >= 0 && text.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Where the line that closes a fence of {@code fence} ({@code ```}) starts, searching from {@code from}; -1 if none does. */
    private int closingFence(int from, String fence) {
        int search = from;
        while (search < text.length()) {
            int next = text.indexOf('\n', search);
            if (text.substring(search, next < 0 ? text.length() : next).strip().startsWith(fence)) {
                return search;
            }
            if (next < 0) {
                return -1;
            }
            search = next + 1;
        }
        return -1;
    }

    /** The position after a Markdown code fence starting at {@code i}, or {@code i} if there is none. */
    private int fenceEnd(int i) {
        int k = i;
        while (k < text.length() && k - i < 3 && text.charAt(k) == ' ') {
            k++;
        }
        String fence = text.startsWith("```", k) ? "```" : text.startsWith("~~~", k) ? "~~~" : null;
        if (fence == null) {
            return i;
        }
        int eol = text.indexOf('\n', k);
        int closing = eol < 0 ? -1 : closingFence(eol + 1, fence);
        int next = closing < 0 ? -1 : text.indexOf('\n', closing);
        return next < 0 ? text.length() : next;
    }

    /**
     * A line that starts a new question or part: "A) …", "(b)", "3. Show that …", "Question 2", "- Problem 4"; a question's word
     * may be bold or italic, as authors set a problem's title ("**Problem 3.**", "__Exercise 2__", "*Question 1:*", "**(a)**", "**2.**").
     */
    private static final Pattern SOFT_HEADING = Pattern.compile(
            "[ \\t]*(?:[-*][ \\t]+)?(?:\\*{1,2}|_{1,2})?(?:\\(?[A-Za-z]\\)|\\(?\\d{1,2}[.)](?:\\*{1,2}|_{1,2})?[ \\t]"
                    + "|(?:Question|Exercise|Problem|Part|Task)[ \\t]+\\w{1,3}\\b)");

    private boolean isSoftHeading(int i) {
        return SOFT_HEADING.matcher(text).region(i, text.length()).lookingAt();
    }

    private boolean isHeading(int i) {
        int k = i;
        while (k < text.length() && k - i < 3 && text.charAt(k) == ' ') {
            k++;
        }
        int hashes = 0;
        while (k + hashes < text.length() && text.charAt(k + hashes) == '#') {
            hashes++;
        }
        return hashes >= 1 && hashes <= 6 && (k + hashes == text.length() || text.charAt(k + hashes) == ' ');
    }

    /** The closing delimiter after {@code from}, skipping escaped ones. */
    private int findClosing(String delimiter, int from) {
        int k = from;
        while (true) {
            int close = text.indexOf(delimiter, k);
            if (close < 0) {
                return -1;
            }
            if (!escaped(close)) {
                return close;
            }
            k = close + 1;
        }
    }

    /** The closing {@code $} of inline math on the same paragraph, or -1. */
    private int inlineEnd(int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '$' && !escaped(k)) {
                return k > from ? k : -1;
            }
            if (c == '\n' && k + 1 < text.length() && text.charAt(k + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private void prose(int end) {
        if (end > proseStart && !text.substring(proseStart, end).isBlank()) {
            out.add(new Segment.Prose(proseStart, end));
        }
        proseStart = end;
    }

    private void math(int open, int start, int end, int close, String environment) {
        prose(open);
        out.add(new Segment.Math(start, end, open, close, environment));
        proseStart = close;
    }

    private void directive(String comment, int at) {
        String body = comment.strip();
        if (body.startsWith("symgrad:")) {
            for (String part : body.substring("symgrad:".length()).split("\n")) {
                String d = part.strip();
                if (d.startsWith("%")) {
                    d = d.substring(1).strip();
                }
                if (d.startsWith("symgrad:")) {
                    d = d.substring("symgrad:".length()).strip();
                }
                if (!d.isEmpty()) {
                    out.add(new Segment.Directive(at, d));
                }
            }
        }
    }
}
