package org.symgrad.report;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.symgrad.derive.Derivation;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;
import org.symgrad.script.AssumeStatement;
import org.symgrad.script.LetStatement;
import org.symgrad.script.Statement;

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
        return latex(List.of(), outcomes, form);
    }

    /**
     * The document of a script's outcomes: a heading per statement that produced one; before it,
     * the {@code let} and {@code assume} lines of {@code statements} written since the previous
     * one, typeset as definitions and assumptions, so that the reader knows what each name means;
     * each derivation with its steps, then "where" and its chain-rule sub-derivations; checks
     * marked ✓ / ≈ / ✗ / –. Long rows break at their top-level terms ({@link DisplayRows}) and
     * derivations break across pages ({@code \allowdisplaybreaks}). Without statements (a
     * {@code diff} or {@code simplify} command) there are only the outcomes.
     */
    public static String latex(List<Statement> statements, List<Outcome> outcomes, Form form) {
        Map<Statement, Outcome> byStatement = new IdentityHashMap<>();
        outcomes.forEach(o -> byStatement.put(o.statement(), o));
        List<Statement> order = statements.isEmpty() ? outcomes.stream().map(Outcome::statement).toList() : statements;
        StringBuilder body = new StringBuilder();
        DisplayRows given = new DisplayRows();
        for (Statement s : order) {
            switch (s) {
                case LetStatement let -> given.add(Printer.latex(let.target()), Printer.latexTerms(let.body()),
                        "definition");
                case AssumeStatement assume -> given.add(Printer.latex(assume.lhs()),
                        Printer.latexTerms(assume.rhs()), "assumption");
                default -> {
                    Outcome o = byStatement.get(s);
                    if (o != null) {
                        section(o, given, form, body);
                        given = new DisplayRows();
                    }
                }
            }
        }
        return DerivationLatex.document(List.of(body.toString()));
    }

    private static void section(Outcome o, DisplayRows given, Form form, StringBuilder out) {
        out.append("\\section*{").append(heading(o)).append("}\n");
        if (!given.isEmpty()) {
            out.append("Given\n").append(given.alignStar());
        }
        switch (o) {
            case Outcome.Derived d -> {
                Derivation derivation = d.derivation();
                out.append(DerivationLatex.displayRows(derivation, form).alignStar());
                if (!derivation.inner().isEmpty()) {
                    DisplayRows inner = new DisplayRows();
                    for (Derivation i : derivation.inner()) {
                        DerivationLatex.addRows(i, inner, inner.isEmpty() ? "" : "[6pt]");
                    }
                    out.append("where\n").append(inner.alignStar());
                }
            }
            case Outcome.Simplified s -> out.append(new DisplayRows().add(Printer.latex(s.statement().expr()),
                    Printer.latexTerms(s.result()), "").alignStar());
            case Outcome.Checked c -> out.append(CheckLatex.list(c.verdicts()));
        }
        out.append('\n');
    }

    /** The heading of a statement's section; an expression too wide for a heading is left to the body. */
    private static String heading(Outcome o) {
        return switch (o) {
            case Outcome.Derived d -> fits(d.derivation().of())
                    ? "Derivative of $" + Printer.latex(d.derivation().of()) + "$ with respect to $"
                    + Printer.latex(d.derivation().wrt()) + "$"
                    : "Derivative with respect to $" + Printer.latex(d.derivation().wrt()) + "$";
            case Outcome.Simplified s -> fits(s.statement().expr())
                    ? "Simplification of $" + Printer.latex(s.statement().expr()) + "$" : "Simplification";
            case Outcome.Checked c -> c.verdicts().size() == 1 ? "Check" : "Check of a chain of equalities";
        };
    }

    /** Whether {@code e} is short enough for a heading line. */
    private static boolean fits(Expr e) {
        return LatexWidth.of(Printer.latex(e)) < DisplayRows.TEXT_WIDTH / 2;
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
