package org.symgrad.report;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.error.InputException;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;

/**
 * Whole documents of a command's outcomes: a standalone LaTeX document (pdflatex compiles it) and
 * one {@code aligned} block of every derivation and simplification, which an image shows.
 */
public final class Documents {
    private Documents() {
    }

    /** Every derivation with its steps, every simplification and every check, for pdflatex. */
    public static String latex(List<Outcome> outcomes) {
        return latex(outcomes, Form.INDEX);
    }

    /** The document, each derivation ending with its matrix form when {@code form} shows it. */
    public static String latex(List<Outcome> outcomes, Form form) {
        List<String> bodies = new ArrayList<>();
        for (Outcome o : outcomes) {
            switch (o) {
                case Outcome.Derived d -> bodies.add(DerivationLatex.alignStar(d.derivation(), form));
                case Outcome.Simplified s -> bodies.add("\\begin{equation*}\n" + Printer.latex(s.statement().expr())
                        + " = " + Printer.latex(s.result()) + "\n\\end{equation*}");
                case Outcome.Checked c -> bodies.add("\\begin{verbatim}\n"
                        + new Report(Format.ASCII, false).outcomes(List.of(c)) + "\\end{verbatim}");
            }
        }
        return DerivationLatex.document(bodies);
    }

    /**
     * One {@code aligned} block of every derivation and simplification, for an image; an
     * {@link InputException} when there is none (checks have no image).
     */
    public static String aligned(List<Outcome> outcomes) {
        return aligned(outcomes, Form.INDEX);
    }

    /** The block, each derivation ending with its matrix form when {@code form} shows it. */
    public static String aligned(List<Outcome> outcomes, Form form) {
        List<String> rows = new ArrayList<>();
        for (Outcome o : outcomes) {
            switch (o) {
                case Outcome.Derived d -> rows.add(DerivationLatex.rows(d.derivation(), form));
                case Outcome.Simplified s -> rows.add(Printer.latex(s.statement().expr()) + " &= "
                        + Printer.latex(s.result()));
                case Outcome.Checked c -> { }
            }
        }
        if (rows.isEmpty()) {
            throw new InputException("the script produces nothing to render");
        }
        return "\\begin{aligned}\n" + String.join(" \\\\[6pt]\n", rows) + "\n\\end{aligned}";
    }
}
