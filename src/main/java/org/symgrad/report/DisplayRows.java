package org.symgrad.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one {@code align*} block of a document — {@code lhs &= rhs \tag*{(label)}} — laid
 * out to fit the text width: a right side too long for the line breaks where {@link RowBreaks}
 * says (between its terms, at a {@code +} or {@code −}), each further line indented by
 * {@code \qquad} past the {@code =}; the label is a {@code \tag*}, which amsmath moves below a row
 * too wide to hold it. A left side wider than a third of the line goes on a line of its own, so
 * that the right sides keep the width.
 */
final class DisplayRows {
    /** The text width of the document, in points: A4 paper, 2 cm margins ({@code geometry}). */
    static final double TEXT_WIDTH = 481;

    /** One row: a left side (empty when the row continues the one before), terms, a label. */
    private record Row(String lhs, List<String> terms, String label, String gapBefore) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** Adds {@code lhs = terms…} with {@code label} (the argument of {@code \tag*}, empty for none). */
    DisplayRows add(String lhs, List<String> terms, String label) {
        return add(lhs, terms, label, "");
    }

    /** Adds a row that follows the one before after {@code gap} ({@code [4pt]}, say) of extra space. */
    DisplayRows add(String lhs, List<String> terms, String label, String gap) {
        rows.add(new Row(lhs, List.copyOf(terms), label, gap));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The {@code align*} environment. */
    String alignStar() {
        double lhsWidth = 0;
        for (Row r : rows) {
            lhsWidth = Math.max(lhsWidth, width(r.lhs()));
        }
        boolean lhsAlone = lhsWidth > TEXT_WIDTH / 3;
        double budget = TEXT_WIDTH - (lhsAlone ? 0 : lhsWidth);
        List<String> lines = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (Row r : rows) {
            String gap = r.gapBefore();
            if (lhsAlone && !r.lhs().isEmpty()) {
                lines.add("& " + r.lhs());
                gaps.add(gap);
                gap = "";
            }
            String lhs = lhsAlone ? "" : r.lhs();
            String tag = r.label().isEmpty() ? "" : " \\tag*{(" + r.label() + ")}";
            if (r.terms().isEmpty()) {
                lines.add(lhs + " &" + tag);
                gaps.add(gap);
                continue;
            }
            List<String> broken = RowBreaks.lines(r.terms(), budget);
            for (int i = 0; i < broken.size(); i++) {
                lines.add(i == 0 ? lhs + " &= " + broken.get(0) + tag : "  &\\qquad {}" + broken.get(i));
                gaps.add(i == 0 ? gap : "");
            }
        }
        StringBuilder out = new StringBuilder("\\begin{align*}\n");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append(" \\\\").append(gaps.get(i)).append('\n');
            }
            out.append(lines.get(i));
        }
        return out.append("\n\\end{align*}\n").toString();
    }

    private static double width(String latex) {
        return RowBreaks.width(latex);
    }
}
