package org.symgrad.render;

import java.awt.Color;
import java.awt.Insets;
import java.util.regex.Pattern;
import org.scilab.forge.jlatexmath.JMathTeXException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.symgrad.error.InputException;

/**
 * Lays out a LaTeX formula with jlatexmath: display style, {@link #SIZE_PT} points, black on white,
 * {@link #PADDING_PX} pixels of padding on every side. A formula jlatexmath cannot read becomes an
 * {@link InputException}. jlatexmath accepts much broken LaTeX silently, so this is no validator.
 *
 * <p>jlatexmath has no optional row skip: it would print the {@code [4pt]} of {@code \\[4pt]} as
 * text, so a row break with a skip is laid out as a plain row break.
 */
final class FormulaLayout {
    static final float SIZE_PT = 20f;
    static final int PADDING_PX = 10;
    private static final Pattern ROW_SKIP =
            Pattern.compile("\\\\\\\\\\[\\s*-?[0-9.]+\\s*(?:pt|em|ex|mm|cm|in|bp)\\s*]");

    private FormulaLayout() {
    }

    /** The laid-out icon for {@code latex}; at least one pixel wide and high. */
    static TeXIcon layout(String latex) {
        if (latex == null || latex.isBlank()) {
            throw new InputException("nothing to render: the LaTeX formula is empty");
        }
        TeXIcon icon;
        try {
            TeXFormula formula = new TeXFormula(withoutRowSkips(latex));
            icon = formula.new TeXIconBuilder()
                    .setStyle(TeXConstants.STYLE_DISPLAY)
                    .setSize(SIZE_PT)
                    .setFGColor(Color.BLACK)
                    .build();
        } catch (JMathTeXException e) {
            throw new InputException("cannot render LaTeX: " + e.getMessage());
        } catch (RuntimeException e) {
            // jlatexmath reports some malformed input with unchecked exceptions of its own making;
            // the caller gave bad input, so say so instead of leaking a stack trace.
            throw new InputException("cannot render LaTeX (" + e.getClass().getSimpleName() + "): "
                    + e.getMessage());
        }
        icon.setInsets(new Insets(PADDING_PX, PADDING_PX, PADDING_PX, PADDING_PX));
        return icon;
    }

    /** {@code \\[4pt]} → {@code \\}: the row break without the skip jlatexmath cannot read. */
    static String withoutRowSkips(String latex) {
        return ROW_SKIP.matcher(latex).replaceAll("\\\\\\\\");
    }
}
