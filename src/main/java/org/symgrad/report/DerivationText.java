package org.symgrad.report;

import java.util.Optional;
import java.util.function.Function;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Step;
import org.symgrad.expr.Expr;
import org.symgrad.matrix.MatrixReading;
import org.symgrad.print.Printer;

/**
 * A derivation as plain text, one step a line: the start, then {@code = expr   (rule)} lines;
 * inner derivatives of the chain rule first, each as its own block. Unicode or ASCII notation.
 * With a {@link Form} that shows the matrix form, the last line is the result in matrix form
 * ({@code = diag(y) − y yᵀ   (in matrix form)}) or says why there is none.
 */
public final class DerivationText {
    private DerivationText() {
    }

    public static String unicode(Derivation d) {
        return unicode(d, Form.INDEX);
    }

    public static String ascii(Derivation d) {
        return ascii(d, Form.INDEX);
    }

    public static String unicode(Derivation d, Form form) {
        return write(d, Printer::unicode, MatrixReading::unicode, form);
    }

    public static String ascii(Derivation d, Form form) {
        return write(d, Printer::ascii, MatrixReading::ascii, form);
    }

    private static String write(Derivation d, Function<Expr, String> print,
                                Function<MatrixReading, Optional<String>> matrix, Form form) {
        StringBuilder out = new StringBuilder();
        if (!d.inner().isEmpty()) {
            out.append("where\n");
            for (Derivation inner : d.inner()) {
                block(inner, print, "  ", out);
            }
            out.append('\n');
        }
        block(d, print, "", out);
        if (form.showsMatrix()) {
            out.append(matrixLine(MatrixStep.of(d), matrix, ""));
        }
        return out.toString();
    }

    /** {@code   = M   (in matrix form)}, or {@code   (no matrix form: …)}, with a newline. */
    static String matrixLine(MatrixReading r, Function<MatrixReading, Optional<String>> matrix, String indent) {
        return matrix.apply(r)
                .map(m -> indent + "  = " + m + "   (" + RuleNames.text(MatrixStep.RULE) + ")\n")
                .orElse(indent + "  (" + MatrixStep.none(r) + ")\n");
    }

    private static void block(Derivation d, Function<Expr, String> print, String indent, StringBuilder out) {
        out.append(indent).append(print.apply(d.start())).append('\n');
        for (int i = 1; i < d.steps().size(); i++) {
            Step s = d.steps().get(i);
            out.append(indent).append("  = ").append(print.apply(s.expr()))
                    .append("   (").append(StepLabel.text(d.steps().get(i - 1).expr(), s)).append(")\n");
        }
    }
}
