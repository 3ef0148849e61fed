package org.symgrad.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where a row of display math too wide for the line breaks, as a textbook breaks it: between its
 * top-level terms, at a {@code +} or {@code −}; a term still too wide is broken at the
 * {@code +}/{@code −} inside its widest bracket (one not inside a fraction or a script) ({@code a \left(b + c\right)} becomes
 * {@code a \left(b \right.} and {@code \left.{} + c\right)}), and so on inwards a few levels. The
 * pieces are gathered greedily into lines of at most the budget (estimated by {@link LatexWidth},
 * with a margin); each line's {@code \left}/{@code \right} are balanced with null delimiters, as
 * TeX requires of every line. What has no {@code +}/{@code −} outside a fraction stays whole.
 */
final class RowBreaks {
    /** Estimates run up to a fifth below what pdflatex sets; never break too late. */
    static final double SAFETY = 1.25;
    /** {@code \qquad}: where a continued right side starts, past the {@code =}. */
    static final double INDENT = 20;
    private static final double RELATION = LatexWidth.of("=");
    /** How many brackets deep a term is broken. */
    private static final int MAX_DEPTH = 4;

    private RowBreaks() {
    }

    /** The estimated width of {@code latex} with the margin for the estimate's error. */
    static double width(String latex) {
        return latex.isEmpty() ? 0 : LatexWidth.of(latex) * SAFETY;
    }

    /**
     * The lines of a right side whose top-level terms are {@code terms}, each within
     * {@code budget} points (the first after {@code =}, the others after the indent) where it can.
     */
    static List<String> lines(List<String> terms, double budget) {
        List<String> pieces = new ArrayList<>();
        for (String t : terms) {
            pieces.addAll(split(t, budget - INDENT, MAX_DEPTH));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(pieces.get(0));
        double lead = RELATION;
        for (String piece : pieces.subList(1, pieces.size())) {
            if (lead * SAFETY + width(balanced(line + piece)) <= budget) {
                line.append(piece);
            } else {
                lines.add(balanced(line.toString()));
                line = new StringBuilder(piece.stripLeading());
                lead = INDENT;
            }
        }
        lines.add(balanced(line.toString()));
        return lines;
    }

    /** {@code term} as pieces that fit in {@code budget} where a bracket's terms allow it. */
    private static List<String> split(String term, double budget, int depth) {
        if (depth == 0 || width(term) <= budget) {
            return List.of(term);
        }
        List<Integer> cuts = cutsInWidestBracket(term);
        if (cuts.isEmpty()) {
            return List.of(term);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            out.addAll(split(term.substring(from, cut), budget, depth - 1));
            from = cut;
        }
        out.addAll(split(term.substring(from), budget, depth - 1));
        return out;
    }

    /** A bracket: where its content starts and ends, and how deep it is. */
    private record Bracket(int start, int end, int level) {
    }

    /**
     * The positions of the {@code " + "} and {@code " - "} directly inside the widest bracket of
     * {@code term} that has any (not inside a brace group or a further bracket).
     */
    private static List<Integer> cutsInWidestBracket(String term) {
        List<Bracket> brackets = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {content start, level}
        int braces = 0;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (term.startsWith("\\left", i) && i + 5 < term.length() && !Character.isLetter(term.charAt(i + 5))) {
                open.push(new int[] {i + 6, braces});
                i += 5;
            } else if (term.startsWith("\\right", i) && i + 6 < term.length()
                    && !Character.isLetter(term.charAt(i + 6))) {
                if (!open.isEmpty()) {
                    int[] o = open.pop();
                    brackets.add(new Bracket(o[0], i, o[1]));
                }
                i += 6;
            } else if (c == '(' || c == '[') {
                open.push(new int[] {i + 1, braces});
            } else if ((c == ')' || c == ']') && !open.isEmpty()) {
                int[] o = open.pop();
                brackets.add(new Bracket(o[0], i, o[1]));
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                braces--;
            } else if (term.startsWith("\\begin{", i)) {
                braces++; // an environment (cases) is set whole: nothing inside it breaks the row
                i += 5; // its name's braces are counted as they come
            } else if (term.startsWith("\\end{", i)) {
                braces--;
                i += 3;
            } else if (c == '\\') {
                // a command name, or a control symbol such as \{ : never a bracket
                int j = i + 1;
                while (j < term.length() && Character.isLetter(term.charAt(j))) {
                    j++;
                }
                i = j == i + 1 ? i + 1 : j - 1;
            }
        }
        brackets.sort((a, b) -> Double.compare(LatexWidth.of(term.substring(b.start(), b.end())),
                LatexWidth.of(term.substring(a.start(), a.end()))));
        for (Bracket b : brackets) {
            if (b.level() != 0) {
                continue; // inside a fraction or a script: a line cannot break there
            }
            List<Integer> cuts = operators(term, b);
            if (!cuts.isEmpty()) {
                return cuts;
            }
        }
        return List.of();
    }

    /** The binary {@code +} and {@code −} directly inside {@code b}. */
    private static List<Integer> operators(String term, Bracket b) {
        List<Integer> cuts = new ArrayList<>();
        int nesting = 0;
        for (int i = b.start(); i < b.end(); i++) {
            char c = term.charAt(i);
            if (c == '{' || c == '(' || c == '[' || term.startsWith("\\left", i)) {
                nesting++;
                i += c == '\\' ? 5 : 0;
            } else if (c == '}' || c == ')' || c == ']' || term.startsWith("\\right", i)) {
                nesting--;
                i += c == '\\' ? 6 : 0;
            } else if (c == '\\') {
                // a command name, or a control symbol such as \{ : skipped whole
                int j = i + 1;
                while (j < b.end() && Character.isLetter(term.charAt(j))) {
                    j++;
                }
                i = j == i + 1 ? i + 1 : j - 1;
            } else if (nesting == 0 && (term.startsWith(" + ", i) || term.startsWith(" - ", i)) && i > b.start()) {
                cuts.add(i);
            }
        }
        return cuts;
    }

    /**
     * {@code line} with a {@code \right.} for each {@code \left} it leaves open and a
     * {@code \left.} for each {@code \right} it closes without opening.
     */
    static String balanced(String line) {
        int open = 0;
        int unopened = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.startsWith("\\left", i) && i + 5 < line.length() && !Character.isLetter(line.charAt(i + 5))) {
                open++;
                i += 5;
            } else if (line.startsWith("\\right", i) && i + 6 < line.length()
                    && !Character.isLetter(line.charAt(i + 6))) {
                if (open > 0) {
                    open--;
                } else {
                    unopened++;
                }
                i += 6;
            }
        }
        return unopened > 0 ? "\\left.{}".repeat(unopened) + " " + line.stripLeading() + " \\right.".repeat(open)
                : line + " \\right.".repeat(open);
    }
}
