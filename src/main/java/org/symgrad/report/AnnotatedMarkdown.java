package org.symgrad.report;

import java.util.List;
import org.symgrad.document.CheckedDocument;
import org.symgrad.document.Outcome;
import org.symgrad.document.PairVerdict;

/**
 * A checked Markdown document as Markdown (SPEC §8 {@code -o checked.md}): each row of display
 * math ends with its mark, written in the math so MathJax and KaTeX show it
 * ({@code \qquad \text{✓}}), and each block is followed by a quoted note per step that is not
 * proven, with the counterexample and the expected value in inline math.
 */
public final class AnnotatedMarkdown {
    private AnnotatedMarkdown() {
    }

    public static String of(CheckedDocument doc) {
        return AnnotatedDocument.annotate(doc, new AnnotatedDocument.Style() {
            @Override
            public String mark(Outcome o) {
                return " \\qquad \\text{" + o.mark() + "}";
            }

            @Override
            public String definition() {
                return " \\qquad \\text{def}";
            }

            @Override
            public String notes(List<String> lines) {
                StringBuilder out = new StringBuilder("\n");
                for (String l : lines) {
                    out.append("\n> ").append(l);
                }
                return out.append('\n').toString();
            }

            @Override
            public String note(PairVerdict v) {
                String expected = AnnotatedDocument.expectedLatex(v);
                String detail = DocumentReport.finding(v).replace("\n", " ");
                return "**" + v.outcome().mark() + " line " + v.line() + "** (`= " + AnnotatedDocument.abbreviate(v.right())
                        .replace("`", "'") + "`): " + escape(detail)
                        + (expected.isEmpty() ? "" : "; expected $" + expected + "$");
            }
        });
    }

    /** Markdown-quoted prose: the author's LaTeX in a message shows as code, not as markup. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("$", "\\$")
                .replace("<", "&lt;");
    }
}
