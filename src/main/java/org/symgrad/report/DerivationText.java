package org.symgrad.report;

import java.util.function.Function;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Step;
import org.symgrad.expr.Expr;
import org.symgrad.print.Printer;

/**
 * A derivation as plain text, one step a line: the start, then {@code = expr   (rule)} lines;
 * inner derivatives of the chain rule first, each as its own block. Unicode or ASCII notation.
 */
public final class DerivationText {
    private DerivationText() {
    }

    public static String unicode(Derivation d) {
        return write(d, Printer::unicode);
    }

    public static String ascii(Derivation d) {
        return write(d, Printer::ascii);
    }

    private static String write(Derivation d, Function<Expr, String> print) {
        StringBuilder out = new StringBuilder();
        if (!d.inner().isEmpty()) {
            out.append("where\n");
            for (Derivation inner : d.inner()) {
                block(inner, print, "  ", out);
            }
            out.append('\n');
        }
        block(d, print, "", out);
        return out.toString();
    }

    private static void block(Derivation d, Function<Expr, String> print, String indent, StringBuilder out) {
        out.append(indent).append(print.apply(d.start())).append('\n');
        for (int i = 1; i < d.steps().size(); i++) {
            Step s = d.steps().get(i);
            out.append(indent).append("  = ").append(print.apply(s.expr()))
                    .append("   (").append(RuleNames.text(s.rule())).append(")\n");
        }
    }
}
