package org.symgrad.report;

import java.util.List;
import org.symgrad.check.Verdict;
import org.symgrad.print.Printer;

/**
 * Check verdicts in LaTeX, marked as SPEC §8 marks them: ✓ proven, ≈ equal at every sampled point
 * (not proven), ✗ false, – undecided; each with its equality typeset and the verdict in words
 * (for a false one, the point where the sides differ). The marks need only amssymb
 * ({@code \checkmark}; ✗ is {@code \times}): pifont's dingbats need fonts that a basic TeX
 * installation lacks.
 */
public final class CheckLatex {
    private CheckLatex() {
    }

    /** The mark of a verdict, in text mode. */
    public static String mark(Verdict.Kind kind) {
        return switch (kind) {
            case PROVEN -> "$\\checkmark$";
            case NUMERICALLY_EQUAL -> "$\\approx$";
            case FALSE -> "$\\times$";
            case UNDECIDED -> "--";
        };
    }

    /** {@code lhs = rhs} in math mode. */
    public static String equality(Verdict v) {
        return Printer.latex(v.left()) + " = " + Printer.latex(v.right());
    }

    /** The verdict in words, safe in text mode. */
    public static String words(Verdict v) {
        return DerivationLatex.textMode(Report.describe(v));
    }

    /** One line of math for a fragment: {@code \text{✓}\quad lhs = rhs \quad \text{(proven)}}. */
    public static String line(Verdict v) {
        return "\\text{" + mark(v.kind()) + "}\\quad " + equality(v) + " \\quad \\text{(" + words(v) + ")}";
    }

    /**
     * The verdicts of one check as a list for a document: the mark as the item's label, the
     * equality as inline math (which breaks across lines at its top-level operators), the verdict
     * in words after it.
     */
    public static String list(List<Verdict> verdicts) {
        StringBuilder out = new StringBuilder("\\begin{itemize}\n");
        for (Verdict v : verdicts) {
            out.append("\\item[").append(mark(v.kind())).append("] $\\displaystyle ").append(equality(v))
                    .append("$ \\quad (").append(words(v)).append(")\n");
        }
        return out.append("\\end{itemize}\n").toString();
    }
}
