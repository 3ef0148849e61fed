package org.symgrad.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.symgrad.document.CheckedDocument;
import org.symgrad.document.Outcome;
import org.symgrad.document.PairVerdict;
import org.symgrad.document.RowMark;
import org.symgrad.document.Segment;
import org.symgrad.print.Printer;

/**
 * The author's document given back with the verdicts in it (SPEC §8): a mark at the end of every
 * row of display math (✓ proven, ≈ numerically equal, ✗ false, ? undecided, – skipped, "def" for a
 * definition), and under each block a note for every step that is not proven: the point where a
 * false step fails with both values and the expected derivative, or why a step was not checked.
 * The text of the document is otherwise unchanged, byte for byte.
 */
final class AnnotatedDocument {
    /** How marks and notes are written: inside Markdown math, or inside LaTeX math. */
    interface Style {
        String mark(Outcome o);

        String definition();

        /** A note block placed after a math block, for the given lines. */
        String notes(List<String> lines);

        /** A note for one verdict. */
        String note(PairVerdict v);
    }

    private AnnotatedDocument() {
    }

    /** {@code doc}'s text with {@code style}'s marks after each row and its notes after each block. */
    static String annotate(CheckedDocument doc, Style style) {
        String text = doc.text();
        Map<Integer, String> inserts = new TreeMap<>();
        Map<Integer, List<PairVerdict>> notesByBlock = new TreeMap<>();
        for (RowMark row : doc.rows()) {
            String mark = rowMark(row, style);
            if (!mark.isEmpty()) {
                inserts.merge(row.end(), mark, String::concat);
            }
            for (PairVerdict v : row.verdicts()) {
                if (v.outcome() != Outcome.PROVEN && v.outcome() != Outcome.NUMERICALLY_EQUAL) {
                    notesByBlock.computeIfAbsent(row.block(), b -> new ArrayList<>()).add(v);
                }
            }
        }
        notesByBlock.forEach((block, verdicts) -> {
            Segment.Math m = doc.blocks().get(block);
            List<String> lines = new ArrayList<>();
            verdicts.stream().sorted(Comparator.comparingInt(PairVerdict::rightStart)).forEach(v -> lines.add(style.note(v)));
            inserts.merge(m.close(), style.notes(lines), String::concat);
        });
        StringBuilder out = new StringBuilder(text.length() + inserts.size() * 32);
        int at = 0;
        for (Map.Entry<Integer, String> e : inserts.entrySet()) {
            out.append(text, at, e.getKey()).append(e.getValue());
            at = e.getKey();
        }
        out.append(text.substring(at));
        return out.toString();
    }

    private static String rowMark(RowMark row, Style style) {
        if (!row.verdicts().isEmpty()) {
            StringBuilder marks = new StringBuilder();
            for (PairVerdict v : row.verdicts()) {
                marks.append(style.mark(v.outcome()));
            }
            return marks.toString();
        }
        return row.role().equals("definition") ? style.definition() : "";
    }

    /** The side as written, on one line and at most 60 characters, to say which step a note is about. */
    static String abbreviate(String side) {
        String s = side.replaceAll("\\s+", " ").strip();
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** The expected value of a false derivative, in LaTeX. */
    static String expectedLatex(PairVerdict v) {
        return v.expected().map(Printer::latex).orElse("");
    }
}
