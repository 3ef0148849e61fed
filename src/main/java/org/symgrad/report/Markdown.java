package org.symgrad.report;

import org.symgrad.expr.Expr;
import org.symgrad.print.Printer;

/**
 * Markdown with LaTeX math: display math goes in a {@code $$ … $$} block on lines of its own,
 * inline math in {@code $ … $}. The LaTeX comes from {@link Printer#latex}.
 */
public final class Markdown {
    private Markdown() {
    }

    /** A display-math block: {@code $$\n latex \n$$\n}. */
    public static String displayMath(String latex) {
        return "$$\n" + latex + "\n$$\n";
    }

    /** An expression as a display-math block. */
    public static String display(Expr e) {
        return displayMath(Printer.latex(e));
    }

    /** An expression as inline math: {@code $latex$}. */
    public static String inline(Expr e) {
        return "$" + Printer.latex(e) + "$";
    }
}
