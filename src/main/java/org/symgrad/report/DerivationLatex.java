package org.symgrad.report;

import java.util.List;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Step;
import org.symgrad.matrix.MatrixReading;
import org.symgrad.print.Printer;

/**
 * A derivation in LaTeX: rows {@code lhs &= expr && \text{(rule)}} for an {@code align*} body or
 * an {@code aligned} block (which jlatexmath renders; it has no {@code align*}), and a standalone
 * document that compiles with pdflatex. Inner derivatives of the chain rule come first.
 */
public final class DerivationLatex {
    private DerivationLatex() {
    }

    /** The rows of the derivation and its inner derivations, separated by {@code \\}. */
    public static String rows(Derivation d) {
        return rows(d, Form.INDEX);
    }

    /**
     * The rows, and with a {@link Form} that shows the matrix form a last row with the result in
     * matrix form ({@code &= \operatorname{diag}(y) - y y^\top && \text{(in matrix form)}}), or a
     * row saying there is none.
     */
    public static String rows(Derivation d, Form form) {
        StringBuilder out = new StringBuilder();
        for (Derivation inner : d.inner()) {
            rows(inner, out);
            out.append(" \\\\[4pt]\n");
        }
        rows(d, out);
        if (form.showsMatrix()) {
            MatrixReading r = MatrixStep.of(d);
            out.append(" \\\\\n  ").append(r.latex()
                    .map(m -> "&= " + m + " && \\text{(" + RuleNames.latex(MatrixStep.RULE) + ")}")
                    .orElse("& && \\text{(" + textMode(MatrixStep.none(r)) + ")}"));
        }
        return out.toString();
    }

    /** Plain ASCII text safe inside {@code \\text{…}}: LaTeX's special characters escaped. */
    static String textMode(String plain) {
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '_', '%', '&', '#', '$' -> out.append('\\').append(c);
                case '^' -> out.append("\\^{}");
                case '~' -> out.append("\\~{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void rows(Derivation d, StringBuilder out) {
        out.append(Printer.latex(d.start()));
        List<Step> steps = d.steps();
        for (int i = 1; i < steps.size(); i++) {
            Step s = steps.get(i);
            out.append(i == 1 ? " " : " \\\\\n  ")
                    .append("&= ").append(Printer.latex(s.expr()))
                    .append(" && \\text{(").append(StepLabel.latex(steps.get(i - 1).expr(), s)).append(")}");
        }
        if (steps.size() == 1) {
            out.append(" &= ").append(Printer.latex(steps.get(0).expr()));
        }
    }

    /**
     * The rows of a derivation for a document ({@link DisplayRows}: long rows break at their terms,
     * rule labels are tags), without its sub-derivations; with a {@link Form} that shows the matrix
     * form, a last row with the result in matrix form or the reason there is none.
     */
    static DisplayRows displayRows(Derivation d, Form form) {
        DisplayRows rows = new DisplayRows();
        addRows(d, rows, "");
        if (form.showsMatrix()) {
            MatrixReading r = MatrixStep.of(d);
            if (r.latex().isPresent()) {
                rows.add("", List.of(r.latex().get()), RuleNames.latex(MatrixStep.RULE));
            } else {
                rows.add("", List.of(), textMode(MatrixStep.none(r)));
            }
        }
        return rows;
    }

    /** Adds the steps of {@code d} to {@code rows}, the first after {@code gap} of extra space. */
    static void addRows(Derivation d, DisplayRows rows, String gap) {
        List<Step> steps = d.steps();
        String lhs = Printer.latex(d.start());
        if (steps.size() == 1) {
            rows.add(lhs, Printer.latexTerms(steps.get(0).expr()), "", gap);
            return;
        }
        for (int i = 1; i < steps.size(); i++) {
            Step s = steps.get(i);
            rows.add(i == 1 ? lhs : "", Printer.latexTerms(s.expr()), StepLabel.latex(steps.get(i - 1).expr(), s),
                    i == 1 ? gap : "");
        }
    }

    /** An {@code align*} environment holding the derivation. */
    public static String alignStar(Derivation d) {
        return alignStar(d, Form.INDEX);
    }

    public static String alignStar(Derivation d, Form form) {
        return "\\begin{align*}\n" + rows(d, form) + "\n\\end{align*}\n";
    }

    /** An {@code aligned} block, for images and Markdown math. */
    public static String aligned(Derivation d) {
        return aligned(d, Form.INDEX);
    }

    public static String aligned(Derivation d, Form form) {
        return "\\begin{aligned}\n" + rows(d, form) + "\n\\end{aligned}";
    }

    /** A complete document with the given bodies (each an {@code align*} or display math). */
    public static String document(List<String> bodies) {
        StringBuilder out = new StringBuilder();
        out.append("\\documentclass{article}\n")
                .append("\\usepackage[utf8]{inputenc}\n")
                .append("\\usepackage{amsmath,amssymb}\n")
                .append("\\usepackage[a4paper,margin=2cm]{geometry}\n")
                // a derivation taller than a page continues on the next
                .append("\\allowdisplaybreaks\n")
                .append("\\setlength{\\parindent}{0pt}\n")
                .append("\\begin{document}\n");
        for (String b : bodies) {
            out.append(b).append('\n');
        }
        out.append("\\end{document}\n");
        return out.toString();
    }
}
