package org.symgrad.report;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.document.CheckedDocument;
import org.symgrad.document.CheckedEquation;
import org.symgrad.document.Outcome;
import org.symgrad.document.PairVerdict;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.parse.latex.ReadingNote;
import org.symgrad.print.Printer;

/**
 * A checked document as a person reads it (SPEC §8): each equation with its source line, and
 * beside each {@code =} pair a mark (✓ proven, ≈ numerically equal, ✗ false, ? undecided,
 * – skipped), the pair in the author's own text, and what to do about it: the point where a false
 * step fails with both values and, for a derivative, the value it should have; why a pair was
 * skipped or undecided. JSON: an array with one object per equation that has a verdict,
 * {@code {"line", "holds", "verdicts": [{"line", "left", "right", "verdict", "detail"}]}}.
 */
public final class DocumentReport {
    private DocumentReport() {
    }

    /** The report in {@code format}: unicode or ascii text, or JSON (markdown and latex are annotated documents). */
    public static String render(CheckedDocument doc, Format format) {
        return switch (format) {
            case JSON -> json(doc);
            case ASCII -> text(doc, false);
            default -> text(doc, true);
        };
    }

    private static String text(CheckedDocument doc, boolean unicode) {
        StringBuilder out = new StringBuilder();
        for (CheckedEquation e : doc.equations()) {
            out.append("line ").append(e.line()).append(": ");
            if (!e.defines().isEmpty()) {
                out.append("defines ").append(e.defines()).append(": ");
            }
            out.append(oneLine(e.text()));
            if (!e.condition().isEmpty()) {
                out.append("   [when ").append(e.condition()).append(']');
            }
            out.append('\n');
            for (PairVerdict v : e.verdicts()) {
                out.append("  ").append(mark(v.outcome(), unicode)).append(" line ").append(v.line()).append(": ")
                        .append(v.left().isEmpty() ? "" : oneLine(v.left()) + " = ").append(oneLine(v.right())).append('\n');
                out.append("      ").append(detail(v, unicode)).append('\n');
                for (ReadingNote n : v.notes()) {
                    out.append("      (read: ").append(n.text()).append(")\n");
                }
            }
            for (String n : e.notes()) {
                out.append("  note: ").append(n).append('\n');
            }
        }
        for (String m : doc.messages()) {
            out.append("note: ").append(m).append('\n');
        }
        out.append(summary(doc)).append('\n');
        return out.toString();
    }

    /**
     * The verdict in words: for a false step the point where it fails with both values and, for a
     * derivative, the value it should have; otherwise why it was proven, skipped or undecided.
     */
    public static String detail(PairVerdict v, boolean unicode) {
        String d = withVerdictWords(v);
        if (v.expected().isPresent()) {
            // the entries of a matrix's inverse and its determinant by their names in words, inv(X)_{ji}, not the reader's zzinvX_{ji}
            d += "; expected " + MatrixFunctionNames.inWords(unicode ? Printer.unicode(v.expected().get())
                    : Printer.ascii(v.expected().get()));
        }
        return d;
    }

    /** {@link #detail(PairVerdict, boolean)} without the expected value, which LaTeX output typesets itself. */
    static String finding(PairVerdict v) {
        return withVerdictWords(v);
    }

    /** The detail, then the verdict's own words where they are told, after a separator where the detail has none. */
    private static String withVerdictWords(PairVerdict v) {
        String d = v.detail();
        if (!told(v)) {
            return d;
        }
        // a detail that leads into the words ("…; as written, ") takes them without a separator of its own
        return d + (d.isEmpty() || d.endsWith("; ") || d.endsWith(", ") ? "" : "; ") + Report.describe(v.verdict().get());
    }

    /** Whether the verdict's own words are the detail: a false step's point, a proof's conditions. */
    private static boolean told(PairVerdict v) {
        return v.verdict().isPresent() && (v.outcome() == Outcome.FALSE
                || v.outcome() == Outcome.PROVEN && !v.verdict().get().unconditional()
                || v.outcome() == Outcome.NUMERICALLY_EQUAL && !v.verdict().get().assumed().isEmpty());
    }

    /** "3 proven, 1 numerically equal, 1 false, 2 undecided, 4 skipped". */
    public static String summary(CheckedDocument doc) {
        int[] counts = new int[Outcome.values().length];
        for (PairVerdict v : doc.verdicts()) {
            counts[v.outcome().ordinal()]++;
        }
        List<String> parts = new ArrayList<>();
        String[] names = {"proven", "numerically equal", "false", "undecided", "skipped"};
        for (Outcome o : Outcome.values()) {
            parts.add(counts[o.ordinal()] + " " + names[o.ordinal()]);
        }
        return "summary: " + String.join(", ", parts);
    }

    static String mark(Outcome o, boolean unicode) {
        if (unicode) {
            return o.mark();
        }
        return switch (o) {
            case PROVEN -> "ok";
            case NUMERICALLY_EQUAL -> "~=";
            case FALSE -> "FALSE";
            case UNDECIDED -> "?";
            case SKIPPED -> "-";
        };
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    private static String json(CheckedDocument doc) {
        List<Json> items = new ArrayList<>();
        for (CheckedEquation e : doc.equations()) {
            if (e.verdicts().isEmpty()) {
                continue;
            }
            List<Json> vs = new ArrayList<>();
            for (PairVerdict v : e.verdicts()) {
                vs.add(Json.object().put("line", Json.number(v.line())).put("left", v.left()).put("right", v.right())
                        .put("verdict", v.outcome().json()).put("detail", detail(v, false)));
            }
            items.add(Json.object().put("line", Json.number(e.line())).put("holds", Json.bool(e.holds()))
                    .put("verdicts", Json.array(vs)));
        }
        return Json.array(items).text() + "\n";
    }
}
