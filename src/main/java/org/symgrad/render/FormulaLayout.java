package org.symgrad.render;

import java.awt.Color;
import java.awt.Insets;
import org.scilab.forge.jlatexmath.JMathTeXException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.symgrad.error.InputException;

/**
 * Lays out a LaTeX formula with jlatexmath: display style, {@link #SIZE_PT} points, black on white,
 * {@link #PADDING_PX} pixels of padding on every side. A formula jlatexmath cannot read becomes an
 * {@link InputException}. jlatexmath accepts much broken LaTeX silently, so this is no validator.
 */
final class FormulaLayout {
    static final float SIZE_PT = 20f;
    static final int PADDING_PX = 10;

    private FormulaLayout() {
    }

    /** The laid-out icon for {@code latex}; at least one pixel wide and high. */
    static TeXIcon layout(String latex) {
        if (latex == null || latex.isBlank()) {
            throw new InputException("nothing to render: the LaTeX formula is empty");
        }
        TeXIcon icon;
        try {
            TeXFormula formula = new TeXFormula(latex);
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
}
